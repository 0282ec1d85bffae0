import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubRevisionDetail } from '../../../shared/api/contract';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { DataTable } from '../../app/data-table';
import { ErrorAlert } from '../../app/error-alert';
import { LoadState } from '../../app/load-state';
import { navigate, routeHref } from '../../app/route';
import { ScreenHeading } from '../../app/screen-heading';
import { formatDateTime, formatFileSize, formatInteger, formatYear, intlLocale } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useHubStore } from '../../state/stores-context';
import { formatCoverage, formatScore } from '../assessment-editor/number-format';
import '../assessment-editor/editor.css';
import { BandLabel, IndicatorScoreLine } from '../assessment-editor/score-badge';
import { answerText } from '../history/answer-text';
import { indicatorLabel } from '../history/indicator-index';
import { DecidedByField } from '../hub/decided-by-field';
import { FingerprintText } from '../hub/fingerprint-text';
import '../hub/hub.css';
import { conflictRows, type ConflictCell, type ConflictRow } from './conflict-rows';

type Mode = 'keep' | 'pick';

/** The contract's limit on the note. */
const MAX_NOTE_LENGTH = 2000;

/** One revision's side of an indicator: value as the questionnaire words it, score and band, note, justification, evidence. */
function CellContent({ cell, row }: { cell: ConflictCell; row: ConflictRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = answerText(cell.answer, row.indicator, language, t);
  const note = cell.answer?.note?.trim();
  const justification = cell.answer?.justification?.trim();
  return (
    <>
      <p className={value.empty ? 'conflict-value muted' : 'conflict-value'}>{value.text}</p>
      {cell.score && <IndicatorScoreLine score={cell.score} />}
      {justification && (
        <p className="conflict-text">
          <span className="conflict-text-label">{t('hub.conflict.justification')}</span> {justification}
        </p>
      )}
      {note && (
        <p className="conflict-text">
          <span className="conflict-text-label">{t('hub.conflict.note')}</span> {note}
        </p>
      )}
      {cell.evidence.length > 0 && (
        <div className="conflict-evidence">
          <span className="conflict-text-label">{t('hub.conflict.evidence')}</span>
          <ul>
            {cell.evidence.map((file) => (
              <li key={file.id}>
                <bdi className="file-name">{file.fileName}</bdi>{' '}
                <span className="muted">
                  ({file.mediaType}, {formatFileSize(file.sizeBytes, language)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function revisionName(revision: HubRevisionDetail, t: ReturnType<typeof useTranslation>['t'], language: ReturnType<typeof useLanguage>): string {
  return t('hub.conflict.revisionName', {
    revision: formatInteger(revision.document.revision, language),
    date: revision.document.submittedAt ? formatDateTime(revision.document.submittedAt, language) : t('hub.conflict.notSubmitted'),
  });
}

/** "Value, note": what differs, in words. */
function differenceWords(row: ConflictRow, t: ReturnType<typeof useTranslation>['t'], language: ReturnType<typeof useLanguage>): string {
  const parts = new Set(row.differences.map((part) => (part === 'state' ? 'value' : part)));
  const words = [...parts].map((part) => t(`hub.conflict.part.${part}`));
  return new Intl.ListFormat(intlLocale(language), { style: 'long', type: 'conjunction' }).format(words);
}

/**
 * One conflict: the revisions of an office's cycle that were reopened from the same revision and
 * submitted apart, side by side with their common ancestor, indicator by indicator in framework
 * order, the rows that differ marked in words. The person keeps one revision whole, or picks the
 * answer of each indicator, and confirms under their name with an optional note. Nothing is
 * deleted: what is not kept stays readable.
 */
export function HubConflictScreen({ officeId, cycle }: { officeId: string; cycle: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ids = { mode: useId(), filter: useId(), note: useId(), pickError: useId() };
  const view = useHubStore((state) => (state.conflict?.officeId === officeId && state.conflict.cycle === cycle ? state.conflict : null));
  const openConflict = useHubStore((state) => state.openConflict);
  const resolveConflict = useHubStore((state) => state.resolveConflict);
  const resolving = useHubStore((state) => state.resolving);
  const resolveError = useHubStore((state) => state.resolveError);
  const [mode, setMode] = useState<Mode>('keep');
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [pickError, setPickError] = useState<number | null>(null);
  const [pending, setPending] = useState<{ kind: 'keep'; revision: HubRevisionDetail } | { kind: 'pick' } | null>(null);
  const [note, setNote] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const firstUnpickedRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void openConflict(officeId, cycle);
  }, [openConflict, officeId, cycle]);

  const detail = view?.detail ?? null;
  const rows = useMemo(() => (detail ? conflictRows(detail) : []), [detail]);
  const differing = rows.filter((row) => row.differences.length > 0);
  const shown = onlyDifferences ? differing : rows;
  const unpicked = differing.filter((row) => picks[row.indicatorId] === undefined);
  const first = detail?.revisions[0];
  const title = first
    ? t('hub.conflict.title', { office: first.document.office.code ?? '', cycle: formatYear(cycle, language) })
    : t('hub.conflict.titlePending');

  const confirmPicks = () => {
    if (unpicked.length > 0) {
      setPickError(unpicked.length);
      setOnlyDifferences(true);
      window.setTimeout(() => firstUnpickedRef.current?.focus(), 0);
      return;
    }
    setPickError(null);
    setPending({ kind: 'pick' });
  };

  const decide = async () => {
    if (!pending || !detail) return;
    const fallback = detail.revisions[0]!.document.id;
    const resolution =
      pending.kind === 'keep'
        ? { keep: pending.revision.document.id }
        : { picks: Object.fromEntries(rows.map((row) => [row.indicatorId, picks[row.indicatorId] ?? fallback])) };
    const outcome = await resolveConflict(resolution, note);
    if (outcome.kind === 'name_required') {
      setNameMissing(true);
      return;
    }
    setPending(null);
    if (outcome.kind === 'done') navigate({ screen: 'hubConflicts' });
  };

  const columns = [
    t('hub.conflict.column.indicator'),
    ...(detail?.ancestor ? [t('hub.conflict.column.ancestor', { revision: formatInteger(detail.ancestor.document.revision, language) })] : []),
    ...(detail?.revisions ?? []).map((revision) => revisionName(revision, t, language)),
  ];

  return (
    <section className="screen hub-screen hub-conflict-screen">
      <p className="back-link">
        <a href={routeHref({ screen: 'hubConflicts' })}>{t('hub.conflict.back')}</a>
      </p>
      <ScreenHeading text={title} />
      <LoadState loaded={detail !== null} error={view?.error} onRetry={() => void openConflict(officeId, cycle)} announce />
      {detail && first && (
        <>
          <p>
            <span className="office-name-inline">{first.document.office.name}</span>
          </p>
          <p>{t('hub.conflict.intro')}</p>

          <ul className="conflict-revisions">
            {detail.revisions.map((revision) => (
              <li key={revision.document.id} className="panel conflict-revision">
                <h2>{revisionName(revision, t, language)}</h2>
                <dl className="facts">
                  <div className="fact">
                    <dt>{t('hub.conflict.assessor')}</dt>
                    <dd>{revision.document.assessor ? <bdi>{revision.document.assessor}</bdi> : t('view.notRecorded')}</dd>
                  </div>
                  <div className="fact">
                    <dt>{t('hub.conflict.signer')}</dt>
                    <dd>
                      <FingerprintText fingerprint={revision.fingerprint} />
                    </dd>
                  </div>
                  <div className="fact">
                    <dt>{t('hub.conflict.overall')}</dt>
                    <dd>
                      {revision.score.overall.score !== null ? `${formatScore(revision.score.overall.score, language)} ` : ''}
                      <BandLabel band={revision.score.overall.band} />{' '}
                      <span className="muted">{t('hub.conflict.coverage', { coverage: formatCoverage(revision.score.overall.coverage, language) })}</span>
                    </dd>
                  </div>
                </dl>
                <p>
                  <a href={routeHref({ screen: 'hubOffice', assessmentId: revision.document.id })}>
                    {t('hubOffice.link.revision')}
                    <span className="visually-hidden"> {revisionName(revision, t, language)}</span>
                  </a>
                </p>
                <p className="section-actions">
                  <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={() => setPending({ kind: 'keep', revision })}>
                    {t('hub.conflict.keep')}
                    <span className="visually-hidden"> {revisionName(revision, t, language)}</span>
                  </button>
                </p>
              </li>
            ))}
          </ul>
          <p className="hint">{t('hub.conflict.notKeptStays')}</p>

          <fieldset className="conflict-mode">
            <legend>{t('hub.conflict.modeLegend')}</legend>
            <div className="checkbox-field">
              <input id={`${ids.mode}-keep`} type="radio" name={ids.mode} checked={mode === 'keep'} onChange={() => setMode('keep')} />
              <label htmlFor={`${ids.mode}-keep`}>{t('hub.conflict.modeKeep')}</label>
            </div>
            <div className="checkbox-field">
              <input id={`${ids.mode}-pick`} type="radio" name={ids.mode} checked={mode === 'pick'} onChange={() => setMode('pick')} />
              <label htmlFor={`${ids.mode}-pick`}>{t('hub.conflict.modePick')}</label>
            </div>
          </fieldset>

          <div className="checkbox-field">
            <input id={ids.filter} type="checkbox" checked={onlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />
            <label htmlFor={ids.filter}>
              {t('hub.conflict.onlyDifferences', { differing: formatInteger(differing.length, language), total: formatInteger(rows.length, language) })}
            </label>
          </div>

          <DataTable className="conflict-table" scrollable caption={t('hub.conflict.caption', { office: first.document.office.code ?? '', cycle: formatYear(cycle, language) })} columns={columns}>
            {shown.map((row) => {
              const differs = row.differences.length > 0;
              const firstUnpicked = unpicked[0]?.indicatorId === row.indicatorId;
              return (
                <tr key={row.indicatorId} className={differs ? 'conflict-row row-differs' : 'conflict-row'} data-indicator={row.indicatorId}>
                  <th scope="row">
                    <span className="conflict-indicator">{indicatorLabel(row.indicatorId, row.indicator, language)}</span>
                    {differs ? (
                      <span className="differs-mark">{t('hub.conflict.differs', { parts: differenceWords(row, t, language) })}</span>
                    ) : (
                      <span className="same-mark muted">{t('hub.conflict.same')}</span>
                    )}
                  </th>
                  {row.ancestor && (
                    <td className="conflict-ancestor">
                      <CellContent cell={row.ancestor} row={row} />
                    </td>
                  )}
                  {row.cells.map((cell, position) => {
                    const revision = detail.revisions[position]!;
                    const radioId = `${ids.mode}-${row.indicatorId}-${position}`;
                    return (
                      <td key={revision.document.id}>
                        <CellContent cell={cell} row={row} />
                        {mode === 'pick' && differs && (
                          <div className="checkbox-field conflict-pick">
                            <input
                              ref={firstUnpicked && position === 0 ? firstUnpickedRef : undefined}
                              id={radioId}
                              type="radio"
                              name={`${ids.mode}-pick-${row.indicatorId}`}
                              checked={picks[row.indicatorId] === revision.document.id}
                              aria-describedby={pickError !== null && picks[row.indicatorId] === undefined ? ids.pickError : undefined}
                              onChange={() => setPicks({ ...picks, [row.indicatorId]: revision.document.id })}
                            />
                            <label htmlFor={radioId}>
                              {t('hub.conflict.pickThis')}
                              <span className="visually-hidden">
                                {' '}
                                {t('hub.conflict.pickWhich', { indicator: row.indicatorId, revision: revisionName(revision, t, language) })}
                              </span>
                            </label>
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </DataTable>

          {mode === 'pick' && (
            <div className="conflict-picks">
              <p>{t('hub.conflict.pickIntro')}</p>
              {pickError !== null && unpicked.length > 0 && (
                <p id={ids.pickError} className="field-error" role="alert">
                  {t('hub.conflict.pickMissing', { left: formatInteger(unpicked.length, language) })}
                </p>
              )}
              <p className="section-actions">
                <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={confirmPicks}>
                  {t('hub.conflict.usePicks')}
                </button>
              </p>
            </div>
          )}
          {resolveError && <ErrorAlert error={resolveError} />}
        </>
      )}

      {pending && detail && (
        <ConfirmDialog
          title={pending.kind === 'keep' ? t('hub.conflict.dialog.keepTitle', { revision: revisionName(pending.revision, t, language) }) : t('hub.conflict.dialog.pickTitle')}
          confirmLabel={pending.kind === 'keep' ? t('hub.conflict.dialog.keepConfirm') : t('hub.conflict.dialog.pickConfirm')}
          cancelLabel={t('hub.conflict.dialog.cancel')}
          busy={resolving}
          onCancel={() => setPending(null)}
          onConfirm={() => void decide()}
          message={<p>{pending.kind === 'keep' ? t('hub.conflict.dialog.keepBody') : t('hub.conflict.dialog.pickBody')}</p>}
        >
          <DecidedByField missing={nameMissing} />
          <div className="form-field">
            <label htmlFor={ids.note}>
              {t('hub.conflict.dialog.note')} <span className="optional">{t('hub.conflict.dialog.optional')}</span>
            </label>
            <textarea id={ids.note} rows={3} maxLength={MAX_NOTE_LENGTH} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
        </ConfirmDialog>
      )}
    </section>
  );
}
