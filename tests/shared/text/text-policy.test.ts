import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../../shared/assessment/answer';
import { frameworkSchema, localizedTextSchema } from '../../../shared/framework/framework-schema';
import { officeProfileSchema } from '../../../shared/office/office-profile';
import {
  fileNameText,
  nameText,
  noteText,
  TEXT_MESSAGE_KEYS,
  textIssueMessage,
  textProblem,
  type TextKind,
} from '../../../shared/text/text-policy';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';

/** What each kind refuses, by example character (docs/data-model.md, "Text and numbers"). */
const CASES: { char: string; name: string | null; note: string | null; fileName: string | null }[] = [
  { char: '\uD800', name: 'text.not_a_character', note: 'text.not_a_character', fileName: 'text.not_a_character' },
  { char: '\uDFFF', name: 'text.not_a_character', note: 'text.not_a_character', fileName: 'text.not_a_character' },
  { char: '\uFFFE', name: 'text.not_a_character', note: 'text.not_a_character', fileName: 'text.not_a_character' },
  { char: '\uFDD0', name: 'text.not_a_character', note: 'text.not_a_character', fileName: 'text.not_a_character' },
  { char: '\u{10FFFF}', name: 'text.not_a_character', note: 'text.not_a_character', fileName: 'text.not_a_character' },
  { char: '\u0000', name: 'text.control_character', note: 'text.control_character', fileName: null },
  { char: '\u001B', name: 'text.control_character', note: 'text.control_character', fileName: null },
  { char: '\u007F', name: 'text.control_character', note: 'text.control_character', fileName: null },
  { char: '\u0085', name: 'text.control_character', note: 'text.control_character', fileName: null },
  { char: '\u009F', name: 'text.control_character', note: 'text.control_character', fileName: null },
  { char: '\t', name: 'text.line_break', note: null, fileName: null },
  { char: '\n', name: 'text.line_break', note: null, fileName: null },
  { char: '\r', name: 'text.line_break', note: null, fileName: null },
  { char: '\u2028', name: 'text.line_break', note: null, fileName: null },
  { char: '\u202E', name: 'text.direction_control', note: 'text.direction_control', fileName: null },
  { char: '\u202D', name: 'text.direction_control', note: 'text.direction_control', fileName: null },
  { char: '\u202B', name: 'text.direction_control', note: null, fileName: null },
  { char: '\u2067', name: 'text.direction_control', note: null, fileName: null },
  { char: '\u200F', name: 'text.direction_control', note: null, fileName: null },
  { char: '\u061C', name: 'text.direction_control', note: null, fileName: null },
  { char: '\u200B', name: 'text.invisible_character', note: null, fileName: null },
  { char: '\uFEFF', name: 'text.invisible_character', note: null, fileName: null },
  // What scripts need stays: joiners (Persian, Indic, emoji sequences), astral characters.
  { char: '\u200C', name: null, note: null, fileName: null },
  { char: '\u200D', name: null, note: null, fileName: null },
  { char: '😀', name: null, note: null, fileName: null },
  { char: '𠀀', name: null, note: null, fileName: null },
];

describe('textProblem', () => {
  for (const kind of ['name', 'note', 'fileName'] as const) {
    it.each(CASES.map((entry) => [JSON.stringify(entry.char), entry.char, entry[kind]] as const))(`${kind}: %s → %s`, (_label, char, key) => {
      const found = textProblem(`ab${char}c`, kind);
      if (key === null) expect(found).toBeUndefined();
      else expect(found).toMatchObject({ messageKey: key, position: 3 });
    });
  }

  it('counts positions in characters, as a person does, and names the code point', () => {
    expect(textProblem('😀😀\u0000', 'note')).toMatchObject({ position: 3, codePoint: 'U+0000' });
    expect(textProblem('مكتب\u202E', 'name')).toMatchObject({ position: 5, codePoint: 'U+202E' });
  });

  it('accepts ordinary text in the six UN languages, with the punctuation they use', () => {
    const texts = ['Bureau régional — « Afrique »', 'Oficina de País, Côte d’Ivoire', 'Представительство ООН', '联合国驻华系统', 'مكتب الأمم المتحدة', 'UN Office (Nairobi) #2 & co.'];
    for (const text of texts) for (const kind of ['name', 'note', 'fileName'] as const) expect(textProblem(text, kind), `${kind}: ${text}`).toBeUndefined();
  });

  it('property: text made only of allowed characters passes; one refused character anywhere is found where it is', () => {
    const refusedIn = (kind: TextKind) => CASES.filter((entry) => entry[kind] !== null).map((entry) => entry.char);
    const safe = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((text) => textProblem(text, 'name') === undefined);
    for (const kind of ['name', 'note', 'fileName'] as const) {
      fc.assert(
        fc.property(safe, safe, fc.constantFrom(...refusedIn(kind)), (before, after, bad) => {
          expect(textProblem(before + after, kind)).toBeUndefined();
          expect(textProblem(before + bad + after, kind)?.position).toBe([...before].length + 1);
        }),
      );
    }
  });

  it('property: a note accepts whatever a name accepts, and any well-formed text without controls or overrides', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        if (textProblem(text, 'name') === undefined) expect(textProblem(text, 'note')).toBeUndefined();
        const wellFormed = !/[\uD800-\uDFFF]/u.test(text);
        // eslint-disable-next-line no-control-regex -- the controls are the point
        const plain = wellFormed && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202D\u202E\uFDD0-\uFDEF]|[\uFFFE\uFFFF]/u.test(text);
        const nonCharacter = [...text].some((char) => ((char.codePointAt(0) ?? 0) & 0xfffe) === 0xfffe);
        expect(textProblem(text, 'note') === undefined).toBe(plain && !nonCharacter);
      }),
    );
  });
});

describe('the zod schemas', () => {
  it('nameText trims, then checks; the issue carries the catalog key, the code point and the position', () => {
    expect(nameText(20).parse('  Nairobi  ')).toBe('Nairobi');
    const result = nameText(20).safeParse(' Nai\u202Erobi');
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue).toMatchObject({ code: 'custom', params: { messageKey: 'text.direction_control', codePoint: 'U+202E', position: 4 } });
    expect(textIssueMessage(issue ?? {})).toEqual({ key: 'text.direction_control', params: { codePoint: 'U+202E', position: 4 } });
    expect(nameText(3).safeParse('abcd').error?.issues[0]?.message).toBe('must not exceed 3 characters');
  });

  it('noteText keeps the text as written, line breaks and surrounding spaces included', () => {
    expect(noteText(100).parse('  first line\r\n\tsecond \u200F line  ')).toBe('  first line\r\n\tsecond \u200F line  ');
    expect(noteText(5).safeParse('123456').success).toBe(false);
  });

  it('fileNameText refuses only what is not text; the evidence checks neutralise the rest', () => {
    expect(fileNameText(255).safeParse('scan\u202Egpj.exe').success).toBe(true);
    expect(fileNameText(255).safeParse('scan\uD800.pdf').success).toBe(false);
    expect(fileNameText(255).safeParse('   ').success).toBe(false);
  });

  it('textIssueMessage ignores every other issue', () => {
    expect(textIssueMessage({ code: 'too_big' })).toBeUndefined();
    expect(textIssueMessage({ code: 'custom', params: { messageKey: 'errors.internal', codePoint: 'U+0000', position: 1 } })).toBeUndefined();
    expect(textIssueMessage({ code: 'custom' })).toBeUndefined();
  });

  it('is what the office profile, answers and framework texts use', () => {
    const office = { name: 'Office', currentTier: 'desk', region: 'africa', hostCountry: 'KEN' };
    expect(officeProfileSchema.safeParse({ ...office, name: 'Of\u0000fice' }).error?.issues[0]?.path).toEqual(['name']);
    expect(officeProfileSchema.safeParse({ ...office, code: 'K\u200BEN' }).error?.issues[0]?.path).toEqual(['code']);
    expect(answerSchema.safeParse({ state: 'unknown', note: 'x\uDC00' }).error?.issues[0]?.path).toEqual(['note']);
    expect(answerSchema.safeParse({ state: 'answered', value: 'ye\u0000s' }).success).toBe(false);
    expect(answerSchema.safeParse({ state: 'answered', value: ['a', 'b\u202E'] }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ en: 'Title\u0001' }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ ar: 'المؤشر\u200F (UNCT)\nسطر' }).success).toBe(true);
    expect(frameworkSchema.shape.title.safeParse({ en: 'x\uD800' }).success).toBe(false);
  });
});

describe('the messages', () => {
  function lookup(catalog: Catalog, key: string): unknown {
    let node: string | Catalog | undefined = catalog;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return node;
  }

  it('exist for every text refusal in all six languages, with the code point and the position', () => {
    for (const language of LANGUAGES) {
      for (const key of TEXT_MESSAGE_KEYS) {
        const text = lookup(catalogs[language], key);
        expect(typeof text, `${language} ${key}`).toBe('string');
        expect(text, `${language} ${key}`).toMatch(/\{\{position\}\}/);
        expect(text, `${language} ${key}`).toMatch(/\{\{codePoint\}\}/);
      }
    }
  });
});
