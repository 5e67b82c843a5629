#!/usr/bin/env node
// The air-gapped build: one self-contained HTML file (all JS and CSS inlined) that an admin copies to a
// locked-down workstation and opens from disk. Its CSP allows exactly the inlined scripts and style by hash,
// so it keeps the hosted app's guarantees: no other script runs and nothing is fetched.
//
// The app's JavaScript travels gzip-compressed (base64, in a data block that never executes): the file is a
// third of its unzipped size, which matters for what is carried across an air gap or attached to a ticket. A
// small inline loader inflates it with the browser's DecompressionStream and inserts it as an inline module
// script, which runs only because its SHA-256 is in the CSP: no eval, no blob: URL, no 'unsafe-*' source.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { CSP } from "./csp.mjs";

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
    // one chunk on purpose: the whole app is inlined (and packed) below
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const assets = join(tmp, "assets");
const files = readdirSync(assets);
// the inspection worker's script is still emitted (the bundler sees `new Worker(new URL(...))`); the single
// file never loads it (VITE_SINGLE_FILE above), so it is left out
const js = files.filter((f) => f.endsWith(".js") && !f.startsWith("inspect.worker"));
const css = files.filter((f) => f.endsWith(".css"));
if (js.length !== 1)
  throw new Error(`expected one JavaScript file in the single-file build, found ${js.join(", ")}`);

let html = readFileSync(join(tmp, "index.html"), "utf8");
const script = readFileSync(join(assets, js[0]), "utf8").replace(/<\/(script)/gi, "<\\/$1");
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
// Runs first, as its own hashed inline module: inflate the app and run it; a browser without
// DecompressionStream (Chrome/Edge < 80, Firefox < 113, Safari < 16.4) gets a sentence, not a blank page.
const loader = `const p = document.getElementById("san-planner-app");
const say = (why) => {
  const m = document.createElement("p");
  m.setAttribute("role", "alert");
  m.textContent = "SAN Planner cannot start in this browser: " + why + ". Open this file in a current Chrome, Edge, Firefox or Safari.";
  document.body.prepend(m);
};
if (!p || typeof DecompressionStream !== "function") say("it cannot unpack the app (no DecompressionStream)");
else {
  try {
    const bin = atob(p.textContent.trim());
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const code = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
    const s = document.createElement("script");
    s.type = "module";
    s.textContent = code;
    document.body.append(s);
  } catch (e) {
    say("the app inside this file is damaged (" + (e && e.message ? e.message : e) + ")");
  }
}`;
const packed = gzipSync(Buffer.from(script, "utf8"), { level: 9 }).toString("base64");
const csp = CSP.replace("script-src 'self'", `script-src ${sha(loader)} ${sha(script)}`).replace(
  "style-src 'self'",
  style ? `style-src ${sha(style)}` : "style-src 'none'",
);
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
      `<script type="application/gzip;base64" id="san-planner-app">${packed}</script>\n<script type="module">${loader}</script>\n</body>`,
  );

mkdirSync("dist", { recursive: true });
writeFileSync("dist/san-planner.html", html);
rmSync(tmp, { recursive: true, force: true });
console.log(
  `dist/san-planner.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} kB, self-contained (open it from disk)`,
);
