import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../../shared/office/office-profile';
import { CHANGE_KINDS, type SetPicture, type Trend } from '../../../shared/picture/picture-types';
import { scopeName, type PictureFormats } from './picture-format';

/**
 * The change since the previous cycle, of the whole scope: how many offices went up, down or
 * stayed, how many are new and how many were assessed then but not now (by group: the network
 * and each region in scope), and the scope's medians then and now, overall and by perspective.
 */
export const TrendPanel = memo(function TrendPanel({ picture, formats }: { picture: SetPicture; formats: PictureFormats }) {
  const { t } = useTranslation();
  const { trend } = picture;
  const previous = trend.previousCycle;
  const now = picture.cycle;
  if (now === null) return null;
  const scope = scopeName(t, picture.scope);
  const scopeTrend = picture.scope.kind === 'network' ? trend.network : trend.regions[picture.scope.region];

  const groups: { id: string; name: string; trend: Trend }[] = [];
  if (picture.scope.kind === 'network') groups.push({ id: 'network', name: t('picture.scope.networkName'), trend: trend.network });
  for (const region of REGIONS) {
    const regional = trend.regions[region as Region];
    if (regional && (regional.offices > 0 || regional.absent > 0)) groups.push({ id: region, name: t(`region.${region}`), trend: regional });
  }
  const median = (value: number | null) => (value === null ? <span className="muted">{t('picture.bench.noScore')}</span> : <bdi>{formats.score(value)}</bdi>);
  const difference = (then: number | null, current: number | null) =>
    then === null || current === null ? <span className="muted">{t('picture.bench.noScore')}</span> : <bdi>{formats.signed(Math.round((current - then) * 10) / 10)}</bdi>;

  return (
    <section className="panel picture-trend" aria-labelledby="picture-trend-title" data-testid="picture-trend">
      <h2 id="picture-trend-title">{t('picture.trend.title')}</h2>
      {previous === null ? (
        <p>{t('picture.trend.noPrevious', { cycle: formats.year(now) })}</p>
      ) : (
        <>
          <p className="hint">{t('picture.trend.intro', { then: formats.year(previous), now: formats.year(now) })}</p>
          <div className="table-scroll">
            <table className="data-table trend-table">
              <caption>{t('picture.trend.movesCaption', { then: formats.year(previous), now: formats.year(now) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('picture.trend.group')}</th>
                  <th scope="col">{t('picture.trend.offices', { cycle: formats.year(now) })}</th>
                  <th scope="col">{t('picture.trend.medianIn', { cycle: formats.year(previous) })}</th>
                  <th scope="col">{t('picture.trend.medianIn', { cycle: formats.year(now) })}</th>
                  {CHANGE_KINDS.map((kind) => (
                    <th scope="col" key={kind}>
                      {t(`picture.trend.kind.${kind}`)}
                    </th>
                  ))}
                  <th scope="col">{t('picture.trend.absent', { cycle: formats.year(now) })}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <tr key={group.id} data-group={group.id}>
                    <th scope="row">{group.name}</th>
                    <td>{formats.integer(group.trend.offices)}</td>
                    <td>{median(group.trend.overall.then)}</td>
                    <td>{median(group.trend.overall.now)}</td>
                    {CHANGE_KINDS.map((kind) => (
                      <td key={kind} data-kind={kind}>
                        {formats.integer(group.trend.changes[kind])}
                      </td>
                    ))}
                    <td data-kind="absent">{formats.integer(group.trend.absent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {scopeTrend && (
            <div className="table-scroll">
              <table className="data-table trend-table">
                <caption>{t('picture.trend.mediansCaption', { scope, then: formats.year(previous), now: formats.year(now) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('picture.bench.measure')}</th>
                    <th scope="col">{t('picture.trend.medianIn', { cycle: formats.year(previous) })}</th>
                    <th scope="col">{t('picture.trend.medianIn', { cycle: formats.year(now) })}</th>
                    <th scope="col">{t('picture.trend.difference')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr data-measure="overall">
                    <th scope="row">{t('picture.column.overall')}</th>
                    <td>{median(scopeTrend.overall.then)}</td>
                    <td>{median(scopeTrend.overall.now)}</td>
                    <td>{difference(scopeTrend.overall.then, scopeTrend.overall.now)}</td>
                  </tr>
                  {picture.perspectives.map((perspective) => {
                    const medians = scopeTrend.perspectives[perspective.id] ?? { then: null, now: null };
                    return (
                      <tr key={perspective.id} data-measure={perspective.id}>
                        <th scope="row">
                          {perspective.id} {formats.text(perspective.name)}
                        </th>
                        <td>{median(medians.then)}</td>
                        <td>{median(medians.now)}</td>
                        <td>{difference(medians.then, medians.now)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
});
