import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../shared/api/app-error';
import { formatFileSize } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { formatQuantity } from './number-format';

export type MessageParams = Record<string, string | number> | undefined;

/**
 * Messages with numeric parameters in the user's language: checkAnswerValue and the backend
 * send raw numbers ({min: 0, max: 100}, {maxBytes: 10485760}); "…Bytes" parameters are file sizes.
 */
export function useEditorMessages() {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = (params: MessageParams): Record<string, string> => {
    const formatted: Record<string, string> = {};
    for (const [name, value] of Object.entries(params ?? {})) {
      if (typeof value !== 'number') formatted[name] = value;
      else if (/Bytes$/.test(name)) formatted[name.replace(/Bytes$/, '')] = formatFileSize(value, language);
      else formatted[name] = formatQuantity(value, language);
    }
    return formatted;
  };
  return {
    message: (key: string, params?: MessageParams) => t(key, format(params)),
    /** An API error: its own key when the catalog has it, else the generic one for its code. */
    error: (error: AppErrorData) => t([error.messageKey, `errors.${error.code}`], format(error.params)),
  };
}
