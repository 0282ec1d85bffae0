import type { Change, ScoreCell } from '../../../shared/picture/picture-types';
import type { PictureFormats } from './picture-format';

/** What every score cell of one table says the same way, translated once for the table. */
export interface CellWords {
  formats: PictureFormats;
  coverage: string;
  absent: string;
  newShort: string;
  /** The change in a sentence (screen readers, tooltip). */
  changeSentence(change: Change): string;
}

const GLYPH: Record<Change['kind'], string> = { up: '▲', down: '▼', unchanged: '=', new: '', not_comparable: '–' };

/**
 * A change since the previous cycle: an arrow and the difference for the eye (▲ 2.1, ▼ 0.4, =,
 * "New"), the same in a sentence as its accessible name, since the arrows are not words.
 */
export function ChangeMark({ change, words }: { change: Change; words: CellWords }) {
  const sentence = words.changeSentence(change);
  const visible = change.kind === 'new' ? words.newShort : change.delta !== null && change.kind !== 'unchanged' ? `${GLYPH[change.kind]} ${words.formats.magnitude(change.delta)}` : GLYPH[change.kind];
  // One element with its sentence as its name: a 1,000-row table holds 6,000 of these, and each element costs layout time.
  return (
    <span className={`change-mark change-${change.kind}`} data-change={change.kind} role="img" aria-label={sentence}>
      {visible}
    </span>
  );
}

/**
 * One score of the set table: the score (one decimal), the band in words beside its shape, and
 * the coverage; the cell's tint repeats the band for the eye but never says it alone.
 */
export function ScoreTd({ cell, change, words, header }: { cell: ScoreCell | null; change?: Change; words: CellWords; header?: boolean }) {
  if (cell === null) {
    return (
      <td className="score-cell is-absent" data-band="absent">
        <span className="muted">{words.absent}</span>
      </td>
    );
  }
  const { formats } = words;
  return (
    <td className={`score-cell tint-${cell.band}${header ? ' is-overall' : ''}`} data-band={cell.band} data-score={cell.score ?? ''}>
      {cell.score !== null && <span className="cell-score">{`${formats.score(cell.score)} `}</span>}
      <span className="cell-band">{formats.bands[cell.band]}</span>
      <br />
      <span className="cell-coverage">
        <span className="visually-hidden">{`${words.coverage} `}</span>
        {formats.coverage(cell.coverage)}
      </span>
      {change && <ChangeMark change={change} words={words} />}
    </td>
  );
}
