import { useSyncExternalStore } from 'react';

/**
 * Screens are addressed in the URL hash (#/, #/new, #/assessments/<id>): works from file:// in
 * Electron and over the bridge alike, survives reloads, and the browser's Back button works.
 */
export type Route =
  | { screen: 'list' }
  | { screen: 'new' }
  /** The installed scorecard frameworks: import from and export to Excel. */
  | { screen: 'frameworks' }
  | { screen: 'assessment'; id: string }
  /** The guided questionnaire, optionally opened at one perspective and indicator. */
  | { screen: 'editor'; id: string; perspectiveId?: string; indicatorId?: string }
  /** The change history of the whole assessment, or of one indicator. */
  | { screen: 'history'; id: string; indicatorId?: string }
  /** The regional hub: the packages it holds and their exports. */
  | { screen: 'hubSet' }
  /** Importing packages and other hubs' consolidated files: preview, then import. */
  | { screen: 'hubImport' }
  /** The trust list of office keys and the packages held back for a key decision. */
  | { screen: 'hubKeys' }
  | { screen: 'hubConflicts' }
  /** One conflict: the diverged revisions of an office's cycle side by side. */
  | { screen: 'hubConflict'; officeId: string; cycle: number }
  /** The hub's picture of its offices: the set table (default), indicators, office types or the coverage map. */
  | { screen: 'hubPicture'; view?: 'indicators' | 'types' | 'coverage' }
  /** One office's assessment as the hub holds it, read-only (the drill-down). */
  | { screen: 'hubOffice'; assessmentId: string }
  /** An office's printed report: of this installation's own submitted revision (field) or of a package the hub holds (hub). */
  | { screen: 'officeReport'; id: string; from: 'field' | 'hub' }
  /** The hub's regional report of its set. */
  | { screen: 'regionalReport' };

const HUB_CONFLICT_PATH = /^#\/hub\/conflicts\/([0-9a-fA-F-]{36})\/(\d{4})$/;
const HUB_OFFICE_PATH = /^#\/hub\/offices\/([0-9a-fA-F-]{36})$/;
const REPORT_PATH = /^#\/(assessments|hub\/offices)\/([0-9a-fA-F-]{36})\/report$/;

const HUB_SCREENS = new Map<string, Route>([
  ['#/hub', { screen: 'hubSet' }],
  ['#/hub/import', { screen: 'hubImport' }],
  ['#/hub/keys', { screen: 'hubKeys' }],
  ['#/hub/conflicts', { screen: 'hubConflicts' }],
  ['#/hub/picture', { screen: 'hubPicture' }],
  ['#/hub/picture/indicators', { screen: 'hubPicture', view: 'indicators' }],
  ['#/hub/picture/types', { screen: 'hubPicture', view: 'types' }],
  ['#/hub/picture/coverage', { screen: 'hubPicture', view: 'coverage' }],
  ['#/hub/report', { screen: 'regionalReport' }],
]);

const ASSESSMENT_PATH = /^#\/assessments\/([0-9a-fA-F-]{36})(?:\/(edit|history)(?:\/([^/]+))?(?:\/([^/]+))?)?$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/new') return { screen: 'new' };
  if (hash === '#/frameworks') return { screen: 'frameworks' };
  const hub = HUB_SCREENS.get(hash);
  if (hub) return hub;
  const conflict = HUB_CONFLICT_PATH.exec(hash);
  if (conflict?.[1] && conflict[2]) return { screen: 'hubConflict', officeId: conflict[1].toLowerCase(), cycle: Number(conflict[2]) };
  const office = HUB_OFFICE_PATH.exec(hash);
  if (office?.[1]) return { screen: 'hubOffice', assessmentId: office[1].toLowerCase() };
  const report = REPORT_PATH.exec(hash);
  if (report?.[2]) return { screen: 'officeReport', id: report[2].toLowerCase(), from: report[1] === 'assessments' ? 'field' : 'hub' };
  const match = ASSESSMENT_PATH.exec(hash);
  if (!match?.[1]) return { screen: 'list' };
  const id = match[1].toLowerCase();
  const first = match[3] ? decodeURIComponent(match[3]) : undefined;
  const second = match[4] ? decodeURIComponent(match[4]) : undefined;
  if (match[2] === 'edit') return { screen: 'editor', id, perspectiveId: first, indicatorId: second };
  if (match[2] === 'history') return { screen: 'history', id, indicatorId: first };
  return { screen: 'assessment', id };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'frameworks':
      return '#/frameworks';
    case 'assessment':
      return `#/assessments/${route.id}`;
    case 'editor': {
      const parts = [route.perspectiveId, route.perspectiveId ? route.indicatorId : undefined].filter(
        (part): part is string => part !== undefined,
      );
      return [`#/assessments/${route.id}/edit`, ...parts.map(encodeURIComponent)].join('/');
    }
    case 'history':
      return `#/assessments/${route.id}/history${route.indicatorId ? `/${encodeURIComponent(route.indicatorId)}` : ''}`;
    case 'hubSet':
      return '#/hub';
    case 'hubImport':
      return '#/hub/import';
    case 'hubKeys':
      return '#/hub/keys';
    case 'hubConflicts':
      return '#/hub/conflicts';
    case 'hubConflict':
      return `#/hub/conflicts/${route.officeId}/${route.cycle}`;
    case 'hubPicture':
      return route.view ? `#/hub/picture/${route.view}` : '#/hub/picture';
    case 'hubOffice':
      return `#/hub/offices/${route.assessmentId}`;
    case 'officeReport':
      return route.from === 'field' ? `#/assessments/${route.id}/report` : `#/hub/offices/${route.id}/report`;
    case 'regionalReport':
      return '#/hub/report';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
