import { describe, expect, it } from 'vitest';
import { isOwnHost, isOwnOrigin } from '../../../electron/bridge/request-origin';

describe('isOwnHost', () => {
  it('accepts only the loopback names with our port', () => {
    expect(isOwnHost('127.0.0.1:4873', 4873)).toBe(true);
    expect(isOwnHost('localhost:4873', 4873)).toBe(true);
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:4874', 'evil.example:4873', 'LOCALHOST:4873x', '[::1]:4873', '127.0.0.1:4873.evil.example']) {
      expect(isOwnHost(host, 4873)).toBe(false);
    }
  });
});

describe('isOwnOrigin', () => {
  it('accepts no Origin or our own, nothing else', () => {
    expect(isOwnOrigin(undefined, '127.0.0.1:1')).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:1', '127.0.0.1:1')).toBe(true);
    expect(isOwnOrigin('http://localhost:1', 'localhost:1')).toBe(true);
    for (const origin of ['null', '', 'http://evil.example', 'http://localhost:1', 'https://127.0.0.1:1', 'file://']) {
      expect(isOwnOrigin(origin, '127.0.0.1:1')).toBe(false);
    }
  });
});
