import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework, Indicator } from '../../shared/framework/framework-schema';
import { REGIONS } from '../../shared/office/office-profile';
import type { AssessmentScore, IndicatorScore, PerspectiveScore } from '../../shared/scoring/assessment-score';
import { officeTypesInSet } from '../../shared/picture/comparison-set';
import type { OfficeTypeRecommendation } from '../../shared/typology/recommend-office-type';
import type { HostFlags } from '../../shared/typology/typology-input';

/** One verified assessment package of a consolidated set (what readPackage gives, plus its host flags). */
export interface SetMember {
  document: AssessmentDocument;
  framework: Framework;
  score: AssessmentScore;
  signerFingerprint: string;
  /** SHA-256 (hex) of the package's ZIP. */
  packageSha256: string;
  /** LDC and SIDS of the host country (resources/geo/country-groups.json), fragile from the profile. */
  hostFlags: HostFlags;
}

/** A member with what its cells are read from, looked up once. */
export interface MemberRow {
  member: SetMember;
  /** The member's own framework's indicators, by id. */
  inputs: ReadonlyMap<string, Indicator>;
  indicators: ReadonlyMap<string, IndicatorScore>;
  perspectives: ReadonlyMap<string, PerspectiveScore>;
  recommendation: OfficeTypeRecommendation;
  /** Other offices whose portfolio the recommendation compared this one with. */
  comparedOffices: number;
}

/** Code-unit order, not the locale's: the same set sorts the same way on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Region (in REGIONS order), office code (offices without one last), cycle, revision; the assessment id breaks ties. */
function compareMembers(a: SetMember, b: SetMember): number {
  const left = a.document;
  const right = b.document;
  const codeOrder = left.office.code === undefined || right.office.code === undefined
    ? Number(left.office.code === undefined) - Number(right.office.code === undefined)
    : compareText(left.office.code, right.office.code);
  return (
    REGIONS.indexOf(left.office.region) - REGIONS.indexOf(right.office.region) ||
    codeOrder ||
    left.cycle - right.cycle ||
    left.revision - right.revision ||
    compareText(left.id, right.id)
  );
}

/** The members in the spreadsheet's row order, each with its recommendation. */
export function memberRows(members: readonly SetMember[]): MemberRow[] {
  // The comparison set is the shared one (shared/picture/comparison-set.ts), as in the hub's picture.
  const officeType = officeTypesInSet(members);
  return [...members].sort(compareMembers).map((member) => {
    const { framework, score } = member;
    const { recommendation, comparedOffices } = officeType(member);
    return {
      member,
      inputs: new Map(framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, indicator] as const))),
      indicators: new Map(score.indicators.map((indicator) => [indicator.indicatorId, indicator] as const)),
      perspectives: new Map(score.perspectives.map((perspective) => [perspective.perspectiveId, perspective] as const)),
      recommendation,
      comparedOffices,
    };
  });
}
