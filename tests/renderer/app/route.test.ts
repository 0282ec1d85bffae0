import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/route';

describe('hash routes', () => {
  it('round-trips every screen', () => {
    const routes: Route[] = [
      { screen: 'list' },
      { screen: 'new' },
      { screen: 'assessment', id: '0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f' },
      { screen: 'hubSet' },
      { screen: 'hubImport' },
      { screen: 'hubKeys' },
      { screen: 'hubConflicts' },
      { screen: 'hubConflict', officeId: '0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f', cycle: 2025 },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('shows the list for anything else, including the launch token and malformed ids', () => {
    for (const hash of ['', '#', '#/', '#token=abc', '#/assessments/not-an-id', '#/assessments/../../x', '#/new/extra', '#/hub/conflicts/not-an-id/2025', '#/hub/conflicts/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f/25', '#/hub/other']) {
      expect(parseRoute(hash)).toEqual({ screen: 'list' });
    }
  });
});
