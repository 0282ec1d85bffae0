import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Framework, Indicator } from '../../../../shared/framework/framework-schema';
import type { Language } from '../../../../shared/i18n/languages';
import { catalogs } from '../../../../renderer/i18n/catalogs';
import { describeAnswer } from '../../../../renderer/screens/assessment-editor/answer-text';

const framework = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/frameworks/fieldscore-default-1.0.0.json'), 'utf8'),
) as Framework;
const indicator = (id: string): Indicator => framework.perspectives.flatMap((perspective) => perspective.indicators).find((entry) => entry.id === id)!;

function translator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ resources: { [language]: { translation: catalogs[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

/** Spaces as Intl writes them (narrow and non-breaking) made plain, to compare. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('answers in words, in the user’s language', () => {
  it('writes each input type in English', () => {
    const t = translator('en');
    expect(describeAnswer(indicator('P1.7'), { state: 'answered', value: 62.75 }, 'en', t)).toBe('62.75%');
    expect(describeAnswer(indicator('P4.6'), { state: 'answered', value: 8_400_000 }, 'en', t)).toBe('$8,400,000.00');
    expect(describeAnswer(indicator('P2.5'), { state: 'answered', value: 1.7 }, 'en', t)).toBe('1.7 visits per country per year');
    expect(describeAnswer(indicator('P2.7'), { state: 'answered', value: 4 }, 'en', t)).toBe('4 – Satisfied');
    expect(describeAnswer(indicator('P1.5'), { state: 'answered', value: 'interim' }, 'en', t)).toBe('Interim arrangement');
    expect(describeAnswer(indicator('P1.3'), { state: 'answered', value: ['technical_cooperation', 'normative_work'] }, 'en', t)).toBe(
      'Technical cooperation and Normative work',
    );
    expect(describeAnswer(indicator('P1.3'), { state: 'answered', value: [] }, 'en', t)).toBe('None selected');
    expect(describeAnswer(indicator('P2.1'), { state: 'answered', value: [{ code: 'KEN', resident: true }, { code: 'UGA', resident: false }] }, 'en', t)).toBe(
      'Kenya and Uganda',
    );
    expect(describeAnswer(indicator('P3.6'), { state: 'not_applicable' }, 'en', t)).toBe('Not applicable');
    expect(describeAnswer(indicator('P5.2'), { state: 'unknown' }, 'en', t)).toBe("Don't know");
    expect(describeAnswer(indicator('P5.3'), undefined, 'en', t)).toBe('Not answered');
  });

  it('uses each language’s numbers, currency and option labels', () => {
    expect(plain(describeAnswer(indicator('P1.7'), { state: 'answered', value: 62.75 }, 'fr', translator('fr')))).toBe('62,75 %');
    expect(plain(describeAnswer(indicator('P4.6'), { state: 'answered', value: 8_400_000 }, 'ru', translator('ru')))).toBe('8 400 000,00 $');
    expect(describeAnswer(indicator('P1.5'), { state: 'answered', value: 'interim' }, 'zh', translator('zh'))).toBe('临时安排');
    expect(describeAnswer(indicator('P3.6'), { state: 'not_applicable' }, 'es', translator('es'))).toBe('No aplicable');
    // Arabic keeps Latin digits, like the rest of the app.
    expect(plain(describeAnswer(indicator('P2.5'), { state: 'answered', value: 1.7 }, 'ar', translator('ar')))).toBe('1.7 زيارة لكل بلد في السنة');
  });

  it('shows a value that does not fit its input as it is, never hides it', () => {
    const t = translator('en');
    expect(describeAnswer(indicator('P1.5'), { state: 'answered', value: 42 }, 'en', t)).toBe('42');
    expect(describeAnswer(indicator('P1.3'), { state: 'answered', value: ['no_such_option'] }, 'en', t)).toBe('no_such_option');
  });
});
