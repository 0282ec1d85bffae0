/**
 * The work a request body can cause is bounded by its shape as well as its size: 13 MB of
 * `{"k1":0,"k2":0,…}` is 1.15 million keys, which JSON.parse, the contract's schema and the
 * error listing them would each walk. No request of the contract comes near these limits (the
 * largest holds a few hundred values: an answer's covered countries), and files travel as one
 * base64 string, so the limits only ever refuse a body built to be expensive.
 */
export interface JsonShapeLimits {
  /** Object members plus array items plus containers, over the whole document. */
  maxValues: number;
  /** Nesting of objects and arrays. */
  maxDepth: number;
}

export const REQUEST_JSON_LIMITS: JsonShapeLimits = { maxValues: 20_000, maxDepth: 32 };

export type JsonShapeCheck = { ok: true } | { ok: false; reason: 'too_many_values' | 'too_deep'; limit: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Counts values and depth in JSON text without parsing it, stopping as soon as a limit is
 * passed. Strings are skipped with indexOf, so a 13 MiB base64 string costs one search, not a
 * loop over its characters. It does not validate: malformed text is left to JSON.parse, which
 * runs only when this says ok — so the limits hold whatever the text is.
 */
export function checkJsonShape(text: string, limits: JsonShapeLimits = REQUEST_JSON_LIMITS): JsonShapeCheck {
  let values = 0;
  let depth = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      // Find the closing quote: one preceded by an even number of backslashes.
      let end = text.indexOf('"', index + 1);
      while (end !== -1) {
        let backslashes = 0;
        for (let back = end - 1; text.charCodeAt(back) === BACKSLASH; back -= 1) backslashes += 1;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return { ok: true }; // unterminated: JSON.parse refuses it
      index = end + 1;
      continue;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limits.maxDepth) return { ok: false, reason: 'too_deep', limit: limits.maxDepth };
      values += 1;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    } else if (code === COMMA) {
      values += 1;
    }
    if (values > limits.maxValues) return { ok: false, reason: 'too_many_values', limit: limits.maxValues };
    index += 1;
  }
  return { ok: true };
}
