import type { Language } from '../i18n/languages';
import ar from './messages/ar.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import ru from './messages/ru.json';
import zh from './messages/zh.json';
import type { PackageReason, PackageReasonCode } from './package-reasons';

/**
 * The reasons' sentences in the six languages. They live here, not in the renderer's
 * catalogs, because the CLI and the hub's import log print them too; the renderer merges
 * these files into its catalog as the `packages.reasons` group (renderer/i18n/catalogs.ts).
 */
export const PACKAGE_MESSAGE_CATALOGS = { ar, zh, en, fr, ru, es } as const satisfies Record<Language, { packages: { reasons: Record<PackageReasonCode, string> } }>;

/** The reason as a sentence, with {{params}} filled in (the catalogs use i18next's syntax). */
export function reasonText(reason: PackageReason, language: Language = 'en'): string {
  const template = PACKAGE_MESSAGE_CATALOGS[language].packages.reasons[reason.code];
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) => String(reason.params[name] ?? ''));
}
