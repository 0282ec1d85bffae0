import { useTranslation } from 'react-i18next';
import type { IndicatorScore } from '../../../shared/scoring/assessment-score';
import type { AggregateBand } from '../../../shared/scoring/band';
import { useLanguage } from '../../i18n/use-language';
import { formatScore } from './number-format';

/** A band as text and colour together (never colour alone): the word is always printed. */
export function BandLabel({ band }: { band: AggregateBand }) {
  const { t } = useTranslation();
  return <span className={`band band-${band}`}>{t(`editor.band.${band}`)}</span>;
}

/** "Score 75.8 Amber", or why there is no score. */
export function IndicatorScoreLine({ score, testId }: { score: IndicatorScore; testId?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (score.status === 'scored' && score.score !== null && score.band !== null) {
    return (
      <p className="score-line">
        <span className="score-label">{t('editor.score.label')}</span>{' '}
        <strong className="score-value" data-testid={testId}>
          {formatScore(score.score, language)}
        </strong>{' '}
        <BandLabel band={score.band} />
      </p>
    );
  }
  return (
    <p className="score-line score-none" data-testid={testId}>
      {t(`editor.score.status.${score.status}`)}
    </p>
  );
}
