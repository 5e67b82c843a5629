// Responsiveness at scale, as a user would notice it: a frozen tab shows up as seconds-long event-loop gaps.
// The bounds here are deliberately loose (they catch a freeze, not a slowdown) so that a loaded CI machine
// does not make them flaky; the budgets themselves (Review ≤ 500 ms, ≤ 50 ms a keystroke, 1,000 keys ≤ 10 s)
// are measured by `npm run bench` (scripts/bench/ui.mjs), as the project's standards ask.
// Speed where admins feel it: a 1,000-node plan (Review renders fast, typing stays responsive, 1,000 ECDSA keys
// and CSRs are generated and zipped without freezing the tab), and the page stays responsive while an RSA-4096
// key is made. The lead's bench measures the budgets precisely; these checks keep them from regressing.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  downloadUnencrypted,
  freshStart,
  gotoStep,
  keyCard,
  schemaValidPlan,
  startLagProbe,
  startPreset,
  stopLagProbe,
  tempDir,
  writeFile,
} from "./helpers";
import { mainThreadBlock } from "./main-thread";

/** A main-thread task this long (CPU ms) is a frozen tab. */
const FREEZE_MS = 1000;

function bigCucmPlan(nodes: number): string {
  const subscribers = Array.from(
    { length: nodes - 1 },
    (_, i) => `cucm-sub${String(i + 1).padStart(4, "0")}.example.com`,
  );
  return JSON.stringify({
    format: "san-planner/plan",
    version: 1,
    name: `CUCM ${nodes} nodes`,
    subject: { O: "Example Corp", C: "NO" },
    sipDomains: [],
    defaults: { caType: "internal", key: { algorithm: "ECDSA", curve: "P-256" } },
    components: [
      {
        type: "cisco-uc",
        id: "cucm",
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: "cucm-pub.example.com",
        subscribers,
      },
    ],
  });
}

// 1,000 certificates whose keys the browser may make (a CUCM node makes its own: domain/key-birth.ts): 1,000
// custom web server certificates, ECDSA P-256.
function bigCustomPlan(count: number): string {
  const components = Array.from({ length: count }, (_, i) => {
    const n = String(i).padStart(4, "0");
    return {
      type: "custom",
      id: `web${n}`,
      commonName: `web${n}.example.com`,
      sans: [`web${n}.example.com`],
    };
  });
  return JSON.stringify({
    format: "san-planner/plan",
    version: 1,
    name: `Web ${count} servers`,
    subject: { O: "Example Corp", C: "NO" },
    sipDomains: [],
    defaults: { caType: "internal", key: { algorithm: "ECDSA", curve: "P-256" } },
    components,
  });
}

/** Navigate to a step by its hash and measure, in the page, until `selector` is rendered and painted. */
async function timeStep(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ hash, selector }) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const check = () => {
          if (document.querySelector(selector)) {
            obs.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { childList: true, subtree: true });
        location.hash = hash;
      }),
    { hash, selector },
  );
}

test("a 1,000-node plan: Review renders fast, typing stays responsive, 1,000 ECDSA keys are generated and zipped", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const dir = tempDir();
  await freshStart(page);
  const file = writeFile(dir, "cucm-1000.json", schemaValidPlan(bigCucmPlan(1000)));
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.getByText("Showing 50 of 1000 certificates.")).toBeVisible();

  // Review, measured from navigation to the painted page (the code is already loaded, as after a first visit)
  await gotoStep(page, "Start");
  const reviewMs = await timeStep(page, "review", ".more");
  console.log(`Review of 1,000 certificates rendered in ${reviewMs.toFixed(0)} ms`);
  expect(reviewMs).toBeLessThan(3000);

  // typing in a field of the 1,000-node component: time from keydown to the next painted frame, per keystroke
  await gotoStep(page, "Components");
  const name = page.getByLabel("Display name");
  await name.click();
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    document.addEventListener(
      "keydown",
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await page.keyboard.type("Cluster A", { delay: 120 });
  await page.waitForTimeout(300);
  const keys = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
  const median = [...keys].sort((a, b) => a - b)[Math.floor(keys.length / 2)] ?? 0;
  console.log(
    `keystroke to paint, median of ${keys.length}: ${median.toFixed(1)} ms (max ${Math.max(...keys).toFixed(1)} ms)`,
  );
  expect(median).toBeLessThan(250);
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  // 1,000 ECDSA P-256 keys and CSRs in small batches: the page keeps responding, the progress moves. A CUCM node
  // creates its own key, so the keys are made for a plan of 1,000 web server certificates
  await gotoStep(page, "Start");
  const [chooser2] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser2.setFiles(writeFile(dir, "web-1000.json", schemaValidPlan(bigCustomPlan(1000))));
  await page
    .getByRole("dialog", { name: "Discard the current plan?" })
    .getByRole("button", { name: "Discard and continue" })
    .click();
  await expect(page.locator(".plan-name")).toHaveText("Web 1000 servers");
  await gotoStep(page, "Keys and CSRs");
  await startLagProbe(page);
  const started = Date.now();
  // the batch now takes about a second: whether its progress bar showed is recorded in the page, not raced
  await page.evaluate(() => {
    const w = window as unknown as { __sawProgress: boolean };
    w.__sawProgress = false;
    const obs = new MutationObserver(() => {
      if (document.querySelector("progress, [role=progressbar]")) {
        w.__sawProgress = true;
        obs.disconnect();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true });
  });
  let lag = 0;
  const batch = await mainThreadBlock(browser, page, async () => {
    await page.getByRole("button", { name: "Generate all", exact: true }).click();
    // waited for with a plain DOM query every 500 ms: a text locator polled meanwhile walks the 1,000 cards on the
    // page's main thread, and its own long tasks were counted as the app's event-loop gaps
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("p.status[role=status]")].some((p) =>
          /^1000 keys and CSRs generated/.test(p.textContent ?? ""),
        ),
      null,
      { timeout: 120_000, polling: 500 },
    );
    lag = await stopLagProbe(page);
  });
  expect(await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress)).toBe(
    true,
  );
  console.log(
    `1,000 ECDSA keys and CSRs in ${((Date.now() - started) / 1000).toFixed(1)} s, longest main-thread task ${batch.longestCpuMs.toFixed(0)} ms CPU (${batch.longestWallMs.toFixed(0)} ms wall), longest event-loop gap ${lag.toFixed(0)} ms`,
  );
  // the freeze is gated in CPU time of the page's main thread (e2e/main-thread.ts): the event-loop gap, in wall
  // time, measured the machine's load too — the same ≈335 ms task made a 0.9 s gap at load 4.5 and 3.5–4.7 s gaps
  // at load 12–15, where this test failed on an unchanged tree
  expect(batch.longestCpuMs, "longest main-thread task while the keys are made (CPU ms)").toBeLessThan(
    FREEZE_MS,
  );

  let zipLag = 0;
  let zipFile = "";
  const zipBlock = await mainThreadBlock(browser, page, async () => {
    await startLagProbe(page);
    zipFile = (
      await downloadUnencrypted(page, page.getByRole("button", { name: "Download all (.zip)" }), dir)
    ).file;
    zipLag = await stopLagProbe(page);
  });
  console.log(
    `zip of 2,003 files, longest main-thread task ${zipBlock.longestCpuMs.toFixed(0)} ms CPU, longest event-loop gap ${zipLag.toFixed(0)} ms`,
  );
  const zip = { file: zipFile };
  const files = unzipSync(new Uint8Array(readFileSync(zip.file)));
  expect(Object.keys(files)).toHaveLength(2003); // 1,000 CSRs and keys, the plan, the worksheet and the renewal calendar
  expect(new TextDecoder().decode(files[`web0999-${new Date().toISOString().slice(0, 10)}.csr`])).toContain(
    "BEGIN CERTIFICATE REQUEST",
  );
  expect(zipBlock.longestCpuMs, "longest main-thread task while the zip is made (CPU ms)").toBeLessThan(
    FREEZE_MS,
  );

  // a cold Review: a new page (the plan comes back from storage), nothing planned or loaded yet
  // (every key went into the zip, so leaving the page asks nothing)
  await page.goto("/?cold#start");
  await expect(page.locator(".plan-name")).toHaveText("Web 1000 servers");
  const coldMs = await timeStep(page, "review", ".more");
  console.log(
    `Review of 1,000 certificates, cold (code loading and planning included): ${coldMs.toFixed(0)} ms`,
  );
  expect(coldMs).toBeLessThan(4000);
});

test("the Start step is interactive soon after navigation", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __startReady?: number };
    const obs = new MutationObserver(() => {
      if (w.__startReady === undefined && document.querySelector("button.preset")) {
        w.__startReady = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document, { childList: true, subtree: true });
  });
  await page.goto("/?fresh#start");
  await expect(page.getByRole("button", { name: "SfB Edge", exact: true })).toBeVisible();
  const ms = await page.evaluate(() => (window as unknown as { __startReady: number }).__startReady);
  console.log(`Start step rendered ${ms.toFixed(0)} ms after navigation start`);
  expect(ms).toBeLessThan(3000);
});

test("the page stays responsive while an RSA-4096 key is generated", async ({ page }) => {
  await freshStart(page);
  await startPreset(page, "Custom");
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "web");
  await card.getByLabel("Key").selectOption("RSA-4096");
  await expect(card.getByLabel("Key")).toHaveValue("RSA-4096");
  await startLagProbe(page);
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  // typing works while the key is made
  await card.getByLabel("Passphrase", { exact: true }).fill("typed while generating");
  await expect(card.getByLabel("Passphrase", { exact: true })).toHaveValue("typed while generating");
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 60_000 });
  const lag = await stopLagProbe(page);
  console.log(`RSA-4096: longest event-loop gap ${lag.toFixed(0)} ms`);
  expect(lag).toBeLessThan(1000);
  await expect(card.getByText("RSA 4096 · key file not encrypted")).toBeVisible();
});
