import type { WebContents } from 'electron';
import { isAppBlobUrl, isAppUrl } from './navigation-policy';

/**
 * Applied to every web contents the app ever creates (app 'web-contents-created'): a page may
 * only navigate within the app's origin, may not open windows and may not embed webviews.
 * External links are refused rather than opened: the tool works offline and the documents it
 * shows come from untrusted files, so a link is no reason to launch a browser. The one exception
 * is a sub-frame showing a blob: URL of the app's own origin (the hub's evidence viewer).
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    // A frame may also show a blob the app's page made of an evidence file's stored bytes (a PDF
    // in Chromium's viewer, typed by the page from the detected type); the window itself never.
    if (isAppUrl(event.url) || (event.isMainFrame === false && isAppBlobUrl(event.url))) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
