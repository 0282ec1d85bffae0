import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/error-alert';
import type { PrintOutcome, PrintPhase } from '../../state/reports-store';

/** Where printing stands, in words, announced politely; a failure as an alert with its own message. */
export function PrintStatus({ preparing, phase, outcome }: { preparing: boolean; phase: PrintPhase; outcome: PrintOutcome | null }) {
  const { t } = useTranslation();
  let text = '';
  if (phase === 'printing') text = t('reports.screen.printing');
  else if (phase === 'saving') text = t('reports.screen.saving');
  else if (preparing) text = t('reports.screen.preparing');
  else if (outcome?.kind === 'saved') text = outcome.download ? t('reports.screen.downloaded', { fileName: outcome.path }) : t('reports.screen.saved', { path: outcome.path });
  else if (outcome?.kind === 'printed') text = t('reports.screen.printed');
  else if (outcome?.kind === 'cancelled') text = t('reports.screen.cancelled');
  return (
    <>
      <p role="status" className="report-status" aria-busy={phase !== 'idle' || preparing}>
        {text}
      </p>
      {phase === 'idle' && outcome?.kind === 'failed' && <ErrorAlert error={outcome.error} />}
    </>
  );
}
