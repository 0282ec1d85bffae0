import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import type { OfficeReportData, ReportChange } from '../../../shared/reports/office-report-data';
import { formatYear } from '../../i18n/format';
import { deltaText, formatReportDay, isolate, perspectiveLabel, scoreText } from './office-report-format';

/** The change in words, the number beside it: "Up +2.1". Up and down are words, never an arrow or a colour alone. */
function changeWords(change: ReportChange, t: TFunction, language: Language): string {
  const kind = t(`reports.office.change.kind.${change.kind}`);
  return change.delta === null ? kind : t('reports.office.change.withDelta', { kind, delta: deltaText(change.delta, language) });
}

/**
 * The change since the previous cycle, where one is known: the overall and each perspective's
 * score then and now, and the change (up, down, unchanged, not comparable) as the hub's picture
 * computes it. Absent when the report is built from a lone package file.
 */
export function OfficeChange({ data, t, language }: { data: OfficeReportData; t: TFunction; language: Language }) {
  const previous = data.previousCycle;
  if (!previous) return null;
  const perspectives = new Map(data.framework.perspectives.map((perspective) => [perspective.id, perspective]));
  const rows = [
    ...previous.perspectives.map((entry) => ({ id: entry.perspectiveId, label: perspectiveLabel(perspectives.get(entry.perspectiveId), entry.perspectiveId, language), change: entry.change })),
    { id: 'overall', label: t('reports.office.summary.overall'), change: previous.overall },
  ];
  const then = formatYear(previous.cycle, language);
  const now = formatYear(data.masthead.cycle, language);
  return (
    <section className="report-section office-change" aria-labelledby="office-change-heading">
      <h2 id="office-change-heading">{t('reports.office.change.heading', { cycle: then })}</h2>
      <p>
        {t('reports.office.change.basis', {
          cycle: then,
          revision: previous.revision,
          date: previous.submittedAt ? formatReportDay(previous.submittedAt.slice(0, 10), language) : '—',
          framework: isolate(`${previous.framework.id} ${previous.framework.version}`, language, 'ltr'),
        })}
      </p>
      <table className="report-table office-change-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.office.summary.perspective')}</th>
            <th scope="col" className="num">
              {then}
            </th>
            <th scope="col" className="num">
              {now}
            </th>
            <th scope="col">{t('reports.office.change.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-perspective={row.id} data-change={row.change.kind}>
              <th scope="row">{row.label}</th>
              <td className="num">{scoreText(row.change.previous, language)}</td>
              <td className="num">{scoreText(row.change.current, language)}</td>
              <td>{changeWords(row.change, t, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
