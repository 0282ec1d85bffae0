import type { Language } from '../i18n/languages';
import { isCountryCode, type CountryCode } from './country-codes';

/** The languages whose country names come from CLDR; English names are M49's (country-codes.ts). */
export type CldrLanguage = Exclude<Language, 'en'>;

/**
 * Where an override comes from. Both are the UN's own names:
 * - 'UNTERM': the short name in the UN terminology database (UNTERM), without the article that
 *   UNTERM adds in parentheses ("Bolivie (État plurinational de) (l')" → "Bolivie (État
 *   plurinational de)"), as M49 prints it.
 * - 'M49': the name in the UN Statistics Division's M49 list in that language (as published in
 *   2024), used where the UNTERM export checked predates a change (Türkiye 2022, Netherlands
 *   (Kingdom of the) 2023) or has no entry (territories such as Hong Kong, Côte d'Ivoire).
 * Each name was checked against both where both have one; where they disagreed in more than the
 * article, an apostrophe or a space, the name was left to CLDR (see below).
 */
export type UnNameSource = 'UNTERM' | 'M49';

export type UnNameOverride = { source: UnNameSource } & Partial<Record<CldrLanguage, string>>;

/**
 * The country names in Arabic, Chinese, French, Russian and Spanish where the UN's name is not
 * CLDR's (i18n-iso-countries), which is where the renderer takes the other names from.
 *
 * Deliberately short: only names the UN would not print — a different name for the state, a
 * name that takes a position the UN does not take, an abbreviation. Differences of spelling,
 * transliteration, capitals or apostrophes ("Kenia"/"Kenya", "Curaçao"/"Curazao") stay CLDR's,
 * and so does every name where the two UN sources above disagree: the Netherlands in Arabic,
 * Congo and the Holy See in Chinese. Never add a name from memory: add it with its source, in
 * the group it belongs to. tests/shared/geo/un-country-names.test.ts checks that every code is
 * listed and that no override repeats CLDR's name.
 */
export const UN_NAME_OVERRIDES: Readonly<Partial<Record<CountryCode, UnNameOverride>>> = {
  // The states this table was first asked to check, where the UN's short name is a formal or a
  // changed form. North Macedonia (MKD) was checked too: CLDR already has the UN's names.
  BOL: {
    source: 'UNTERM',
    ar: 'بوليفيا (دولة - المتعددة القوميات)',
    zh: '多民族玻利维亚国',
    fr: 'Bolivie (État plurinational de)',
    ru: 'Боливия (Многонациональное Государство)',
    es: 'Bolivia (Estado Plurinacional de)',
  },
  VEN: {
    source: 'UNTERM',
    ar: 'فنزويلا (جمهورية - البوليفارية)',
    zh: '委内瑞拉玻利瓦尔共和国',
    fr: 'Venezuela (République bolivarienne du)',
    ru: 'Венесуэла (Боливарианская Республика)',
    es: 'Venezuela (República Bolivariana de)',
  },
  IRN: {
    source: 'UNTERM',
    ar: 'إيران (جمهورية - الإسلامية)',
    zh: '伊朗伊斯兰共和国',
    fr: "Iran (République islamique d')",
    ru: 'Иран (Исламская Республика)',
    es: 'Irán (República Islámica del)',
  },
  KOR: { source: 'UNTERM', ar: 'جمهورية كوريا', zh: '大韩民国', fr: 'République de Corée' },
  PRK: {
    source: 'UNTERM',
    ar: 'جمهورية كوريا الشعبية الديمقراطية',
    zh: '朝鲜民主主义人民共和国',
    fr: 'République populaire démocratique de Corée',
    ru: 'Корейская Народно-Демократическая Республика',
  },
  LAO: {
    source: 'UNTERM',
    ar: 'جمهورية لاو الديمقراطية الشعبية',
    zh: '老挝人民民主共和国',
    fr: 'République démocratique populaire lao',
    ru: 'Лаосская Народно-Демократическая Республика',
    es: 'República Democrática Popular Lao',
  },
  MDA: {
    source: 'UNTERM',
    ar: 'جمهورية مولدوفا',
    zh: '摩尔多瓦共和国',
    fr: 'République de Moldova',
    ru: 'Республика Молдова',
    es: 'República de Moldova',
  },
  RUS: { source: 'UNTERM', ar: 'الاتحاد الروسي', zh: '俄罗斯联邦', fr: 'Fédération de Russie', es: 'Federación de Rusia' },
  SYR: {
    source: 'UNTERM',
    ar: 'الجمهورية العربية السورية',
    zh: '阿拉伯叙利亚共和国',
    fr: 'République arabe syrienne',
    ru: 'Сирийская Арабская Республика',
  },
  TZA: {
    source: 'UNTERM',
    ar: 'جمهورية تنزانيا المتحدة',
    zh: '坦桑尼亚联合共和国',
    fr: 'République-Unie de Tanzanie',
    ru: 'Объединенная Республика Танзания',
    es: 'República Unida de Tanzanía',
  },
  VNM: { source: 'UNTERM', ar: 'فييت نام', fr: 'Viet Nam', es: 'Viet Nam' },
  TUR: { source: 'M49', fr: 'Türkiye', es: 'Türkiye' },
  CIV: { source: 'M49', ar: 'كوت ديفوار', fr: 'Côte d’Ivoire', es: 'Côte d’Ivoire' },
  CZE: { source: 'UNTERM', ar: 'تشيكيا', fr: 'Tchéquie', es: 'Chequia' },
  PSE: { source: 'UNTERM', ar: 'دولة فلسطين', zh: '巴勒斯坦国', fr: 'État de Palestine', es: 'Estado de Palestina' },
  FSM: {
    source: 'UNTERM',
    ar: 'ميكرونيزيا (ولايات - الموحدة)',
    fr: 'Micronésie (États fédérés de)',
    ru: 'Микронезия (Федеративные Штаты)',
    es: 'Micronesia (Estados Federados de)',
  },
  NLD: {
    source: 'M49',
    zh: '荷兰王国',
    fr: 'Pays-Bas (Royaume des)',
    ru: 'Нидерланды (Королевство)',
    es: 'Países Bajos (Reino de los)',
  },
  GBR: {
    source: 'UNTERM',
    ar: 'المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية',
    zh: '大不列颠及北爱尔兰联合王国',
    fr: "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
    ru: 'Соединенное Королевство Великобритании и Северной Ирландии',
    es: 'Reino Unido de Gran Bretaña e Irlanda del Norte',
  },
  USA: {
    source: 'UNTERM',
    ar: 'الولايات المتحدة الأمريكية',
    zh: '美利坚合众国',
    ru: 'Соединенные Штаты Америки',
    es: 'Estados Unidos de América',
  },
  COG: { source: 'UNTERM', ar: 'الكونغو', fr: 'Congo', ru: 'Конго' },
  COD: { source: 'UNTERM', zh: '刚果民主共和国', es: 'República Democrática del Congo' },
  SWZ: { source: 'UNTERM', ar: 'إسواتيني', fr: 'Eswatini', es: 'Eswatini' },
  CPV: { source: 'UNTERM', ar: 'كابو فيردي', fr: 'Cabo Verde' },
  // Where CLDR's name takes a position the UN does not take (a status, a sovereignty, a former name).
  ESH: { source: 'M49', zh: '西撒哈拉', ru: 'Западная Сахара' },
  HKG: {
    source: 'M49',
    ar: 'الصين، منطقة هونغ كونغ الإدارية الخاصة',
    zh: '中国香港特别行政区',
    fr: 'Chine, région administrative spéciale de Hong Kong',
    ru: 'Китай, Специальный административный район Гонконг',
    es: 'China, región administrativa especial de Hong Kong',
  },
  MAC: {
    source: 'M49',
    ar: 'الصين، منطقة ماكاو الإدارية الخاصة',
    zh: '中国澳门特别行政区',
    fr: 'Chine, région administrative spéciale de Macao',
    ru: 'Китай, Специальный административный район Макао',
    es: 'China, región administrativa especial de Macao',
  },
  FLK: {
    source: 'M49',
    ar: 'جزر فوكلاند (مالفيناس)',
    zh: '福克兰群岛（马尔维纳斯）',
    fr: 'Îles Falkland (Malvinas)',
    ru: 'Фолклендские (Мальвинские) острова',
    es: 'Islas Malvinas (Falkland)',
  },
  VAT: { source: 'UNTERM', ar: 'الكرسي الرسولي', fr: 'Saint-Siège', ru: 'Святой Престол' },
  MMR: { source: 'UNTERM', ar: 'ميانمار' },
  TLS: { source: 'M49', ar: 'تيمور - ليشتي', ru: 'Тимор-Лешти' },
  BLR: { source: 'UNTERM', ar: 'بيلاروس', fr: 'Bélarus', es: 'Belarús' },
  KGZ: { source: 'UNTERM', ru: 'Кыргызстан' },
  TKM: { source: 'UNTERM', ru: 'Туркменистан' },
  KNA: { source: 'UNTERM', fr: 'Saint-Kitts-et-Nevis' },
  // Abbreviated or shortened names the UN never prints (ОАЭ, ЮАР, 阿联酋, 波黑, Brunei without Darussalam).
  CHN: { source: 'UNTERM', ru: 'Китай' },
  ARE: { source: 'UNTERM', zh: '阿拉伯联合酋长国', ru: 'Объединенные Арабские Эмираты' },
  CAF: { source: 'UNTERM', zh: '中非共和国', ru: 'Центральноафриканская Республика' },
  ZAF: { source: 'UNTERM', ru: 'Южная Африка' },
  BIH: { source: 'UNTERM', zh: '波斯尼亚和黑塞哥维那' },
  IDN: { source: 'UNTERM', zh: '印度尼西亚' },
  SAU: { source: 'UNTERM', ar: 'المملكة العربية السعودية' },
  BRN: { source: 'UNTERM', ar: 'بروني دار السلام', zh: '文莱达鲁萨兰国', ru: 'Бруней-Даруссалам' },
};

/** The UN's name of a listed country in one of the five languages, when it is not CLDR's. */
export function unNameOverride(code: string, language: CldrLanguage): string | undefined {
  return isCountryCode(code) ? UN_NAME_OVERRIDES[code]?.[language] : undefined;
}
