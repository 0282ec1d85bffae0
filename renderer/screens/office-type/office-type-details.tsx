import { useTranslation } from 'react-i18next';
import type { OfficeTypeResult } from '../../../shared/api/contract';
import type { Framework } from '../../../shared/framework/framework-schema';
import type { TypologyParams } from '../../../shared/typology/recommend-office-type';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { Fact } from '../assessment-view/fact';
import { indicatorIndex, indicatorLabel } from '../history/indicator-index';
import { typologyParams } from './typology-params';

type Tristate = boolean | null;

function ruleStateKey(fired: Tristate): string {
  return fired === true ? 'officeType.rule.fired' : fired === false ? 'officeType.rule.notFired' : 'officeType.rule.undecided';
}

function conditionStateKey(met: Tristate): string {
  return met === true ? 'officeType.condition.met' : met === false ? 'officeType.condition.notMet' : 'officeType.condition.unknown';
}

function differenceKey(differs: Tristate): string {
  return differs === true ? 'officeType.differs' : differs === false ? 'officeType.matches' : 'officeType.cannotCompare';
}

function stateClass(value: Tristate): string {
  return value === true ? 'is-yes' : value === false ? 'is-no' : 'is-open';
}

/**
 * The recommendation as the user reads it: the tier the data supports (or why there is none), the
 * review flags, how it compares with the current and the proposed tier, and every rule with the
 * numbers it used. States are words, not only colours or symbols.
 */
export function OfficeTypeDetails({ result, framework }: { result: Pick<OfficeTypeResult, 'recommendation' | 'comparedOffices'>; framework: Framework | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { recommendation } = result;
  const indicators = indicatorIndex(framework);
  const label = (indicatorId: string) => indicatorLabel(indicatorId, indicators.get(indicatorId)?.indicator, language);
  const text = (messageKey: string, params: TypologyParams) => {
    const formatted = typologyParams(messageKey, params, language);
    if (typeof params.indicator === 'string') formatted.indicator = label(params.indicator);
    return t(messageKey, formatted);
  };
  const { suggestedTier, currentTier, currentEquivalent, proposedTier } = recommendation;

  return (
    <>
      <div className="office-type-suggestion">
        <p className="office-type-suggestion-label">{t('officeType.suggested')}</p>
        <p className="office-type-suggestion-tier">{suggestedTier ? t(`twoTier.${suggestedTier}`) : t('officeType.none')}</p>
      </div>

      {recommendation.missing.length > 0 && (
        <div className="office-type-missing">
          <p>{t('officeType.missingIntro')}</p>
          <ul>
            {recommendation.missing.map((missing) => (
              <li key={missing.indicatorId}>{label(missing.indicatorId)}</li>
            ))}
          </ul>
        </div>
      )}

      {recommendation.needsReview && (
        <div className="alert alert-warning office-type-review">
          <h3>{t('officeType.reviewHeading')}</h3>
          <p>{t('officeType.reviewIntro')}</p>
          <ul>
            {recommendation.reviewFlags.map((flag) => (
              <li key={flag.flag}>{text(flag.messageKey, flag.params)}</li>
            ))}
          </ul>
        </div>
      )}

      <dl className="facts office-type-compare">
        <Fact term={t('officeType.current', { indicator: 'P1.1' })}>
          {currentTier ? (
            <>
              {t(`tier.${currentTier}`)}
              {currentEquivalent && <> ({t('officeType.equivalent', { tier: t(`twoTier.${currentEquivalent}`) })})</>}
            </>
          ) : (
            <span className="muted">{t('officeType.notAnswered')}</span>
          )}
          <span className="office-type-difference">{t(differenceKey(recommendation.differsFromCurrent))}</span>
        </Fact>
        <Fact term={t('officeType.proposed', { indicator: 'P1.2' })}>
          {proposedTier ? t(`twoTier.${proposedTier}`) : <span className="muted">{t('officeType.notAnswered')}</span>}
          <span className="office-type-difference">{t(differenceKey(recommendation.differsFromProposed))}</span>
        </Fact>
      </dl>

      <h3>{t('officeType.rulesHeading')}</h3>
      <ol className="office-type-rules">
        {recommendation.rules.map((rule) => (
          <li key={rule.tier} className="office-type-rule">
            <p className="office-type-rule-title">
              <strong>{t(rule.messageKey)}</strong>
              <span className={`office-type-state ${stateClass(rule.fired)}`}>{t(ruleStateKey(rule.fired))}</span>
            </p>
            <ul className="office-type-conditions">
              {rule.conditions.map((condition, index) => (
                <li key={index}>
                  <span className={`office-type-state ${stateClass(condition.met)}`}>{t(conditionStateKey(condition.met))}</span>{' '}
                  {text(condition.messageKey, condition.params)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="muted">
        {result.comparedOffices > 0
          ? t('officeType.comparison', { offices: formatInteger(result.comparedOffices, language) })
          : t('officeType.noComparison')}
      </p>
    </>
  );
}
