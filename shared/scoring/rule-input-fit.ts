import type { IndicatorInput, InputType, RuleName, ScoringRule } from '../framework/framework-schema';

/** Inputs whose value has a numeric measure (the number itself, or the count of options selected). */
export const NUMERIC_MEASURE_INPUTS: readonly InputType[] = ['number', 'percent', 'money', 'scale', 'multichoice'];

/** Which input types each rule can read. One table, used by the validator and by the engine. */
export const RULE_INPUTS: Record<RuleName, readonly InputType[]> = {
  context: ['number', 'percent', 'money', 'yesno', 'scale', 'choice', 'multichoice', 'countries'],
  linear: NUMERIC_MEASURE_INPUTS,
  shortfall: NUMERIC_MEASURE_INPUTS,
  steps: NUMERIC_MEASURE_INPUTS,
  scale: ['scale'],
  yesno: ['yesno'],
  choice: ['choice'],
};

export function ruleFitsInput(rule: ScoringRule, input: IndicatorInput): boolean {
  return RULE_INPUTS[rule.rule].includes(input.type);
}
