import { describe, expect, it } from 'vitest';
import { evidenceKind, formatName, viewerBlobType } from '../../../../renderer/screens/hub-office/evidence-kinds';
import { parseRoute, routeHref } from '../../../../renderer/app/route';

describe('how the hub shows an evidence file', () => {
  it('shows pictures and PDFs inside the app and offers everything else as a download only', () => {
    expect(['image/png', 'image/jpeg', 'image/webp'].map(evidenceKind)).toEqual(['image', 'image', 'image']);
    expect(evidenceKind('application/pdf')).toBe('pdf');
    for (const type of [
      'text/plain',
      'text/csv',
      'text/html',
      'image/svg+xml',
      'application/xhtml+xml',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/octet-stream',
      'application/x-msdownload',
    ]) {
      expect(evidenceKind(type), type).toBe('download');
    }
  });

  it('makes blobs for the viewer only with a picture type or application/pdf, never with a type passed through', () => {
    expect(viewerBlobType('pdf', 'text/html')).toBe('application/pdf');
    expect(viewerBlobType('image', 'image/webp')).toBe('image/webp');
    expect(() => viewerBlobType('image', 'image/svg+xml')).toThrow();
    expect(() => viewerBlobType('image', 'text/html')).toThrow();
  });

  it('names the format as the editor does, the media type when unknown', () => {
    expect(formatName('text/csv')).toBe('CSV');
    expect(formatName('application/pdf')).toBe('PDF');
    expect(formatName('application/octet-stream')).toBe('application/octet-stream');
    expect(formatName('constructor')).toBe('constructor');
  });
});

describe('the drill-down route', () => {
  it('round-trips #/hub/offices/<uuid> and refuses anything else there', () => {
    const route = { screen: 'hubOffice', assessmentId: '0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f' } as const;
    expect(routeHref(route)).toBe('#/hub/offices/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f');
    expect(parseRoute(routeHref(route))).toEqual(route);
    expect(parseRoute('#/hub/offices/0D5C2F4E-8B9A-4C3D-9E1F-2A3B4C5D6E7F')).toEqual(route);
    for (const hash of ['#/hub/offices', '#/hub/offices/', '#/hub/offices/not-an-id', '#/hub/offices/../../x', '#/hub/offices/0d5c2f4e-8b9a-4c3d-9e1f-2a3b4c5d6e7f/x']) {
      expect(parseRoute(hash).screen, hash).not.toBe('hubOffice');
    }
  });
});
