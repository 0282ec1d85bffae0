import type { RegionalOffice, RegionalReportData } from '../../../shared/reports/regional-report-data';
import { officeCode, type RegionalFormats } from './regional-format';

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

/** The office's highest and lowest perspective score, the first in framework order on a tie; null with fewer than two scores. */
export function extremes(office: RegionalOffice, perspectiveIds: readonly string[]): { high: string; low: string } | null {
  const scored = perspectiveIds.flatMap((id) => {
    const score = office.perspectives[id]?.score;
    return typeof score === 'number' ? [{ id, score }] : [];
  });
  if (scored.length < 2) return null;
  let high = scored[0]!;
  let low = scored[0]!;
  for (const entry of scored) {
    if (entry.score > high.score) high = entry;
    if (entry.score < low.score) low = entry;
  }
  return high.id === low.id ? null : { high: high.id, low: low.id };
}

/** The parts of one office's line, each a phrase of the report's language, joined as clauses of one sentence. */
export function officeLineParts(office: RegionalOffice, data: RegionalReportData, formats: RegionalFormats): string[] {
  const { t } = formats;
  const { overall, change, recommendation } = office;
  const previous = data.masthead.previousCycle;
  const band = t(`editor.band.${overall.band}`);
  const coverage = formats.coverage(overall.coverage);
  const parts = [
    overall.score === null
      ? t('reports.regional.offices.overallNone', { band, coverage })
      : t('reports.regional.offices.overall', { score: formats.score(overall.score), band, coverage }),
  ];
  if (previous !== null) {
    const cycle = formats.year(previous);
    const delta = change.overall.delta === null ? '' : formats.score(Math.abs(change.overall.delta));
    parts.push(t(`reports.regional.offices.change.${change.overall.kind}`, { delta, cycle }));
  }
  const range = extremes(office, data.perspectives.map((perspective) => perspective.id));
  if (range) {
    parts.push(
      t('reports.regional.offices.extremes', {
        high: formats.perspective(range.high),
        highScore: formats.score(office.perspectives[range.high]!.score),
        low: formats.perspective(range.low),
        lowScore: formats.score(office.perspectives[range.low]!.score),
      }),
    );
  }
  parts.push(
    recommendation.suggestedTier === null
      ? t('reports.regional.offices.typeUndecided')
      : t('reports.regional.offices.type', { tier: t(`twoTier.${recommendation.suggestedTier}`) }),
  );
  const fromCurrent = recommendation.differsFromCurrent === true;
  const fromProposed = recommendation.differsFromProposed === true;
  if (fromCurrent || fromProposed) parts.push(t(`reports.regional.offices.differs.${fromCurrent && fromProposed ? 'both' : fromCurrent ? 'current' : 'proposed'}`));
  if (recommendation.needsReview) {
    parts.push(t('reports.regional.offices.flags', { flags: formats.list(recommendation.reviewFlags.map((flag) => t(`reports.regional.flag.${flag.flag}`))) }));
  }
  if (office.merged) parts.push(t('reports.regional.offices.merged'));
  parts.push(t('reports.regional.offices.review', { status: t(`reports.regional.review.${office.review}`) }));
  return parts;
}

/**
 * One line per office, for a reader who wants each office in a sentence: its overall score with
 * band and coverage, its change, its highest and lowest perspective, the tier its data supports
 * and how that compares with its tiers, the cases for review and the hub's review status.
 */
export function RegionalOffices({ data, formats }: SectionProps) {
  const { t } = formats;
  return (
    <section className="report-section report-page-break regional-offices" aria-labelledby="regional-offices-heading">
      <h2 id="regional-offices-heading">{t('reports.regional.offices.heading')}</h2>
      <p>{t('reports.regional.offices.intro', { scope: formats.scope, cycle: formats.year(data.masthead.cycle) })}</p>
      <ul className="regional-office-lines">
        {data.offices.map((office) => (
          <li key={office.officeId} data-office={office.officeCode}>
            <strong className="report-code">{officeCode(office)}</strong>{' '}
            {formats.sentence(
              formats.pair(formats.parenthesis(formats.name(office.officeName), t(`region.${office.region}`)), formats.clauses(officeLineParts(office, data, formats))),
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
