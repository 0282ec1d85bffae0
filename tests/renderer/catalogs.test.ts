import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api/app-error';
import { WORKFLOW_ERROR_KEYS } from '../../shared/api/workflow-error-keys';
import { ANSWER_MESSAGE_KEYS } from '../../shared/assessment/check-answer';
import { SCORING_MESSAGE_KEYS } from '../../shared/scoring/score-assessment';
import { TYPOLOGY_MESSAGE_KEYS } from '../../shared/typology/recommend-office-type';
import { ASSESSMENT_STATUSES } from '../../shared/assessment/assessment-document';
import { LANGUAGES, type Language } from '../../shared/i18n/languages';
import { CURRENT_TIERS, REGIONS } from '../../shared/office/office-profile';
import { catalogs, type Catalog } from '../../renderer/i18n/catalogs';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../renderer');

/** "group.sub.key" → text, for every leaf; non-string leaves are reported as such. */
function flatten(catalog: Catalog, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [innerKey, innerValue] of flatten(value, dotted)) flat.set(innerKey, innerValue);
    } else {
      flat.set(dotted, value);
    }
  }
  return flat;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const flat = Object.fromEntries(LANGUAGES.map((language) => [language, flatten(catalogs[language])])) as Record<
  Language,
  Map<string, unknown>
>;
const english = flat.en;
const others = LANGUAGES.filter((language) => language !== 'en');

describe('message catalogs', () => {
  it('has the same keys in all six languages', () => {
    const englishKeys = [...english.keys()].sort();
    expect(englishKeys.length).toBeGreaterThan(50);
    for (const language of others) {
      const keys = [...flat[language].keys()].sort();
      expect({ language, missing: englishKeys.filter((key) => !flat[language].has(key)) }).toEqual({ language, missing: [] });
      expect({ language, extra: keys.filter((key) => !english.has(key)) }).toEqual({ language, extra: [] });
    }
  });

  it('has only non-empty strings', () => {
    for (const language of LANGUAGES) {
      const bad = [...flat[language]].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect({ language, bad }).toEqual({ language, bad: [] });
    }
  });

  it('uses the same interpolation variables in every language', () => {
    for (const language of others) {
      const mismatched = [...english]
        .filter(([key, text]) => JSON.stringify(variables(String(text))) !== JSON.stringify(variables(String(flat[language].get(key) ?? ''))))
        .map(([key]) => key);
      expect({ language, mismatched }).toEqual({ language, mismatched: [] });
    }
  });

  it('names each language in itself', () => {
    const names = Object.fromEntries(LANGUAGES.map((language) => [language, flat[language].get('meta.languageName')]));
    expect(names).toEqual({ ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' });
  });

  it('is really translated: Arabic, Chinese and Russian texts are in their scripts; French and Spanish differ from English', () => {
    // Texts that are legitimately the same everywhere (the product name, pure placeholders).
    const universal = new Set(['app.name']);
    const script: Partial<Record<Language, RegExp>> = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u };
    for (const [language, pattern] of Object.entries(script) as [Language, RegExp][]) {
      const untranslated = [...flat[language]].filter(([key, text]) => !universal.has(key) && !pattern.test(String(text))).map(([key]) => key);
      expect({ language, untranslated }).toEqual({ language, untranslated: [] });
    }
    for (const language of ['fr', 'es'] as const) {
      const same = [...flat[language]].filter(([key, text]) => !universal.has(key) && text === english.get(key)).map(([key]) => key);
      // A few words are spelled alike (e.g. "Action", "Cycle" in French); whole sentences never are.
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThan(english.size / 20);
      const words = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}+/gu) ?? [];
      expect(same.filter((key) => words(String(english.get(key))).length > 1), language).toEqual([]);
    }
  });

  it('has a message for every error code, tier, region and assessment status', () => {
    const required = [
      ...ERROR_CODES.map((code) => `errors.${code}`),
      ...CURRENT_TIERS.map((tier) => `tier.${tier}`),
      ...REGIONS.map((region) => `region.${region}`),
      ...ASSESSMENT_STATUSES.map((status) => `status.${status}`),
      // Keys built from the form's field names: form.<field>.label
      ...['name', 'code', 'currentTier', 'region', 'hostCountry', 'cycle', 'assessor'].map((field) => `form.${field}.label`),
    ];
    expect(required.filter((key) => !english.has(key))).toEqual([]);
  });

  it('has a message for every key the backend and the shared checks can return', () => {
    const required = [...WORKFLOW_ERROR_KEYS, ...ANSWER_MESSAGE_KEYS, ...SCORING_MESSAGE_KEYS, ...TYPOLOGY_MESSAGE_KEYS];
    expect(required.filter((key) => !english.has(key))).toEqual([]);
  });

  it('has every key the renderer source uses', () => {
    const groups = Object.keys(catalogs.en).join('|');
    const patterns = [
      /\bt\(\s*['"]([^'"]+)['"]/g, // t('key')
      /i18nKey=["']([^"']+)["']/g, // <Trans i18nKey="key">
      // Keys passed around as data, e.g. { key: 'form.errors.x' }; not operation names such as api['app.status'].
      new RegExp(`(?<!\\[)['"]((?:${groups})\\.[A-Za-z0-9_.]+)['"]`, 'g'),
    ];
    const used = new Map<string, string>();
    for (const file of sourceFiles(RENDERER_DIR)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) used.set(match[1]!, path.relative(RENDERER_DIR, file));
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !english.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
