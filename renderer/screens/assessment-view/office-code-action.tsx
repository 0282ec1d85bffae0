import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/api/contract';
import type { AssessmentDocument } from '../../../shared/assessment/assessment-document';
import { navigate, routeHref } from '../../app/route';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, usePackagesStore } from '../../state/stores-context';

/**
 * The way on when a package needs the office code and the assessment has none: a draft opens
 * its profile form at the code; a submitted revision is locked, so it is reopened as the next
 * revision, whose profile form then opens at the code; a superseded one points to the latest.
 */
export function OfficeCodeAction({
  document,
  revisions,
  onAct,
}: {
  document: AssessmentDocument;
  revisions: AssessmentSummary[] | null;
  /** Called first, e.g. to close the dialog the action sits in. */
  onAct?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const requestOfficeCode = usePackagesStore((state) => state.requestOfficeCode);
  const reopen = useAssessmentsStore((state) => state.reopen);
  const busy = useAssessmentsStore((state) => state.lifecycleBusy);

  if (document.status === 'draft') {
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          onAct?.();
          requestOfficeCode(document.id);
        }}
      >
        {t('packages.panel.addCode')}
      </button>
    );
  }

  const own = revisions?.find((summary) => summary.id === document.id);
  if (!own) return null; // The lineage is not read yet: which way is right is unknown.
  if (!own.latestRevision) {
    const newest = revisions?.filter((summary) => summary.latestRevision).at(-1);
    if (!newest) return null;
    return (
      <a className="button" href={routeHref({ screen: 'assessment', id: newest.id })} onClick={() => onAct?.()}>
        {t('packages.panel.openLatestToAddCode', { revision: formatInteger(newest.revision, language) })}
      </a>
    );
  }
  return (
    <button
      type="button"
      className="button"
      disabled={busy !== null}
      onClick={() => {
        onAct?.();
        void reopen(document.id).then((created) => {
          if (!created) return;
          requestOfficeCode(created.id);
          navigate({ screen: 'assessment', id: created.id });
        });
      }}
    >
      {t('packages.panel.reopenToAddCode', { revision: formatInteger(document.revision + 1, language) })}
    </button>
  );
}
