import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useAnswersStore } from '../../state/stores-context';
import { useEditorMessages } from './editor-messages';

function formatTime(iso: string, language: ReturnType<typeof useLanguage>): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeStyle: 'medium' }).format(new Date(iso));
}

/**
 * "Saving…", "All changes saved", "Not saved — retrying": announced politely as it changes.
 * "All changes saved" appears only once the backend has acknowledged every edit.
 */
export function SaveStatusLine() {
  const { t } = useTranslation();
  const language = useLanguage();
  const messages = useEditorMessages();
  const status = useAnswersStore((state) => state.saveStatus);
  const error = useAnswersStore((state) => state.saveError);
  const lastSavedAt = useAnswersStore((state) => state.lastSavedAt);
  const locked = useAnswersStore((state) => state.locked);
  const pendingCount = useAnswersStore((state) => state.pendingCount);

  let text: string;
  if (locked && pendingCount === 0) text = t('editor.save.locked');
  else if (status === 'saving') text = t('editor.save.saving');
  else if (status === 'saved') text = t('editor.save.saved', { time: lastSavedAt ? formatTime(lastSavedAt, language) : '' });
  else if (status === 'retrying') text = t('editor.save.retrying', { reason: error ? messages.error(error) : '' });
  else if (status === 'rejected') text = t('editor.save.rejected', { reason: error ? messages.error(error) : '' });
  else text = t('editor.save.idle');

  return (
    <p role="status" aria-live="polite" className={`save-status save-status-${status}`} data-save-status={status}>
      {text}
    </p>
  );
}
