/**
 * DNS rebinding defence: a page on evil.example whose name is re-pointed at 127.0.0.1 reaches
 * our port with its own name in Host, so only the loopback names we serve under are accepted.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * Browsers send Origin on cross-origin requests and on every POST; any value but our own
 * origin (including "null" from sandboxed frames and file://) means another page is calling.
 * No Origin at all is a non-browser client, which still needs the token.
 */
export function isOwnOrigin(origin: string | undefined, host: string): boolean {
  return origin === undefined || origin === `http://${host}`;
}
