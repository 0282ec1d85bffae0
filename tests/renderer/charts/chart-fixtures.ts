import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../shared/i18n/languages';
import { catalogs } from '../../../renderer/i18n/catalogs';
import { intlLocale } from '../../../renderer/i18n/format';
import { chartWords, type ChartWords } from '../../../renderer/charts/chart-words';
import type { NumberFormat } from '../../../renderer/charts/chart-frame';

const cache = new Map<Language, { t: TFunction; words: ChartWords }>();

function catalogIn(language: Language): { t: TFunction; words: ChartWords } {
  const known = cache.get(language);
  if (known) return known;
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const entry = { t: instance.t, words: chartWords(instance.t, language) };
  cache.set(language, entry);
  return entry;
}

/** The app's real chart words in one language (the catalogs, not a copy). */
export function wordsIn(language: Language): ChartWords {
  return catalogIn(language).words;
}

/** The app's translator fixed to one language. */
export function tIn(language: Language): TFunction {
  return catalogIn(language).t;
}

/** Scores as the app prints them: one decimal at most, in the language's digits. */
export function formatIn(language: Language): NumberFormat {
  const format = new Intl.NumberFormat(intlLocale(language), { maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

export interface Attributes {
  [name: string]: string;
}

/** Every `<tag …>` of a static render with its attributes (React writes them in one deterministic form). */
export function elements(markup: string, tag: string): Attributes[] {
  const found: Attributes[] = [];
  for (const match of markup.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attributes: Attributes = {};
    for (const attr of match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[attr[1]!] = attr[2]!;
    found.push(attributes);
  }
  return found;
}

export function markWith(markup: string, tag: string, key: string): Attributes {
  const found = elements(markup, tag).filter((attributes) => attributes['data-mark'] === key);
  if (found.length !== 1) throw new Error(`expected one <${tag} data-mark="${key}">, found ${found.length}`);
  return found[0]!;
}

/** The text content of every <text>, in document order. */
export function texts(markup: string): string[] {
  return [...markup.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => decode(match[1]!));
}

export function decode(text: string): string {
  return text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
