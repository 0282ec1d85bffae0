import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import type { TypologyParams } from '../../../shared/typology/recommend-office-type';
import { typologyParams } from '../../screens/office-type/typology-params';
import { indicatorLabel } from './office-report-format';

type Tristate = boolean | null;

/** The same words as the office's overview (renderer/screens/office-type/office-type-details.tsx). */
function ruleState(fired: Tristate): string {
  return fired === true ? 'officeType.rule.fired' : fired === false ? 'officeType.rule.notFired' : 'officeType.rule.undecided';
}

function conditionState(met: Tristate): string {
  return met === true ? 'officeType.condition.met' : met === false ? 'officeType.condition.notMet' : 'officeType.condition.unknown';
}

function difference(differs: Tristate): string {
  return differs === true ? 'officeType.differs' : differs === false ? 'officeType.matches' : 'officeType.cannotCompare';
}

/**
 * The office-type recommendation as the overview explains it, in print: the tier the data
 * supports, how it compares with the current and proposed tiers, the cases a person must review,
 * and every rule with its state and the numbers each condition used — states as words.
 */
export function OfficeTypeSummary({ data, t, language }: { data: OfficeReportData; t: TFunction; language: Language }) {
  const { recommendation } = data.officeType;
  const indicators = new Map(data.framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const label = (id: string) => indicatorLabel(indicators.get(id), id, language);
  const sentence = (messageKey: string, params: TypologyParams) => {
    const formatted = typologyParams(messageKey, params, language);
    if (typeof params.indicator === 'string') formatted.indicator = label(params.indicator);
    return t(messageKey, formatted);
  };
  const { suggestedTier, currentTier, currentEquivalent, proposedTier } = recommendation;

  return (
    <div className="office-type report-keep" data-suggested={suggestedTier ?? 'none'}>
      <h3>{t('reports.office.officeType.heading')}</h3>
      <p className="office-type-suggested">
        <strong>{t('reports.office.officeType.suggestedLine', { tier: suggestedTier ? t(`twoTier.${suggestedTier}`) : t('officeType.none') })}</strong>
      </p>
      <ul className="office-type-compare">
        <li>
          {t('reports.office.officeType.currentLine', {
            indicator: 'P1.1',
            tier: !currentTier
              ? t('officeType.notAnswered')
              : currentEquivalent
                ? t('reports.office.officeType.tierWithEquivalent', { tier: t(`tier.${currentTier}`), equivalent: t(`twoTier.${currentEquivalent}`) })
                : t(`tier.${currentTier}`),
            comparison: t(difference(recommendation.differsFromCurrent)),
          })}
        </li>
        <li>
          {t('reports.office.officeType.proposedLine', {
            indicator: 'P1.2',
            tier: proposedTier ? t(`twoTier.${proposedTier}`) : t('officeType.notAnswered'),
            comparison: t(difference(recommendation.differsFromProposed)),
          })}
        </li>
      </ul>
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
        <div className="office-type-review">
          <p>
            <strong>{t('officeType.reviewHeading')}</strong>
          </p>
          <p>{t('officeType.reviewIntro')}</p>
          <ul>
            {recommendation.reviewFlags.map((flag) => (
              <li key={flag.flag}>{sentence(flag.messageKey, flag.params)}</li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('officeType.rulesHeading')}</p>
      <ol className="office-type-rules">
        {recommendation.rules.map((rule) => (
          <li key={rule.tier} data-fired={String(rule.fired)}>
            <strong>{t('reports.office.officeType.ruleLine', { rule: t(rule.messageKey), state: t(ruleState(rule.fired)) })}</strong>
            <ul>
              {rule.conditions.map((condition, index) => (
                <li key={index}>{t('reports.office.officeType.conditionLine', { state: t(conditionState(condition.met)), condition: sentence(condition.messageKey, condition.params) })}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="report-small">{t('reports.office.officeType.basis')}</p>
    </div>
  );
}
