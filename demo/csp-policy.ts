/** The Content-Security-Policy demo/csp.html is served with: nothing looser than a host needs for the widget. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' ws:",
  "require-trusted-types-for 'script'",
].join('; ');
