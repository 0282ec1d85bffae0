import { TWO_TIER_OPTIONS } from '../../../shared/office/office-profile';
import type { RegionalOffice, RegionalReportData } from '../../../shared/reports/regional-report-data';
import { officeCode, type RegionalFormats } from './regional-format';

interface SectionProps {
  data: RegionalReportData;
  formats: RegionalFormats;
}

/** The words of the office's own overview (renderer/screens/office-type). */
function difference(differs: boolean | null): string {
  return differs === true ? 'officeType.differs' : differs === false ? 'officeType.matches' : 'officeType.cannotCompare';
}

/** The rule that applies with the numbers it compared, or the answers still missing. */
function RuleCell({ office, formats }: { office: RegionalOffice; formats: RegionalFormats }) {
  const { t } = formats;
  const { recommendation } = office;
  const fired = recommendation.rules.filter((rule) => rule.fired === true);
  return (
    <td className="regional-rule">
      {fired.map((rule) => (
        <div key={rule.tier} data-rule={rule.tier}>
          <p className="regional-rule-name">{t(rule.messageKey)}</p>
          <ul>
            {rule.conditions.map((condition, index) => (
              <li key={index}>{formats.typology(condition.messageKey, condition.params)}</li>
            ))}
          </ul>
        </div>
      ))}
      {fired.length === 0 && <p>{t('reports.regional.types.noRule')}</p>}
      {recommendation.missing.length > 0 && (
        <p>{t('reports.regional.types.missing', { indicators: formats.list(recommendation.missing.map((missing) => formats.indicator(missing.indicatorId))) })}</p>
      )}
      <p className="report-small">
        {office.comparedOffices > 0 ? t('reports.regional.types.compared', { offices: formats.integer(office.comparedOffices) }) : t('reports.regional.types.notCompared')}
      </p>
    </td>
  );
}

/**
 * The office types across the scope: how many offices each tier of the two-tier model is
 * suggested for, then per office its current and proposed tiers, the tier the data supports with
 * the rule that applies and its numbers, how the suggestion compares with both tiers, and the
 * cases a person must review — a recommendation for each, never a verdict.
 */
export function RegionalTypes({ data, formats }: SectionProps) {
  const { t } = formats;
  const { typology } = data;
  const tier = (value: string | null) => (value === null ? t('reports.regional.types.undecided') : t(`twoTier.${value}`));
  return (
    <section className="report-section report-page-break regional-types" aria-labelledby="regional-types-heading">
      <h2 id="regional-types-heading">{t('reports.regional.types.heading')}</h2>
      <p>{t('reports.regional.types.intro')}</p>
      <ul className="regional-counts">
        {[...TWO_TIER_OPTIONS, null].map((option) => (
          <li key={option ?? 'undecided'}>{formats.pair(tier(option), formats.integer(typology.suggested[option ?? 'undecided']))}</li>
        ))}
        <li>{t('reports.regional.types.differsCount', { offices: formats.integer(typology.differs.length) })}</li>
        <li>{t('reports.regional.types.flaggedCount', { offices: formats.integer(typology.flagged.length) })}</li>
      </ul>
      <table className="report-table regional-types-table">
        <caption>{t('reports.regional.types.caption', { scope: formats.scope, cycle: formats.year(data.masthead.cycle) })}</caption>
        <colgroup>
          <col className="regional-col-office" />
          <col className="regional-col-tier" />
          <col className="regional-col-tier" />
          <col className="regional-col-tier" />
          <col className="regional-col-rule" />
          <col className="regional-col-flags" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('reports.regional.table.office')}</th>
            <th scope="col">{t('reports.regional.types.current')}</th>
            <th scope="col">{t('reports.regional.types.proposed')}</th>
            <th scope="col">{t('reports.regional.types.suggested')}</th>
            <th scope="col">{t('reports.regional.types.rule')}</th>
            <th scope="col">{t('reports.regional.types.review')}</th>
          </tr>
        </thead>
        <tbody>
          {data.offices.map((office) => {
            const { recommendation } = office;
            return (
              <tr key={office.officeId} data-office={office.officeCode} data-suggested={recommendation.suggestedTier ?? 'undecided'}>
                <th scope="row">
                  <span className="report-code">{officeCode(office)}</span>
                </th>
                <td>
                  <p>{t(`tier.${office.currentTier}`)}</p>
                  {recommendation.currentEquivalent && <p className="report-small">{t('officeType.equivalent', { tier: t(`twoTier.${recommendation.currentEquivalent}`) })}</p>}
                  <p className="regional-compare">{t(difference(recommendation.differsFromCurrent))}</p>
                </td>
                <td>
                  <p>{office.proposedTier ? t(`twoTier.${office.proposedTier}`) : t('officeType.notAnswered')}</p>
                  {office.proposedTier && <p className="regional-compare">{t(difference(recommendation.differsFromProposed))}</p>}
                </td>
                <td>
                  <strong>{tier(recommendation.suggestedTier)}</strong>
                </td>
                <RuleCell office={office} formats={formats} />
                <td>
                  {recommendation.needsReview ? (
                    <ul>
                      {recommendation.reviewFlags.map((flag) => (
                        <li key={flag.flag}>{formats.typology(flag.messageKey, flag.params)}</li>
                      ))}
                    </ul>
                  ) : (
                    t('reports.regional.types.noReview')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="report-small">{t('reports.regional.types.basis')}</p>
    </section>
  );
}
