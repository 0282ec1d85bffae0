import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDocument } from '../../shared/assessment/assessment-document';
import { unlistedCountries } from '../../shared/geo/unlisted-countries';

/**
 * Says which codes of the assessment UN M49 does not list (a store written before the country
 * list became M49's may hold TWN or XKK) and what to do: choose another host country, remove the
 * covered country; for a submitted revision, reopen it first. Nothing when there are none.
 * Submission refuses such an assessment (errors.country_not_listed), so the notice comes first.
 */
export function UnlistedCountriesNotice({ document }: { document: AssessmentDocument }) {
  const { t } = useTranslation();
  const headingId = useId();
  const unlisted = unlistedCountries(document);
  if (unlisted.length === 0) return null;
  return (
    <section className="alert alert-warning" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('unlistedCountries.title')}</h2>
      <ul>
        {unlisted.map((entry) => (
          <li key={`${entry.where}-${entry.indicatorId ?? ''}-${entry.code}`}>
            {t(entry.where === 'host' ? 'unlistedCountries.host' : 'unlistedCountries.covered', { code: entry.code })}
          </li>
        ))}
      </ul>
      {document.status === 'submitted' && <p>{t('unlistedCountries.reopen')}</p>}
    </section>
  );
}
