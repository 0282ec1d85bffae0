import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../../renderer/app/route';
import { defaultPaper } from '../../../../renderer/screens/report/default-paper';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('the report screen’s routes', () => {
  it('addresses the field’s, the hub’s office report and the regional report, both ways', () => {
    const routes: [string, Route][] = [
      [`#/assessments/${ID}/report`, { screen: 'officeReport', id: ID, from: 'field' }],
      [`#/hub/offices/${ID}/report`, { screen: 'officeReport', id: ID, from: 'hub' }],
      ['#/hub/report', { screen: 'regionalReport' }],
    ];
    for (const [hash, route] of routes) {
      expect(parseRoute(hash)).toEqual(route);
      expect(routeHref(route)).toBe(hash);
    }
    expect(parseRoute(`#/assessments/${ID.toUpperCase()}/report`)).toEqual({ screen: 'officeReport', id: ID, from: 'field' });
  });

  it('leaves the neighbouring routes alone and sends anything else to the list', () => {
    expect(parseRoute(`#/assessments/${ID}`)).toEqual({ screen: 'assessment', id: ID });
    expect(parseRoute(`#/hub/offices/${ID}`)).toEqual({ screen: 'hubOffice', assessmentId: ID });
    for (const hash of [`#/assessments/${ID}/report/x`, '#/hub/report/2025', `#/hub/offices/${ID}/reports`, '#/assessments/not-an-id/report']) {
      expect(parseRoute(hash)).toEqual({ screen: 'list' });
    }
  });
});

describe('the default paper', () => {
  it('is Letter where Letter is the office paper, A4 elsewhere and when the country is not said', () => {
    expect(defaultPaper(['en-US', 'fr-FR'])).toBe('letter');
    expect(defaultPaper(['es-MX'])).toBe('letter');
    expect(defaultPaper(['fr-CA'])).toBe('letter');
    expect(defaultPaper(['en-GB', 'en-US'])).toBe('a4');
    expect(defaultPaper(['fr-FR'])).toBe('a4');
    expect(defaultPaper(['ar-EG'])).toBe('a4');
    expect(defaultPaper(['en'])).toBe('a4');
    expect(defaultPaper(['zh-Hans-CN'])).toBe('a4');
    expect(defaultPaper([])).toBe('a4');
    expect(defaultPaper(['not a locale'])).toBe('a4');
  });
});
