import { useTranslation } from 'react-i18next';
import type { DatabaseState } from '../../../shared/api/contract';
import { ScreenHeading } from '../../app/screen-heading';
import { formatInteger } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

type NewerVersion = Extract<DatabaseState, { state: 'newer_version' }>;

/** The data was written by a newer Fieldscore: nothing to do here but install it (the file is left alone). */
export function NewerVersionScreen({ database }: { database: NewerVersion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="screen">
      <ScreenHeading text={t('newerVersion.title')} />
      <div role="alert" className="alert alert-warning">
        <p>
          {t('newerVersion.body', {
            fileVersion: formatInteger(database.fileVersion, language),
            supportedVersion: formatInteger(database.supportedVersion, language),
          })}
        </p>
        <p>{t('newerVersion.action')}</p>
      </div>
    </section>
  );
}
