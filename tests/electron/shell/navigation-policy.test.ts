import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/shell/navigation-policy';

describe('isAppUrl', () => {
  it.each(['app://fieldscore/index.html', 'app://fieldscore/', 'app://fieldscore/index.html#/assessments/1'])(
    'allows the app URL %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:4873/',
    'http://fieldscore/index.html',
    'file:///etc/passwd',
    'file:///app/dist/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://fieldscore/1234',
    'app://evil/index.html',
    'app://fieldscore.evil.example/index.html',
    'app://user:pass@fieldscore/index.html',
    'app://fieldscore:8080/index.html',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('denies %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
