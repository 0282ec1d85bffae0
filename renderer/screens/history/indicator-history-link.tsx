import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/route';

interface IndicatorHistoryLinkProps {
  assessmentId: string;
  indicatorId: string;
  /** The indicator's title as shown beside the link: completes the link's name for screen readers. */
  indicatorTitle?: string;
  className?: string;
}

/** "Change history" of one indicator, for the questionnaire and the overview. */
export function IndicatorHistoryLink({ assessmentId, indicatorId, indicatorTitle, className }: IndicatorHistoryLinkProps) {
  const { t } = useTranslation();
  return (
    <a className={className} href={routeHref({ screen: 'history', id: assessmentId, indicatorId })}>
      {t('history.indicatorLink')}
      {/* Many such links on one page: each says which indicator it is about. */}
      <span className="visually-hidden">{`: ${indicatorTitle ?? indicatorId}`}</span>
    </a>
  );
}
