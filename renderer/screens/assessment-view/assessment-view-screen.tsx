import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { StatusBadge } from '../../app/status-badge';
import { UnlistedCountriesNotice } from '../../countries/unlisted-countries-notice';
import { formatInteger, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAssessmentsStore, useFrameworksStore } from '../../state/stores-context';
import { OfficeTypePanel } from '../office-type/office-type-panel';
import './assessment-view.css';
import { CoveredCountriesPanel } from './covered-countries-panel';
import { CycleChangesPanel } from './cycle-changes-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { PackageExportPanel } from './package-export-panel';
import { ProfileSection } from './profile-section';
import { ReviewImportPanel } from './review-import-panel';
import { RevisionsPanel } from './revisions-panel';

/**
 * The overview of one assessment: where it stands and what to do next, its package for the
 * regional hub, the office profile (edited in place while a draft), the covered countries, what
 * changed since the previous cycle, and its revisions. Everything is re-read from the database when the screen opens.
 */
export function AssessmentViewScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = useAssessmentsStore((state) => (state.current?.id === id ? state.current : null));
  const currentError = useAssessmentsStore((state) => (state.currentId === id ? state.currentError : null));
  const open = useAssessmentsStore((state) => state.open);
  const revisions = useAssessmentsStore((state) => (state.revisionsFor === id ? state.revisions : null));
  const revisionsError = useAssessmentsStore((state) => (state.revisionsFor === id ? state.revisionsError : null));
  const loadRevisions = useAssessmentsStore((state) => state.loadRevisions);
  const previousCycleId = current?.previousCycleId;
  const previousCycle = useAssessmentsStore((state) =>
    previousCycleId && state.previousCycle?.id === previousCycleId ? state.previousCycle : null,
  );
  const previousCycleError = useAssessmentsStore((state) => (previousCycleId ? state.previousCycleError : null));
  const loadPreviousCycle = useAssessmentsStore((state) => state.loadPreviousCycle);
  const hash = current?.framework.hash;
  const framework = useFrameworksStore((state) => (hash && Object.hasOwn(state.frameworks, hash) ? state.frameworks[hash]! : null));
  const loadFramework = useFrameworksStore((state) => state.loadFramework);

  useEffect(() => {
    void open(id);
    void loadRevisions(id);
  }, [open, loadRevisions, id]);
  useEffect(() => {
    if (previousCycleId) void loadPreviousCycle(previousCycleId);
  }, [loadPreviousCycle, previousCycleId]);
  useEffect(() => {
    if (hash) void loadFramework(hash);
  }, [loadFramework, hash]);

  const backLink = (
    <p className="back-link">
      <a href={routeHref({ screen: 'list' })}>{t('nav.backToList')}</a>
    </p>
  );

  if (!current) {
    return (
      <section className="screen">
        {backLink}
        <ScreenHeading text={t('view.title')} />
        <LoadState loaded={false} error={currentError} announce />
      </section>
    );
  }

  // Only a draft changes; a submitted revision is kept exactly as it was sent.
  const editable = current.status === 'draft';

  return (
    <section className="screen assessment-overview">
      {backLink}
      <ScreenHeading text={current.office.name} />
      <p className="overview-subtitle">
        <span>{t('overview.cycle', { cycle: formatYear(current.cycle, language) })}</span>
        <StatusBadge status={current.status} />
        <span>{t('overview.revision', { revision: formatInteger(current.revision, language) })}</span>
      </p>
      <UnlistedCountriesNotice document={current} />
      <LifecyclePanel document={current} revisions={revisions} />
      <PackageExportPanel document={current} revisions={revisions} />
      {current.status === 'submitted' && (
        <p className="report-link">
          <a href={routeHref({ screen: 'officeReport', id: current.id, from: 'field' })}>{t('reports.screen.link')}</a>
        </p>
      )}
      <ReviewImportPanel document={current} framework={framework} />
      <ProfileSection document={current} editable={editable} />
      <CoveredCountriesPanel document={current} framework={framework} editable={editable} />
      <OfficeTypePanel id={current.id} />
      {previousCycleId && (
        <CycleChangesPanel document={current} previous={previousCycle} framework={framework} error={previousCycleError} />
      )}
      <RevisionsPanel currentId={current.id} revisions={revisions} error={revisionsError} onRetry={() => void loadRevisions(id)} />
    </section>
  );
}
