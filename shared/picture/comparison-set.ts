import type { AssessmentDocument } from '../assessment/assessment-document';
import type { Framework } from '../framework/framework-schema';
import { recommendOfficeType, type OfficeTypeRecommendation } from '../typology/recommend-office-type';
import { typologyInputFromAssessment, type HostFlags } from '../typology/typology-input';

/**
 * The one definition of "the offices an office's portfolio is compared with" in a set of
 * assessments — the consolidated spreadsheet (electron/consolidation/set-member.ts) and the
 * hub's picture both use it. The office-type rule "top third of the portfolio" (docs/scoring.md,
 * §11) compares an office with the other offices of the same region and cycle, each by its
 * latest revision in the set, that have a portfolio; with none, the absolute threshold applies.
 */

/** What the comparison reads of an assessment of the set. */
export interface ComparedAssessment {
  document: AssessmentDocument;
  framework: Framework;
  hostFlags: HostFlags;
}

export interface OfficeTypeInSet {
  recommendation: OfficeTypeRecommendation;
  /** How many other offices' portfolios were compared (0: the absolute threshold applied). */
  comparedOffices: number;
}

/** Flags do not change a portfolio; comparisons read the other offices with none raised. */
const NO_FLAGS: HostFlags = { ldc: false, sids: false, fragile: false };

/** The office across its renames: officeId when the document has one (every package does), else its code. */
export function officeKeyOf(document: AssessmentDocument): string {
  return document.officeId ?? `code:${document.office.code ?? document.id}`;
}

const groupKey = (document: AssessmentDocument) => `${document.office.region}\u0000${document.cycle}`;

/**
 * The portfolios each assessment of the set is compared with: a function of the assessment,
 * built once for the set (offices grouped by region and cycle, so 1,000 offices cost 1,000
 * look-ups rather than a million comparisons).
 */
export function comparisonPortfolios(members: readonly ComparedAssessment[]): (document: AssessmentDocument) => number[] {
  const latest = new Map<string, ComparedAssessment>();
  for (const member of members) {
    const key = `${officeKeyOf(member.document)}\u0000${member.document.cycle}`;
    const known = latest.get(key);
    if (!known || member.document.revision > known.document.revision) latest.set(key, member);
  }
  const groups = new Map<string, { office: string; portfolio: number }[]>();
  for (const member of latest.values()) {
    const { document, framework } = member;
    const portfolio = typologyInputFromAssessment(framework, document.answers, NO_FLAGS, document.office.region).portfolio;
    if (portfolio === null) continue;
    const key = groupKey(document);
    const group = groups.get(key) ?? [];
    group.push({ office: officeKeyOf(document), portfolio });
    groups.set(key, group);
  }
  return (document) => {
    const office = officeKeyOf(document);
    return (groups.get(groupKey(document)) ?? []).flatMap((other) => (other.office === office ? [] : [other.portfolio]));
  };
}

/** Every assessment's two-tier recommendation against its comparison set, as a function of the assessment. */
export function officeTypesInSet<M extends ComparedAssessment>(members: readonly M[]): (member: M) => OfficeTypeInSet {
  const compared = comparisonPortfolios(members);
  return ({ document, framework, hostFlags }) => {
    const input = typologyInputFromAssessment(framework, document.answers, hostFlags, document.office.region);
    const portfolios = compared(document);
    return {
      recommendation: recommendOfficeType(input, portfolios.length > 0 ? { portfolios } : undefined),
      comparedOffices: portfolios.length,
    };
  };
}
