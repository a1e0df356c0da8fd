// The one content security policy of the UI, sent as a header with every app:// response (so workers such as pdf.js's
// get it too) and repeated in renderer/index.html's <meta> (a test keeps the two equal). Scripts only from the app's
// own files; styles also inline, because Fluent UI injects its styles at run time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
