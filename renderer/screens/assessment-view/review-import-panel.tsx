import { useEffect, useId, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ReceivedReview } from '../../../shared/api/review-contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import type { Framework } from '../../../shared/framework/framework-schema';
import { REVIEW_EXTENSION } from '../../../shared/reviews/review-format';
import { reviewReasonKey } from '../../../shared/reviews/review-reasons';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { pickedFile } from '../../files/picked-file';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useReviewStore } from '../../state/stores-context';
import { localizedString } from '../assessment-editor/localized-text';
import { FingerprintText } from '../hub/fingerprint-text';
import '../hub-review/review.css';

function ReceivedReviewItem({ review, document, labelOf }: { review: ReceivedReview; document: AssessmentDocument; labelOf: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li data-status={review.status} data-testid="received-review">
      <p>
        <Trans
          i18nKey="review.field.summary"
          values={{
            status: t(`review.status.${review.status}`),
            revision: formatInteger(review.revision, language),
            person: review.decidedBy,
            hub: review.hubName,
            at: formatDateTime(review.decidedAt, language),
          }}
          components={{ person: <bdi />, hub: <bdi /> }}
        />
      </p>
      {review.assessmentId !== document.id && <p className="hint">{t('review.field.onEarlierRevision', { revision: formatInteger(review.revision, language) })}</p>}
      <p className="hint">
        {t('review.field.fingerprint')} <FingerprintText fingerprint={review.hubFingerprint} />
      </p>
      {review.comments.length > 0 && (
        <ul className="review-comment-list">
          {review.comments.map((comment) => (
            <li key={comment.indicatorId} data-indicator={comment.indicatorId}>
              <p>
                <bdi className="indicator-id">{comment.indicatorId}</bdi> {labelOf.get(comment.indicatorId) ?? ''}
              </p>
              <p className="review-comment-text" dir="auto">
                {comment.text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What the last import came to: imported, the same file again, or refused with its reason and, for a new hub key, both fingerprints. */
function ImportResult({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const last = useReviewStore((state) => (state.lastImport?.from === assessmentId ? state.lastImport : null));
  const importing = useReviewStore((state) => state.importing);
  const acceptHubKey = useReviewStore((state) => state.acceptHubKey);
  if (!last) return importing ? <p className="loading">{t('review.field.importing')}</p> : null;
  if ('error' in last) return <ErrorAlert error={last.error} />;
  const { fileName, result } = last.outcome;
  if (result.outcome === 'refused') {
    const { reason, hub } = result;
    return (
      <div className="alert alert-error" data-testid="review-import-refused" data-reason={reason.code}>
        <p>
          <Trans i18nKey="review.field.refused" values={{ fileName }} components={{ file: <bdi className="file-name" /> }} />
        </p>
        <p>{t(reviewReasonKey(reason.code), reason.params)}</p>
        {reason.code === 'different_hub_key' && hub?.knownFingerprint && (
          <>
            <p>
              <Trans i18nKey="review.field.knownFingerprint" values={{ hub: hub.name }} components={{ hub: <bdi /> }} /> <FingerprintText fingerprint={hub.knownFingerprint} large />
            </p>
            <p>
              {t('review.field.newFingerprint')} <FingerprintText fingerprint={hub.fingerprint} large />
            </p>
            <p className="section-actions">
              <button type="button" className="button" onClick={() => void acceptHubKey(assessmentId, hub.fingerprint)}>
                {t('review.field.acceptKey')}
              </button>
            </p>
          </>
        )}
      </div>
    );
  }
  const { review, hub } = result;
  return (
    <div className="callout" data-testid="review-import-result" data-outcome={result.outcome}>
      <p>
        {result.outcome === 'identical' ? (
          t('review.field.identical')
        ) : (
          <Trans
            i18nKey="review.field.imported"
            values={{ hub: hub.name, revision: formatInteger(review.revision, language), status: t(`review.status.${review.status}`) }}
            components={{ hub: <bdi /> }}
          />
        )}
      </p>
      {hub.firstSeen && (
        <p>
          <Trans i18nKey="review.field.firstSeen" values={{ hub: hub.name }} components={{ hub: <bdi /> }} />
        </p>
      )}
      <p>
        {t('review.field.fingerprint')} <FingerprintText fingerprint={hub.fingerprint} large />
      </p>
    </div>
  );
}

/**
 * The office's side of the review loop, on the assessment's overview: the reviews that apply to
 * it (of this revision and of the one it reopened) with their comments and the hub's fingerprint,
 * and "Import review file…", whose result says what happened and, the first time, which key was
 * remembered for the hub.
 */
export function ReviewImportPanel({ document, framework }: { document: AssessmentDocument; framework: Framework | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const reviews = useReviewStore((state) => state.received[document.id]);
  const error = useReviewStore((state) => state.receivedErrors[document.id]);
  const loadReceived = useReviewStore((state) => state.loadReceived);
  const importReviewFile = useReviewStore((state) => state.importReviewFile);
  const importing = useReviewStore((state) => state.importing);

  useEffect(() => {
    void loadReceived(document.id);
  }, [loadReceived, document.id]);

  const labelOf = useMemo(
    () =>
      new Map(
        (framework?.perspectives ?? []).flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, localizedString(indicator.title, language)] as const)),
      ),
    [framework, language],
  );

  return (
    <section className="panel review-import-panel" aria-labelledby={`${id}-title`} data-testid="review-import-panel">
      <h2 id={`${id}-title`}>{t('review.field.title')}</h2>
      <p className="hint">{t('review.field.intro')}</p>
      {reviews === undefined ? (
        <LoadState loaded={false} error={error ?? null} onRetry={() => void loadReceived(document.id)} />
      ) : reviews.length === 0 ? (
        <p className="muted">{t('review.field.none')}</p>
      ) : (
        <>
          <h3>{t('review.field.listTitle')}</h3>
          <ul className="received-reviews">
            {reviews.map((review) => (
              <ReceivedReviewItem key={review.id} review={review} document={document} labelOf={labelOf} />
            ))}
          </ul>
        </>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-file`}>{t('review.field.pick')}</label>
        <p id={`${id}-file-hint`} className="hint">
          {t('review.field.pickLabel')}
        </p>
        <input
          id={`${id}-file`}
          type="file"
          accept={`${REVIEW_EXTENSION},application/json`}
          disabled={importing}
          aria-describedby={`${id}-file-hint`}
          data-testid="review-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again fires again (and says "nothing changed").
            event.target.value = '';
            if (file) void importReviewFile(document.id, pickedFile(file));
          }}
        />
      </div>
      <div role="status">
        <ImportResult assessmentId={document.id} />
      </div>
    </section>
  );
}
