// Air-gapped use: dist/san-planner.html (written by `npm run build`) opened from disk over file:// in Chromium,
// with no server at all. A journey (preset → Keys and CSRs → generate one certificate → download its CSR) works,
// openssl verifies the CSR, the page makes no network request, and its hash-based CSP holds.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { cspProblems, expectPageAlive, recordNetwork } from "./guard-helpers";
import {
  download,
  downloadUnencrypted,
  gotoStep,
  keyCard,
  readCsr,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

const SINGLE = resolve("dist/san-planner.html");

test("the self-contained san-planner.html works from disk: generate a CSR that openssl verifies, with no network", async ({
  page,
}) => {
  expect(existsSync(SINGLE), "run `npm run build` first: it writes dist/san-planner.html").toBe(true);
  const html = readFileSync(SINGLE, "utf8");
  // self-contained: no external script, stylesheet or module preload
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
  expect(html).not.toMatch(/<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload)/i);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(cspProblems(csp, /^'sha256-[A-Za-z0-9+/]+=*'$/), csp).toEqual([]);
  // the app travels gzip-compressed in two data blocks that never run by themselves (the first screen's code,
  // and the rest, unpacked on the first step change); a hashed loader inflates them and runs each chunk…
  const unpack = (id: string) => {
    const packed = new RegExp(
      `<script type="application/gzip;base64" id="${id}">([A-Za-z0-9+/=]+)</script>`,
    ).exec(html)?.[1];
    expect(packed, `the packed block ${id}`).toBeTruthy();
    return JSON.parse(gunzipSync(Buffer.from(packed ?? "", "base64")).toString("utf8"));
  };
  const first: { entry: string; chunks: Record<string, string> } = unpack("san-planner-app");
  const later: Record<string, string> = unpack("san-planner-app-later");
  expect(first.chunks[first.entry], "the entry chunk is in the first block").toBeTruthy();
  const chunks = { ...first.chunks, ...later };
  expect(Object.keys(chunks).length).toBeGreaterThan(10);
  // …and each runs only because its own hash is in the CSP
  for (const [name, text] of Object.entries(chunks))
    expect(csp, name).toContain(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);

  const dir = tempDir();
  const log = recordNetwork(page);
  const url = pathToFileURL(SINGLE).href;
  await page.goto(`${url}#start`);
  await expectPageAlive(page);
  expect(await page.evaluate(() => window.isSecureContext && typeof crypto.subtle === "object")).toBe(true);

  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Review");
  await expect(page.getByText("Nothing blocks CSR generation.")).toBeVisible();
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "px");
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText("self-signature verifies")).toBeVisible();
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  expect(csr.name).toBe(`px-${new Date().toISOString().slice(0, 10)}.csr`);
  const checked = readCsr(csr.file);
  expect(checked.verified, "openssl req -verify -noout -text").toBe(true);
  expect(checked.subject).toContain("CN = px.vc.example.com");
  expect(checked.sans.has("px.vc.example.com")).toBe(true);
  // the key downloads too, so that leaving the page asks nothing
  await downloadUnencrypted(page, card.getByRole("button", { name: "Download key" }), dir);

  // the inlined script and style run under the hash CSP, and that CSP still forbids the network
  const fetched = await page.evaluate(() =>
    fetch("https://example.com/").then(
      () => "succeeded",
      (e: unknown) => `blocked: ${String(e)}`,
    ),
  );
  expect(fetched).toMatch(/^blocked/);
  const inline = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__pwned = 1";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __pwned?: number }).__pwned;
  });
  expect(inline).toBeUndefined();

  // the plan is kept in this browser even from file://, and comes back on reopening
  const planName = (await page.locator(".plan-name").textContent()) ?? "";
  expect(planName).not.toBe("Untitled plan");
  await page.reload();
  await expect(page.locator(".plan-name")).toHaveText(planName);

  const requests = log.requests.filter((r) => !/^(blob|data):/.test(r.url));
  expect(
    requests.filter((r) => !r.url.startsWith(url)),
    "nothing but the HTML file itself",
  ).toEqual([]);
  // only the two blocked attempts above are CSP violations: the app itself causes none
  expect(log.cspViolations.filter((v) => !/example\.com|inline script/i.test(v))).toEqual([]);
  expect(log.errors.filter((e) => !/example\.com/.test(e))).toEqual([]);
});

test("a damaged san-planner.html says so in words instead of showing a blank page", async ({ page }) => {
  const html = readFileSync(SINGLE, "utf8");
  const block =
    /(<script type="application\/gzip;base64" id="san-planner-app">)([A-Za-z0-9+/=]+)(<\/script>)/.exec(html);
  expect(block, "the first screen's data block").toBeTruthy();
  const packed = block?.[2] ?? "";
  // a run of the packed code overwritten, as a bad copy or a truncated download would leave it
  const middle = Math.floor(packed.length / 2);
  const damaged = `${packed.slice(0, middle)}${"A".repeat(4_000)}${packed.slice(middle + 4_000)}`;
  const file = writeFile(
    tempDir(),
    "san-planner.html",
    html.replace(packed, () => damaged),
  );
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByRole("alert")).toHaveText(
    /^SAN Planner cannot start: this file is damaged \(.+\)\. Download it again, or copy it again from where it came from\.$/,
  );
  await expect(page.locator("button.preset")).toHaveCount(0);
});

// Older browsers: the loader needs neither DecompressionStream nor Uint8Array.fromBase64 (it inflates the code
// itself, and falls back to atob); a step loaded later (Review) comes from the second block, unpacked the same way.
const without: [string, () => void][] = [
  [
    "DecompressionStream (Firefox < 113, Safari < 16.4): its loader inflates the code itself",
    () => {
      delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
    },
  ],
  [
    "Uint8Array.fromBase64 (Chrome < 140, Firefox < 133), through atob",
    () => {
      delete (Uint8Array as { fromBase64?: unknown }).fromBase64;
    },
  ],
];
for (const [what, remove] of without)
  test(`san-planner.html starts in a browser without ${what}`, async ({ page }) => {
    await page.addInitScript(remove);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(SINGLE).href}#start`);
    await startPreset(page, "Pexip public DMZ");
    await gotoStep(page, "Review");
    await expect(page.getByText("Nothing blocks CSR generation.")).toBeVisible();
    expect(errors).toEqual([]);
  });
