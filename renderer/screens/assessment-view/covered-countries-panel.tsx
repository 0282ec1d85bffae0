import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import {
  applyCoveredCountriesEdit,
  coveredCountriesAnswer,
  coveredCountriesIndicator,
  coveredCountriesOf,
  type CoveredCountriesEdit,
} from '../../countries/covered-countries';
import { CoveredCountriesPicker } from '../../countries/covered-countries-picker';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, useFrameworksStore } from '../../state/stores-context';
import { IndicatorHistoryLink } from '../history/indicator-history-link';
import { indicatorLabel } from '../history/indicator-index';

/**
 * The countries the office covers. They are not a profile field but the answer of the framework's
 * countries indicator, so they are saved as that answer (and show in its history and in the
 * questionnaire); they sit here beside the profile because they describe the office.
 */
export function CoveredCountriesPanel({
  document,
  framework,
  editable,
}: {
  document: AssessmentDocument;
  framework: Framework | null;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hash = document.framework.hash;
  const frameworkError = useFrameworksStore((state) => (Object.hasOwn(state.frameworkErrors, hash) ? state.frameworkErrors[hash] : undefined));
  const loadFramework = useFrameworksStore((state) => state.loadFramework);
  const editAnswer = useAssessmentsStore((state) => state.editAnswer);
  const ours = useAssessmentsStore((state) => state.answerAssessmentId === document.id);
  const answerError = useAssessmentsStore((state) => (ours ? state.answerError : null));
  const answerSaving = useAssessmentsStore((state) => ours && state.answerSaving);
  const answerSavedAt = useAssessmentsStore((state) => (ours ? state.answerSavedAt : null));

  useEffect(() => {
    void loadFramework(hash);
  }, [loadFramework, hash]);

  const indicator = framework ? coveredCountriesIndicator(framework) : undefined;
  const heading = indicator ? indicatorLabel(indicator.id, indicator, language) : t('coveredCountries.title');

  let body;
  if (!framework) {
    body = <LoadState loaded={false} error={frameworkError} onRetry={() => void loadFramework(hash)} />;
  } else if (!indicator) {
    body = <p className="muted">{t('coveredCountries.notInFramework')}</p>;
  } else {
    const indicatorId = indicator.id;
    const onEdit = (edit: CoveredCountriesEdit) =>
      editAnswer(document.id, indicatorId, (previous) =>
        coveredCountriesAnswer(previous, applyCoveredCountriesEdit(coveredCountriesOf(previous), edit, document.office.hostCountry)),
      );
    body = (
      <>
        <p className="panel-links">
          <IndicatorHistoryLink assessmentId={document.id} indicatorId={indicatorId} indicatorTitle={heading} />
        </p>
        {answerError && <ErrorAlert error={answerError} />}
        <CoveredCountriesPicker
          id="covered-countries"
          countries={coveredCountriesOf(document.answers[indicatorId])}
          hostCountry={document.office.hostCountry}
          readOnly={!editable}
          onEdit={onEdit}
        />
        {editable && (
          <p className="save-state muted" aria-live="polite">
            {answerSaving
              ? t('coveredCountries.saving')
              : answerSavedAt
                ? t('coveredCountries.savedAt', { time: formatDateTime(answerSavedAt, language) })
                : ''}
          </p>
        )}
      </>
    );
  }

  return (
    <section className="panel panel-wide" aria-labelledby="covered-countries-heading">
      <h2 id="covered-countries-heading">{heading}</h2>
      {body}
    </section>
  );
}
