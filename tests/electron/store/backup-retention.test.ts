import { describe, expect, it } from 'vitest';
import { backupsToKeep, MAX_BACKUPS_KEPT, RETENTION_POLICY } from '../../../electron/store/backup-retention';

const iso = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(Date.UTC(year, month - 1, day, hour, minute)).toISOString();

/** Applies the policy after each new backup, as takeBackup does, and returns what is left. */
function rotateAfterEach(stamps: readonly string[]): string[] {
  let kept: string[] = [];
  for (const stamp of stamps) {
    kept = [...kept, stamp];
    const keep = backupsToKeep(kept);
    kept = kept.filter((candidate) => keep.has(candidate));
  }
  return kept.sort().reverse();
}

describe('backupsToKeep', () => {
  it('keeps everything while there are few backups', () => {
    const stamps = [iso(2025, 3, 1, 9), iso(2025, 3, 1, 10), iso(2025, 3, 2, 9)];
    expect([...backupsToKeep(stamps)].sort()).toEqual([...stamps].sort());
    expect(backupsToKeep([])).toEqual(new Set());
  });

  it('keeps the newest few, the first of each of the last seven days and of the last five weeks', () => {
    // A backup every six hours for 60 days from Monday 6 Jan 2025.
    const stamps = Array.from({ length: 60 * 4 }, (_, index) => iso(2025, 1, 6 + Math.floor(index / 4), (index % 4) * 6));
    const kept = [...backupsToKeep(stamps)].sort().reverse();
    expect(kept).toEqual([
      '2025-03-06T18:00:00.000Z', '2025-03-06T12:00:00.000Z', '2025-03-06T06:00:00.000Z', '2025-03-06T00:00:00.000Z',
      '2025-03-05T00:00:00.000Z', '2025-03-04T00:00:00.000Z', '2025-03-03T00:00:00.000Z', '2025-03-02T00:00:00.000Z',
      '2025-03-01T00:00:00.000Z', '2025-02-28T00:00:00.000Z',
      // Weeks start on Monday: 3 March is both a day's and a week's first.
      '2025-02-24T00:00:00.000Z', '2025-02-17T00:00:00.000Z', '2025-02-10T00:00:00.000Z', '2025-02-03T00:00:00.000Z',
    ]);
    expect(kept.length).toBeLessThanOrEqual(MAX_BACKUPS_KEPT);
  });

  it('counts days and weeks that have backups, so a long pause or a clock jump loses no history', () => {
    const before = [iso(2024, 1, 1), iso(2024, 1, 2), iso(2024, 1, 3)];
    // Two years later (or a clock set two years ahead), ten backups in one afternoon.
    const after = Array.from({ length: 10 }, (_, minute) => iso(2026, 1, 1, 15, minute));
    const kept = backupsToKeep([...before, ...after]);
    for (const stamp of before) expect(kept.has(stamp)).toBe(true);
  });

  it('a crash loop of any length cannot push out the generations from before it', () => {
    const history = Array.from({ length: 30 }, (_, day) => iso(2025, 4, 1 + day, 17));
    const keptBefore = rotateAfterEach(history);
    for (const loop of [10, 20, 1000]) {
      const crashes = Array.from({ length: loop }, (_, index) => new Date(Date.parse(iso(2025, 5, 1, 8)) + index * 1000).toISOString());
      const kept = rotateAfterEach([...history, ...crashes]);
      // The loop (Thursday 1 May) takes the newest slots and that day's first; everything else is from before.
      expect(kept.filter((stamp) => stamp >= crashes[0]!)).toEqual([...crashes.slice(-RETENTION_POLICY.newest).reverse(), crashes[0]]);
      expect(kept.filter((stamp) => stamp < crashes[0]!)).toEqual(
        [30, 29, 28, 27, 26, 25, 21, 14, 7, 1].map((day) => iso(2025, 4, day, 17)),
      );
    }
    expect(keptBefore.length).toBeLessThanOrEqual(MAX_BACKUPS_KEPT);
  });

  it('keeps a time it cannot read rather than delete on a misunderstanding', () => {
    expect(backupsToKeep(['not a time', ...Array.from({ length: 20 }, (_, minute) => iso(2025, 3, 1, 9, minute))]).has('not a time')).toBe(true);
  });
});
