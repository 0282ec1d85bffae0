import type { AssessmentSummary } from '../../../shared/api/contract';
import { searchKey } from '../../countries/country-names';

/** One office across cycles: its assessments by cycle, newest revision first within a cycle. */
export interface OfficeGroup {
  key: string;
  /** The office as its most recent assessment describes it (names and tiers change between cycles). */
  latest: AssessmentSummary;
  cycles: Map<number, AssessmentSummary[]>;
}

export interface OfficeTable {
  groups: OfficeGroup[];
  /** Every cycle with at least one shown assessment, oldest first: the columns, read as a timeline. */
  cycles: number[];
  /** Superseded revisions left out (when they are hidden). */
  hiddenCount: number;
}

/** An office code names the office; without one, its name in its host country does. */
function identity(summary: AssessmentSummary): string {
  const code = summary.officeCode?.trim();
  return code ? `code:${code.toUpperCase()}` : `name:${searchKey(summary.officeName)}|${summary.hostCountry}`;
}

/** Newer cycle, then higher revision, then later change: the assessment that describes the office now. */
function newerFirst(a: AssessmentSummary, b: AssessmentSummary): number {
  return b.cycle - a.cycle || b.revision - a.revision || b.updatedAt.localeCompare(a.updatedAt);
}

/**
 * Groups the assessments by office so offices and cycles sit side by side. Assessments belong to
 * one office when they share the office's identity or are linked as revision or next cycle of each
 * other (a renamed office stays one row). Superseded revisions (reopened since) are left out
 * unless asked for.
 */
export function groupByOffice(
  list: readonly AssessmentSummary[],
  options: { showSuperseded: boolean; compareNames: (a: string, b: string) => number },
): OfficeTable {
  // Union-find over assessment ids.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  for (const summary of list) parent.set(summary.id, summary.id);
  const firstByIdentity = new Map<string, string>();
  for (const summary of list) {
    const key = identity(summary);
    const first = firstByIdentity.get(key);
    if (first === undefined) firstByIdentity.set(key, summary.id);
    else union(first, summary.id);
    if (summary.previousRevisionId) union(summary.id, summary.previousRevisionId);
    if (summary.previousCycleId) union(summary.id, summary.previousCycleId);
  }

  const members = new Map<string, AssessmentSummary[]>();
  for (const summary of list) {
    const root = find(summary.id);
    members.set(root, [...(members.get(root) ?? []), summary]);
  }

  let hiddenCount = 0;
  const cycles = new Set<number>();
  const groups: OfficeGroup[] = [];
  for (const [root, all] of members) {
    const sorted = [...all].sort(newerFirst);
    const shown = options.showSuperseded ? sorted : sorted.filter((summary) => summary.latestRevision);
    hiddenCount += sorted.length - shown.length;
    const byCycle = new Map<number, AssessmentSummary[]>();
    for (const summary of shown) {
      cycles.add(summary.cycle);
      byCycle.set(summary.cycle, [...(byCycle.get(summary.cycle) ?? []), summary]);
    }
    groups.push({ key: root, latest: shown[0] ?? sorted[0]!, cycles: byCycle });
  }
  groups.sort((a, b) => options.compareNames(a.latest.officeName, b.latest.officeName) || a.key.localeCompare(b.key));
  return { groups, cycles: [...cycles].sort((a, b) => a - b), hiddenCount };
}
