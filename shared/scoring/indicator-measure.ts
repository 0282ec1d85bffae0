import type { IndicatorInput } from '../framework/framework-schema';

/**
 * The number a rule reads from a value that already passed checkAnswerValue:
 * the number itself (number, percent, money, scale), the count selected (multichoice) or
 * listed (countries), 1 for yes and 0 for no. A choice has no number: its rule reads the option id.
 */
export function measureOf(input: IndicatorInput, value: unknown): number | null {
  switch (input.type) {
    case 'number':
    case 'percent':
    case 'money':
    case 'scale':
      return typeof value === 'number' ? value : null;
    case 'multichoice':
    case 'countries':
      return Array.isArray(value) ? value.length : null;
    case 'yesno':
      return value === true ? 1 : value === false ? 0 : null;
    case 'choice':
      return null;
  }
}
