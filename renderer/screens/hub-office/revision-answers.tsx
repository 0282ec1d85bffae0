import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubAssessmentView } from '../../../shared/api/hub-office-contract';
import type { Indicator, Perspective } from '../../../shared/framework/framework-schema';
import type { EvidenceOf } from '../../../shared/packages/package-contents';
import type { IndicatorScore } from '../../../shared/scoring/assessment-score';
import { formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { localizedString } from '../assessment-editor/localized-text';
import { IndicatorScoreLine } from '../assessment-editor/score-badge';
import { answerText } from '../history/answer-text';
import { indicatorLabel } from '../history/indicator-index';
import { formatName } from './evidence-kinds';

/** Has own property: answers come from a file, and an id like "__proto__" must not reach Object.prototype. */
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** One indicator, read-only: the value as the questionnaire words it, its score and band, the justification and note in full, its files. */
function IndicatorAnswer({ indicator, view, score, files }: { indicator: Indicator; view: HubAssessmentView; score: IndicatorScore | undefined; files: EvidenceOf[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const answer = own(view.document.answers, indicator.id);
  // answerText formats by input type (countries with residency included); its excerpts of the
  // commentary are for the history's overview, so justification and note are shown whole below.
  const value = answerText(answer, indicator, language, t);
  const justification = answer?.justification?.trim();
  const note = answer?.note?.trim();
  return (
    <li className="hub-indicator" data-indicator={indicator.id}>
      <h4 className="hub-indicator-title">
        {indicatorLabel(indicator.id, indicator, language)}
      </h4>
      <p className={value.empty ? 'hub-indicator-value muted' : 'hub-indicator-value'} data-testid={`value-${indicator.id}`}>
        {value.text}
      </p>
      {score && <IndicatorScoreLine score={score} testId={`score-${indicator.id}`} />}
      {score?.needsJustification && <p className="hub-indicator-warning">{t('hubOffice.answers.justificationMissing')}</p>}
      {justification && (
        <div className="hub-indicator-text">
          <p className="hub-indicator-text-label">{t('hubOffice.answers.justification')}</p>
          <p className="preserve-lines">{justification}</p>
        </div>
      )}
      {note && (
        <div className="hub-indicator-text">
          <p className="hub-indicator-text-label">{t('hubOffice.answers.note')}</p>
          <p className="preserve-lines">{note}</p>
        </div>
      )}
      {files.length > 0 && (
        <div className="hub-indicator-text">
          <p className="hub-indicator-text-label">{t('hubOffice.answers.evidence')}</p>
          <ul className="plain-list">
            {files.map((file) => (
              <li key={file.id}>
                <bdi className="file-name">{file.fileName}</bdi>{' '}
                <span className="muted">
                  ({formatName(file.mediaType)}, {formatFileSize(file.sizeBytes, language)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function PerspectiveAnswers({ perspective, view }: { perspective: Perspective; view: HubAssessmentView }) {
  const language = useLanguage();
  const headingId = useId();
  const scores = new Map(view.score.indicators.map((entry) => [entry.indicatorId, entry]));
  return (
    <section className="hub-perspective" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {perspective.id} {localizedString(perspective.title, language)}
      </h3>
      <ul className="hub-indicators">
        {perspective.indicators.map((indicator) => (
          <IndicatorAnswer
            key={indicator.id}
            indicator={indicator}
            view={view}
            score={scores.get(indicator.id)}
            files={view.evidence.filter((file) => file.indicatorId === indicator.id)}
          />
        ))}
      </ul>
    </section>
  );
}

/** Every perspective's indicators in framework order, as the office answered them. */
export function RevisionAnswers({ view }: { view: HubAssessmentView }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel hub-office-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('hubOffice.answers.heading')}</h2>
      {view.framework.perspectives.map((perspective) => (
        <PerspectiveAnswers key={perspective.id} perspective={perspective} view={view} />
      ))}
    </section>
  );
}
