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
