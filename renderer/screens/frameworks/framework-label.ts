import type { FrameworkSummary } from '../../../shared/api/contract';
import type { Language } from '../../../shared/i18n/languages';
import { localized } from '../assessment-editor/localized-text';

/** A framework's title in the reader's language (English, then any, as a fallback), or its id when it has none. */
export function frameworkTitle(summary: Pick<FrameworkSummary, 'id' | 'title'>, language: Language): { text: string; lang: Language | undefined } {
  const title = localized(summary.title, language);
  return title ?? { text: summary.id, lang: undefined };
}

/** "sha256:1a2b3c4d5e6f" for the table: enough to tell texts apart at a glance; the full hash is kept in a tooltip. */
export function shortHash(hash: string): string {
  const [algorithm, digest] = hash.includes(':') ? (hash.split(':', 2) as [string, string]) : ['', hash];
  return `${algorithm ? `${algorithm}:` : ''}${digest.slice(0, 12)}`;
}
