// The UI rows of the benchmark gate, measured in headless Chromium: the production build served by
// `vite preview` and the bench's own baseline pages (baseline-pages.mjs) served by a second `vite preview`, in
// one browser session, each measurement interleaved with its baseline (ours, baseline, ours, ...) so that a load
// spike on the shared machine hits both sides alike. `node scripts/bench.mjs ui --no-build` runs it alone.
//
//   ui-start     navigation → interactive Start step (a preset button visible and enabled) vs the bare React
//                page → its button interactive; median of 11 cold loads each
//   ui-single    the same for dist/san-planner.html vs the bare page as one file, both from file://
//   ui-review-*  Review link clicked → certificate cards painted, 1,000-node plan vs 107-node plan of the same
//                shape; and vs planCertificates alone on the 1,000-node plan, in a page of the same browser
//   ui-typing    20 characters typed into Organization (O) with the big plan loaded, key event → the frame
//                showing the committed keystroke, vs the same chain (key event → the same tasks → frame) in the
//                bare page: what the browser itself takes to show a frame after a key
//   ui-batch     webServersPlan(1000), ECDSA P-256: Generate all + Download all (.zip), until the zip is handed to the
//                browser, vs raw WebCrypto doing the same 1,000 keys' crypto in the same page
//   ui-heap      the page's peak JS heap during that batch (a size: gated)
//   ui-lag       the longest the event loop was blocked during that batch (information)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { buildBaselinePages } from "./baseline-pages.mjs";
import { median, withBrowser } from "./browser.mjs";
import { infoRow, ms, ratioRow } from "./rows.mjs";

const STORAGE_KEY = "san-planner/plan";
// chosen from measurements (README, "The bench")
const REVIEW_VS_PLANNER = 10;
const TYPING = 12;
const MB = 1024 * 1024;

/** The generated plans of big-plan.ts, as JSON (tsx runs the TypeScript). */
function benchPlans() {
  const code = [
    'import { mixedPlan, webServersPlan } from "./scripts/bench/big-plan.ts";',
    "console.log(JSON.stringify({ mixed: mixedPlan(), small: mixedPlan(50, 0.1), web: webServersPlan(1000) }));",
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

/** `runs` rounds of `a()` and `b()`, alternating which goes first; the medians of each. */
async function interleaved(runs, a, b) {
  const xs = [];
  const ys = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      xs.push(await a());
      ys.push(await b());
    } else {
      ys.push(await b());
      xs.push(await a());
    }
  }
  return [median(xs), median(ys)];
}

/** One cold load of `url` in a new context (empty cache) → `selector` visible and enabled. The observer runs in
 *  the page from its first script on; the time is the page's performance.now() (its origin is the navigation
 *  start) at that moment. The same for the app (a preset button of the Start step) and the bare page. */
async function interactiveAt(browser, url, selector) {
  const context = await contextWithPlan(browser, null);
  await context.addInitScript((selector) => {
    const check = () => {
      if (window.__ready !== undefined) return;
      const b = document.querySelector(selector);
      if (b && !b.disabled && b.offsetParent !== null) {
        window.__ready = performance.now();
        obs.disconnect();
      }
    };
    const obs = new MutationObserver(check);
    obs.observe(document, { childList: true, subtree: true, attributes: true });
  }, selector);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  const t = await page.evaluate(() => window.__ready);
  await context.close();
  return t;
}

/** The Review step with the plan stored, two ways (the issue allows either; both are reported):
 *  - "click": the app is open on the Start step with its code loaded (the idle prefetch has fetched the Review
 *    chunk), the Review link is clicked, until the first certificate card is in the DOM and that frame painted
 *    (rAF, then a task after the paint) — what the admin waits for when moving to Review;
 *  - "cold": a new context (empty HTTP cache) navigates straight to #review: code loading, app start, planning
 *    and rendering included, measured with the page's performance.now() (origin: the navigation start).
 *  Median of 5 each, a new context per run (nothing memoised between runs). */
async function reviewOnce(browser, base, plan, mode) {
  let t;
  {
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
      t = await page.evaluate(() => window.__reviewReady);
    } else {
      await page.goto(`${base}/#start`);
      await page.waitForFunction(
        () => performance.getEntriesByType("resource").some((r) => r.name.includes("/assets/ReviewStep-")),
        null,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(500);
      t = await page.evaluate(
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
      );
    }
    if ((await page.locator("article.cert-card").count()) === 0)
      throw new Error("the Review step showed no certificate card");
    await context.close();
  }
  return t;
}

/** planCertificates alone on `plan`, in the bench's planner page (src/domain built for the browser) of the same
 *  browser: median of 15, each on a fresh copy made outside the timed part (the engine memoises per plan). */
async function plannerInPage(browser, baselineBase, plan) {
  const page = await browser.newPage();
  await page.goto(`${baselineBase}/planner.html`);
  await page.waitForFunction(() => typeof window.__planner === "function", null, { timeout: 30_000 });
  const t = await page.evaluate((plan) => {
    const xs = [];
    for (let i = 0; i < 20; i++) {
      const copy = structuredClone(plan);
      const t0 = performance.now();
      window.__planner(copy);
      if (i >= 5) xs.push(performance.now() - t0);
    }
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  }, plan);
  await page.close();
  return t;
}

/** The measuring chain of a keystroke, installed in a page: a capturing keydown listener takes the event's
 *  timeStamp (when the key was pressed, so input delay counts); after `trigger` (the input event in the app, the
 *  keydown itself in the bare page) it waits two tasks — in the app react-hook-form validates the whole plan with
 *  parsePlan in a microtask and React renders the result in a task of its scheduler — then the next animation
 *  frame, then a task after that frame's paint: the time is when the screen shows the keystroke. */
function installKeyChain(trigger) {
  window.__keys = [];
  const task = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let t0 = 0;
  document.addEventListener("keydown", (e) => (t0 = e.timeStamp), true);
  document.addEventListener(
    trigger,
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
}

const TYPED = "Contoso Holdings Ltd"; // 20 characters

/** Keys are sent 120 ms apart (a fast typist), one at a time; median of the 20. */
async function typeKeys(page) {
  for (const ch of TYPED) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const keys = await page.evaluate(() => window.__keys);
  if (keys.length !== TYPED.length) throw new Error(`measured ${keys.length} keystrokes of ${TYPED.length}`);
  return keys;
}

/** 20 characters typed into Organization (O) with the big plan loaded. */
async function typing(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}/#organization`);
  const field = page.getByLabel("Organization (O)");
  await field.waitFor({ timeout: 20_000 });
  await field.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.waitForTimeout(300);
  await page.evaluate(installKeyChain, "input");
  const keys = await typeKeys(page);
  const value = await field.inputValue();
  if (value !== TYPED) throw new Error(`the field holds "${value}", not "${TYPED}"`);
  await page.close();
  return { median: median(keys), max: Math.max(...keys) };
}

/** The same 20 keys in the bare page, its button focused, through the same chain from the keydown. */
async function bareTyping(browser, baselineBase) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baselineBase}/`);
  await page.locator("button").focus({ timeout: 20_000 });
  await page.waitForTimeout(300);
  await page.evaluate(installKeyChain, "keydown");
  const keys = await typeKeys(page);
  await page.close();
  return median(keys);
}

/** Raw WebCrypto doing the crypto of the batch, in the page: for each of `n` certificates the calls our key +
 *  CSR + key file make (generateKey P-256, exportKey spki, sign of a CSR-sized payload, the two SHA-256 digests,
 *  exportKey pkcs8), 10 at a time as the app makes them. Returns ms. */
function rawBatch(n) {
  const subtle = crypto.subtle;
  const payload = crypto.getRandomValues(new Uint8Array(400));
  const one = async () => {
    const pair = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
    const spki = await subtle.exportKey("spki", pair.publicKey);
    await subtle.sign({ name: "ECDSA", hash: "SHA-256" }, pair.privateKey, payload);
    await Promise.all([subtle.digest("SHA-256", payload), subtle.digest("SHA-256", spki)]);
    await subtle.exportKey("pkcs8", pair.privateKey);
  };
  return (async () => {
    const t = performance.now();
    for (let i = 0; i < n; i += 10) await Promise.all(Array.from({ length: Math.min(10, n - i) }, one));
    return performance.now() - t;
  })();
}

/** Generate all + Download all (.zip) for webServersPlan(1000), timed in the page: from the Generate all click's event
 *  time to the moment the progress bar is gone, plus from the click confirming that the keys leave unencrypted
 *  to the moment the zip is handed to the browser (URL.createObjectURL); the driver's round trips and the
 *  admin's reading time are not counted. Raw
 *  WebCrypto doing the same 1,000 keys' crypto runs in the same page just before and just after, and the
 *  baseline is the mean of the two (load drifts during a batch). The heap is sampled every 100 ms (in the page
 *  through performance.memory, precise with --enable-precise-memory-info, and through CDP
 *  Performance.getMetrics) and an event-loop probe takes the longest gap between 16 ms timers. */
async function batch(browser, base, plan) {
  const context = await contextWithPlan(browser, plan);
  const page = await context.newPage();
  await page.goto(`${base}/#keys`);
  const generate = page.getByRole("button", { name: "Generate all", exact: true });
  await generate.waitFor({ timeout: 30_000 });
  await page.getByText("1000 certificates to generate").waitFor({ timeout: 30_000 });
  const rawBefore = await page.evaluate(rawBatch, 1000);
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
    const b = {};
    window.__batch = b;
    document.addEventListener(
      "click",
      (e) => {
        const text = e.target.closest?.("button")?.textContent ?? "";
        if (text === "Generate all") b.genStart = e.timeStamp;
        // the zip is made once the admin has confirmed that its keys leave unencrypted
        if (text.startsWith("Download unencrypted")) b.zipStart = e.timeStamp;
      },
      true,
    );
    let sawProgress = false;
    const obs = new MutationObserver(() => {
      if (b.genStart === undefined) return;
      const busy = document.querySelector(".progress[role=status]") !== null;
      if (busy) sawProgress = true;
      else if (sawProgress) {
        b.genEnd = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document.body, { childList: true, subtree: true });
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      if (b.zipStart !== undefined && b.zipEnd === undefined) b.zipEnd = performance.now();
      return createObjectURL.call(URL, blob);
    };
  });
  await generate.click();
  // waited for through the page's own timestamp, checked every 250 ms: a text locator polled meanwhile walks the
  // DOM of up to 1,000 key cards on the page's main thread and was seen to take ≈20 % of the batch's time
  await page.waitForFunction(() => window.__batch.genEnd !== undefined, null, {
    timeout: 300_000,
    polling: 250,
  });
  await page.getByText(/^1000 keys and CSRs generated/).waitFor({ timeout: 30_000 });
  await page.getByRole("button", { name: "Download all (.zip)" }).click();
  const dialog = page.getByRole("dialog", { name: /without a passphrase\?$/ });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    dialog.getByRole("button", { name: /^Download unencrypted/ }).click({ timeout: 30_000 }),
  ]);
  const inPage = await page.evaluate(() => {
    clearInterval(window.__heapTimer);
    window.__lag.running = false;
    return {
      heap: Math.max(window.__heapPeak, performance.memory?.usedJSHeapSize ?? 0),
      lag: window.__lag.max,
      times: window.__batch,
    };
  });
  sampling = false;
  await cdpLoop;
  const { genStart, genEnd, zipStart, zipEnd } = inPage.times;
  if ([genStart, genEnd, zipStart, zipEnd].some((t) => typeof t !== "number"))
    throw new Error(`the batch was not timed in the page: ${JSON.stringify(inPage.times)}`);
  const rawAfter = await page.evaluate(rawBatch, 1000);
  const path = await download.path();
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(path))));
  if (
    files.filter((f) => f.endsWith(".csr")).length !== 1000 ||
    files.filter((f) => f.endsWith(".key")).length !== 1000
  )
    throw new Error(`the zip holds ${files.length} files, not 1,000 CSRs and 1,000 keys`);
  await context.close();
  const generated = genEnd - genStart;
  return {
    total: generated + (zipEnd - zipStart),
    generated,
    raw: (rawBefore + rawAfter) / 2,
    heap: Math.max(inPage.heap, cdpPeak) / MB,
    lag: inPage.lag,
  };
}

export async function uiFigures() {
  const plans = benchPlans();
  const pages = await buildBaselinePages();
  return withBrowser(
    async (browser, base, baselineBase) => {
      const [start, bareStart] = await interleaved(
        11,
        () => interactiveAt(browser, `${base}/#start`, "button.preset"),
        () => interactiveAt(browser, `${baselineBase}/`, "button"),
      );
      const [single, bareSingle] = await interleaved(
        11,
        () =>
          interactiveAt(
            browser,
            `${pathToFileURL(resolve("dist/san-planner.html")).href}#start`,
            "button.preset",
          ),
        () => interactiveAt(browser, pathToFileURL(pages.single).href, "button"),
      );
      const [review, reviewSmall] = await interleaved(
        5,
        () => reviewOnce(browser, base, plans.mixed, "click"),
        () => reviewOnce(browser, base, plans.small, "click"),
      );
      const planner = await plannerInPage(browser, baselineBase, plans.mixed);
      const reviewCold = median([
        await reviewOnce(browser, base, plans.mixed, "cold"),
        await reviewOnce(browser, base, plans.mixed, "cold"),
        await reviewOnce(browser, base, plans.mixed, "cold"),
      ]);
      const typingContext = await contextWithPlan(browser, plans.mixed);
      const keys = await typing(typingContext, base);
      await typingContext.close();
      const bareKeys = await bareTyping(browser, baselineBase);
      const b = await batch(browser, base, plans.web);
      return {
        start,
        bareStart,
        single,
        bareSingle,
        review,
        reviewSmall,
        planner,
        reviewCold,
        keys,
        bareKeys,
        batch: b,
        names: { mixed: plans.mixed.name, small: plans.small.name },
      };
    },
    { baselineDir: pages.dir },
  );
}

// The budgets of the ratios (README, "The bench", says why each).
export const UI_BUDGETS = {
  start: 1.6,
  single: 1.6,
  reviewScaling: 12,
  reviewVsPlanner: REVIEW_VS_PLANNER,
  typing: TYPING,
  batch: 1.5,
};

export const uiSections = [
  {
    id: "ui",
    title: "the wizard in Chromium: first screen, a 1,000-node plan, a 1,000-key batch",
    run: async () => {
      const f = await uiFigures();
      const big = f.names.mixed.replace(/^bench: /, "");
      const small = f.names.small.replace(/^bench: /, "");
      return [
        ratioRow(
          "ui-start",
          { title: "first screen interactive (median of 11)", ours: "ours", base: "bare React page" },
          f.start,
          f.bareStart,
          UI_BUDGETS.start,
        ),
        ratioRow(
          "ui-single",
          {
            title: "single file from file:// interactive (median of 11)",
            ours: "san-planner.html",
            base: "bare React page, one file",
          },
          f.single,
          f.bareSingle,
          UI_BUDGETS.single,
        ),
        ratioRow(
          "ui-review-scaling",
          { title: "Review link → cards painted (median of 5)", ours: big, base: small },
          f.review,
          f.reviewSmall,
          UI_BUDGETS.reviewScaling,
        ),
        ratioRow(
          "ui-review-planner",
          { title: `Review vs planner alone, ${big}`, ours: "Review", base: "planCertificates in the page" },
          f.review,
          f.planner,
          UI_BUDGETS.reviewVsPlanner,
        ),
        infoRow(
          "ui-review-cold",
          `cold navigation to #review → cards painted, ${big} (median of 3)`,
          f.reviewCold,
          "ms",
        ),
        ratioRow(
          "ui-typing",
          {
            title: `keystroke → frame, median of 20 (ours: Organization (O), ${big}, max ${ms(f.keys.max)})`,
            ours: "ours",
            base: "bare React page",
          },
          f.keys.median,
          f.bareKeys,
          UI_BUDGETS.typing,
        ),
        ratioRow(
          "ui-batch",
          {
            title: `webServersPlan(1000), ECDSA P-256: Generate all (${ms(f.batch.generated)}) + Download all (.zip)`,
            ours: "ours",
            base: "raw WebCrypto, same 1,000 keys",
          },
          f.batch.total,
          f.batch.raw,
          UI_BUDGETS.batch,
        ),
        {
          id: "ui-heap",
          name: "webServersPlan(1000) batch: peak JS heap",
          value: f.batch.heap,
          unit: "MB",
          budget: 300,
          kind: "size",
        },
        infoRow("ui-lag", "webServersPlan(1000) batch: longest event-loop block", f.batch.lag, "ms"),
      ];
    },
  },
];
