import { useTranslation } from 'react-i18next';
import type { AssessmentStatus } from '../../shared/assessment/assessment-document';

/** "Draft" or "Submitted", coloured, wherever an assessment is named. */
export function StatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`status.${status}`)}</span>;
}
