import type { WebContents } from 'electron';
import { isAppUrl } from './navigation-policy';

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'): a page may
 * only navigate within the app's origin, may not open windows and may not embed webviews.
 * External links are refused rather than opened: the tool works offline and the documents it
 * shows come from untrusted files, so a link is no reason to launch a browser.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
