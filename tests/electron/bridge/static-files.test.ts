import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, resolveStaticFile } from '../../../electron/bridge/static-files';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'fieldscore-static-')));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<html>');
  fs.writeFileSync(path.join(root, 'assets', 'a b.js'), '');
  fs.writeFileSync(path.join(base, 'outside.txt'), 'secret');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  it('maps / to index.html and decodes names', async () => {
    expect(await resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveStaticFile(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it.each(['/../outside.txt', '/..%2Foutside.txt', '/%2e%2e/outside.txt', '/..%5Coutside.txt', '/%E0%A4%A', '/index.html%00', '/assets', '/missing'])(
    'returns null for %s',
    async (pathname) => {
      expect(await resolveStaticFile(root, pathname)).toBeNull();
    },
  );

  it('returns null when the root itself is missing', async () => {
    expect(await resolveStaticFile(path.join(base, 'nope'), '/')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it('knows the renderer asset types and falls back to octet-stream', () => {
    expect(contentTypeOf('x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('a.exe')).toBe('application/octet-stream');
  });
});
