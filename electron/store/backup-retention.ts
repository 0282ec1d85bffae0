/**
 * Which backups rotation keeps. A backup is taken at every close that changed something and at
 * every open after an unclean end, so a crash loop produces one per crash: keeping only the
 * newest N would let N crashes in a row replace every backup from before the loop. Besides the
 * newest few, the policy therefore keeps generations that later backups cannot displace — the
 * first backup of each recent day and of each recent week. A new backup is never the first of
 * a day or week that already has one, so however many follow, those stay until enough *later
 * days or weeks* with backups exist; the loop only ever cycles through the "newest" slots.
 *
 * Days and weeks are counted among those that have backups, not back from today: a laptop left
 * in a drawer for two months, or whose clock jumped ahead, keeps its history. Days are UTC
 * days, weeks run Monday to Sunday (UTC), the same as the timestamps in the backup names.
 */
export interface RetentionPolicy {
  /** The most recent backups, whatever their age. */
  newest: number;
  /** The first backup of each of this many most recent days that have one. */
  days: number;
  /** The first backup of each of this many most recent weeks that have one. */
  weeks: number;
}

/**
 * The newest 4 bound what a day of frequent restarts keeps; one per day for a week and one per
 * week for five weeks (a month and more). At most 16 files, usually far fewer since the tiers
 * overlap — an office's store is a few megabytes.
 */
export const RETENTION_POLICY: RetentionPolicy = { newest: 4, days: 7, weeks: 5 };

/** At most this many backups exist after rotation. */
export const MAX_BACKUPS_KEPT = RETENTION_POLICY.newest + RETENTION_POLICY.days + RETENTION_POLICY.weeks;

const DAY_MS = 24 * 60 * 60 * 1000;

function dayIndex(time: number): number {
  return Math.floor(time / DAY_MS);
}

function weekIndex(time: number): number {
  // 1970-01-01 was a Thursday; shifting by three days starts each week on a Monday.
  return Math.floor((dayIndex(time) + 3) / 7);
}

/** The first (oldest) item of each of the `count` most recent periods, for items sorted oldest first. */
function firstOfRecentPeriods(times: readonly number[], period: (time: number) => number, count: number): number[] {
  const firsts = new Map<number, number>();
  for (const time of times) {
    const key = period(time);
    if (!firsts.has(key)) firsts.set(key, time);
  }
  return [...firsts.entries()]
    .sort(([a], [b]) => b - a)
    .slice(0, count)
    .map(([, time]) => time);
}

/**
 * The creation times (ISO strings, as in BackupInfo.createdAt) of the backups to keep; pure.
 * Times that do not parse are kept, so that nothing is deleted on a misunderstanding.
 */
export function backupsToKeep(createdAt: readonly string[], policy: RetentionPolicy = RETENTION_POLICY): Set<string> {
  const keep = new Set<string>();
  const byTime = new Map<number, string>();
  for (const stamp of createdAt) {
    const time = Date.parse(stamp);
    if (Number.isNaN(time)) keep.add(stamp);
    else byTime.set(time, stamp);
  }
  const oldestFirst = [...byTime.keys()].sort((a, b) => a - b);
  const chosen = [
    ...oldestFirst.slice(Math.max(0, oldestFirst.length - policy.newest)),
    ...firstOfRecentPeriods(oldestFirst, dayIndex, policy.days),
    ...firstOfRecentPeriods(oldestFirst, weekIndex, policy.weeks),
  ];
  for (const time of chosen) keep.add(byTime.get(time) as string);
  return keep;
}
