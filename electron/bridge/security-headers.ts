/**
 * The renderer's Content-Security-Policy, identical behind the HTTP bridge and the desktop
 * shell's app:// protocol: nothing remote, no inline or eval'd script, no plugins, no framing.
 *
 * `blob:` is allowed for images and frames only, for the hub's evidence viewer: an image or a PDF
 * from a package is shown from a blob: URL the page makes of the stored bytes, typed with the
 * detected media type (a PDF in Chromium's built-in viewer, in a frame). Such a URL can only be
 * made by the page itself; no other directive allows it, so a blob can never be run as a script,
 * a style or a plugin. frame-src keeps 'self', which default-src gave frames before.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "frame-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The report page (renderer/report.html) is shown inside the app's own page, in the report
 * screen's preview iframe, so the app's origin — and only it — may frame it.
 */
const REPORT_PAGE = /(^|[\\/])report\.html$/;
export const REPORT_PAGE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

/** Headers for every response carrying the renderer's files; HTML also gets the CSP. `file`: the file served, when one is. */
export function securityHeaders(contentType: string, file?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Other local pages must not embed or read our scripts and data.
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // A rebuilt app must never run against a stale cached bundle.
    'Cache-Control': 'no-cache',
  };
  if (contentType.startsWith('text/html')) {
    headers['Content-Security-Policy'] = file !== undefined && REPORT_PAGE.test(file) ? REPORT_PAGE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  }
  return headers;
}
