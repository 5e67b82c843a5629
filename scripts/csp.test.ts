// The headers a host must send are written from scripts/csp.mjs into dist/_headers and the README's nginx
// and Caddy snippets: these checks fail when one of them drifts from the page's policy.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CSP,
  caddySnippet,
  HEADER_CSP,
  headersFile,
  headersFor,
  nginxSnippet,
  parseHeadersFile,
  SINGLE_FILE_HEADER_CSP,
} from "./csp.mjs";

describe("the headers a host must send", () => {
  it("are the page's policy plus frame-ancestors, nosniff and no-referrer", () => {
    expect(HEADER_CSP).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(headersFor("/")).toEqual({
      "Content-Security-Policy": HEADER_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    // the single file's own <meta> policy allows its inline scripts by hash: a header policy of
    // script-src 'self' would block them, so it gets frame-ancestors alone
    expect(headersFor("/san-planner.html")["Content-Security-Policy"]).toBe("frame-ancestors 'none'");
  });

  it("_headers gives each page one policy (rules that match one path add up), and every path the common headers", () => {
    const rules = parseHeadersFile(headersFile());
    expect([...rules.keys()]).toEqual(["/*", "/", "/index.html", "/san-planner.html"]);
    expect(rules.get("/*")).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    });
    expect(rules.get("/")).toEqual({ "Content-Security-Policy": HEADER_CSP });
    expect(rules.get("/index.html")).toEqual({ "Content-Security-Policy": HEADER_CSP });
    expect(rules.get("/san-planner.html")).toEqual({ "Content-Security-Policy": SINGLE_FILE_HEADER_CSP });
  });

  it("the README's nginx and Caddy snippets are the ones scripts/csp.mjs prints (run `node scripts/csp.mjs` after a CSP change)", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain(`\`\`\`nginx\n${nginxSnippet()}\`\`\``);
    expect(readme).toContain(`\`\`\`caddy\n${caddySnippet()}\`\`\``);
    expect(nginxSnippet()).toContain(`add_header Content-Security-Policy "${HEADER_CSP}" always;`);
    expect(nginxSnippet()).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(caddySnippet()).toContain(`header @app Content-Security-Policy "${HEADER_CSP}"`);
  });
});
