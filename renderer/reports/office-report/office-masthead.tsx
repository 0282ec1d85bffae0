import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import { countryName } from '../../countries/country-names';
import { formatYear } from '../../i18n/format';
import { formatReportDay, formatReportTime, text } from './office-report-format';

interface MastheadProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
  title: string;
}

/**
 * The masthead in the UN document manner (UN Editorial Manual): the organ and the title on the
 * start side; the symbol, the distribution, the date and "Original: <language>" on the end side;
 * then what ties the paper to the file — framework and version, the package's file name, the
 * signer's fingerprint and the package's SHA-256. The symbol, codes and hashes are printed
 * left to right in every language (report-code), the rest follows the page's direction.
 */
export function OfficeMasthead({ data, t, language, title }: MastheadProps) {
  const { masthead, document, framework } = data;
  const office = document.office;
  const facts: Array<[string, string, boolean?]> = [
    [t('reports.office.masthead.region'), t(`region.${office.region}`)],
    [t('reports.office.masthead.hostCountry'), `${countryName(office.hostCountry, language) ?? office.hostCountry} (${office.hostCountry})`],
    [t('reports.office.masthead.currentTier'), t(`tier.${office.currentTier}`)],
    [t('reports.office.masthead.assessor'), document.assessor ?? t('reports.office.masthead.noAssessor')],
    [t('reports.office.masthead.submitted'), document.submittedAt ? formatReportTime(document.submittedAt, language) : '—'],
    [t('reports.office.masthead.framework'), t('reports.office.masthead.frameworkValue', { title: text(framework.title, language), id: framework.id, version: framework.version })],
    [t('reports.office.masthead.packageFile'), data.package.fileName, true],
    [t('reports.office.masthead.fingerprint'), data.package.signerFingerprint, true],
    [t('reports.office.masthead.sha256'), data.package.sha256, true],
  ];
  return (
    <div className="office-masthead">
      <div className="office-masthead-head">
        <div className="office-masthead-start">
          <p className="office-masthead-organ">{t('reports.office.masthead.organ')}</p>
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
          office: office.code ? `${office.name} (${office.code})` : office.name,
          cycle: formatYear(masthead.cycle, language),
          revision: masthead.revision,
        })}
      </p>
      <table className="office-facts">
        <tbody>
          {facts.map(([label, value, code]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{code ? <span className="report-code">{value}</span> : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-small office-masthead-note">{t('reports.office.masthead.tieNote')}</p>
    </div>
  );
}
