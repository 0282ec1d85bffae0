import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { ErrorAlert } from '../../app/error-alert';
import { navigate, routeHref } from '../../app/route';
import { formatDateTime, formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore } from '../../state/stores-context';
import { NextCycleForm } from './next-cycle-form';

/**
 * Where the assessment stands and what can be done next: fill in a draft; a submitted revision is
 * locked (ready to export) and can be reopened as a new revision, the submitted one being kept;
 * any latest revision can start the next cycle. Submitting itself is done in the questionnaire.
 */
export function LifecyclePanel({ document, revisions }: { document: AssessmentDocument; revisions: AssessmentSummary[] | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const busy = useAssessmentsStore((state) => state.lifecycleBusy);
  const lifecycleError = useAssessmentsStore((state) => state.lifecycleError);
  const reopen = useAssessmentsStore((state) => state.reopen);

  // Until the lineage is read, whether a newer revision exists is unknown: offer nothing that depends on it.
  const own = revisions?.find((summary) => summary.id === document.id);
  const isLatest = own ? own.latestRevision : null;
  const newest = revisions?.filter((summary) => summary.latestRevision).at(-1);
  const submitted = document.status === 'submitted';

  return (
    <section className="panel panel-wide lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('lifecycle.title')}</h2>
      {lifecycleError && <ErrorAlert error={lifecycleError} />}
      {!submitted && (
        <>
          <p>{t('lifecycle.draft')}</p>
          <p className="section-actions">
            <a className="button button-primary" href={routeHref({ screen: 'editor', id: document.id })}>
              {t('lifecycle.fillIn')}
            </a>
          </p>
        </>
      )}
      {submitted && (
        <>
          <div className="callout callout-locked">
            <p>
              {document.submittedAt
                ? t('lifecycle.submittedOn', { date: formatDateTime(document.submittedAt, language) })
                : t('lifecycle.submitted')}
            </p>
            <p>{t('lifecycle.locked')}</p>
          </div>
          {isLatest === false && newest && newest.id !== document.id && (
            <p className="callout">
              {t('lifecycle.superseded', { revision: formatInteger(newest.revision, language) })}{' '}
              <a href={routeHref({ screen: 'assessment', id: newest.id })}>
                {t('lifecycle.openRevision', { revision: formatInteger(newest.revision, language) })}
              </a>
            </p>
          )}
          <p className="section-actions">
            <a className="button" href={routeHref({ screen: 'editor', id: document.id })}>
              {t('lifecycle.viewAnswers')}
            </a>
            {isLatest === true && (
              <button
                type="button"
                className="button button-primary"
                aria-describedby="reopen-hint"
                disabled={busy !== null}
                onClick={() => {
                  void reopen(document.id).then((created) => {
                    if (created) navigate({ screen: 'assessment', id: created.id });
                  });
                }}
              >
                {busy === 'reopen' ? t('lifecycle.reopening') : t('lifecycle.reopen')}
              </button>
            )}
          </p>
          {isLatest === true && (
            <p id="reopen-hint" className="hint">
              {t('lifecycle.reopenHint', { revision: formatInteger(document.revision, language) })}
            </p>
          )}
        </>
      )}
      {isLatest === true && <NextCycleForm document={document} />}
      <p className="section-links">
        <a href={routeHref({ screen: 'history', id: document.id })}>{t('lifecycle.history')}</a>
      </p>
    </section>
  );
}
