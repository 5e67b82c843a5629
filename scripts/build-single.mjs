#!/usr/bin/env node
// The air-gapped build: one self-contained HTML file (all JS and CSS inlined) that an admin copies to a
// locked-down workstation and opens from disk. Its CSP allows exactly the inlined scripts and style by hash,
// so it keeps the hosted app's guarantees: no other script runs and nothing is fetched.
//
// The app is split into the same chunks as the hosted build, so that opening the file runs the first screen's
// code only and each step's code runs when it is first needed (or on idle), as on the hosted app. A page opened
// from file:// cannot load module scripts from disk (their origin is opaque), so the chunks are built as
// CommonJS-style functions (`require` between chunks, `import()` as a promise of `require`) and travel
// gzip-compressed (base64, in a data block that never executes): the file is a third of its unzipped size, which
// matters for what is carried across an air gap or attached to a ticket. A small inline loader inflates them
// with its own gunzip (single-gunzip.mjs: why not the browser's DecompressionStream is said there) and runs a
// chunk, when it is first required, by inserting it as an inline script — which runs only because its SHA-256 is
// in the CSP: no eval, no blob: URL, no 'unsafe-*'.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, minifySync } from "vite";
import { CSP } from "./csp.mjs";
import { gunzip } from "./single-gunzip.mjs";

const tmp = "dist-single.tmp";
rmSync(tmp, { recursive: true, force: true });
await build({
  logLevel: "warn",
  // no Web Worker here: a file:// page has no separate worker script to load, and its CSP allows no blob:
  // or data: worker; src/ui/inspect-runner.ts runs the (bounded) inspection on the page instead
  define: { "import.meta.env.VITE_SINGLE_FILE": JSON.stringify("1") },
  build: {
    outDir: tmp,
    emptyOutDir: true,
    assetsInlineLimit: 10 * 1024 * 1024,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 4096,
    // chunks as functions the loader below runs on demand; `import()` becomes `Promise.resolve().then(() =>
    // require(...))`. import.meta has no meaning here (the bundler makes it {}): the inspection worker, its
    // only user, is not used in this build (VITE_SINGLE_FILE)
    rolldownOptions: {
      transform: { define: { "import.meta": "{}" } },
      output: { format: "cjs", dynamicImportInCjs: false },
    },
  },
});

const assets = join(tmp, "assets");
const files = readdirSync(assets);
// the inspection worker's script is still emitted (the bundler sees `new Worker(new URL(...))`); the single
// file never loads it (VITE_SINGLE_FILE above), so it is left out
const js = files.filter((f) => f.endsWith(".js") && !f.startsWith("inspect.worker"));
const css = files.filter((f) => f.endsWith(".css"));
const entryTag = /<script type="module" crossorigin src="\/assets\/([^"]+\.js)"><\/script>/.exec(
  readFileSync(join(tmp, "index.html"), "utf8"),
);
if (!entryTag || !js.includes(entryTag[1]))
  throw new Error("the single-file build's index.html does not name its entry chunk");
const entry = entryTag[1];

// Each chunk becomes one inline script that registers its body as a function; the text is exactly what the loader
// inserts, and its hash is what the CSP allows. A dynamic import (`Promise.resolve().then(() => require(x))` in
// this output) becomes `__sanPlannerLater(x)`, which first unpacks the chunks the first screen does not need.
const DYNAMIC = /Promise\.resolve\(\)\.then\(\(\)=>require\("\.\/([^"]+)"\)\)/g;
const STATIC = /require\("\.\/([^"]+)"\)/g;
const chunks = {};
const staticDeps = new Map();
for (const f of js) {
  let code = readFileSync(join(assets, f), "utf8").replace(DYNAMIC, (_, name) => {
    if (!js.includes(name)) throw new Error(`${f} imports ${name}, which the build did not emit`);
    return `__sanPlannerLater(${JSON.stringify(name)})`;
  });
  const deps = [...code.matchAll(STATIC)].map((m) => m[1]);
  for (const d of deps)
    if (!js.includes(d)) throw new Error(`${f} requires ${d}, which the build did not emit`);
  staticDeps.set(f, deps);
  if (/\bimport\s*\(|import\.meta/.test(code.replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "")))
    throw new Error(`${f} still loads code by URL (import() or import.meta), which a file:// page cannot`);
  code = `__sanPlannerChunk(${JSON.stringify(f)},function(require,exports,module){"use strict";\n${code}\n});`;
  chunks[f] = code;
}
// the first screen: the entry chunk and what it requires, transitively; the rest is unpacked on the first
// dynamic import (a step's code, on idle or when the admin moves on)
const first = new Set();
const walk = (f) => {
  if (first.has(f)) return;
  first.add(f);
  for (const d of staticDeps.get(f) ?? []) walk(d);
};
walk(entry);
const pick = (keep) => Object.fromEntries(Object.entries(chunks).filter(([f]) => keep(first.has(f))));
let html = readFileSync(join(tmp, "index.html"), "utf8");
const style = css.map((f) => readFileSync(join(assets, f), "utf8")).join("\n");
const sha = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

// drop the external references vite wrote, then inline
html = html
  .replace(/<script type="module" crossorigin src="[^"]+"><\/script>\s*/g, "")
  .replace(/<link rel="stylesheet" crossorigin href="[^"]+">\s*/g, "")
  .replace(/<link rel="modulepreload"[^>]*>\s*/g, "");
const favicon = readFileSync("public/favicon.svg", "utf8");
html = html.replace(
  /<link rel="icon"[^>]*>/,
  `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${encodeURIComponent(favicon.trim())}" />`,
);
// Runs as soon as the parser reaches it (a classic script, placed before the second data block, so that the app
// starts while the parser still reads that block): inflate the first screen's chunks, then run the entry chunk;
// every other chunk runs when it is first required. A damaged file gets a sentence, not a blank page. Minified
// (with the bundler's own minifier) because it travels uncompressed: 2.4 kB instead of 6.7.
const loaderSource = `"use strict";
(() => {
const say = (what) => {
  const m = document.createElement("p");
  m.setAttribute("role", "alert");
  m.textContent = "SAN Planner cannot start: " + what;
  document.body.prepend(m);
};
const damaged = (why) =>
  say("this file is damaged (" + why + "). Download it again, or copy it again from where it came from.");
${gunzip.toString()}
try {
  // the second block may not be parsed yet when the first screen asks for a step's code
  const parsed = (id) =>
    document.getElementById(id) ??
    new Promise((resolve) =>
      document.addEventListener("DOMContentLoaded", () => resolve(document.getElementById(id)), { once: true }),
    );
  const unpack = (block) => {
    if (!block) throw new Error("a part of the app is missing");
    const text = block.textContent.trim();
    let bytes;
    if (typeof Uint8Array.fromBase64 === "function") bytes = Uint8Array.fromBase64(text);
    else {
      const bin = atob(text);
      bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    }
    return JSON.parse(new TextDecoder().decode(gunzip(bytes)));
  };
  const app = unpack(document.getElementById("san-planner-app"));
  let later;
  window.__sanPlannerLater = (name) =>
    (later ??= Promise.resolve(parsed("san-planner-app-later")).then((block) =>
      Object.assign(app.chunks, unpack(block)),
    )).then(() => require(name));
  const bodies = new Map();
  const modules = new Map();
  window.__sanPlannerChunk = (name, body) => bodies.set(name, body);
  const require = (spec) => {
    const name = spec.replace(/^\\.\\//, "");
    let m = modules.get(name);
    if (m) return m.exports;
    if (!bodies.has(name)) {
      const text = app.chunks[name];
      if (typeof text !== "string") throw new Error("the part " + name + " is missing");
      const s = document.createElement("script");
      s.textContent = text;
      document.head.append(s);
      s.remove();
      delete app.chunks[name];
      if (!bodies.has(name)) throw new Error("the page's security policy refused the part " + name);
    }
    m = { exports: {} };
    modules.set(name, m);
    bodies.get(name)(require, m.exports, m);
    return m.exports;
  };
  require(app.entry);
} catch (e) {
  damaged(e && e.message ? e.message : String(e));
}
})();`;
const minified = minifySync("loader.js", loaderSource, { module: false });
if (minified.errors.length > 0) throw new Error(`the loader does not minify: ${minified.errors[0]?.message}`);
const loader = minified.code;
const pack = (o) => gzipSync(Buffer.from(JSON.stringify(o), "utf8"), { level: 9 }).toString("base64");
const packed = pack({ entry, chunks: pick((isFirst) => isFirst) });
const packedLater = pack(pick((isFirst) => !isFirst));
const csp = CSP.replace(
  "script-src 'self'",
  `script-src ${[loader, ...Object.values(chunks)].map(sha).join(" ")}`,
).replace("style-src 'self'", style ? `style-src ${sha(style)}` : "style-src 'none'");
html = html.replace(
  /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/,
  () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
);
if (!html.includes(csp)) throw new Error("the CSP meta tag was not found in the built index.html");
// function replacements: the bundle contains "$&"-like sequences that a replacement string would expand
html = html
  .replace("</head>", () => `<style>${style}</style>\n</head>`)
  .replace(
    "</body>",
    () =>
      `<script type="application/gzip;base64" id="san-planner-app">${packed}</script>\n` +
      `<script>${loader}</script>\n` +
      `<script type="application/gzip;base64" id="san-planner-app-later">${packedLater}</script>\n</body>`,
  );

mkdirSync("dist", { recursive: true });
writeFileSync("dist/san-planner.html", html);
rmSync(tmp, { recursive: true, force: true });
console.log(
  `dist/san-planner.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} kB, self-contained (open it from disk)`,
);
