/** sessionStorage (not localStorage): the token lives as long as the tab, so reloads work and nothing outlives the session. */
const STORAGE_KEY = 'fieldscore.token';
const TOKEN_PATTERN = /^[A-Za-z0-9._~+/=-]{1,512}$/;

/** The bridge prints `…/#token=<token>`; anything else in the hash is not a token. */
export function tokenFromHash(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith('token=')) return null;
  const token = new URLSearchParams(fragment).get('token');
  return token !== null && TOKEN_PATTERN.test(token) ? token : null;
}

/**
 * Takes the token from the address once, keeps it for reloads and removes it from the visible
 * URL (so it is not copied, bookmarked or shown over a shoulder).
 */
export function takeSessionToken(): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash !== null) {
    window.sessionStorage.setItem(STORAGE_KEY, fromHash);
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  const stored = window.sessionStorage.getItem(STORAGE_KEY);
  return stored !== null && TOKEN_PATTERN.test(stored) ? stored : null;
}
