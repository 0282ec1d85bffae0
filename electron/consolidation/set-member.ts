import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework, Indicator } from '../../shared/framework/framework-schema';
import { REGIONS } from '../../shared/office/office-profile';
import type { AssessmentScore, IndicatorScore, PerspectiveScore } from '../../shared/scoring/assessment-score';
import { recommendOfficeType, type OfficeTypeRecommendation } from '../../shared/typology/recommend-office-type';
import { typologyInputFromAssessment, type HostFlags } from '../../shared/typology/typology-input';

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

/** Flags do not change a portfolio; comparisons read the other offices with none raised. */
const NO_FLAGS: HostFlags = { ldc: false, sids: false, fragile: false };

/** The office across its renames: officeId when the document has one (every package does), else its code. */
function officeKey(document: AssessmentDocument): string {
  return document.officeId ?? `code:${document.office.code ?? document.id}`;
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

/**
 * The comparison set of the office-type rule "top third of the portfolio", as the app builds it
 * (electron/backend/handlers/office-type-handlers.ts) but within the set: the other offices of
 * the same region and cycle, each by its latest revision in the set, that have a portfolio.
 */
function comparisonPortfolios(members: readonly SetMember[]): (member: SetMember) => number[] {
  const latest = new Map<string, SetMember>();
  for (const member of members) {
    const key = `${officeKey(member.document)}\u0000${member.document.cycle}`;
    const known = latest.get(key);
    if (!known || member.document.revision > known.document.revision) latest.set(key, member);
  }
  const portfolios = [...latest.values()].map((member) => ({
    office: officeKey(member.document),
    region: member.document.office.region,
    cycle: member.document.cycle,
    portfolio: typologyInputFromAssessment(member.framework, member.document.answers, NO_FLAGS, member.document.office.region).portfolio,
  }));
  return (member) => {
    const { document } = member;
    return portfolios
      .filter((other) => other.office !== officeKey(document) && other.region === document.office.region && other.cycle === document.cycle)
      .flatMap((other) => (other.portfolio === null ? [] : [other.portfolio]));
  };
}

/** The members in the spreadsheet's row order, each with its recommendation. */
export function memberRows(members: readonly SetMember[]): MemberRow[] {
  const compared = comparisonPortfolios(members);
  return [...members].sort(compareMembers).map((member) => {
    const { document, framework, score, hostFlags } = member;
    const input = typologyInputFromAssessment(framework, document.answers, hostFlags, document.office.region);
    const portfolios = compared(member);
    return {
      member,
      inputs: new Map(framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, indicator] as const))),
      indicators: new Map(score.indicators.map((indicator) => [indicator.indicatorId, indicator] as const)),
      perspectives: new Map(score.perspectives.map((perspective) => [perspective.perspectiveId, perspective] as const)),
      recommendation: recommendOfficeType(input, portfolios.length > 0 ? { portfolios } : undefined),
      comparedOffices: portfolios.length,
    };
  });
}
