import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceOf } from '../../../shared/packages/package-contents';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubOfficeStore } from '../../state/stores-context';
import '../assessment-editor/editor.css';
import { indicatorIndex, indicatorLabel } from '../history/indicator-index';
import '../hub/hub.css';
import { officeStateKey } from '../hub/import-status';
import { ReviewPanel } from '../hub-review/review-panel';
import { OfficeTypeDetails } from '../office-type/office-type-details';
import '../office-type/office-type.css';
import { EvidenceList } from './evidence-list';
import { EvidenceViewer } from './evidence-viewer';
import './hub-office.css';
import { PackageHistory } from './package-history';
import { RevisionAnswers } from './revision-answers';
import { RevisionFacts, RevisionScores } from './revision-summary';

/**
 * The hub's drill-down into one office's assessment (issue 9): the revision the hub holds, read
 * again from its signed package and shown read-only — where it comes from, its scores with the
 * band in words, the office type as the set computes it, every answer with its justification,
 * note and files, the evidence files (pictures and PDFs shown inside the app, the rest only as
 * downloads), the hub's review of it (ReviewPanel, renderer/screens/hub-review/), and the history
 * the office recorded.
 */
export function HubOfficeScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const officeTypeId = useId();
  const view = useHubOfficeStore((state) => (state.assessmentId === assessmentId ? state.view : null));
  const error = useHubOfficeStore((state) => (state.assessmentId === assessmentId ? state.error : null));
  const load = useHubOfficeStore((state) => state.load);
  const openEvidence = useHubOfficeStore((state) => state.openEvidence);
  const closeEvidence = useHubOfficeStore((state) => state.closeEvidence);
  const [viewing, setViewing] = useState<EvidenceOf | null>(null);

  useEffect(() => {
    void load(assessmentId);
  }, [load, assessmentId]);

  const document = view?.document;
  // What a review comment can be about: the revision's own indicators, labelled in the UI language.
  const indicators = useMemo(
    () => (view ? [...indicatorIndex(view.framework)].map(([id, entry]) => ({ id, label: indicatorLabel(id, entry.indicator, language) })) : []),
    [view, language],
  );
  const title = document
    ? t('hubOffice.title', { office: document.office.name, code: document.office.code ?? '' })
    : t('hubOffice.titlePending');

  const openViewer = (file: EvidenceOf) => {
    setViewing(file);
    void openEvidence(file.sha256);
  };
  const close = () => {
    setViewing(null);
    closeEvidence();
  };

  return (
    <section className="screen hub-screen hub-office-screen">
      <p className="back-link">
        <a href={routeHref({ screen: 'hubSet' })}>{t('hubOffice.back')}</a>
      </p>
      <ScreenHeading text={title} />
      <LoadState loaded={view !== null} error={error} onRetry={() => void load(assessmentId)} announce />
      {view && document && (
        <>
          <p className="overview-subtitle hub-office-subtitle">
            <span>{t('overview.cycle', { cycle: formatYear(document.cycle, language) })}</span>
            <span>{t('overview.revision', { revision: formatInteger(document.revision, language) })}</span>
            <span className="hub-office-state">{t(officeStateKey(view.state))}</span>
          </p>
          <p className="callout">{t('hubOffice.readOnly')}</p>
          <p>
            <a href={routeHref({ screen: 'officeReport', id: assessmentId, from: 'hub' })}>{t('reports.screen.link')}</a>
          </p>
          <RevisionScores view={view} />
          <RevisionFacts view={view} />
          <section className="panel hub-office-section office-type-panel" aria-labelledby={officeTypeId}>
            <h2 id={officeTypeId}>{t('officeType.title')}</h2>
            <p className="hint">{t('hubOffice.officeType.intro')}</p>
            <OfficeTypeDetails result={view.officeType} framework={view.framework} />
          </section>
          <RevisionAnswers view={view} />
          <EvidenceList files={view.evidence} framework={view.framework} onView={openViewer} />
          <ReviewPanel assessmentId={assessmentId} indicators={indicators} />
          <PackageHistory view={view} />
          {viewing && (
            <EvidenceViewer
              key={viewing.sha256}
              info={viewing}
              indicator={indicatorLabel(viewing.indicatorId, indicatorIndex(view.framework).get(viewing.indicatorId)?.indicator, language)}
              onClose={close}
            />
          )}
        </>
      )}
    </section>
  );
}
