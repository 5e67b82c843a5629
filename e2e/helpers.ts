// Helpers for the wizard's end-to-end specs: openssl checks of downloaded CSRs and keys, downloads,
// screenshots, axe scans and keyboard-only navigation.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Download, expect, type Locator, type Page } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

export const STEP_NAMES = [
  "Start",
  "Organization",
  "Domains and DNS",
  "Components",
  "Review",
  "Keys and CSRs",
  "Worksheet",
  "Install",
] as const;

export function tempDir(prefix = "san-planner-e2e-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openssl(args: string[], input?: string): string {
  return execFileSync("openssl", args, { encoding: "utf8", input, stdio: ["pipe", "pipe", "pipe"] });
}

export interface CsrCheck {
  text: string;
  sans: Set<string>;
  subject: string;
  verified: boolean;
  publicKey: string;
}

/** `openssl req -verify -text`: the self-signature, the SAN set ("DNS:a, DNS:b" → {a, b}) and the public key. */
export function readCsr(file: string): CsrCheck {
  const r = spawnSync("openssl", ["req", "-in", file, "-noout", "-verify", "-text"], { encoding: "utf8" });
  const out = r.stdout;
  // openssl 3 prints "Certificate request self-signature verify OK" on stderr
  const verified = r.status === 0 && /verify OK/.test(`${r.stderr}${r.stdout}`);
  const lines = out.split("\n");
  const i = lines.findIndex((l) => l.includes("X509v3 Subject Alternative Name:"));
  const sanLine = i >= 0 ? (lines[i + 1] ?? "").trim() : "";
  const sans = new Set(
    sanLine
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => s.replace(/^DNS:/, "").replace(/^IP Address:/, "")),
  );
  const subject = (/Subject: (.*)/.exec(out)?.[1] ?? "").trim();
  const publicKey = execFileSync("openssl", ["req", "-in", file, "-noout", "-pubkey"], { encoding: "utf8" });
  return { text: out, sans, subject, verified, publicKey };
}

/** The public key of a private key file (unencrypted, or with the passphrase). */
export function publicKeyOfKeyFile(file: string, passphrase?: string): string {
  const args = ["pkey", "-in", file, "-pubout"];
  if (passphrase !== undefined) args.push("-passin", `pass:${passphrase}`);
  return execFileSync("openssl", args, { encoding: "utf8" });
}

/** Check a CSR + key pair with openssl: verified self-signature, exactly `sans`, matching public key. */
export function expectCsrAndKey(
  csrFile: string,
  keyFile: string,
  sans: readonly string[],
  passphrase?: string,
): CsrCheck {
  const csr = readCsr(csrFile);
  expect(csr.verified, `openssl req -verify ${csrFile}`).toBe(true);
  expect([...csr.sans].sort()).toEqual([...sans].sort());
  expect(publicKeyOfKeyFile(keyFile, passphrase)).toBe(csr.publicKey);
  return csr;
}

/** Click (or press) something that downloads; save the file into `dir` under its suggested name. */
export async function download(
  page: Page,
  trigger: () => Promise<void>,
  dir: string,
): Promise<{ file: string; name: string; download: Download }> {
  const [d] = await Promise.all([page.waitForEvent("download"), trigger()]);
  const name = d.suggestedFilename();
  const file = join(dir, name);
  await d.saveAs(file);
  return { file, name, download: d };
}

/** The page asks once before an unencrypted private key leaves it: confirm that dialog (the first time). */
export async function confirmUnencryptedKeys(page: Page): Promise<void> {
  const dialog = page.getByRole("dialog", { name: /without a passphrase\?$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("not encrypted");
  await dialog.getByRole("button", { name: /^Download unencrypted/ }).click();
  await expect(dialog).toBeHidden();
}

/** Click a button that downloads an unencrypted key (or the zip) the first time in this page: confirm the
 *  dialog, then wait for the download. */
export async function downloadUnencrypted(
  page: Page,
  button: Locator,
  dir: string,
): Promise<{ file: string; name: string; download: Download }> {
  return download(
    page,
    async () => {
      await button.click();
      await confirmUnencryptedKeys(page);
    },
    dir,
  );
}

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}

/**
 * A screenshot of a step for a person to look at: test-results/screenshots/<name>.png, taken only when
 * E2E_SCREENSHOTS=1. No test asserts on it, and on a loaded 2-core machine a full-page screenshot can take
 * minutes, so the test run does not pay for it (Playwright still keeps one of every failing test).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** axe-core: no serious or critical violation. Every rule runs on the whole page as before; two things it did
 *  not need are left out. Legacy mode runs axe.run in the page itself: the default (runPartial) opens a second
 *  page, loads axe into it again and passes it every result as JSON, which is there for cross-origin iframes, and
 *  the app has no iframe. resultTypes ["violations"]: the passes and inapplicable rules, which nothing reads, are
 *  reported with one node each instead of every node of a page of thousands of elements. On the Review step
 *  these two were about a third of each scan. */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  expect(page.frames(), "axe in legacy mode: the page has no frame").toHaveLength(1);
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("\n  ")}`,
  );
  expect(report, `axe on ${context}`).toEqual([]);
}

export function stepLink(page: Page, name: (typeof STEP_NAMES)[number]): Locator {
  return page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name, exact: true });
}

export async function gotoStep(page: Page, name: (typeof STEP_NAMES)[number]): Promise<void> {
  await stepLink(page, name).click();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
}

/** A fresh page: the app with nothing stored. A test's own browser context starts with empty storage, so the
 *  first load is already fresh; the page is cleared and loaded again only when something is stored (a second
 *  call in a test), which spares most tests a second full load of the app. */
export async function freshStart(page: Page): Promise<void> {
  await page.goto("/#start");
  const stored = await page.evaluate(() => {
    const n = localStorage.length;
    localStorage.clear();
    return n;
  });
  if (stored > 0) await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Start" })).toBeVisible();
}

/** Start from a preset (confirming the discard dialog if one appears) and land on Organization. */
export async function startPreset(page: Page, label: string): Promise<void> {
  await stepLink(page, "Start").click();
  await page.getByRole("button", { name: label, exact: true }).click();
  const discard = page.getByRole("button", { name: "Discard and continue" });
  if (await discard.isVisible().catch(() => false)) await discard.click();
  await expect(page.getByRole("heading", { level: 2, name: "Organization" })).toBeVisible();
}

/** The Keys step card of a certificate (a region named "<title> (<id>)"). */
export function keyCard(page: Page, id: string): Locator {
  return page.getByRole("region", {
    name: new RegExp(`\\(${id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\)$`),
  });
}

/** Keyboard only: press Tab until the focused element has this accessible name (and role, when given). */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  opts: { role?: string; max?: number; shift?: boolean } = {},
): Promise<void> {
  const max = opts.max ?? 250;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.shift ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { name: "", role: "" };
      // the text a screen reader would name it by: aria-label, its <label>, or its own text without aria-hidden parts
      const visibleText = (node: Element): string => {
        const clone = node.cloneNode(true) as Element;
        for (const hidden of clone.querySelectorAll('[aria-hidden="true"], .required')) hidden.remove();
        return clone.textContent ?? "";
      };
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      const name = el.getAttribute("aria-label") ?? (label ? visibleText(label) : visibleText(el));
      const role =
        el.tagName === "A" ? "link" : el.tagName === "BUTTON" ? "button" : el.tagName.toLowerCase();
      return { name: name.trim(), role };
    });
    const match = typeof name === "string" ? focused.name === name : name.test(focused.name);
    if (match && (!opts.role || opts.role === focused.role)) return;
  }
  throw new Error(`Tab did not reach ${String(name)} in ${max} presses`);
}

/** The focused element shows a visible focus indicator (an outline). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

/** Event-loop responsiveness probe: the longest gap between 16 ms timers while it runs. */
export async function startLagProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lag: { max: number; running: boolean } };
    w.__lag = { max: 0, running: true };
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__lag.max = Math.max(w.__lag.max, now - last);
      last = now;
      if (w.__lag.running) setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  });
}

export async function stopLagProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as { __lag: { max: number; running: boolean } };
    w.__lag.running = false;
    return w.__lag.max;
  });
}

/** The plan files the specs write by hand validate against the repository's JSON Schema (docs/plan.schema.json),
 *  as every preset and unit-test plan does in src/domain/plan-schema.test.ts: the schema describes the test
 *  plans too, and a spec cannot drift from the format. Returns the text, to be written. */
export function schemaValidPlan(text: string): string {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync("docs/plan.schema.json", "utf8")));
  const ok = validate(JSON.parse(text));
  expect(
    ok,
    (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath} ${e.message}`)
      .join("\n"),
  ).toBe(true);
  return text;
}
