import type { Language } from '../../shared/i18n/languages';
import { PACKAGE_MESSAGE_CATALOGS } from '../../shared/packages/reason-text';
import chartsAr from './locales/charts/ar.json';
import chartsEn from './locales/charts/en.json';
import chartsEs from './locales/charts/es.json';
import chartsFr from './locales/charts/fr.json';
import chartsRu from './locales/charts/ru.json';
import chartsZh from './locales/charts/zh.json';
import coreAr from './locales/core/ar.json';
import coreEn from './locales/core/en.json';
import coreEs from './locales/core/es.json';
import coreFr from './locales/core/fr.json';
import coreRu from './locales/core/ru.json';
import coreZh from './locales/core/zh.json';
import editorAr from './locales/editor/ar.json';
import frameworksAr from './locales/frameworks/ar.json';
import editorEn from './locales/editor/en.json';
import frameworksEn from './locales/frameworks/en.json';
import editorEs from './locales/editor/es.json';
import frameworksEs from './locales/frameworks/es.json';
import editorFr from './locales/editor/fr.json';
import frameworksFr from './locales/frameworks/fr.json';
import editorRu from './locales/editor/ru.json';
import frameworksRu from './locales/frameworks/ru.json';
import editorZh from './locales/editor/zh.json';
import frameworksZh from './locales/frameworks/zh.json';
import hubAr from './locales/hub/ar.json';
import hubEn from './locales/hub/en.json';
import hubEs from './locales/hub/es.json';
import hubFr from './locales/hub/fr.json';
import hubRu from './locales/hub/ru.json';
import hubZh from './locales/hub/zh.json';
import hubOfficeAr from './locales/hub-office/ar.json';
import hubOfficeEn from './locales/hub-office/en.json';
import hubOfficeEs from './locales/hub-office/es.json';
import hubOfficeFr from './locales/hub-office/fr.json';
import hubOfficeRu from './locales/hub-office/ru.json';
import hubOfficeZh from './locales/hub-office/zh.json';
import mapsAr from './locales/maps/ar.json';
import mapsEn from './locales/maps/en.json';
import mapsEs from './locales/maps/es.json';
import mapsFr from './locales/maps/fr.json';
import mapsRu from './locales/maps/ru.json';
import mapsZh from './locales/maps/zh.json';
import packagesAr from './locales/packages/ar.json';
import packagesEn from './locales/packages/en.json';
import packagesEs from './locales/packages/es.json';
import packagesFr from './locales/packages/fr.json';
import packagesRu from './locales/packages/ru.json';
import packagesZh from './locales/packages/zh.json';
import pictureAr from './locales/picture/ar.json';
import pictureEn from './locales/picture/en.json';
import pictureEs from './locales/picture/es.json';
import pictureFr from './locales/picture/fr.json';
import pictureRu from './locales/picture/ru.json';
import pictureZh from './locales/picture/zh.json';
import reportsAr from './locales/reports/ar.json';
import reportsEn from './locales/reports/en.json';
import reportsEs from './locales/reports/es.json';
import reportsFr from './locales/reports/fr.json';
import reportsRu from './locales/reports/ru.json';
import reportsZh from './locales/reports/zh.json';
import reviewAr from './locales/review/ar.json';
import reviewEn from './locales/review/en.json';
import reviewEs from './locales/review/es.json';
import reviewFr from './locales/review/fr.json';
import reviewRu from './locales/review/ru.json';
import reviewZh from './locales/review/zh.json';
import workflowAr from './locales/workflow/ar.json';
import workflowEn from './locales/workflow/en.json';
import workflowEs from './locales/workflow/es.json';
import workflowFr from './locales/workflow/fr.json';
import workflowRu from './locales/workflow/ru.json';
import workflowZh from './locales/workflow/zh.json';

/** A catalog is nested JSON: groups of keys, leaves are strings. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/**
 * Catalogs are split by area (core screens, the questionnaire editor, the assessment workflow, scorecard frameworks,
 * the assessment package, the regional hub) so each area's texts live beside each other; they are merged into one catalog per language.
 * The reasons a package is refused come from shared/packages/messages (the CLI prints them too) as `packages.reasons`.
 * Two areas defining the same key is a mistake the merge refuses.
 */
function merge(...parts: Catalog[]): Catalog {
  const result: Catalog = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      if (existing === undefined) result[key] = value;
      else if (typeof existing === 'object' && typeof value === 'object') result[key] = merge(existing, value);
      else throw new Error(`message key "${key}" is defined by two catalog areas`);
    }
  }
  return result;
}

/** The six message catalogs, bundled. English is the reference the catalog test compares against. */
export const catalogs: Record<Language, Catalog> = {
  ar: merge(coreAr, editorAr, workflowAr, frameworksAr, packagesAr, hubAr, hubOfficeAr, chartsAr, mapsAr, reviewAr, reportsAr, pictureAr, PACKAGE_MESSAGE_CATALOGS.ar),
  zh: merge(coreZh, editorZh, workflowZh, frameworksZh, packagesZh, hubZh, hubOfficeZh, chartsZh, mapsZh, reviewZh, reportsZh, pictureZh, PACKAGE_MESSAGE_CATALOGS.zh),
  en: merge(coreEn, editorEn, workflowEn, frameworksEn, packagesEn, hubEn, hubOfficeEn, chartsEn, mapsEn, reviewEn, reportsEn, pictureEn, PACKAGE_MESSAGE_CATALOGS.en),
  fr: merge(coreFr, editorFr, workflowFr, frameworksFr, packagesFr, hubFr, hubOfficeFr, chartsFr, mapsFr, reviewFr, reportsFr, pictureFr, PACKAGE_MESSAGE_CATALOGS.fr),
  ru: merge(coreRu, editorRu, workflowRu, frameworksRu, packagesRu, hubRu, hubOfficeRu, chartsRu, mapsRu, reviewRu, reportsRu, pictureRu, PACKAGE_MESSAGE_CATALOGS.ru),
  es: merge(coreEs, editorEs, workflowEs, frameworksEs, packagesEs, hubEs, hubOfficeEs, chartsEs, mapsEs, reviewEs, reportsEs, pictureEs, PACKAGE_MESSAGE_CATALOGS.es),
};
