import type { Framework, FrameworkRef } from '../framework/framework-schema';
import { compareVersions } from '../framework/framework-version';
import { REGIONS, type Region } from '../office/office-profile';
import type { IndicatorScore, PerspectiveScore } from '../scoring/assessment-score';
import { officeKeyOf } from './comparison-set';
import { coveredCountriesOf } from './covered-countries';
import type { PictureMember } from './picture-input';
import type { CoveredCountry } from './picture-types';

/** A member with what the picture reads of it, looked up once. */
export interface PictureEntry {
  member: PictureMember;
  /** The office across renames (officeKeyOf): its id. */
  office: string;
  code: string;
  region: Region;
  cycle: number;
  perspectives: ReadonlyMap<string, PerspectiveScore>;
  indicators: ReadonlyMap<string, IndicatorScore>;
  covered: CoveredCountry[];
}

export function entryOf(member: PictureMember): PictureEntry {
  const { document, score, framework } = member;
  return {
    member,
    office: officeKeyOf(document),
    code: document.office.code ?? '',
    region: document.office.region,
    cycle: document.cycle,
    perspectives: new Map(score.perspectives.map((perspective) => [perspective.perspectiveId, perspective] as const)),
    indicators: new Map(score.indicators.map((indicator) => [indicator.indicatorId, indicator] as const)),
    covered: coveredCountriesOf(framework, document.answers),
  };
}

/** Code-unit order, not the locale's: the same set sorts the same way on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Region (in REGIONS order), office code, office id: the order of the rows and of every list of offices. */
export function compareEntries(a: PictureEntry, b: PictureEntry): number {
  return REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || compareText(a.code, b.code) || compareText(a.office, b.office);
}

/**
 * One entry per office and cycle: a caller that passes two revisions of one office and cycle gets
 * the later one (higher revision, then later submission, then package hash), as the comparison
 * set reads them.
 */
export function onePerOfficeAndCycle(members: readonly PictureMember[]): PictureEntry[] {
  const kept = new Map<string, PictureEntry>();
  for (const member of members) {
    const entry = entryOf(member);
    const key = `${entry.office}\u0000${entry.cycle}`;
    const known = kept.get(key);
    if (!known || laterRevision(member, known.member)) kept.set(key, entry);
  }
  return [...kept.values()].sort(compareEntries);
}

function laterRevision(a: PictureMember, b: PictureMember): boolean {
  const left = a.document;
  const right = b.document;
  if (left.revision !== right.revision) return left.revision > right.revision;
  const bySubmission = compareText(left.submittedAt ?? '', right.submittedAt ?? '');
  return bySubmission !== 0 ? bySubmission > 0 : compareText(a.packageSha256, b.packageSha256) > 0;
}

/** The newest framework among the entries: highest version, then id and content hash so the choice never depends on order. */
export function newestFramework(entries: readonly PictureEntry[]): { framework: Framework; ref: FrameworkRef } | null {
  let newest: { framework: Framework; ref: FrameworkRef } | null = null;
  for (const { member } of entries) {
    const ref = member.document.framework;
    const order = newest === null ? 1 : compareVersions(ref.version, newest.ref.version) || compareText(newest.ref.id, ref.id) || compareText(ref.hash, newest.ref.hash);
    if (order > 0) newest = { framework: member.framework, ref };
  }
  return newest;
}
