import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedFile } from '../../files/picked-file';
import { formatDateTime, formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { EVIDENCE_MAX_MB } from '../../state/evidence-store';
import { useEvidenceStore } from '../../state/stores-context';
import { useEditorMessages } from './editor-messages';
import { indicatorDomIds } from './indicator-focus';

/** Format names are the same in every language (PDF, PNG, Word…); the media type when unknown. */
export const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint (PPTX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
};

/** What the file picker offers first; the backend still checks every file's content. */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv';

/** Files attached to one indicator as evidence: list, add, remove. */
export function EvidenceFiles({ indicatorId, readOnly }: { indicatorId: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useEditorMessages();
  const allItems = useEvidenceStore((state) => state.items);
  const adding = useEvidenceStore((state) => state.adding[indicatorId]);
  const error = useEvidenceStore((state) => state.errors[indicatorId]);
  const removing = useEvidenceStore((state) => state.removing);
  const add = useEvidenceStore((state) => state.add);
  const remove = useEvidenceStore((state) => state.remove);
  const [confirming, setConfirming] = useState<string | null>(null);
  const items = allItems.filter((item) => item.indicatorId === indicatorId);
  const inputId = `${indicatorDomIds(indicatorId).section}-file`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <div className="evidence">
      <h4 className="evidence-heading">{t('editor.evidence.heading')}</h4>
      {items.length === 0 ? (
        <p className="muted">{t('editor.evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {items.map((item) => (
            <li key={item.id} className="evidence-item">
              <span className="evidence-name">{item.fileName}</span>{' '}
              <span className="muted">
                {t('editor.evidence.details', {
                  type: FORMAT_NAMES[item.mediaType] ?? item.mediaType,
                  size: formatFileSize(item.sizeBytes, language),
                  date: formatDateTime(item.addedAt, language),
                })}
              </span>
              {!readOnly &&
                (confirming === item.id ? (
                  <span className="evidence-confirm">
                    <button type="button" className="button button-small button-danger" disabled={removing[item.id]} onClick={() => void remove(item.id).then(() => setConfirming(null))}>
                      {t('editor.evidence.confirmRemove', { name: item.fileName })}
                    </button>
                    <button type="button" className="button button-small button-quiet" onClick={() => setConfirming(null)}>
                      {t('editor.evidence.keep')}
                    </button>
                  </span>
                ) : (
                  <button type="button" className="button button-small button-quiet" aria-label={t('editor.evidence.removeNamed', { name: item.fileName })} onClick={() => setConfirming(item.id)}>
                    {t('editor.evidence.remove')}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="form-field evidence-add">
          <label htmlFor={inputId}>{t('editor.evidence.add')}</label>
          <p id={hintId} className="hint">
            {t('editor.evidence.hint', { maxMb: EVIDENCE_MAX_MB })}
          </p>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={`${hintId} ${errorId}`}
            aria-invalid={error !== undefined}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              // Cleared so that choosing the same file again (after fixing it) fires again.
              event.target.value = '';
              for (const file of files) void add(indicatorId, pickedFile(file));
            }}
            multiple
          />
          <p id={errorId} className="field-error" role="alert">
            {error ? messages.error(error) : ''}
          </p>
          {adding && adding.length > 0 && (
            <p className="muted" role="status">
              {t('editor.evidence.adding', { name: adding.join(', ') })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
