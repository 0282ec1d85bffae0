import type { RegionalReportData } from '../../../shared/reports/regional-report-data';
import { formatReportDay, formatReportTime } from '../office-report/office-report-format';
import { FactsTable, MastheadHead, type Fact as BaseFact } from '../report-masthead';
import type { RegionalFormats } from './regional-format';

interface MastheadProps {
  data: RegionalReportData;
  formats: RegionalFormats;
  title: string;
}

/** A wide fact (a hash, a sentence) has its row to itself. */
type Fact = BaseFact & { wide?: boolean };

/** What ties the paper to the set it was printed from: the hub's store, or a signed consolidated file. */
function sourceFacts(data: RegionalReportData, formats: RegionalFormats): Fact[] {
  const { t, language } = formats;
  const { source } = data.masthead;
  if (source.kind === 'hub') return [{ label: t('reports.regional.masthead.source'), value: t('reports.regional.masthead.sourceHub'), wide: true }];
  const include = source.include === null ? 'unstated' : source.include;
  return [
    { label: t('reports.regional.masthead.source'), value: t('reports.regional.masthead.sourceFile', { hub: formats.name(source.hubName), date: formatReportTime(source.createdAt, language) }), wide: true },
    { label: t('reports.regional.masthead.include'), value: t(`reports.regional.masthead.includeValue.${include}`), wide: true },
    { label: t('reports.regional.masthead.fingerprint'), value: source.signerFingerprint, code: true, wide: true },
    { label: t('reports.regional.masthead.sha256'), value: source.fileSha256, code: true, wide: true },
  ];
}

/**
 * The masthead in the UN document manner, as the office report's: the organ and the title on
 * the start side; the symbol, the distribution, the date and "Original: <language>" on the end
 * side; then the scope, the cycles compared, the framework, the offices and their review status,
 * and where the set came from. Symbols, fingerprints and hashes read left to right in every language.
 */
export function RegionalMasthead({ data, formats, title }: MastheadProps) {
  const { t, language } = formats;
  const { masthead, reviews } = data;
  const facts: Fact[] = [
    { label: t('reports.regional.masthead.scope'), value: formats.scope },
    { label: t('reports.regional.masthead.cycle'), value: formats.year(masthead.cycle) },
    {
      label: t('reports.regional.masthead.previousCycle'),
      value: masthead.previousCycle === null ? t('reports.regional.masthead.noPreviousCycle') : formats.year(masthead.previousCycle),
    },
    { label: t('reports.regional.masthead.offices'), value: formats.integer(data.offices.length) },
    {
      label: t('reports.regional.masthead.framework'),
      value: t('reports.regional.masthead.frameworkValue', { id: formats.code(masthead.framework.id), version: formats.code(masthead.framework.version) }),
    },
    {
      label: t('reports.regional.masthead.reviews'),
      value: t('reports.regional.masthead.reviewsValue', {
        accepted: formats.integer(reviews.accepted),
        received: formats.integer(reviews.received),
        returned: formats.integer(reviews.returned),
      }),
    },
    ...sourceFacts(data, formats),
  ];
  // Two short facts a row; a wide one (a hash, a sentence) has its row to itself.
  const rows: Fact[][] = [];
  for (const fact of facts) {
    const last = rows.at(-1);
    if (!fact.wide && last && last.length === 1 && !last[0]!.wide) last.push(fact);
    else rows.push([fact]);
  }
  return (
    <div className="regional-masthead">
      <MastheadHead
        organ={t('app.name')}
        series={t('reports.regional.masthead.series')}
        symbol={masthead.symbol}
        distribution={t(`reports.regional.masthead.distribution.${masthead.distribution}`)}
        date={formatReportDay(masthead.date, language)}
        original={t('reports.regional.masthead.original', { language: t('reports.regional.masthead.thisLanguage') })}
      />
      <h1 className="regional-masthead-title">{title}</h1>
      <FactsTable rows={rows} />
      <p className="report-small regional-masthead-note">{t('reports.regional.masthead.dateNote')}</p>
    </div>
  );
}
