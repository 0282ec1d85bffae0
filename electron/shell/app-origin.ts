/**
 * The renderer is served from app://fieldscore/ (see app-protocol.ts) rather than file://:
 * every file:// page shares one opaque origin, so "is this our page?" could not be told apart
 * from "is this any local file?", and CSP 'self' would mean nothing. A standard, secure custom
 * scheme gives the app its own origin, served only from dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldscore';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
