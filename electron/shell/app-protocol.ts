import { promises as fs } from 'node:fs';
import { protocol, type Session } from 'electron';
import { securityHeaders } from '../bridge/security-headers';
import { contentTypeOf, resolveStaticFile } from '../bridge/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Must run before the app is ready. standard: relative URLs and a real origin; secure: a secure
 * context like https. Deliberately not bypassCSP, corsEnabled (would let other origins read
 * our files) nor allowServiceWorkers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/**
 * One app:// request → a file from the built renderer, with the same CSP and headers as the
 * HTTP bridge. Setting the CSP here, on the only responses the window ever loads, means no
 * onHeadersReceived hook is needed (navigation elsewhere is refused by the web-contents guard).
 */
export async function appProtocolResponse(method: string, requestUrl: string, rendererDir: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return textResponse(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
  const file = await resolveStaticFile(rendererDir, url.pathname);
  if (!file) return textResponse(404, 'Not found');
  const body = await fs.readFile(file);
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: securityHeaders(contentTypeOf(file), file),
  });
}

export function serveAppProtocol(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.method, request.url, rendererDir));
}
