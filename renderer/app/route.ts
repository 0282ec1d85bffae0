import { useSyncExternalStore } from 'react';

/**
 * Screens are addressed in the URL hash (#/, #/new, #/assessments/<id>): works from file:// in
 * Electron and over the bridge alike, survives reloads, and the browser's Back button works.
 */
export type Route = { screen: 'list' } | { screen: 'new' } | { screen: 'assessment'; id: string };

const ASSESSMENT_PATH = /^#\/assessments\/([0-9a-fA-F-]{36})$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/new') return { screen: 'new' };
  const match = ASSESSMENT_PATH.exec(hash);
  if (match?.[1]) return { screen: 'assessment', id: match[1].toLowerCase() };
  return { screen: 'list' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'assessment':
      return `#/assessments/${route.id}`;
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
