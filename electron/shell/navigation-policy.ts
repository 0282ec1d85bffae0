import { APP_HOST, APP_SCHEME } from './app-origin';

/** True only for URLs of the app's own origin; everything else (web, file, javascript:, data:) is foreign. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** What URL.createObjectURL gives in the app's window: blob:app://fieldscore/<uuid>. */
const APP_BLOB_URL = new RegExp(`^blob:${APP_SCHEME}://${APP_HOST}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`);

/**
 * True only for a blob: URL the app's own page made (exactly its origin and a UUID, nothing
 * else): the hub's evidence viewer shows a PDF from such a URL in a frame. Anything another page
 * could have made, or a blob of another origin, is foreign.
 */
export function isAppBlobUrl(url: string): boolean {
  return APP_BLOB_URL.test(url);
}
