import { z } from 'zod';

/**
 * What counts as text in Fieldscore (docs/data-model.md, "Text and numbers"). Every string a
 * schema accepts is well-formed Unicode; beyond that, each kind of text refuses what a person
 * writing it never needs and what could make it display as something it is not:
 *
 * | refused in …                                   | name | note | file name |
 * |------------------------------------------------|------|------|-----------|
 * | lone surrogates, noncharacters (not text)      | yes  | yes  | yes       |
 * | C0/C1 controls and DEL, except tab, LF, CR     | yes  | yes  | —         |
 * | tab, LF, CR, U+2028, U+2029 (line breaks)      | yes  | —    | —         |
 * | bidi overrides U+202D, U+202E                  | yes  | yes  | —         |
 * | bidi embeddings, isolates and marks            | yes  | —    | —         |
 * | zero-width space U+200B, word joiner, BOM      | yes  | —    | —         |
 *
 * Names (an office's name and code, the assessor) are single lines shown in lists, compared to
 * tell offices apart and printed on reports: an invisible character would make two names look
 * the same, and how a name sits among text of the other direction is the display's job
 * (<bdi>, dir="auto"), not a mark stored inside it.
 * Notes and justifications are free text in any of the six languages: Arabic legitimately uses
 * RLM/LRM/ALM and embeddings or isolates around Latin words, so only the overrides (which show
 * characters in an order other than the stored one, and serve only to disguise) are refused.
 * Framework texts follow the note rules. File names are only checked for well-formedness: the
 * evidence checks neutralise everything else in the name they store (electron/evidence).
 */
export type TextKind = 'name' | 'note' | 'fileName';

/** Every key a text refusal carries (zod issue params.messageKey); the catalogs define each. */
export const TEXT_MESSAGE_KEYS = [
  'text.not_a_character',
  'text.control_character',
  'text.line_break',
  'text.direction_control',
  'text.invisible_character',
] as const;
export type TextMessageKey = (typeof TEXT_MESSAGE_KEYS)[number];

export interface TextProblem {
  messageKey: TextMessageKey;
  /** "U+202E"; for a lone surrogate the code unit, which is not a character. */
  codePoint: string;
  /** 1-based, in characters (code points), as a person counts them. */
  position: number;
  /** Plain English, for the problem list, logs and tools without the catalog. */
  message: string;
}

type Refusal = 'not_a_character' | 'control' | 'line_break' | 'direction_override' | 'direction_format' | 'invisible';

function refusalOf(code: number): Refusal | undefined {
  if (code >= 0xd800 && code <= 0xdfff) return 'not_a_character'; // only reached for a lone surrogate
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return 'not_a_character';
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) return 'line_break';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control';
  if (code === 0x202d || code === 0x202e) return 'direction_override';
  if ((code >= 0x202a && code <= 0x202c) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
    return 'direction_format';
  }
  if (code === 0x200b || code === 0x2060 || code === 0xfeff) return 'invisible';
  return undefined;
}

const REFUSED: Record<TextKind, ReadonlySet<Refusal>> = {
  name: new Set<Refusal>(['not_a_character', 'control', 'line_break', 'direction_override', 'direction_format', 'invisible']),
  note: new Set<Refusal>(['not_a_character', 'control', 'direction_override']),
  fileName: new Set<Refusal>(['not_a_character']),
};

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function problem(refusal: Refusal, code: number, position: number, kind: TextKind): TextProblem {
  const codePoint = hex(code);
  const at = `at character ${position}`;
  switch (refusal) {
    case 'not_a_character':
      return {
        messageKey: 'text.not_a_character',
        codePoint,
        position,
        message: `contains ${codePoint} ${at}, which is not a character (damaged text, often from copying); retype it`,
      };
    case 'control':
      return {
        messageKey: 'text.control_character',
        codePoint,
        position,
        message: `contains the invisible control character ${codePoint} ${at}; remove it`,
      };
    case 'line_break':
      return {
        messageKey: 'text.line_break',
        codePoint,
        position,
        message: `must be one line, without tabs or line breaks, but contains ${codePoint} ${at}`,
      };
    case 'direction_override':
    case 'direction_format':
      return {
        messageKey: 'text.direction_control',
        codePoint,
        position,
        message: `contains the invisible text-direction character ${codePoint} ${at}, which ${
          kind === 'name' ? 'names may not hold' : 'would show the text in another order than it is written'
        }; remove it`,
      };
    case 'invisible':
      return {
        messageKey: 'text.invisible_character',
        codePoint,
        position,
        message: `contains the invisible character ${codePoint} ${at}; remove it`,
      };
  }
}

/** The first thing in `text` that `kind` refuses, or undefined when the text is acceptable. */
export function textProblem(text: string, kind: TextKind): TextProblem | undefined {
  const refused = REFUSED[kind];
  let position = 0;
  // for…of walks code points; a lone surrogate comes out on its own, as one unit.
  for (const char of text) {
    position += 1;
    const code = char.codePointAt(0) ?? 0;
    const refusal = refusalOf(code);
    if (refusal !== undefined && refused.has(refusal)) return problem(refusal, code, position, kind);
  }
  return undefined;
}

function checked<T extends z.ZodString>(schema: T, kind: TextKind): T {
  return schema.superRefine((text, context) => {
    const found = textProblem(text, kind);
    if (found) {
      context.addIssue({
        code: 'custom',
        message: found.message,
        params: { messageKey: found.messageKey, codePoint: found.codePoint, position: found.position },
      });
    }
  });
}

/**
 * A single-line name of at most `max` characters, trimmed: an office's name or code, the
 * assessor. Callers add `.min(1, …)` where it is required.
 */
export function nameText(max: number) {
  return checked(z.string().trim().max(max, `must not exceed ${max} characters`), 'name');
}

/** One line under the name rules, taken as it is (not trimmed): an option id given as a value. */
export function lineText(max: number) {
  return checked(z.string().max(max, `must not exceed ${max} characters`), 'name');
}

/** Free, multi-line text of at most `max` characters: a note, a justification. */
export function noteText(max: number) {
  return checked(z.string().max(max, `must not exceed ${max} characters`), 'note');
}

/** Text of a framework (titles, guidance, sources, labels): the note rules, no length limit of its own. */
export function frameworkText() {
  return checked(z.string(), 'note');
}

/** The name of a file a person picked; the evidence checks neutralise the rest of what it may hold. */
export function fileNameText(max: number) {
  return checked(z.string().trim().min(1, 'a file name is required').max(max, `must not exceed ${max} characters`), 'fileName');
}

/**
 * The catalog message for a zod issue raised by these schemas, or undefined for any other
 * issue: what a form shows instead of zod's English.
 */
export function textIssueMessage(issue: { code?: unknown; params?: unknown }): { key: TextMessageKey; params: { codePoint: string; position: number } } | undefined {
  if (issue.code !== 'custom' || issue.params === null || typeof issue.params !== 'object') return undefined;
  const { messageKey, codePoint, position } = issue.params as Record<string, unknown>;
  if (!(TEXT_MESSAGE_KEYS as readonly unknown[]).includes(messageKey)) return undefined;
  if (typeof codePoint !== 'string' || typeof position !== 'number') return undefined;
  return { key: messageKey as TextMessageKey, params: { codePoint, position } };
}
