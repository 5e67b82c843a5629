// Hosting dist/ elsewhere: dist/_headers (Netlify, Cloudflare Pages) carries exactly the policy the built
// pages carry plus frame-ancestors, nosniff and no-referrer; `npm start` sends the same headers, per page.
import { expect, test } from "@playwright/test";
import { parseHeadersFile } from "../scripts/csp.mjs";
import { readDist } from "./guard-helpers";

function metaCsp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!m?.[1]) throw new Error("no CSP <meta> in the page");
  // the attribute as a browser reads it (vite writes ' as &#39;)
  return m[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

test("dist/_headers carries the policy of the built page, and the preview server sends the same headers", async ({
  page,
  request,
}) => {
  const rules = parseHeadersFile(readDist("_headers"));
  const common = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
  expect(rules.get("/*")).toEqual(common);
  const policy = `${metaCsp(readDist("index.html"))}; frame-ancestors 'none'`;
  expect(rules.get("/")).toEqual({ "Content-Security-Policy": policy });
  expect(rules.get("/index.html")).toEqual({ "Content-Security-Policy": policy });
  // the single file's own <meta> allows its inline scripts by hash; the header adds frame-ancestors only
  expect(metaCsp(readDist("san-planner.html"))).toMatch(/script-src 'sha256-/);
  expect(rules.get("/san-planner.html")).toEqual({ "Content-Security-Policy": "frame-ancestors 'none'" });

  for (const path of ["/", "/index.html", "/san-planner.html"]) {
    const headers = (await request.get(path)).headers();
    const expected = { ...common, ...rules.get(path) };
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name.toLowerCase()], `${name} of ${path}`).toBe(value);
    }
  }

  // served by `npm start`, the single file still starts (a header policy of script-src 'self' would block it)
  await page.goto("/san-planner.html");
  await expect(page.getByRole("heading", { level: 2, name: "Start" })).toBeVisible({ timeout: 15_000 });
});
