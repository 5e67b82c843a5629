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
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join("; ");

// ---------------------------------------------------------------- headers for a host serving dist/
// `frame-ancestors` (no framing: clickjacking) works only as a response header, never in <meta>; `npm start`
// sends these, and a host serving dist/ elsewhere must too. dist/_headers (Netlify, Cloudflare Pages) is
// written from here at build time and the README's nginx and Caddy snippets are printed from here
// (`node scripts/csp.mjs`), so that none of them can drift from the page's own policy.

/** The policy the app's page is served with: its <meta> policy plus frame-ancestors. */
export const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;

/** dist/san-planner.html carries its own hash-based policy in <meta>; a second, header policy of
 *  `script-src 'self'` would block its inline scripts, so it is served with frame-ancestors alone. */
export const SINGLE_FILE_HEADER_CSP = "frame-ancestors 'none'";
export const SINGLE_FILE_PATH = "/san-planner.html";

/** Sent with every response. */
export const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** The headers of one path, as a host must send them. */
export function headersFor(path) {
  return {
    "Content-Security-Policy": path === SINGLE_FILE_PATH ? SINGLE_FILE_HEADER_CSP : HEADER_CSP,
    ...COMMON_HEADERS,
  };
}

/** dist/_headers (Netlify and Cloudflare Pages format). A path matching several rules gets the headers of
 *  all of them, so the policy is set per page and never twice for one path. */
export function headersFile() {
  const rule = (path, headers) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}\n`)
      .join("")}`;
  return [
    "# Generated at build time from scripts/csp.mjs: do not edit.\n",
    rule("/*", COMMON_HEADERS),
    rule("/", { "Content-Security-Policy": HEADER_CSP }),
    rule("/index.html", { "Content-Security-Policy": HEADER_CSP }),
    rule(SINGLE_FILE_PATH, { "Content-Security-Policy": SINGLE_FILE_HEADER_CSP }),
  ].join("");
}

/** Reads a _headers file back: path → { header: value } (for the tests). */
export function parseHeadersFile(text) {
  const rules = new Map();
  let current = null;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(":");
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The nginx server-block lines (add_header is not inherited into a location that has its own, so each
 *  location repeats the common headers). */
export function nginxSnippet() {
  const block = (location, path) =>
    `location ${location} {\n${Object.entries(headersFor(path))
      .map(([k, v]) => `    add_header ${k} "${v}" always;\n`)
      .join("")}}\n`;
  return `${block("/", "/")}${block(`= ${SINGLE_FILE_PATH}`, SINGLE_FILE_PATH)}`;
}

/** The Caddyfile site-block lines. */
export function caddySnippet() {
  return `header {\n${Object.entries(COMMON_HEADERS)
    .map(([k, v]) => `    ${k} "${v}"\n`)
    .join(
      "",
    )}}\n@app not path ${SINGLE_FILE_PATH}\nheader @app Content-Security-Policy "${HEADER_CSP}"\nheader ${SINGLE_FILE_PATH} Content-Security-Policy "${SINGLE_FILE_HEADER_CSP}"\n`;
}

// `node scripts/csp.mjs` prints the snippets the README shows
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(
    `# nginx\n${nginxSnippet()}\n# Caddy\n${caddySnippet()}\n# dist/_headers\n${headersFile()}`,
  );
}
