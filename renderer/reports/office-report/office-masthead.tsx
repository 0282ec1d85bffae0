import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { countryName } from '../../countries/country-names';
import { formatYear } from '../../i18n/format';
import { FactsTable, MastheadHead } from '../report-masthead';
import { formatReportDay, formatReportTime, isolate, text } from './office-report-format';

interface MastheadProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
  title: string;
}

/**
 * The masthead in the UN document manner (UN Editorial Manual): the organ on the start side; the
 * symbol, the distribution, the date and "Original: <language>" on the end side; the title, the
 * office, cycle and revision; then the framework and its version, and what ties the paper to the
 * file — the signer's fingerprint and the package's SHA-256. It stays short, so that the summary
 * shares the first page with it; the rest of the profile follows the summary (OfficeProvenance).
 * The symbol, codes and hashes are printed left to right in every language (report-code).
 */
export function OfficeMasthead({ data, t, language, title }: MastheadProps) {
  const { masthead, document, framework } = data;
  const office = document.office;
  return (
    <div className="office-masthead">
      <MastheadHead
        organ={t('app.name')}
        series={t('reports.office.masthead.series')}
        symbol={masthead.symbol}
        distribution={t(`reports.office.masthead.distribution.${masthead.distribution}`)}
        date={formatReportDay(masthead.date, language)}
        original={t('reports.office.masthead.original', { language: t('reports.office.masthead.thisLanguage') })}
      />
      <h1 className="office-masthead-title">{title}</h1>
      <p className="office-masthead-subtitle">
        {t('reports.office.masthead.subtitle', {
          office: isolate(office.code ? `${office.name} (${office.code})` : office.name, language, 'name'),
          cycle: formatYear(masthead.cycle, language),
          revision: masthead.revision,
        })}
      </p>
      <FactsTable
        rows={[
          [
            { label: t('reports.office.masthead.framework'), value: text(framework.title, language) },
            { label: t('reports.office.masthead.frameworkVersion'), value: `${framework.id} ${framework.version}`, code: true },
          ],
          [{ label: t('reports.office.masthead.fingerprint'), value: data.package.signerFingerprint, code: true }],
          [{ label: t('reports.office.masthead.sha256'), value: data.package.sha256, code: true }],
        ]}
      />
    </div>
  );
}

/**
 * The rest of the profile and the provenance, after the summary: region, host country, tier,
 * assessor, submission time, the package's file name, and how a reader checks that this paper
 * and a package file are the same assessment.
 */
export function OfficeProvenance({ data, t, language }: Omit<MastheadProps, 'title'>) {
  const { document } = data;
  const office = document.office;
  return (
    <section className="report-section report-page-break office-provenance" aria-labelledby="office-provenance-heading">
      <h2 id="office-provenance-heading">{t('reports.office.provenance.heading')}</h2>
      <FactsTable
        rows={[
          [
            { label: t('reports.office.masthead.region'), value: t(`region.${office.region}`) },
            { label: t('reports.office.masthead.hostCountry'), value: `${countryName(office.hostCountry, language) ?? office.hostCountry} (${office.hostCountry})` },
          ],
          [
            { label: t('reports.office.masthead.currentTier'), value: t(`tier.${office.currentTier}`) },
            { label: t('reports.office.masthead.assessor'), value: document.assessor ?? t('reports.office.masthead.noAssessor') },
          ],
          [
            { label: t('reports.office.masthead.submitted'), value: document.submittedAt ? formatReportTime(document.submittedAt, language) : '—' },
            { label: t('reports.office.masthead.packageFile'), value: data.package.fileName, code: true },
          ],
        ]}
      />
      <p className="report-small office-masthead-note">{t('reports.office.masthead.tieNote')}</p>
    </section>
  );
}
