// The production Content-Security-Policy (zero network after load). Shared by vite.config.ts (hosted build)
// and scripts/build-single.mjs (single-file build, where 'self' scripts/styles become hashes).
// `connect-src 'none'` makes fetch, XHR, WebSocket and EventSource impossible.
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join("; ");
