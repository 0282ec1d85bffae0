import type { Framework, Indicator, Perspective } from '../../../shared/framework/framework-schema';
import type { Language } from '../../../shared/i18n/languages';
import { localizedString } from '../assessment-editor/localized-text';

export interface IndicatorEntry {
  indicator: Indicator;
  perspective: Perspective;
}

/** Every indicator of the framework by id, with its perspective. */
export function indicatorIndex(framework: Framework | null | undefined): Map<string, IndicatorEntry> {
  const index = new Map<string, IndicatorEntry>();
  for (const perspective of framework?.perspectives ?? []) {
    for (const indicator of perspective.indicators) index.set(indicator.id, { indicator, perspective });
  }
  return index;
}

/** Indicator ids in questionnaire order: the order differences read in. */
export function indicatorOrder(framework: Framework | null | undefined): string[] {
  return (framework?.perspectives ?? []).flatMap((perspective) => perspective.indicators.map((indicator) => indicator.id));
}

/** "P2.1 Countries covered by the office": the id keeps it findable in the printed framework. */
export function indicatorLabel(indicatorId: string, indicator: Indicator | undefined, language: Language): string {
  const title = localizedString(indicator?.title, language);
  return title ? `${indicatorId} ${title}` : indicatorId;
}
