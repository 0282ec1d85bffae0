import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { HubReview } from '../../../shared/api/review-contract';
import { REVIEW_LIMITS, REVIEW_STATUSES, type ReviewComment, type ReviewStatus } from '../../../shared/reviews/review-format';
import { ErrorAlert } from '../../app/error-alert';
import { DOWNLOAD_DESTINATION, folderOf } from '../../files/save-file';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import type { ReviewActionOutcome } from '../../state/review-store';
import { useHubStore, useReviewStore } from '../../state/stores-context';
import { DecidedByField } from '../hub/decided-by-field';
import { ReviewHistory } from './review-history';
import './review.css';

/** The contract's limit on the hub's name. */
const MAX_HUB_NAME_LENGTH = 120;

export interface ReviewPanelProps {
  /** The held revision reviewed (a hub_packages assessment id). */
  assessmentId: string;
  /** The revision's indicators in framework order, labelled in the UI language: what a comment can be about. */
  indicators: { id: string; label: string }[];
}

interface Draft {
  status: ReviewStatus;
  /** Indicator id → comment text, in the order they were added. */
  comments: [string, string][];
}

const draftOf = (review: HubReview | undefined): Draft => ({
  status: review?.status ?? 'received',
  comments: (review?.current?.comments ?? []).map((comment) => [comment.indicatorId, comment.text]),
});

const sameDraft = (a: Draft, b: Draft) => a.status === b.status && JSON.stringify([...a.comments].sort()) === JSON.stringify([...b.comments].sort());

const FILE_COMPONENTS = { file: <bdi className="file-name" />, folder: <bdi className="file-path" dir="ltr" /> };

/**
 * The hub's review of one held revision: its status (received, accepted, returned for revision)
 * as a radio group, comments per indicator (added, edited, removed), who decides, Save; then the
 * review file that carries the saved decision back to the office. Every decision is kept: the
 * history lists them, newest first.
 */
export function ReviewPanel({ assessmentId, indicators }: ReviewPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const review = useReviewStore((state) => state.hubReviews[assessmentId]);
  const loadError = useReviewStore((state) => state.hubErrors[assessmentId]);
  const busy = useReviewStore((state) => state.busyFor === assessmentId);
  const lastExport = useReviewStore((state) => (state.lastExport?.assessmentId === assessmentId ? state.lastExport.outcome : null));
  const loadHubReview = useReviewStore((state) => state.loadHubReview);
  const saveHubReview = useReviewStore((state) => state.saveHubReview);
  const exportReview = useReviewStore((state) => state.exportReview);
  const decidedBy = useHubStore((state) => state.decidedBy);
  const hubName = useHubStore((state) => state.hubName);
  const setHubName = useHubStore((state) => state.setHubName);

  // The draft starts from what the backend says, and starts again when that changes (the first
  // read, a saved decision, another revision): adjusted while rendering, not in an effect.
  const draftKey = `${assessmentId} ${review ? (review.current?.id ?? 'none') : 'loading'}`;
  const [drafted, setDrafted] = useState<{ key: string; draft: Draft }>(() => ({ key: draftKey, draft: draftOf(review) }));
  if (drafted.key !== draftKey) setDrafted({ key: draftKey, draft: draftOf(review) });
  const draft = drafted.key === draftKey ? drafted.draft : draftOf(review);
  const setDraft = (change: (current: Draft) => Draft) => setDrafted((current) => ({ key: current.key, draft: change(current.draft) }));
  const [adding, setAdding] = useState('');
  const [outcomeOf, setOutcomeOf] = useState<{ assessmentId: string; outcome: ReviewActionOutcome } | null>(null);
  const outcome = outcomeOf?.assessmentId === assessmentId ? outcomeOf.outcome : null;
  const setOutcome = (value: ReviewActionOutcome | null) => setOutcomeOf(value ? { assessmentId, outcome: value } : null);
  const [missing, setMissing] = useState<'decidedBy' | 'comment' | 'hubName' | null>(null);
  const decidedByRef = useRef<HTMLInputElement>(null);
  const hubNameRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLSelectElement>(null);
  const commentRefs = useRef(new Map<string, HTMLTextAreaElement>());
  const focusComment = useRef<string | null>(null);

  useEffect(() => {
    void loadHubReview(assessmentId);
  }, [assessmentId, loadHubReview]);
  useEffect(() => {
    if (focusComment.current) commentRefs.current.get(focusComment.current)?.focus();
    focusComment.current = null;
  });

  const labelOf = useMemo(() => new Map(indicators.map((indicator) => [indicator.id, indicator.label])), [indicators]);
  const commented = new Set(draft.comments.map(([indicatorId]) => indicatorId));
  const addable = indicators.filter((indicator) => !commented.has(indicator.id));
  const changed = review !== undefined && !sameDraft(draft, draftOf(review));
  const saved = review?.current ?? null;
  const exportable = saved !== null && saved.status !== 'received' && !changed;
  const reviewable = review === undefined || review.state === 'current' || review.state === 'merged';

  const setStatus = (status: ReviewStatus) => setDraft((current) => ({ ...current, status }));
  const setComment = (indicatorId: string, text: string) =>
    setDraft((current) => ({ ...current, comments: current.comments.map(([key, value]) => [key, key === indicatorId ? text : value]) }));
  const removeComment = (indicatorId: string, position: number) => {
    setDraft((current) => ({ ...current, comments: current.comments.filter(([key]) => key !== indicatorId) }));
    // Focus goes to the next comment, or to the indicator picker when none is left after it.
    const next = draft.comments[position + 1]?.[0] ?? draft.comments[position - 1]?.[0];
    if (next) focusComment.current = next;
    else requestAnimationFrame(() => addRef.current?.focus());
  };
  const addComment = () => {
    const indicatorId = adding || addable[0]?.id;
    if (!indicatorId || commented.has(indicatorId)) return;
    setDraft((current) => ({ ...current, comments: [...current.comments, [indicatorId, '']] }));
    setAdding('');
    focusComment.current = indicatorId;
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const comments: ReviewComment[] = draft.comments
      .map(([indicatorId, text]) => ({ indicatorId, text: text.trim() }))
      .filter((comment) => comment.text !== '');
    if (draft.status === 'returned' && comments.length === 0) {
      setMissing('comment');
      setOutcome(null);
      (draft.comments[0] ? commentRefs.current.get(draft.comments[0][0]) : addRef.current)?.focus();
      return;
    }
    const result = await saveHubReview(assessmentId, { status: draft.status, comments, decidedBy });
    setMissing(result.kind === 'name_required' ? 'decidedBy' : null);
    if (result.kind === 'name_required') decidedByRef.current?.focus();
    setOutcome(result);
  };

  const onExport = async () => {
    if (busy) return;
    const result = await exportReview(assessmentId, hubName);
    if (result.kind === 'name_required') {
      setMissing('hubName');
      hubNameRef.current?.focus();
    } else if (missing === 'hubName') setMissing(null);
  };

  const showHubNameError = missing === 'hubName' && hubName.trim() === '';
  const statusText = (status: ReviewStatus) => t(`review.status.${status}`);

  return (
    <section className="panel review-panel" aria-labelledby={`${id}-title`} data-testid="review-panel">
      <h2 id={`${id}-title`}>{t('review.panel.title')}</h2>
      {loadError && <ErrorAlert error={loadError} />}
      {review && (
        <p className="review-current" data-status={review.status}>
          {saved ? (
            <Trans
              i18nKey="review.panel.currentDecided"
              values={{ status: statusText(saved.status), person: saved.decidedBy, at: formatDateTime(saved.decidedAt, language) }}
              components={{ status: <strong />, person: <bdi /> }}
            />
          ) : (
            <Trans i18nKey="review.panel.currentReceived" values={{ status: statusText('received') }} components={{ status: <strong /> }} />
          )}
        </p>
      )}
      {!reviewable && <p className="alert alert-warning">{t('review.panel.notCurrent')}</p>}

      <form noValidate onSubmit={(event) => void onSave(event)} aria-busy={busy}>
        <fieldset className="review-status" disabled={!reviewable}>
          <legend>{t('review.panel.statusLegend')}</legend>
          {REVIEW_STATUSES.map((status) => (
            <div key={status} className="checkbox-field">
              <input
                id={`${id}-status-${status}`}
                type="radio"
                name={`${id}-status`}
                value={status}
                checked={draft.status === status}
                aria-describedby={`${id}-status-${status}-hint`}
                onChange={() => setStatus(status)}
              />
              <label htmlFor={`${id}-status-${status}`}>{statusText(status)}</label>
              <p id={`${id}-status-${status}-hint`} className="hint">
                {t(`review.panel.statusHint.${status}`)}
              </p>
            </div>
          ))}
        </fieldset>

        <fieldset className="review-comments" disabled={!reviewable}>
          <legend>{t('review.panel.commentsLegend')}</legend>
          <p className="hint" id={`${id}-comments-hint`}>
            {t('review.panel.commentsHint')}
          </p>
          {missing === 'comment' && (
            <p className="field-error" role="alert">
              {t('review.errors.comment_required')}
            </p>
          )}
          {draft.comments.length === 0 && <p className="muted">{t('review.panel.noComments')}</p>}
          <ul className="review-comment-list">
            {draft.comments.map(([indicatorId, text], position) => {
              const fieldId = `${id}-comment-${position}`;
              const label = labelOf.get(indicatorId) ?? indicatorId;
              return (
                <li key={indicatorId} data-indicator={indicatorId}>
                  <div className="form-field">
                    <label htmlFor={fieldId}>
                      <bdi className="indicator-id">{indicatorId}</bdi> {label}
                    </label>
                    <textarea
                      id={fieldId}
                      ref={(element) => {
                        if (element) commentRefs.current.set(indicatorId, element);
                        else commentRefs.current.delete(indicatorId);
                      }}
                      rows={3}
                      dir="auto"
                      maxLength={REVIEW_LIMITS.maxCommentLength}
                      value={text}
                      aria-invalid={missing === 'comment' && text.trim() === ''}
                      aria-describedby={`${id}-comments-hint`}
                      onChange={(event) => setComment(indicatorId, event.target.value)}
                    />
                  </div>
                  <button type="button" className="button button-small" onClick={() => removeComment(indicatorId, position)}>
                    {t('review.panel.removeComment', { indicator: indicatorId })}
                  </button>
                </li>
              );
            })}
          </ul>
          {addable.length > 0 && (
            <div className="review-add form-field">
              <label htmlFor={`${id}-add`}>{t('review.panel.addLabel')}</label>
              <div className="review-add-row">
                <select id={`${id}-add`} ref={addRef} value={adding || addable[0]!.id} onChange={(event) => setAdding(event.target.value)}>
                  {addable.map((indicator) => (
                    <option key={indicator.id} value={indicator.id}>
                      {indicator.id} — {indicator.label}
                    </option>
                  ))}
                </select>{' '}
                <button type="button" className="button" onClick={addComment}>
                  {t('review.panel.addComment')}
                </button>
              </div>
            </div>
          )}
        </fieldset>

        <DecidedByField missing={missing === 'decidedBy'} inputRef={decidedByRef} />
        <p className="section-actions">
          <button type="submit" className="button button-primary" disabled={!reviewable}>
            {t('review.panel.save')}
          </button>
        </p>
        <div role="status">
          {busy && <p className="loading">{t('review.panel.saving')}</p>}
          {outcome?.kind === 'done' && saved && <p>{t('review.panel.saved', { status: statusText(saved.status) })}</p>}
        </div>
        {outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}
      </form>

      <div className="review-export">
        <h3>{t('review.panel.exportTitle')}</h3>
        <p className="hint">{t('review.panel.exportIntro')}</p>
        <div className={showHubNameError ? 'form-field has-error' : 'form-field'}>
          <label htmlFor={`${id}-hub`}>{t('hub.set.hubName')}</label>
          <p id={`${id}-hub-hint`} className="hint">
            {t('review.panel.hubNameHint')}
          </p>
          {showHubNameError && (
            <p id={`${id}-hub-error`} className="field-error">
              {t('hub.set.hubNameRequired')}
            </p>
          )}
          <input
            ref={hubNameRef}
            id={`${id}-hub`}
            type="text"
            maxLength={MAX_HUB_NAME_LENGTH}
            value={hubName}
            aria-invalid={showHubNameError}
            aria-describedby={showHubNameError ? `${id}-hub-error ${id}-hub-hint` : `${id}-hub-hint`}
            onChange={(event) => setHubName(event.target.value)}
          />
        </div>
        {!exportable && <p className="muted" id={`${id}-export-why`}>{changed ? t('review.panel.exportSaveFirst') : t('review.panel.exportNothing')}</p>}
        <p className="section-actions">
          <button
            type="button"
            className="button"
            aria-disabled={!exportable}
            aria-describedby={exportable ? undefined : `${id}-export-why`}
            onClick={() => {
              if (exportable) void onExport();
            }}
          >
            {t('review.panel.export')}
          </button>
        </p>
        <div role="status">
          {lastExport?.kind === 'saved' && (
            <p className="callout">
              {lastExport.destination === DOWNLOAD_DESTINATION ? (
                <Trans i18nKey="review.panel.exportDownloaded" values={{ fileName: lastExport.fileName }} components={FILE_COMPONENTS} />
              ) : (
                <Trans i18nKey="review.panel.exportSaved" values={{ fileName: lastExport.fileName, folder: folderOf(lastExport.destination) }} components={FILE_COMPONENTS} />
              )}
            </p>
          )}
          {lastExport?.kind === 'cancelled' && <p>{t('review.panel.exportCancelled')}</p>}
        </div>
        {lastExport?.kind === 'failed' && <ErrorAlert error={lastExport.error} />}
      </div>

      {review && review.history.length > 0 && <ReviewHistory history={review.history} labelOf={labelOf} />}
    </section>
  );
}
