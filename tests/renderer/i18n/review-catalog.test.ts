import { describe, expect, it } from 'vitest';
import { catalogs, type Catalog } from '../../../renderer/i18n/catalogs';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { REVIEW_STATUSES } from '../../../shared/reviews/review-format';
import { REVIEW_ERROR_KEYS, REVIEW_REASON_CODES, reviewReasonKey } from '../../../shared/reviews/review-reasons';
import { CONSOLIDATED_INCLUDES } from '../../../shared/consolidation/consolidated-format';

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

/**
 * Keys the review loop builds at run time (a reason code, a status, a choice) are not found by the
 * general catalog test's scan of literal keys: each must exist, as a sentence, in every language.
 */
describe('the review catalogs', () => {
  const required = [
    ...REVIEW_REASON_CODES.map(reviewReasonKey),
    ...REVIEW_ERROR_KEYS,
    ...REVIEW_STATUSES.flatMap((status) => [`review.status.${status}`, `review.panel.statusHint.${status}`]),
    ...CONSOLIDATED_INCLUDES.flatMap((choice) => [`review.set.include.${choice}`, `review.set.includeHint.${choice}`]),
  ];

  it('has a sentence for every reason, error, status and choice in all six languages', () => {
    for (const language of LANGUAGES) {
      const missing = required.filter((key) => typeof lookup(catalogs[language], key) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('gives every refusal its own sentence', () => {
    for (const language of LANGUAGES) {
      const sentences = REVIEW_REASON_CODES.map((code) => lookup(catalogs[language], reviewReasonKey(code)));
      expect(new Set(sentences).size).toBe(REVIEW_REASON_CODES.length);
    }
  });
});
