import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '../../../shared/i18n/languages';
import type { SetPicture } from '../../../shared/picture/picture-types';
import { DistributionStrip } from '../../charts/distribution-strip';
import { usePictureStore } from '../../state/stores-context';
import { scopeName, type PictureFormats } from './picture-format';

/**
 * Each scored indicator across the scope's offices: a strip with a dot per office, the middle
 * half and the median, outliers crossed — and named in the next column with their scores, so an
 * outlier is found without seeing the strip. The office selected here or in the set table is
 * ringed on every strip and its score given in words.
 */
export function IndicatorsView({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const id = useId();
  const selected = usePictureStore((state) => state.selectedOfficeId);
  const selectOffice = usePictureStore((state) => state.selectOffice);
  const scope = scopeName(t, picture.scope);
  const dir = isRightToLeft(formats.language) ? 'rtl' : 'ltr';
  const offices = useMemo(() => [...picture.rows].sort((a, b) => formats.collator.compare(a.officeCode, b.officeCode)), [picture.rows, formats]);
  const codes = useMemo(() => new Map(picture.rows.map((row) => [row.officeId, row.officeCode])), [picture.rows]);
  const selectedCode = selected === null ? null : (codes.get(selected) ?? null);
  const scored = picture.indicators.filter((indicator) => indicator.scored);
  const context = picture.indicators.filter((indicator) => !indicator.scored);
  const label = (indicatorId: string, name: Parameters<PictureFormats['text']>[0]) => {
    const text = formats.text(name);
    return text ? `${indicatorId} ${text}` : indicatorId;
  };

  return (
    <section className="panel picture-indicators" aria-labelledby={`${id}-title`} data-testid="picture-indicators">
      <h2 id={`${id}-title`}>{t('picture.indicators.title')}</h2>
      <p className="hint">{t('picture.indicators.intro')}</p>
      <div className="form-field picture-highlight">
        <label htmlFor={`${id}-office`}>{t('picture.indicators.highlight')}</label>
        <select id={`${id}-office`} value={selected ?? ''} onChange={(event) => selectOffice(event.target.value === '' ? null : event.target.value)}>
          <option value="">{t('picture.indicators.noHighlight')}</option>
          {offices.map((row) => (
            <option key={row.officeId} value={row.officeId}>
              {row.officeCode} — {row.officeName}
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll">
        <table className="data-table indicators-table" data-testid="indicators-table">
          <caption>{t('picture.indicators.caption', { scope, cycle: picture.cycle === null ? '' : formats.year(picture.cycle) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('picture.indicators.indicator')}</th>
              <th scope="col">{t('picture.indicators.scoredOffices')}</th>
              <th scope="col">{t('picture.indicators.median')}</th>
              <th scope="col">{t('picture.indicators.distribution')}</th>
              <th scope="col">{t('picture.indicators.outliers')}</th>
              {selectedCode !== null && <th scope="col">{selectedCode}</th>}
            </tr>
          </thead>
          <tbody>
            {scored.map((indicator) => {
              const name = label(indicator.indicatorId, indicator.name);
              const values = indicator.values.map((value) => ({ id: value.officeId, label: value.officeCode, score: value.score }));
              const outliers = indicator.values.filter((value) => indicator.outliers.includes(value.officeId) && value.score !== null);
              const mine = selected === null ? undefined : indicator.values.find((value) => value.officeId === selected);
              return (
                <tr key={indicator.indicatorId} data-indicator={indicator.indicatorId}>
                  <th scope="row">{name}</th>
                  <td>{formats.integer(indicator.stats?.n ?? 0)}</td>
                  <td>{indicator.stats ? <bdi>{formats.score(indicator.stats.median)}</bdi> : <span className="muted">{t('picture.bench.noScore')}</span>}</td>
                  <td>
                    <DistributionStrip
                      values={values}
                      stats={indicator.stats}
                      outlierIds={indicator.outliers}
                      highlightId={selected}
                      words={formats.chart}
                      format={formats.score}
                      title={t('picture.indicators.stripTitle', { indicator: name, scope })}
                      dir={dir}
                      width={220}
                      height={selected ? 40 : 30}
                    />
                  </td>
                  <td data-outliers={indicator.outliers.length}>
                    {outliers.length === 0 ? (
                      <span className="muted">{t('picture.indicators.noOutlier')}</span>
                    ) : (
                      <ul className="plain-list outlier-list">
                        {outliers.map((value) => (
                          <li key={value.officeId} data-office={value.officeCode}>
                            <bdi>{value.officeCode}</bdi> <bdi>{formats.score(value.score!)}</bdi>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {selectedCode !== null && (
                    <td data-selected-score={mine?.score ?? ''}>
                      {mine?.score != null ? <bdi>{formats.score(mine.score)}</bdi> : <span className="muted">{t(`picture.indicators.status.${mine?.status ?? 'absent'}`)}</span>}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {context.length > 0 && (
        <p className="muted picture-context">
          {t('picture.indicators.context', { list: formats.chart.list(context.map((indicator) => label(indicator.indicatorId, indicator.name))) })}
        </p>
      )}
    </section>
  );
}
