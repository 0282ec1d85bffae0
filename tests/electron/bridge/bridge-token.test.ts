import { describe, expect, it } from 'vitest';
import { createBridgeToken, isAuthorized } from '../../../electron/bridge/bridge-token';

describe('bridge token', () => {
  it('is 32 random bytes in base64url', () => {
    const token = createBridgeToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createBridgeToken()).not.toBe(token);
  });

  it('accepts exactly "Bearer <token>"', () => {
    const token = createBridgeToken();
    expect(isAuthorized(`Bearer ${token}`, token)).toBe(true);
    for (const header of [undefined, '', token, `bearer ${token}`, `Bearer  ${token}`, `Bearer ${token} `, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, 'Bearer ']) {
      expect(isAuthorized(header, token)).toBe(false);
    }
  });
});
