import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import type { SubmissionBlocker } from '../../../shared/api/contract';
import { submissionBlockers } from '../../../shared/assessment/submission-blockers';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { AssessmentScore, IndicatorScore } from '../../../shared/scoring/assessment-score';
import { routeHref } from '../../app/route';
import { useLanguage } from '../../i18n/use-language';
import type { IndicatorSave } from '../../state/answers-store';
import { useEditorMessages } from './editor-messages';
import { focusIndicator, type FocusTarget } from './indicator-focus';
import { localizedString } from './localized-text';
import { formatCoverage, formatScore } from './number-format';
import { BandLabel } from './score-badge';

export const PROGRESS_ID = 'editor-progress';

/** Moves the focus to the panel (from the toolbar, or after the last perspective). */
export function focusProgress(): void {
  const heading = document.getElementById(`${PROGRESS_ID}-heading`);
  heading?.focus();
  heading?.scrollIntoView({ block: 'start' });
}

/** What keeps the assessment from being submitted, per indicator. */
export type BlockReason = SubmissionBlocker['reason'] | 'unsaved';

export interface Blocker {
  indicatorId: string;
  perspectiveId: string;
  reason: BlockReason;
}

/**
 * Computed from the live score with the backend's own rule (submissionBlockers), so the list
 * empties as the user fixes things; an edit the backend refused blocks too, as not saved.
 */
export function blockersFrom(score: AssessmentScore, indicatorSave: Record<string, IndicatorSave>): Blocker[] {
  const reasons = new Map(submissionBlockers(score).map((blocker) => [blocker.indicatorId, blocker.reason]));
  return score.indicators.flatMap(({ indicatorId, perspectiveId }): Blocker[] => {
    const reason: BlockReason | undefined = indicatorSave[indicatorId]?.state === 'rejected' ? 'unsaved' : reasons.get(indicatorId);
    return reason ? [{ indicatorId, perspectiveId, reason }] : [];
  });
}

export function focusTargetFor(indicator: IndicatorScore | undefined): FocusTarget {
  if (!indicator) return 'heading';
  if (indicator.needsJustification) return 'justification';
  if (indicator.status === 'invalid' || indicator.status === 'blank') return 'value';
  return 'heading';
}

interface ProgressPanelProps {
  assessmentId: string;
  framework: Framework;
  score: AssessmentScore;
  currentPerspectiveId: string;
  indicatorSave: Record<string, IndicatorSave>;
  locked: boolean;
  submitting: boolean;
  submitError: AppErrorData | null;
  /** The backend's answer to the last submit attempt, kept only while still true. */
  submitBlockers: SubmissionBlocker[];
  onSubmit(): void;
  onNavigate(): void;
}

const REASON_KEYS: Record<BlockReason, string> = {
  justification_required: 'editor.blocker.justification_required',
  invalid_value: 'editor.blocker.invalid_value',
  unsaved: 'editor.blocker.unsaved',
};

export function ProgressPanel(props: ProgressPanelProps) {
  const { assessmentId, framework, score, currentPerspectiveId, indicatorSave, locked, submitting, submitError, submitBlockers, onSubmit, onNavigate } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useEditorMessages();
  const byId = new Map(score.indicators.map((indicator) => [indicator.indicatorId, indicator]));
  const titleOf = (indicatorId: string) => {
    for (const perspective of framework.perspectives) {
      const indicator = perspective.indicators.find((entry) => entry.id === indicatorId);
      if (indicator) return localizedString(indicator.title, language);
    }
    return '';
  };

  const blockers = blockersFrom(score, indicatorSave);
  const stillBlocking = new Set(blockers.map((blocker) => blocker.indicatorId));
  const missing = score.indicators.filter((indicator) => indicator.status === 'blank');
  const refusedOnSubmit = submitBlockers.filter((blocker) => stillBlocking.has(blocker.indicatorId));

  const link = (indicatorId: string, perspectiveId: string) => {
    const href = routeHref({ screen: 'editor', id: assessmentId, perspectiveId, indicatorId });
    return (
      <a
        href={href}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          onNavigate();
          // Same address: no hashchange will come, so move the focus here.
          if (window.location.hash === href) {
            event.preventDefault();
            focusIndicator(indicatorId, focusTargetFor(byId.get(indicatorId)));
          }
        }}
      >
        <span dir="ltr">{indicatorId}</span> {titleOf(indicatorId)}
      </a>
    );
  };

  const overall = score.overall;
  return (
    <aside className="editor-panel" aria-labelledby={`${PROGRESS_ID}-heading`}>
      <h2 id={`${PROGRESS_ID}-heading`} tabIndex={-1}>
        {t('editor.panel.heading')}
      </h2>
      <div className="overall-score">
        <p className="overall-label">{t('editor.panel.overall')}</p>
        <p className="overall-value">
          {overall.score !== null && <strong data-testid="overall-score">{formatScore(overall.score, language)}</strong>}{' '}
          <span data-testid="overall-band">
            <BandLabel band={overall.band} />
          </span>
        </p>
        <p className="muted">
          {t('editor.panel.coverage', { coverage: formatCoverage(overall.coverage, language), minimum: formatCoverage(framework.minCoverage, language) })}
        </p>
      </div>

      <nav aria-label={t('editor.panel.perspectives')}>
        <ol className="perspective-list">
          {framework.perspectives.map((perspective) => {
            const result = score.perspectives.find((entry) => entry.perspectiveId === perspective.id);
            const indicators = score.indicators.filter((entry) => entry.perspectiveId === perspective.id);
            const answered = indicators.filter((entry) => entry.status !== 'blank').length;
            const current = perspective.id === currentPerspectiveId;
            return (
              <li key={perspective.id} className={current ? 'is-current' : undefined}>
                <a
                  href={routeHref({ screen: 'editor', id: assessmentId, perspectiveId: perspective.id })}
                  aria-current={current ? 'step' : undefined}
                  onClick={onNavigate}
                >
                  <span dir="ltr">{perspective.id}</span> {localizedString(perspective.title, language)}
                </a>
                <span className="perspective-progress">
                  <progress max={indicators.length} value={answered} aria-hidden="true" />
                  <span>{t('editor.panel.answered', { answered, total: indicators.length })}</span>
                </span>
                {result && (
                  <span className="perspective-result" data-testid={`perspective-score-${perspective.id}`}>
                    {result.score !== null && <strong>{formatScore(result.score, language)}</strong>} <BandLabel band={result.band} />
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      <section aria-labelledby={`${PROGRESS_ID}-blocking`} className="panel-list">
        <h3 id={`${PROGRESS_ID}-blocking`}>{t('editor.panel.blocking', { number: blockers.length })}</h3>
        {blockers.length === 0 ? (
          <p className="muted">{locked ? t('editor.panel.lockedNothing') : t('editor.panel.blockingNone')}</p>
        ) : (
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker.indicatorId}>
                {link(blocker.indicatorId, blocker.perspectiveId)}
                <span className="blocker-reason">{t(REASON_KEYS[blocker.reason])}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${PROGRESS_ID}-missing`} className="panel-list">
        <h3 id={`${PROGRESS_ID}-missing`}>{t('editor.panel.missing', { number: missing.length })}</h3>
        {missing.length === 0 ? (
          <p className="muted">{t('editor.panel.missingNone')}</p>
        ) : (
          <details>
            <summary>{t('editor.panel.showMissing')}</summary>
            <ul>
              {missing.map((indicator) => (
                <li key={indicator.indicatorId}>{link(indicator.indicatorId, indicator.perspectiveId)}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      {!locked && (
        <div className="submit-area">
          <p className="hint">{t('editor.submit.hint')}</p>
          {submitError && (
            <div role="alert" className="alert alert-error">
              <p>{messages.error(submitError)}</p>
              {refusedOnSubmit.length > 0 && (
                <ul>
                  {refusedOnSubmit.map((blocker) => (
                    <li key={blocker.indicatorId}>
                      {link(blocker.indicatorId, byId.get(blocker.indicatorId)?.perspectiveId ?? currentPerspectiveId)}{' '}
                      <span className="blocker-reason">{t(REASON_KEYS[blocker.reason])}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <button
            type="button"
            className="button button-primary"
            // aria-disabled, not disabled: the focus stays on the button while the submission runs.
            aria-disabled={submitting}
            onClick={() => {
              if (!submitting) onSubmit();
            }}
            aria-describedby={`${PROGRESS_ID}-blocking`}
          >
            {submitting ? t('editor.submit.submitting') : t('editor.submit.button')}
          </button>
        </div>
      )}
    </aside>
  );
}
