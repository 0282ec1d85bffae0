import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentListScreen } from '../screens/assessment-list/assessment-list-screen';
import { AssessmentEditorScreen } from '../screens/assessment-editor/assessment-editor-screen';
import { AssessmentViewScreen } from '../screens/assessment-view/assessment-view-screen';
import { FrameworksScreen } from '../screens/frameworks/frameworks-screen';
import { HistoryScreen } from '../screens/history/history-screen';
import { HubConflictScreen } from '../screens/hub-conflicts/hub-conflict-screen';
import { HubConflictsScreen } from '../screens/hub-conflicts/hub-conflicts-screen';
import { HubImportScreen } from '../screens/hub-import/hub-import-screen';
import { HubKeysScreen } from '../screens/hub-keys/hub-keys-screen';
import { HubPictureScreen } from '../screens/hub-picture/hub-picture-screen';
import { HubOfficeScreen } from '../screens/hub-office/hub-office-screen';
import { HubSetScreen } from '../screens/hub-set/hub-set-screen';
import { NewAssessmentScreen } from '../screens/new-assessment/new-assessment-screen';
import { ReportScreen } from '../screens/report/report-screen';
import { ConnectionProblemScreen } from '../screens/start/connection-problem-screen';
import { NewerVersionScreen } from '../screens/start/newer-version-screen';
import { RecoveryScreen } from '../screens/start/recovery-screen';
import { useAppStore } from '../state/stores-context';
import { AppHeader } from './app-header';
import { ErrorAlert } from './error-alert';
import { useRoute } from './route';

/** The shell: header, then the screen that the database state and the address call for. */
export function App() {
  const { t, i18n } = useTranslation();
  const status = useAppStore((state) => state.status);
  const loadError = useAppStore((state) => state.loadError);
  const error = useAppStore((state) => state.error);
  const dismissError = useAppStore((state) => state.dismissError);
  const language = useAppStore((state) => state.language);
  const load = useAppStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  let screen: ReactNode;
  if (!status) {
    screen = loadError ? (
      <ConnectionProblemScreen error={loadError} onRetry={() => void load()} />
    ) : (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  } else if (status.database.state === 'corrupt') {
    screen = <RecoveryScreen database={status.database} dataDir={status.dataDir} />;
  } else if (status.database.state === 'newer_version') {
    screen = <NewerVersionScreen database={status.database} />;
  } else {
    screen = <ReadyScreens />;
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash addresses screens: move the focus without changing it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="app-main">
        {error && (
          <ErrorAlert error={error}>
            <button type="button" className="button-link" onClick={dismissError}>
              {t('app.dismiss')}
            </button>
          </ErrorAlert>
        )}
        {screen}
      </main>
    </>
  );
}

function ReadyScreens() {
  const route = useRoute();
  switch (route.screen) {
    case 'list':
      return <AssessmentListScreen />;
    case 'new':
      return <NewAssessmentScreen />;
    case 'frameworks':
      return <FrameworksScreen />;
    case 'assessment':
      return <AssessmentViewScreen key={route.id} id={route.id} />;
    case 'editor':
      return (
        <AssessmentEditorScreen
          key={route.id}
          id={route.id}
          perspectiveId={route.perspectiveId}
          indicatorId={route.indicatorId}
        />
      );
    case 'history':
      return <HistoryScreen key={`${route.id}/${route.indicatorId ?? ''}`} id={route.id} indicatorId={route.indicatorId} />;
    case 'hubSet':
      return <HubSetScreen />;
    case 'hubImport':
      return <HubImportScreen />;
    case 'hubKeys':
      return <HubKeysScreen />;
    case 'hubConflicts':
      return <HubConflictsScreen />;
    case 'hubConflict':
      return <HubConflictScreen key={`${route.officeId}/${route.cycle}`} officeId={route.officeId} cycle={route.cycle} />;
    case 'hubPicture':
      return <HubPictureScreen view={route.view} />;
    case 'hubOffice':
      return <HubOfficeScreen key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'officeReport':
      return <ReportScreen key={`${route.from}/${route.id}`} report={{ kind: 'office', assessmentId: route.id, from: route.from }} />;
    case 'regionalReport':
      return <ReportScreen key="regional" report={{ kind: 'regional' }} />;
  }
}
