import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import type { Framework, FrameworkRef, LocalizedText } from '../../shared/framework/framework-schema';
import { DEFAULT_LANGUAGE } from '../../shared/i18n/languages';
import type { AssessmentScore, IndicatorStatus } from '../../shared/scoring/assessment-score';
import type { AggregateBand, Band } from '../../shared/scoring/band';
import { coveragePercent } from '../../shared/scoring/coverage';
import type { OfficeTypeRecommendation, TypologyParams } from '../../shared/typology/recommend-office-type';
import type { HostFlags } from '../../shared/typology/typology-input';
import { REPORT, TYPOLOGY_TEXT, tierName } from './cli-messages';

export const SCORE_REPORT_SCHEMA = 'fieldscore.score-report/1';

/**
 * What `fieldscore score --json` prints. Built field by field (not the engine's objects passed
 * through) so that scripts reading it keep working when the engine's internals change.
 * Scores are the engine's rounded scores; coverage is a fraction 0–1 and coveragePercent is
 * what the app shows (rounded down).
 */
export interface ScoreReport {
  schema: typeof SCORE_REPORT_SCHEMA;
  assessment: {
    id: string;
    office: { name: string; code: string | null; hostCountry: string; region: string; currentTier: string };
    cycle: number;
    status: string;
    revision: number;
  };
  framework: FrameworkRef;
  overall: { score: number | null; partialScore: number | null; band: AggregateBand; coverage: number; coveragePercent: number };
  perspectives: {
    id: string;
    title: string;
    score: number | null;
    partialScore: number | null;
    band: AggregateBand;
    coverage: number;
    coveragePercent: number;
    weight: number;
    weightShare: number;
  }[];
  indicators: { id: string; perspectiveId: string; status: IndicatorStatus; score: number | null; band: Band | null; weight: number; needsJustification: boolean }[];
  redNeedingJustification: { id: string; title: string; score: number | null }[];
  invalidAnswerIds: string[];
  unknownAnswerIds: string[];
  recommendation: {
    suggestedTier: string | null;
    needsReview: boolean;
    hostFlags: HostFlags;
    reviewFlags: { flag: string; text: string }[];
    rules: { tier: string; fired: boolean | null; text: string; conditions: { met: boolean | null; messageKey: string; params: TypologyParams; text: string }[] }[];
    currentTier: string | null;
    currentEquivalent: string | null;
    differsFromCurrent: boolean | null;
    proposedTier: string | null;
    differsFromProposed: boolean | null;
    missing: { input: string; indicatorId: string }[];
  };
}

export interface ScoreReportInput {
  document: AssessmentDocument;
  framework: Framework;
  ref: FrameworkRef;
  score: AssessmentScore;
  recommendation: OfficeTypeRecommendation;
  hostFlags: HostFlags;
}

/** English when the framework has it (the CLI speaks English), else its first language. */
function titleOf(text: LocalizedText, framework: Framework): string {
  return text[DEFAULT_LANGUAGE] ?? text[framework.languages[0] ?? DEFAULT_LANGUAGE] ?? '';
}

function typologyText(messageKey: string, params: TypologyParams): string {
  const text = TYPOLOGY_TEXT[messageKey as keyof typeof TYPOLOGY_TEXT];
  return text ? text(params) : messageKey;
}

export function buildScoreReport({ document, framework, ref, score, recommendation, hostFlags }: ScoreReportInput): ScoreReport {
  const indicatorTitles = new Map(framework.perspectives.flatMap((p) => p.indicators.map((i) => [i.id, titleOf(i.title, framework)] as const)));
  const perspectiveTitles = new Map(framework.perspectives.map((p) => [p.id, titleOf(p.title, framework)] as const));
  const { office } = document;
  return {
    schema: SCORE_REPORT_SCHEMA,
    assessment: {
      id: document.id,
      office: { name: office.name, code: office.code ?? null, hostCountry: office.hostCountry, region: office.region, currentTier: office.currentTier },
      cycle: document.cycle,
      status: document.status,
      revision: document.revision,
    },
    framework: ref,
    overall: {
      score: score.overall.score,
      partialScore: score.overall.partialScore,
      band: score.overall.band,
      coverage: score.overall.coverage,
      coveragePercent: coveragePercent(score.overall.coverage),
    },
    perspectives: score.perspectives.map((p) => ({
      id: p.perspectiveId,
      title: perspectiveTitles.get(p.perspectiveId) ?? '',
      score: p.score,
      partialScore: p.partialScore,
      band: p.band,
      coverage: p.coverage,
      coveragePercent: coveragePercent(p.coverage),
      weight: p.weight,
      weightShare: p.weightShare,
    })),
    indicators: score.indicators.map((i) => ({
      id: i.indicatorId,
      perspectiveId: i.perspectiveId,
      status: i.status,
      score: i.score,
      band: i.band,
      weight: i.weight,
      needsJustification: i.needsJustification,
    })),
    redNeedingJustification: score.redWithoutJustification.map((id) => ({
      id,
      title: indicatorTitles.get(id) ?? '',
      score: score.indicators.find((i) => i.indicatorId === id)?.score ?? null,
    })),
    invalidAnswerIds: score.indicators.filter((i) => i.status === 'invalid').map((i) => i.indicatorId),
    unknownAnswerIds: score.unknownAnswerIds,
    recommendation: {
      suggestedTier: recommendation.suggestedTier,
      needsReview: recommendation.needsReview,
      hostFlags,
      reviewFlags: recommendation.reviewFlags.map((flag) => ({ flag: flag.flag, text: typologyText(flag.messageKey, flag.params) })),
      rules: recommendation.rules.map((rule) => ({
        tier: rule.tier,
        fired: rule.fired,
        text: typologyText(rule.messageKey, {}),
        conditions: rule.conditions.map((condition) => ({
          met: condition.met,
          messageKey: condition.messageKey,
          params: condition.params,
          text: typologyText(condition.messageKey, condition.params),
        })),
      })),
      currentTier: recommendation.currentTier,
      currentEquivalent: recommendation.currentEquivalent,
      differsFromCurrent: recommendation.differsFromCurrent,
      proposedTier: recommendation.proposedTier,
      differsFromProposed: recommendation.differsFromProposed,
      missing: recommendation.missing.map((entry) => ({ input: entry.input, indicatorId: entry.indicatorId })),
    },
  };
}

function table(rows: string[][], rightAligned: readonly number[]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => (rightAligned.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function scoreCell(value: number | null): string {
  return value === null ? '—' : value.toFixed(1);
}

function bandCell(band: AggregateBand, partialScore: number | null): string {
  const name = REPORT.bands[band] ?? band;
  return band === 'insufficient_data' && partialScore !== null ? `${name} ${REPORT.partial(partialScore)}` : name;
}

function flag(value: boolean | null): string {
  return REPORT.yesNo[String(value)] ?? REPORT.unknown;
}

/** The report for people: header, perspective table, red indicators, office-type recommendation. */
export function renderScoreReport(report: ScoreReport): string {
  const { assessment, framework, overall, recommendation } = report;
  const office = assessment.office.code === null ? assessment.office.name : `${assessment.office.name} (${assessment.office.code})`;
  const lines = [
    `${REPORT.assessment}  ${office} · ${REPORT.cycle(assessment.cycle)} · ${REPORT.status(assessment.status, assessment.revision)}`,
    `${REPORT.framework}   ${framework.id} ${framework.version} ${framework.hash}`,
    '',
    ...table(
      [
        [REPORT.perspective, REPORT.score, REPORT.band, REPORT.coverage, REPORT.weight, REPORT.title],
        ...report.perspectives.map((p) => [p.id, scoreCell(p.score), bandCell(p.band, p.partialScore), `${p.coveragePercent}%`, String(p.weight), p.title]),
        [REPORT.overall, scoreCell(overall.score), bandCell(overall.band, overall.partialScore), `${overall.coveragePercent}%`, '', ''],
      ],
      [1, 3, 4],
    ),
    '',
  ];
  if (report.redNeedingJustification.length === 0) lines.push(REPORT.redNone);
  else {
    lines.push(REPORT.redHeading);
    for (const red of report.redNeedingJustification) lines.push(REPORT.redLine(red.id, red.score ?? 0, red.title));
  }
  if (report.invalidAnswerIds.length > 0) lines.push(REPORT.invalidAnswers(report.invalidAnswerIds.join(', ')));
  if (report.unknownAnswerIds.length > 0) lines.push(REPORT.unknownAnswers(report.unknownAnswerIds.join(', ')));
  lines.push('', REPORT.recommendationHeading);
  lines.push(recommendation.suggestedTier === null ? REPORT.undecided : REPORT.suggested(tierName(recommendation.suggestedTier)));
  if (recommendation.needsReview) lines.push(REPORT.needsReview(recommendation.reviewFlags.map((f) => f.text).join('; ')));
  recommendation.rules.forEach((rule, index) => {
    lines.push(REPORT.rule(index + 1, rule.text, REPORT.fired[String(rule.fired)] ?? REPORT.unknown));
    for (const condition of rule.conditions) lines.push(REPORT.condition(REPORT.met[String(condition.met)] ?? '?', condition.text));
  });
  lines.push(REPORT.current(tierName(recommendation.currentTier), tierName(recommendation.currentEquivalent), flag(recommendation.differsFromCurrent)));
  lines.push(REPORT.proposed(tierName(recommendation.proposedTier), flag(recommendation.differsFromProposed)));
  if (recommendation.missing.length > 0) {
    lines.push(REPORT.missing(recommendation.missing.map((entry) => `${entry.input} (${entry.indicatorId})`).join(', ')));
  }
  return `${lines.join('\n')}\n`;
}
