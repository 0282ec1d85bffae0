import type { Language } from '../../../shared/i18n/languages';
import { intlLocale } from '../../i18n/format';

/**
 * Numbers typed in the user's language: "1,5" in French and Spanish, "1.5" in English,
 * "1 234,5" in Russian, Arabic-Indic or full-width digits from an Arabic or Chinese keyboard.
 * Ambiguous input is refused rather than guessed: in English "1,5" is neither 1.5 nor 15.
 */

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

export interface Separators {
  decimal: string;
  group: string;
}

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const SPACES = /[\s\u00a0\u202f\u2009]/;

export function separatorsOf(language: Language): Separators {
  const parts = new Intl.NumberFormat(intlLocale(language)).formatToParts(12345.6);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  return { decimal, group: SPACES.test(group) ? ' ' : group };
}

/** Other scripts' digits and punctuation, as keyboards produce them, to ASCII digits. */
function normalise(text: string): string {
  return text
    .replace(BIDI_MARKS, '')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/\u066b/g, '\u0000') // Arabic decimal separator: always a decimal point
    .replace(/\u066c/g, "'") // Arabic thousands separator
    .replace(/\uff0e/g, '.')
    .replace(/\uff0c/g, ',')
    .replace(/[\u2212\uff0d\u2010\u2011\u2013]/g, '-')
    .trim();
}

export function parseLocaleNumber(text: string, language: Language): ParsedNumber {
  let s = normalise(text);
  // A trailing per-cent sign is what people type into a percentage field; it adds nothing.
  s = s.replace(/\s*[%\uff05\u066a]$/u, '').trim();
  if (s === '') return { kind: 'empty' };
  const { decimal, group } = separatorsOf(language);

  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1).trim();
  }
  // Decimal marks: the language's, the Arabic one, and "." where "." cannot be a group separator.
  const decimals = new Set([decimal, '\u0000', ...(group !== '.' ? ['.'] : [])]);
  const groups = new Set(group === ' ' ? [' ', '\u00a0', '\u202f', '\u2009', "'"] : [group, "'"]);

  let integer = '';
  let fraction: string | null = null;
  let grouped = false;
  for (const char of s) {
    if (char >= '0' && char <= '9') {
      if (fraction === null) integer += char;
      else fraction += char;
    } else if (decimals.has(char) && !groups.has(char)) {
      if (fraction !== null) return { kind: 'invalid' };
      fraction = '';
    } else if (groups.has(char) && fraction === null) {
      grouped = true;
      integer += 'G';
    } else {
      return { kind: 'invalid' };
    }
  }
  if (grouped && !/^\d{1,3}(?:G\d{3})+$/.test(integer)) return { kind: 'invalid' };
  const digits = integer.replace(/G/g, '');
  if (digits === '' && (fraction === null || fraction === '')) return { kind: 'invalid' };
  const value = Number(`${sign}${digits === '' ? '0' : digits}.${fraction === null || fraction === '' ? '0' : fraction}`);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value };
}

/**
 * A stored number as the user would type it: the language's decimal mark, no grouping,
 * and no binary noise (0.1 stays "0.1", never "0.1000000000000000055").
 */
export function formatInputNumber(value: number, language: Language): string {
  const plain = String(value);
  if (/e/i.test(plain)) {
    return new Intl.NumberFormat(intlLocale(language), { useGrouping: false, maximumFractionDigits: 20 })
      .format(value)
      .replace(BIDI_MARKS, '');
  }
  return plain.replace('.', separatorsOf(language).decimal);
}
