// The UI budgets of the benchmark gate (issue: guarantees), measured in headless Chromium against the production
// build served by `vite preview` (withBrowser). sections.mjs appends `uiSections` to its list with a dynamic
// import on its last line (a static `import "./ui.mjs"` cannot work: imports are hoisted, so this module would
// run before sections.mjs has created the array). `node scripts/bench.mjs ui --no-build` runs it alone.
//
//   ui-start   navigation → interactive Start step (a preset button visible and enabled), median of 11 cold loads
//   ui-review  a 1,000-node plan (mixedPlan) in localStorage, the app open: Review link clicked → certificate
//              cards in the DOM and painted, median of 5; ui-review-cold: the same from a cold navigation to #review
//   ui-typing  the same plan loaded: 20 characters typed into Organization (O), key event → next painted frame
//              after React committed, median
//   ui-batch   cucmPlan(1000), ECDSA P-256: Generate all, then Download all (.zip), until the zip is downloaded
//   ui-heap    the page's peak JS heap during that batch
//   ui-lag     the longest the event loop was blocked during that batch (the tab must stay responsive)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { median, withBrowser } from "./browser.mjs";

const STORAGE_KEY = "san-planner/plan";
const MB = 1024 * 1024;

/** The generated plans of big-plan.ts, as JSON (tsx runs the TypeScript). */
function benchPlans() {
  const code = [
    'import { cucmPlan, mixedPlan } from "./scripts/bench/big-plan.ts";',
    "console.log(JSON.stringify({ mixed: mixedPlan(), cucm: cucmPlan(1000) }));",
  ].join("\n");
  const r = spawnSync("npx", ["tsx", "--eval", code], { encoding: "utf8", maxBuffer: 64 * MB });
  if (r.status !== 0) throw new Error(`big-plan.ts failed: ${(r.stderr || r.stdout).trim().slice(-300)}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}");
}

/** A fresh context whose localStorage holds `plan` (as the store persists it) before the app's first script. */
async function contextWithPlan(browser, plan) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (plan) {
    const stored = JSON.stringify({ state: { plan }, version: 1 });
    await context.addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      [STORAGE_KEY, stored],
    );
  }
  return context;
}

/** Navigation → interactive Start step. The observer runs in the page from its first script on; the time is the
 *  page's performance.now() (its origin is the navigation start) when a preset button is visible and enabled. */
async function startStep(browser, base, runs = 11) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const context = await contextWithPlan(browser, null);
    await context.addInitScript(() => {
      const check = () => {
        if (window.__startReady !== undefined) return;
        const b = document.querySelector("button.preset");
        if (b && !b.disabled && b.offsetParent !== null) {
          window.__startReady = performance.now();
          obs.disconnect();
        }
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { childList: true, subtree: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(`${base}/#start`);
    await page.waitForFunction(() => window.__startReady !== undefined, null, { timeout: 20_000 });
    xs.push(await page.evaluate(() => window.__startReady));
    await context.close();
  }
  return median(xs);
}

/** The Review step with the plan stored, two ways (the issue allows either; both are reported):
 *  - "click": the app is open on the Start step with its code loaded (the idle prefetch has fetched the Review
 *    chunk), the Review link is clicked, until the first certificate card is in the DOM and that frame painted
 *    (rAF, then a task after the paint) — what the admin waits for when moving to Review;
 *  - "cold": a new context (empty HTTP cache) navigates straight to #review: code loading, app start, planning
 *    and rendering included, measured with the page's performance.now() (origin: the navigation start).
 *  Median of 5 each, a new context per run (nothing memoised between runs). */
async function reviewStep(browser, base, plan, mode, runs = 5) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const context = await contextWithPlan(browser, plan);
    const page = await context.newPage();
    if (mode === "cold") {
      await context.addInitScript(() => {
        const obs = new MutationObserver(() => {
          if (window.__reviewReady !== undefined || !document.querySelector("article.cert-card")) return;
          obs.disconnect();
          window.__reviewReady = -1;
          requestAnimationFrame(() => setTimeout(() => (window.__reviewReady = performance.now()), 0));
        });
        obs.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${base}/#review`);
      await page.waitForFunction(() => (window.__reviewReady ?? -1) > 0, null, { timeout: 30_000 });
      xs.push(await page.evaluate(() => window.__reviewReady));
    } else {
      await page.goto(`${base}/#start`);
      await page.waitForFunction(
        () => performance.getEntriesByType("resource").some((r) => r.name.includes("/assets/ReviewStep-")),
        null,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(500);
      xs.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const t0 = performance.now();
              const obs = new MutationObserver(() => {
                if (!document.querySelector("article.cert-card")) return;
                obs.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
              });
              obs.observe(document.body, { childList: true, subtree: true });
              document.querySelector('nav a[href="#review"]').click();
            }),
        ),
      );
    }
    if ((await page.locator("article.cert-card").count()) === 0)
      throw new Error("the Review step showed no certificate card");
    await context.close();
  }
  return median(xs);
}

/** 20 characters typed into Organization (O) with the big plan loaded.
 *  Method: a capturing keydown listener takes the event's timeStamp (when the key was pressed, so input delay
 *  counts). After the input event it waits two tasks — react-hook-form validates the whole plan with parsePlan in
 *  a microtask and React renders the result in a task of its scheduler (and the store commit re-renders what
 *  depends on the plan) — then the next animation frame, then a task after that frame's paint: the time is when
 *  the screen shows the committed keystroke. Keys are sent 120 ms apart (a fast typist), one at a time. */
async function typing(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/#organization`);
  const field = page.getByLabel("Organization (O)");
  await field.waitFor({ timeout: 20_000 });
  await field.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__keys = [];
    const task = () => new Promise((r) => setTimeout(r, 0));
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    let t0 = 0;
    document.addEventListener("keydown", (e) => (t0 = e.timeStamp), true);
    document.addEventListener(
      "input",
      async () => {
        const start = t0;
        await task();
        await task();
        await frame();
        await task();
        window.__keys.push(performance.now() - start);
      },
      true,
    );
  });
  const text = "Contoso Holdings Ltd"; // 20 characters
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const keys = await page.evaluate(() => window.__keys);
  if (keys.length !== text.length) throw new Error(`measured ${keys.length} keystrokes of ${text.length}`);
  const value = await field.inputValue();
  if (value !== text) throw new Error(`the field holds "${value}", not "${text}"`);
  await page.close();
  return { median: median(keys), max: Math.max(...keys) };
}

/** Generate all + Download all (.zip) for cucmPlan(1000), with the heap sampled every 100 ms (in the page through
 *  performance.memory, precise with --enable-precise-memory-info, and through CDP Performance.getMetrics) and an
 *  event-loop probe (the longest gap between 16 ms timers). */
async function batch(browser, base, plan) {
  const context = await contextWithPlan(browser, plan);
  const page = await context.newPage();
  await page.goto(`${base}/#keys`);
  const generate = page.getByRole("button", { name: "Generate all", exact: true });
  await generate.waitFor({ timeout: 30_000 });
  await page.getByText("1000 certificates to generate").waitFor({ timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  let cdpPeak = 0;
  let sampling = true;
  const cdpLoop = (async () => {
    while (sampling) {
      try {
        const { metrics } = await cdp.send("Performance.getMetrics");
        const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
        cdpPeak = Math.max(cdpPeak, used);
      } catch {
        /* the page is busy or closing */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await page.evaluate(() => {
    window.__heapPeak = performance.memory?.usedJSHeapSize ?? 0;
    window.__heapTimer = setInterval(() => {
      window.__heapPeak = Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0);
    }, 100);
    window.__lag = { max: 0, running: true };
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__lag.max = Math.max(window.__lag.max, now - last);
      last = now;
      if (window.__lag.running) setTimeout(tick, 16);
    };
    setTimeout(tick, 16);
  });
  const started = performance.now();
  await generate.click();
  await page.getByText(/^1000 keys and CSRs generated/).waitFor({ timeout: 120_000 });
  const generated = performance.now() - started;
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.getByRole("button", { name: "Download all (.zip)" }).click(),
  ]);
  const total = performance.now() - started;
  const inPage = await page.evaluate(() => {
    clearInterval(window.__heapTimer);
    window.__lag.running = false;
    return {
      heap: Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0),
      lag: window.__lag.max,
    };
  });
  sampling = false;
  await cdpLoop;
  const path = await download.path();
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(path))));
  if (
    files.filter((f) => f.endsWith(".csr")).length !== 1000 ||
    files.filter((f) => f.endsWith(".key")).length !== 1000
  )
    throw new Error(`the zip holds ${files.length} files, not 1,000 CSRs and 1,000 keys`);
  await context.close();
  return { total, generated, heap: Math.max(inPage.heap, cdpPeak) / MB, lag: inPage.lag };
}

export async function uiFigures() {
  const plans = benchPlans();
  return withBrowser(async (browser, base) => {
    const start = await startStep(browser, base);
    const review = await reviewStep(browser, base, plans.mixed, "click");
    const reviewCold = await reviewStep(browser, base, plans.mixed, "cold");
    const typingContext = await contextWithPlan(browser, plans.mixed);
    const keys = await typing(typingContext, base);
    await typingContext.close();
    const b = await batch(browser, base, plans.cucm);
    return { start, review, reviewCold, keys, batch: b };
  });
}

export const uiSections = [];

uiSections.push({
  id: "ui",
  title: "the wizard in Chromium: first screen, a 1,000-node plan, a 1,000-key batch",
  run: async () => {
    const f = await uiFigures();
    return [
      {
        id: "ui-start",
        name: "navigation → interactive Start step (median of 11)",
        value: f.start,
        unit: "ms",
        budget: 300,
        kind: "time",
      },
      {
        id: "ui-review",
        name: "1,000-node plan (mixedPlan): Review link clicked → certificate cards painted (median of 5)",
        value: f.review,
        unit: "ms",
        budget: 500,
        kind: "time",
      },
      {
        // the budget is for the Review step (above); a cold start adds code loading and app start, and
        // is held to the 1.5 s that e2e/performance.spec.ts already asserts for a cold Review
        id: "ui-review-cold",
        name: "1,000-node plan (mixedPlan): cold navigation to #review → cards painted (median of 5)",
        value: f.reviewCold,
        unit: "ms",
        budget: 1500,
        kind: "time",
      },
      {
        id: "ui-typing",
        name: `1,000-node plan: keystroke → committed frame in Organization (O), median of 20 (max ${f.keys.max.toFixed(0)} ms)`,
        value: f.keys.median,
        unit: "ms",
        budget: 50,
        kind: "time",
      },
      {
        id: "ui-batch",
        name: `cucmPlan(1000), ECDSA P-256: Generate all (${(f.batch.generated / 1000).toFixed(1)} s) + Download all (.zip)`,
        value: f.batch.total,
        unit: "ms",
        budget: 10_000,
        kind: "time",
      },
      {
        id: "ui-heap",
        name: "cucmPlan(1000) batch: peak JS heap",
        value: f.batch.heap,
        unit: "MB",
        budget: 300,
        kind: "size",
      },
      {
        id: "ui-lag",
        name: "cucmPlan(1000) batch: longest event-loop block",
        value: f.batch.lag,
        unit: "ms",
        budget: 500,
        kind: "time",
      },
    ];
  },
});
