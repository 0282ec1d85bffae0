import type { AppErrorData } from '../../shared/api/app-error';
import type { ImportPreview, ImportStatus } from '../../shared/api/hub-contract';

/**
 * The hub's import batch as plain data: which files a folder contributes, in which order they
 * are sent, which of them an import would send, and how a batch is summed up. No React, no API:
 * the hub store drives these, the tests check them directly.
 */

/** What the hub takes: packages, encrypted packages, and other hubs' consolidated files. */
export const HUB_FILE_EXTENSIONS = ['.fieldscore', '.fieldscore.age', '.fieldscore-set'] as const;

/** The file picker's accept list: dialogs match the last extension only, hence ".age". */
export const HUB_FILE_ACCEPT = '.fieldscore,.age,.fieldscore-set';

export function isHubFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return HUB_FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

const NAME_ORDER = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Name order with numbers compared as numbers ("_r2" before "_r10"), the same on every
 * computer whatever its language: the order the files are checked and listed in.
 */
export function compareFileNames(a: string, b: string): number {
  return NAME_ORDER.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A package status that writes something (or holds the file back for a key decision). */
const WRITING_STATUSES: ReadonlySet<ImportStatus> = new Set(['new', 'newer', 'older', 'diverged', 'different_key']);

/**
 * Whether "Import" sends this file: a package that would be written or held back, or a
 * consolidated file whose sender's key is the one known (one with another key waits for the
 * person to accept that key).
 */
export function isImportable(preview: ImportPreview): boolean {
  if (preview.kind === 'consolidated') return preview.status !== 'different_key';
  if (preview.kind === 'invalid') return false;
  return WRITING_STATUSES.has(preview.status);
}

/** An encrypted file that needs (another) passphrase before it can be read. */
export function needsPassphrase(preview: ImportPreview | null): boolean {
  const code = preview?.reason?.code;
  return code === 'passphrase_required' || code === 'wrong_passphrase';
}

/**
 * The order files are imported in: consolidated files first (their members are ordered inside),
 * then packages by cycle and revision, so that revision 1 arrives before the revision 2 that
 * reopened it ("newer", not "older") whatever the files are called; ties keep the list order.
 */
export function importOrder<T extends { preview: ImportPreview | null }>(rows: readonly T[]): T[] {
  const rank = (row: T) => (row.preview?.kind === 'consolidated' ? 0 : 1);
  return rows
    .map((row, position) => ({ row, position }))
    .sort(
      (a, b) =>
        rank(a.row) - rank(b.row) ||
        (a.row.preview?.cycle ?? 0) - (b.row.preview?.cycle ?? 0) ||
        (a.row.preview?.revision ?? 0) - (b.row.preview?.revision ?? 0) ||
        a.position - b.position,
    )
    .map(({ row }) => row);
}

/** How the outcome of a file is counted in a summary line. */
export const OUTCOME_GROUPS = ['imported', 'alreadyHeld', 'heldBack', 'conflict', 'senderKey', 'refused', 'invalid', 'notSent', 'failed'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];

export function outcomeGroup(preview: ImportPreview): OutcomeGroup {
  if (preview.kind === 'consolidated') {
    if (preview.status === 'different_key') return 'senderKey';
    return preview.status === 'identical' ? 'alreadyHeld' : 'imported';
  }
  switch (preview.status) {
    case 'new':
    case 'newer':
    case 'older':
      return 'imported';
    case 'identical':
      return 'alreadyHeld';
    case 'diverged':
      return 'conflict';
    case 'different_key':
      return 'heldBack';
    case 'revoked_key':
    case 'rejected_key':
    case 'same_id_other_content':
      return 'refused';
    case 'invalid':
      return 'invalid';
  }
}

/** The part of a row a summary reads. */
export interface SummaryRow {
  preview: ImportPreview | null;
  result: ImportPreview | null;
  error: AppErrorData | null;
}

export type GroupCounts = Record<OutcomeGroup, number>;

function noGroups(): GroupCounts {
  return Object.fromEntries(OUTCOME_GROUPS.map((group) => [group, 0])) as GroupCounts;
}

/**
 * After an import: every file of the batch counted once — by what its import did, or, for a
 * file not sent, by what the preview said (identical, invalid…), or as not sent (stopped) or
 * failed (the request itself went wrong).
 */
export function importSummary(rows: readonly SummaryRow[]): GroupCounts {
  const counts = noGroups();
  for (const row of rows) {
    if (row.result) counts[outcomeGroup(row.result)] += 1;
    else if (row.error) counts.failed += 1;
    else if (row.preview && !isImportable(row.preview)) counts[outcomeGroup(row.preview)] += 1;
    else counts.notSent += 1;
  }
  return counts;
}

/** Whether the import wrote anything at all (imported, a conflict, a file held back). */
export function somethingChanged(counts: GroupCounts): boolean {
  return counts.imported + counts.conflict + counts.heldBack > 0;
}

export type StatusCounts = Record<ImportStatus, number>;

/** The preview's counts per status (files not checked yet, or that failed, are not in them). */
export function previewCounts(rows: readonly SummaryRow[]): StatusCounts {
  const counts: StatusCounts = { new: 0, newer: 0, identical: 0, older: 0, diverged: 0, different_key: 0, revoked_key: 0, rejected_key: 0, same_id_other_content: 0, invalid: 0 };
  for (const row of rows) if (row.preview) counts[row.preview.status] += 1;
  return counts;
}

/**
 * The largest file the browser mode can send: the local bridge takes request bodies up to
 * 14 MiB (electron/bridge/bridge-server.ts), and a file travels as base64 (4/3 of its size)
 * inside JSON. The desktop app has no such limit.
 */
export const BROWSER_MAX_FILE_BYTES = 10 * 1024 * 1024;
