import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import type { ChangeDescription } from './change-description';

/** What a row shows of a change besides its description. */
interface ChangeTimeAndActor {
  at: string;
  actor: string;
}
import { ValueTextView } from './value-text';

/** The history table's columns, the same on the office's own history and on a package's at the hub. */
export function historyColumns(t: TFunction): string[] {
  return [
    t('history.column.when'),
    t('history.column.who'),
    t('history.column.what'),
    t('history.column.action'),
    t('history.column.before'),
    t('history.column.after'),
  ];
}

/** One change as a row's cells; `what` is the row header (a link on the office's own history). */
export function HistoryCells({ entry, description, what, t, language }: { entry: ChangeTimeAndActor; description: ChangeDescription; what: ReactNode; t: TFunction; language: Language }) {
  return (
    <>
      <td className="nowrap">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
      </td>
      <td>{entry.actor.trim() ? <bdi>{entry.actor}</bdi> : <span className="muted">{t('view.notRecorded')}</span>}</td>
      <th scope="row">{what}</th>
      <td>{description.action}</td>
      <td>
        <ValueTextView value={description.before} />
      </td>
      <td>
        <ValueTextView value={description.after} />
      </td>
    </>
  );
}
