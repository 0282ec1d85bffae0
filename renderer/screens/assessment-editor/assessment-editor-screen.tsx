import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreAssessment } from '../../../shared/scoring/score-assessment';
import type { AssessmentScore } from '../../../shared/scoring/assessment-score';
import { LoadState } from '../../app/load-state';
import { routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { StatusBadge } from '../../app/status-badge';
import { formatDateTime, formatYear } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAnswersStore, useEvidenceStore } from '../../state/stores-context';
import { frameworkTitle } from '../frameworks/framework-label';
import './editor.css';
import { focusIndicator } from './indicator-focus';
import { PERSPECTIVE_HEADING_ID, PerspectiveSection } from './perspective-section';
import { focusProgress, focusTargetFor, ProgressPanel } from './progress-panel';
import { SaveStatusLine } from './save-status-line';

interface AssessmentEditorScreenProps {
  id: string;
  perspectiveId?: string;
  indicatorId?: string;
}

/** Text fields and editable content have their own undo; Ctrl+Z there must stay theirs. */
function hasOwnUndo(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** The guided questionnaire: one perspective at a time, every change saved as it is made. */
export function AssessmentEditorScreen({ id, perspectiveId, indicatorId }: AssessmentEditorScreenProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const open = useAnswersStore((state) => state.open);
  const mine = useAnswersStore((state) => state.assessmentId === id);
  const assessment = useAnswersStore((state) => (state.assessmentId === id ? state.document : null));
  const framework = useAnswersStore((state) => (state.assessmentId === id ? state.framework : null));
  const loadError = useAnswersStore((state) => (state.assessmentId === id ? state.loadError : null));
  const answers = useAnswersStore((state) => state.answers);
  const previous = useAnswersStore((state) => state.previous);
  const indicatorSave = useAnswersStore((state) => state.indicatorSave);
  const locked = useAnswersStore((state) => state.locked);
  const undo = useAnswersStore((state) => state.undo);
  const pendingCount = useAnswersStore((state) => state.pendingCount);
  const submitting = useAnswersStore((state) => state.submitting);
  const submitError = useAnswersStore((state) => state.submitError);
  const submitBlockers = useAnswersStore((state) => state.blockers);
  const setAnswer = useAnswersStore((state) => state.setAnswer);
  const flush = useAnswersStore((state) => state.flush);
  const undoEdit = useAnswersStore((state) => state.undoEdit);
  const redoEdit = useAnswersStore((state) => state.redoEdit);
  const submit = useAnswersStore((state) => state.submit);
  const loadEvidence = useEvidenceStore((state) => state.load);
  const evidenceItems = useEvidenceStore((state) => state.items);
  const lockedNotice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void open(id);
    void loadEvidence(id);
  }, [open, loadEvidence, id]);

  // Leaving the screen queues whatever is still being typed (the queue outlives the screen).
  useEffect(() => () => flush(), [flush]);

  const ready = mine && assessment !== null && framework !== null;
  const score = useMemo(() => (framework ? scoreAssessment(framework, answers) : null), [framework, answers]);
  const evidenceCounts = useMemo(() => {
    const counts: Record<string, number> = {};
    for (const item of evidenceItems) counts[item.indicatorId] = (counts[item.indicatorId] ?? 0) + 1;
    return counts;
  }, [evidenceItems]);

  const canUndo = !locked && (undo.canUndo || pendingCount > 0);
  const canRedo = !locked && undo.canRedo && pendingCount === 0;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // event.code: the same keys whatever the keyboard layout (Arabic, Russian, Chinese input).
      const z = event.code === 'KeyZ' || event.key.toLowerCase() === 'z';
      const y = event.code === 'KeyY' || event.key.toLowerCase() === 'y';
      if (!z && !y) return;
      if (hasOwnUndo(event.target)) return;
      event.preventDefault();
      if (z && !event.shiftKey) undoEdit();
      else redoEdit();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undoEdit, redoEdit]);

  // Closing the window with edits not yet acknowledged: the browser asks first.
  useEffect(() => {
    if (pendingCount === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pendingCount, flush]);

  // Moving between perspectives and to an indicator moves the keyboard focus there too.
  const latestScore = useRef<AssessmentScore | null>(null);
  useEffect(() => {
    latestScore.current = score;
  }, [score]);
  const firstFocus = useRef(true);
  useEffect(() => {
    if (!ready) return;
    const first = firstFocus.current;
    firstFocus.current = false;
    if (indicatorId) {
      const target = focusTargetFor(latestScore.current?.indicators.find((entry) => entry.indicatorId === indicatorId));
      focusIndicator(indicatorId, target);
    } else if (!first) {
      // On arrival the screen heading has the focus; afterwards, the new perspective's heading takes it.
      const heading = document.getElementById(PERSPECTIVE_HEADING_ID);
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    }
  }, [ready, perspectiveId, indicatorId]);

  const onSubmit = () => {
    void submit().then((submitted) => {
      if (submitted) requestAnimationFrame(() => lockedNotice.current?.focus());
    });
  };

  const backLink = (
    <p className="back-link">
      <a href={routeHref({ screen: 'assessment', id })} onClick={() => flush()}>
        {t('editor.backToOverview')}
      </a>
    </p>
  );

  if (!ready || !score) {
    return (
      <section className="screen editor">
        {backLink}
        <ScreenHeading text={t('editor.titleLoading')} />
        <LoadState loaded={false} error={loadError} announce />
      </section>
    );
  }

  const perspective = framework.perspectives.find((entry) => entry.id === perspectiveId) ?? framework.perspectives[0]!;

  return (
    <section className="screen editor">
      {backLink}
      <ScreenHeading text={t('editor.title', { office: assessment.office.name })} />
      <p className="editor-meta">
        {t('editor.meta', { cycle: formatYear(assessment.cycle, language), framework: frameworkTitle(framework, language).text, version: framework.version })}{' '}
        <StatusBadge status={assessment.status} />
      </p>

      {locked && (
        <div ref={lockedNotice} tabIndex={-1} className="callout editor-locked" role="note">
          <p>
            {assessment.submittedAt
              ? t('editor.locked.since', { date: formatDateTime(assessment.submittedAt, language) })
              : t('editor.locked.plain')}
          </p>
          <p>
            <a href={routeHref({ screen: 'assessment', id })}>{t('editor.locked.reopen')}</a>
          </p>
        </div>
      )}

      <div className="editor-toolbar">
        <SaveStatusLine />
        <div className="toolbar-actions">
          <button
            type="button"
            className="button button-small"
            aria-disabled={!canUndo}
            aria-keyshortcuts="Control+Z"
            onClick={() => {
              if (canUndo) undoEdit();
            }}
          >
            {t('editor.undo')}
          </button>
          <button
            type="button"
            className="button button-small"
            aria-disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            onClick={() => {
              if (canRedo) redoEdit();
            }}
          >
            {t('editor.redo')}
          </button>
          <button type="button" className="button-link" onClick={focusProgress}>
            {t('editor.toProgress')}
          </button>
        </div>
      </div>

      <div className="editor-layout">
        <div className="editor-main">
          <PerspectiveSection
            key={perspective.id}
            assessmentId={id}
            framework={framework}
            perspective={perspective}
            score={score}
            answers={answers}
            previousAnswers={previous ? previous.answers : null}
            indicatorSave={indicatorSave}
            evidenceCounts={evidenceCounts}
            readOnly={locked}
            onAnswer={setAnswer}
            onFlush={flush}
          />
        </div>
        <ProgressPanel
          assessmentId={id}
          framework={framework}
          score={score}
          currentPerspectiveId={perspective.id}
          indicatorSave={indicatorSave}
          locked={locked}
          submitting={submitting}
          submitError={submitError}
          submitBlockers={submitBlockers}
          onSubmit={onSubmit}
          onNavigate={() => flush()}
        />
      </div>
    </section>
  );
}
