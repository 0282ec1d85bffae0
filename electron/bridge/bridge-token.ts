import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per launch: whoever holds it may call the API, so it only travels in the URL fragment. */
export function createBridgeToken(): string {
  return randomBytes(32).toString('base64url');
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,256})$/;

/**
 * Constant-time check of an Authorization header. Both sides are hashed first so that
 * timingSafeEqual compares equal lengths and the token's length does not leak either.
 */
export function isAuthorized(authorization: string | undefined, token: string): boolean {
  const match = BEARER.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = createHash('sha256').update(match[1]).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}
