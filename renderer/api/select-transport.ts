import type { FieldscoreTransport } from '../../shared/api/contract';
import { httpTransport } from './http-transport';
import { takeSessionToken } from './session-token';

/**
 * The Electron preload's `window.fieldscore` when present, else the local HTTP bridge of the page's
 * own origin. Null when neither is available (a browser page opened without its token).
 */
export function selectTransport(): FieldscoreTransport | null {
  // Read without a global Window augmentation: the preload owns that declaration.
  const preload = (window as unknown as { fieldscore?: FieldscoreTransport }).fieldscore;
  if (preload) return preload;
  const token = takeSessionToken();
  if (token === null) return null;
  return httpTransport(`${window.location.origin}/`, token);
}
