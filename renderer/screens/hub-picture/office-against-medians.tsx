import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '../../../shared/i18n/languages';
import type { MedianDelta, PictureRow, ScoreCell, SetPicture, Stats } from '../../../shared/picture/picture-types';
import { PerspectiveBars, type PerspectiveBar } from '../../charts/perspective-bars';
import { routeHref } from '../../app/route';
import type { PictureFormats } from './picture-format';
import { usePictureFramework } from './use-picture-framework';

interface Line {
  id: string;
  label: string;
  cell: ScoreCell | null;
  region: Stats | null;
  network: Stats | null;
  delta: MedianDelta | undefined;
}

/**
 * One office against the benchmarks, opened under its row of the set table: its score beside its
 * region's and the network's median, the differences in numbers, and the same as bars with the
 * region's middle half and median and the network's median drawn under each bar.
 */
export function OfficeAgainstMedians({ picture, row, formats }: { picture: SetPicture; row: PictureRow; formats: PictureFormats }) {
  const { t } = useTranslation();
  const framework = usePictureFramework(picture);
  const region = picture.benchmarks.regions[row.region];
  const network = picture.benchmarks.network;
  const regionName = t(`region.${row.region}`);
  const lines: Line[] = [
    { id: 'overall', label: t('picture.column.overall'), cell: row.overall, region: region.overall, network: network.overall, delta: row.againstMedian.overall },
    ...picture.perspectives.map((perspective) => ({
      id: perspective.id,
      label: `${perspective.id} ${formats.text(perspective.name)}`,
      cell: row.perspectives[perspective.id] ?? null,
      region: region.perspectives[perspective.id] ?? null,
      network: network.perspectives[perspective.id] ?? null,
      delta: row.againstMedian.perspectives[perspective.id],
    })),
  ];
  const bars: PerspectiveBar[] = lines.map((line) => ({
    id: line.id,
    label: line.label,
    score: line.cell?.score ?? null,
    band: line.cell?.band ?? 'insufficient_data',
    total: line.id === 'overall',
    benchmark: {
      region: line.region ? { median: line.region.median, q1: line.region.q1, q3: line.region.q3 } : null,
      network: line.network ? { median: line.network.median } : null,
    },
  }));
  // The total last, as the office's own charts show it.
  const ordered = [...bars.slice(1), bars[0]!];
  const number = (value: number | null | undefined, signed = false) =>
    value === null || value === undefined ? <span className="muted">{t('picture.bench.noScore')}</span> : <bdi>{signed ? formats.signed(value) : formats.score(value)}</bdi>;
  const office = row.officeCode;

  return (
    <div className="office-against" data-testid="office-against">
      <h3>{t('picture.detail.title', { office })}</h3>
      <div className="office-against-body">
        <table className="data-table office-against-table">
          <caption className="visually-hidden">{t('picture.detail.caption', { office, region: regionName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('picture.detail.measure')}</th>
              <th scope="col">{t('picture.detail.score')}</th>
              <th scope="col">{t('picture.detail.regionMedian', { region: regionName })}</th>
              <th scope="col">{t('picture.detail.againstRegion')}</th>
              <th scope="col">{t('picture.detail.networkMedian')}</th>
              <th scope="col">{t('picture.detail.againstNetwork')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} data-measure={line.id}>
                <th scope="row">{line.label}</th>
                <td>{number(line.cell?.score)}</td>
                <td>{number(line.region?.median)}</td>
                <td data-delta="region">{number(line.delta?.region, true)}</td>
                <td>{number(line.network?.median)}</td>
                <td data-delta="network">{number(line.delta?.network, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <PerspectiveBars
          bars={ordered}
          thresholds={framework?.bands.aggregate ?? null}
          words={formats.chart}
          format={formats.score}
          title={t('picture.detail.chart', { office, region: regionName })}
          dir={isRightToLeft(formats.language) ? 'rtl' : 'ltr'}
          width={520}
          className="office-against-chart"
        />
      </div>
      <p>
        <a href={routeHref({ screen: 'hubOffice', assessmentId: row.assessmentId })}>{t('picture.detail.open', { office })}</a>
      </p>
    </div>
  );
}
