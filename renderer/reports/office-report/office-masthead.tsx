import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { countryName } from '../../countries/country-names';
import { formatYear } from '../../i18n/format';
import { formatReportDay, formatReportTime, isolate, text } from './office-report-format';

interface MastheadProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
  title: string;
}

/** Facts two a row (label, value, printed as a code); a lone fact takes the whole row. */
function FactsTable({ rows }: { rows: Array<Array<[string, string, boolean?]>> }) {
  return (
    <table className="office-facts">
      <tbody>
        {rows.map((row) => (
          <tr key={row[0]![0]}>
            {row.map(([label, value, code], index) => (
              <Fragment key={label}>
                <th scope="row">{label}</th>
                <td colSpan={row.length === 1 && index === 0 ? 3 : undefined}>{code ? <span className="report-code">{value}</span> : value}</td>
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
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
      <div className="office-masthead-head">
        <div className="office-masthead-start">
          <p className="office-masthead-organ">{t('app.name')}</p>
          <p className="office-masthead-organ-sub">{t('reports.office.masthead.series')}</p>
        </div>
        <div className="office-masthead-end">
          <p className="office-masthead-symbol report-code">{masthead.symbol}</p>
          <p>{t(`reports.office.masthead.distribution.${masthead.distribution}`)}</p>
          <p>{formatReportDay(masthead.date, language)}</p>
          <p>{t('reports.office.masthead.original', { language: t('reports.office.masthead.thisLanguage') })}</p>
        </div>
      </div>
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
            [t('reports.office.masthead.framework'), text(framework.title, language)],
            [t('reports.office.masthead.frameworkVersion'), `${framework.id} ${framework.version}`, true],
          ],
          [[t('reports.office.masthead.fingerprint'), data.package.signerFingerprint, true]],
          [[t('reports.office.masthead.sha256'), data.package.sha256, true]],
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
            [t('reports.office.masthead.region'), t(`region.${office.region}`)],
            [t('reports.office.masthead.hostCountry'), `${countryName(office.hostCountry, language) ?? office.hostCountry} (${office.hostCountry})`],
          ],
          [
            [t('reports.office.masthead.currentTier'), t(`tier.${office.currentTier}`)],
            [t('reports.office.masthead.assessor'), document.assessor ?? t('reports.office.masthead.noAssessor')],
          ],
          [
            [t('reports.office.masthead.submitted'), document.submittedAt ? formatReportTime(document.submittedAt, language) : '—'],
            [t('reports.office.masthead.packageFile'), data.package.fileName, true],
          ],
        ]}
      />
      <p className="report-small office-masthead-note">{t('reports.office.masthead.tieNote')}</p>
    </section>
  );
}
