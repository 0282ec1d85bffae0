/**
 * Document symbols of printed reports (docs/reports.md, "The document symbol"), after the UN's:
 * a symbol is the same in every language version of a document (`IDB.48/14`, `A/RES/72/279`),
 * built from components separated by slashes, and a revised version adds `Rev.1`, `Rev.2` … to
 * the symbol of the version it replaces (UN Editorial Manual, "Document symbols").
 *
 *   FS/<cycle>/<office code>            the office report of revision 1
 *   FS/<cycle>/<office code>/Rev.<n−1>  the office report of revision n ≥ 2
 *
 * e.g. `FS/2025/KEN-RH` and, after one reopening, `FS/2025/KEN-RH/Rev.1` (the package
 * `KEN-RH_2025_r2.fieldscore`). `FS` stands for Fieldscore, as `IDB` stands for the organ.
 *
 * Office codes are normalised the way package file names are (NFKC, anything but A–Z, 0–9 and
 * "-" becomes "-"), then upper-cased, so the symbol holds only characters every script's reader
 * can copy and no slash can hide inside a component. A code with nothing left (written entirely
 * in another script) gives way to the first eight hex digits of the office's id.
 *
 * Other reports put a dotted series component after the cycle (`FS/2025/REG.AFR`): a normalised
 * office code never holds a dot, so no other report can ever share a symbol with an office's.
 */
export const SYMBOL_PREFIX = 'FS';

/** The office code as a symbol component, or undefined when nothing usable is left of it. */
export function symbolComponent(code: string | undefined): string | undefined {
  const component = (code ?? '')
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .toUpperCase();
  return component === '' ? undefined : component;
}

export interface SymbolSubject {
  cycle: number;
  revision: number;
  officeCode?: string;
  /** The office's stable id (a UUID): the fallback component when the code has none. */
  officeId?: string;
  /** The assessment's id: the last fallback, for a document written before office ids existed. */
  assessmentId: string;
}

/** The symbol of an office report; throws for a revision or cycle that is not a positive whole number. */
export function officeReportSymbol(subject: SymbolSubject): string {
  const { cycle, revision } = subject;
  if (!Number.isInteger(cycle) || cycle < 1) throw new RangeError(`a cycle is a year, not ${cycle}`);
  if (!Number.isInteger(revision) || revision < 1) throw new RangeError(`a revision is a whole number from 1, not ${revision}`);
  const office =
    symbolComponent(subject.officeCode) ?? (subject.officeId ?? subject.assessmentId).replace(/-/g, '').slice(0, 8).toUpperCase();
  const parts = [SYMBOL_PREFIX, String(cycle), office];
  if (revision > 1) parts.push(`Rev.${revision - 1}`);
  return parts.join('/');
}
