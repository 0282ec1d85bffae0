import type { Language } from '../../shared/i18n/languages';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

/** A catalog is nested JSON: groups of keys, leaves are strings. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** The six message catalogs, bundled. English is the reference the catalog test compares against. */
export const catalogs: Record<Language, Catalog> = { ar, zh, en, fr, ru, es };
