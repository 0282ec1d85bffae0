import type { AssessmentDocument } from '../assessment/assessment-document';
import type { Framework } from '../framework/framework-schema';
import { packageFileName } from '../packages/package-format';
import { changeOf } from '../picture/change';
import type { AssessmentScore } from '../scoring/assessment-score';
import { recommendOfficeType } from '../typology/recommend-office-type';
import { typologyInputFromAssessment, type HostFlags } from '../typology/typology-input';
import { officeReportSymbol } from './document-symbol';
import { DEFAULT_OFFICE_REPORT_DISTRIBUTION, OFFICE_REPORT_DATA_SCHEMA, type Distribution } from './office-report-constants';
import type { OfficeReportData, ReportChange, ReportCountry, ReportEvidence, ReportFramework, ReportPreviousCycle, ReportReview } from './office-report-data';

/** One evidence file as a package's index lists it (the bytes stay where they are). */
export interface EvidenceListing {
  indicatorId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** The previous cycle's submitted revision and the engine's score of it. */
export interface PreviousAssessment {
  document: AssessmentDocument;
  score: AssessmentScore;
}

/** What the report is made from: one verified package's content, and what the place it is built in knows besides. */
export interface OfficeReportSource {
  document: AssessmentDocument;
  framework: Framework;
  score: AssessmentScore;
  evidence: readonly EvidenceListing[];
  signerFingerprint: string;
  packageSha256: string;
  /** LDC and SIDS of the host country (resources/geo/country-groups.json); fragile from the profile. */
  hostFlags: HostFlags;
  previous?: PreviousAssessment | null;
  review?: ReportReview | null;
  distribution?: Distribution;
}

/** The framework without what the report never prints (guidance, sources, descriptions); `hash` is the content hash the document records. */
function reportFramework(framework: Framework, hash: string): ReportFramework {
  return {
    id: framework.id,
    version: framework.version,
    hash,
    title: framework.title,
    languages: [...framework.languages],
    bands: framework.bands,
    minCoverage: framework.minCoverage,
    perspectives: framework.perspectives.map((perspective) => ({
      id: perspective.id,
      title: perspective.title,
      weight: perspective.weight,
      indicators: perspective.indicators.map(({ guidance: _guidance, source: _source, ...indicator }) => indicator),
    })),
  };
}

/**
 * The covered countries from the framework's country-list indicator (found by its input type,
 * as the questionnaire finds it), host first, then in the order the office listed them.
 */
function coveredCountries(framework: Framework, document: AssessmentDocument): ReportCountry[] {
  const indicator = framework.perspectives.flatMap((perspective) => perspective.indicators).find((candidate) => candidate.input.type === 'countries');
  if (!indicator || !Object.prototype.hasOwnProperty.call(document.answers, indicator.id)) return [];
  const answer = document.answers[indicator.id];
  if (answer?.state !== 'answered' || !Array.isArray(answer.value)) return [];
  const host = document.office.hostCountry;
  const seen = new Set<string>();
  const countries: ReportCountry[] = [];
  for (const entry of answer.value) {
    if (typeof entry !== 'object' || entry === null || seen.has(entry.code)) continue;
    seen.add(entry.code);
    countries.push({ code: entry.code, resident: entry.resident, host: entry.code === host });
  }
  return [...countries.filter((country) => country.host), ...countries.filter((country) => !country.host)];
}

/** Evidence grouped by indicator, in framework order; an indicator the framework lacks cannot be in a verified package. */
function evidenceByIndicator(framework: Framework, files: readonly EvidenceListing[]): ReportEvidence[] {
  const order = framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id));
  return order.flatMap((indicatorId) => {
    const own = files.filter((file) => file.indicatorId === indicatorId);
    return own.length === 0 ? [] : [{ indicatorId, files: own.map(({ fileName, mediaType, sizeBytes }) => ({ fileName, mediaType, sizeBytes })) }];
  });
}

/** One score against the previous cycle's (the office had an assessment then, or there would be no comparison). */
function scoreChange(current: number | null, previous: number | null): ReportChange {
  return { ...changeOf(current, true, previous), current };
}

function previousCycle(score: AssessmentScore, previous: PreviousAssessment): ReportPreviousCycle {
  const before = new Map(previous.score.perspectives.map((perspective) => [perspective.perspectiveId, perspective.score] as const));
  const { document } = previous;
  return {
    assessmentId: document.id,
    cycle: document.cycle,
    revision: document.revision,
    ...(document.submittedAt === undefined ? {} : { submittedAt: document.submittedAt }),
    framework: { id: document.framework.id, version: document.framework.version },
    overall: scoreChange(score.overall.score, previous.score.overall.score),
    perspectives: score.perspectives.map((perspective) => ({
      perspectiveId: perspective.perspectiveId,
      change: scoreChange(perspective.score, before.get(perspective.perspectiveId) ?? null),
    })),
  };
}

/**
 * The office report's data from one package's content. Pure: the same package and the same
 * context give the same data, wherever it is built (electron/reports/office-report-data.ts).
 * The office-type recommendation reads this office's data alone, against the absolute
 * thresholds: a comparison with other offices depends on what else the printing installation
 * holds, and would make two printings of one package two different documents under one symbol.
 */
export function buildOfficeReportData(source: OfficeReportSource): OfficeReportData {
  const { document, framework, score } = source;
  if (document.status !== 'submitted' || document.submittedAt === undefined) {
    throw new Error('only a submitted revision has an office report');
  }
  const code = document.office.code;
  return {
    schema: OFFICE_REPORT_DATA_SCHEMA,
    masthead: {
      symbol: officeReportSymbol({
        cycle: document.cycle,
        revision: document.revision,
        ...(code === undefined ? {} : { officeCode: code }),
        ...(document.officeId === undefined ? {} : { officeId: document.officeId }),
        assessmentId: document.id,
      }),
      distribution: source.distribution ?? DEFAULT_OFFICE_REPORT_DISTRIBUTION,
      // submittedAt is written as UTC (toISOString); its first ten characters are the UTC day.
      date: new Date(document.submittedAt).toISOString().slice(0, 10),
      officeName: document.office.name,
      ...(code === undefined ? {} : { officeCode: code }),
      cycle: document.cycle,
      revision: document.revision,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
    },
    document,
    framework: reportFramework(framework, document.framework.hash),
    score,
    officeType: {
      recommendation: recommendOfficeType(typologyInputFromAssessment(framework, document.answers, source.hostFlags, document.office.region)),
      hostFlags: { ...source.hostFlags },
    },
    countries: coveredCountries(framework, document),
    evidence: evidenceByIndicator(framework, source.evidence),
    package: {
      signerFingerprint: source.signerFingerprint,
      sha256: source.packageSha256,
      fileName: packageFileName(code ?? '', document.cycle, document.revision),
    },
    previousCycle: source.previous ? previousCycle(score, source.previous) : null,
    review: source.review ?? null,
  };
}
