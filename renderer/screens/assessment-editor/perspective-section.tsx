import { useTranslation } from 'react-i18next';
import type { Answer, Answers } from '../../../shared/assessment/answer';
import type { Framework, Perspective } from '../../../shared/framework/framework-schema';
import type { AssessmentScore } from '../../../shared/scoring/assessment-score';
import { routeHref } from '../../app/route';
import { useLanguage } from '../../i18n/use-language';
import type { IndicatorSave, SetAnswerOptions } from '../../state/answers-store';
import { IndicatorCard } from './indicator-card';
import { localized, localizedString } from './localized-text';
import { formatCoverage, formatScore } from './number-format';
import { focusProgress } from './progress-panel';
import { BandLabel } from './score-badge';

export const PERSPECTIVE_HEADING_ID = 'editor-perspective-heading';

export interface PerspectiveSectionProps {
  assessmentId: string;
  framework: Framework;
  perspective: Perspective;
  score: AssessmentScore;
  answers: Answers;
  previousAnswers: Answers | null;
  indicatorSave: Record<string, IndicatorSave>;
  evidenceCounts: Record<string, number>;
  readOnly: boolean;
  onAnswer(indicatorId: string, answer: Answer | null, options?: SetAnswerOptions): void;
  onFlush(indicatorId?: string): void;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** One perspective of the questionnaire: its score, its indicators in framework order, and the way on. */
export function PerspectiveSection(props: PerspectiveSectionProps) {
  const { assessmentId, framework, perspective, score, answers, previousAnswers, indicatorSave, evidenceCounts, readOnly, onAnswer, onFlush } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const index = framework.perspectives.findIndex((entry) => entry.id === perspective.id);
  const before = framework.perspectives[index - 1];
  const after = framework.perspectives[index + 1];
  const result = score.perspectives.find((entry) => entry.perspectiveId === perspective.id);
  const title = localized(perspective.title, language);
  const description = localized(perspective.description, language);
  const scores = new Map(score.indicators.map((entry) => [entry.indicatorId, entry]));

  return (
    <section className="perspective" aria-labelledby={PERSPECTIVE_HEADING_ID}>
      <p className="perspective-position">{t('editor.perspective.position', { index: index + 1, total: framework.perspectives.length })}</p>
      <h2 id={PERSPECTIVE_HEADING_ID} tabIndex={-1} className="perspective-title">
        <span dir="ltr">{perspective.id}</span> <span lang={title?.lang}>{title?.text ?? perspective.id}</span>
      </h2>
      {description && (
        <p className="perspective-description" lang={description.lang}>
          {description.text}
        </p>
      )}
      {result && (
        <p className="perspective-score">
          <span className="score-label">{t('editor.perspective.score')}</span>{' '}
          {result.score !== null ? <strong className="score-value">{formatScore(result.score, language)}</strong> : null}{' '}
          <BandLabel band={result.band} />{' '}
          <span className="muted">
            {result.score === null && result.partialScore !== null
              ? t('editor.perspective.partial', {
                  score: formatScore(result.partialScore, language),
                  coverage: formatCoverage(result.coverage, language),
                  minimum: formatCoverage(framework.minCoverage, language),
                })
              : t('editor.perspective.coverage', { coverage: formatCoverage(result.coverage, language) })}
          </span>
        </p>
      )}

      {perspective.indicators.map((indicator) => {
        const indicatorScore = scores.get(indicator.id);
        if (!indicatorScore) return null;
        return (
          <IndicatorCard
            key={indicator.id}
            assessmentId={assessmentId}
            indicator={indicator}
            answer={own(answers, indicator.id)}
            score={indicatorScore}
            save={own(indicatorSave, indicator.id)}
            hasPrevious={previousAnswers !== null}
            previousAnswer={previousAnswers ? own(previousAnswers, indicator.id) : undefined}
            readOnly={readOnly}
            evidenceCount={own(evidenceCounts, indicator.id) ?? 0}
            onAnswer={onAnswer}
            onFlush={onFlush}
          />
        );
      })}

      <nav className="perspective-pager" aria-label={t('editor.perspective.pager')}>
        {before && (
          <a className="button" href={routeHref({ screen: 'editor', id: assessmentId, perspectiveId: before.id })} onClick={() => onFlush()} rel="prev">
            {t('editor.perspective.previous', { title: `${before.id} ${localizedString(before.title, language)}` })}
          </a>
        )}
        {after && (
          <a className="button button-primary" href={routeHref({ screen: 'editor', id: assessmentId, perspectiveId: after.id })} onClick={() => onFlush()} rel="next">
            {t('editor.perspective.next', { title: `${after.id} ${localizedString(after.title, language)}` })}
          </a>
        )}
        {!after && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              onFlush();
              focusProgress();
            }}
          >
            {t('editor.perspective.toSubmission')}
          </button>
        )}
      </nav>
    </section>
  );
}
