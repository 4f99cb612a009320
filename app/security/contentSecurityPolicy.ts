/**
 * The Content Security Policy of every page of the app, served by Electron's `app://` protocol
 * and by the web build's server alike. Nothing remote: every source is the app's own origin, and
 * the page may connect nowhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Lexical set element styles; imported markup never reaches the page unsanitized.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
