import type { TFunction } from 'i18next';
import type { Language } from '../../shared/i18n/languages';
import type { CoverageStatus } from '../../shared/picture/picture-types';
import { intlLocale } from '../i18n/format';

/** An office covering a country, as the map and the list show it. */
export interface CoveringOffice {
  officeCode: string;
  resident: boolean;
}

/**
 * The fixed words of the coverage map and list, already in one language. The map never calls
 * i18n itself: the hub's screen passes the UI language's words, a report printed in Arabic from
 * an English UI passes Arabic ones, and the same component renders both (as renderer/charts does).
 */
export interface MapWords {
  language: Language;
  mapLabel: string;
  /** How the keyboard moves on the map (the map's description). */
  keys: string;
  /** The caption before anything is pointed at or focused. */
  hint: string;
  status: Record<CoverageStatus, string>;
  legendTitle: string;
  otherAreas: string;
  undrawable: string;
  disclaimer: string;
  list: { caption: string; country: string; status: string; offices: string; noOffice: string; notOnMap: string };
  /** "resident office KEN-RH and non-resident, covered from NGA-RH"; "not covered" when there is no office. */
  offices(offices: readonly CoveringOffice[]): string;
  /** "Kenya — resident office KEN-RH": the caption, the tooltip and the accessible name of a country. */
  describe(countryName: string, offices: readonly CoveringOffice[]): string;
  /** Compares two country names as a reader of the language sorts them. */
  compareNames(a: string, b: string): number;
}

/** The map's words in one language, from the app's catalogs (`t` fixed to that language). */
export function mapWords(t: TFunction, language: Language): MapWords {
  const locale = intlLocale(language);
  const conjunction = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const collator = new Intl.Collator(locale);
  const offices = (covering: readonly CoveringOffice[]): string =>
    covering.length === 0
      ? t('maps.notCovered')
      : conjunction.format(
          covering.map(({ officeCode, resident }) => t(resident ? 'maps.office.resident' : 'maps.office.nonResident', { office: officeCode })),
        );
  return {
    language,
    mapLabel: t('maps.map.label'),
    keys: t('maps.map.keys'),
    hint: t('maps.map.hint'),
    status: { resident: t('maps.status.resident'), non_resident: t('maps.status.non_resident'), not_covered: t('maps.status.not_covered') },
    legendTitle: t('maps.legend.title'),
    otherAreas: t('maps.legend.other'),
    undrawable: t('maps.undrawable'),
    disclaimer: t('maps.disclaimer'),
    list: {
      caption: t('maps.list.caption'),
      country: t('maps.list.country'),
      status: t('maps.list.status'),
      offices: t('maps.list.offices'),
      noOffice: t('maps.list.noOffice'),
      notOnMap: t('maps.list.notOnMap'),
    },
    offices,
    // The dash is punctuation shared by the six languages' UN usage, not a word to translate;
    // in Arabic the bidi algorithm puts the country first on the right.
    describe: (countryName, covering) => `${countryName} — ${offices(covering)}`,
    compareNames: (a, b) => collator.compare(a, b),
  };
}
