import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData } from '../../../shared/reports/office-report-data';
import type { TypologyParams } from '../../../shared/typology/recommend-office-type';
import { typologyParams } from '../../screens/office-type/typology-params';
import { indicatorLabel } from './office-report-format';

type Tristate = boolean | null;

interface OfficeTypeProps {
  data: OfficeReportData;
  t: TFunction;
  language: Language;
}

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

/** A rule's, condition's or flag's sentence with its numbers in the report's language; an indicator named by its id and title. */
function typologySentence(data: OfficeReportData, t: TFunction, language: Language) {
  const indicators = new Map(data.framework.perspectives.flatMap((perspective) => perspective.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const label = (id: string) => indicatorLabel(indicators.get(id), id, language);
  const sentence = (messageKey: string, params: TypologyParams) => {
    const formatted = typologyParams(messageKey, params, language);
    if (typeof params.indicator === 'string') formatted.indicator = label(params.indicator);
    return t(messageKey, formatted);
  };
  return { label, sentence };
}

/**
 * The recommendation on the summary page: the tier the data supports, how it compares with the
 * current and proposed tiers, the rule that applies with the numbers it used (or the answers
 * still missing), and the cases a person must review. Every rule in full follows (OfficeTypeRules).
 */
export function OfficeTypeSummary({ data, t, language }: OfficeTypeProps) {
  const { recommendation } = data.officeType;
  const { label, sentence } = typologySentence(data, t, language);
  const { suggestedTier, currentTier, currentEquivalent, proposedTier } = recommendation;
  const fired = recommendation.rules.filter((rule) => rule.fired === true);

  return (
    <div className="office-type report-keep" data-suggested={suggestedTier ?? 'none'}>
      <h3>{t('reports.office.officeType.heading')}</h3>
      <p className="office-type-suggested">
        <strong>{t('reports.office.officeType.suggestedLine', { tier: suggestedTier ? t(`twoTier.${suggestedTier}`) : t('officeType.none') })}</strong>
      </p>
      {fired.map((rule) => (
        <div key={rule.tier} className="office-type-fired" data-rule={rule.tier}>
          <p>{t('reports.office.officeType.firedIntro', { rule: t(rule.messageKey) })}</p>
          <ul>
            {rule.conditions.map((condition, index) => (
              <li key={index}>{sentence(condition.messageKey, condition.params)}</li>
            ))}
          </ul>
        </div>
      ))}
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
    </div>
  );
}

/**
 * Every rule of the recommendation, in order, with its state and each condition with the numbers
 * it used and whether it is met — states as words, one table body per rule kept on one page.
 */
export function OfficeTypeRules({ data, t, language }: OfficeTypeProps) {
  const { recommendation } = data.officeType;
  const { sentence } = typologySentence(data, t, language);
  return (
    <section className="report-section office-type-details" aria-labelledby="office-type-heading">
      <h2 id="office-type-heading">{t('reports.office.officeType.heading')}</h2>
      <table className="report-table office-type-rules">
        <caption>{t('reports.office.officeType.rulesCaption')}</caption>
        <colgroup>
          <col className="col-rule" />
          <col className="col-rule-state" />
          <col />
          <col className="col-condition-state" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('reports.office.officeType.column.rule')}</th>
            <th scope="col">{t('reports.office.officeType.column.ruleState')}</th>
            <th scope="col">{t('reports.office.officeType.column.condition')}</th>
            <th scope="col">{t('reports.office.officeType.column.conditionState')}</th>
          </tr>
        </thead>
        {recommendation.rules.map((rule) => (
          <tbody key={rule.tier} data-rule={rule.tier} data-fired={String(rule.fired)}>
            {rule.conditions.map((condition, index) => (
              <tr key={index}>
                {index === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={rule.conditions.length}>
                      {t(rule.messageKey)}
                    </th>
                    <td rowSpan={rule.conditions.length}>{t(ruleState(rule.fired))}</td>
                  </>
                )}
                <td>{sentence(condition.messageKey, condition.params)}</td>
                <td>{t(conditionState(condition.met))}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p className="report-small">{t('reports.office.officeType.basis')}</p>
    </section>
  );
}
