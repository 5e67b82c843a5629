// The bench's sections. Each returns rows: { id, name, value, unit, budget, kind: "time" | "ratio" | "size" }.
import { spawnSync } from "node:child_process";

function runTsx(file) {
  const r = spawnSync("npx", ["tsx", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(`${file} failed: ${(r.stderr || r.stdout).trim().split("\n").slice(-5).join(" | ")}`);
  const last = r.stdout.trim().split("\n").pop() ?? "[]";
  return JSON.parse(last);
}

export const sections = [
  {
    id: "planner",
    title: "planning engine (Node)",
    run: async () =>
      runTsx("scripts/bench/planner.ts").map((r, i) => ({ id: `planner-${i}`, kind: "time", ...r })),
  },
];

// ---------------------------------------------------------------- bundle sizes (from the real build)
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";

function gz(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

export function bundleSizes() {
  const manifestPath = "dist/.vite/manifest.json";
  if (!existsSync(manifestPath)) throw new Error("no dist/.vite/manifest.json: run `npm run build` first");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const entry = Object.values(manifest).find((c) => c.isEntry);
  if (!entry) throw new Error("the build manifest has no entry chunk");
  const initial = new Set();
  const walk = (chunk) => {
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const key of chunk.imports ?? []) walk(manifest[key]);
  };
  walk(entry);
  const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith(".js"));
  const initialKb = [...initial].filter((f) => f.endsWith(".js")).reduce((s, f) => s + gz(`dist/${f}`), 0);
  const totalKb = allJs.reduce((s, f) => s + gz(`dist/${f}`), 0);
  const single = existsSync("dist/san-planner.html")
    ? statSync("dist/san-planner.html").size / 1024
    : Number.NaN;
  return [
    {
      id: "size-initial",
      name: `initial JavaScript, gzip (${initial.size} file${initial.size > 1 ? "s" : ""})`,
      value: initialKb,
      unit: "kB",
      budget: 100,
      kind: "size",
    },
    {
      id: "size-total",
      name: `all JavaScript, gzip (${allJs.length} files)`,
      value: totalKb,
      unit: "kB",
      budget: 180,
      kind: "size",
    },
    {
      id: "size-single",
      name: "self-contained san-planner.html",
      value: single,
      unit: "kB",
      budget: 800,
      kind: "size",
    },
  ];
}

sections.push({ id: "sizes", title: "bundle sizes", run: async () => bundleSizes() });

// ---------------------------------------------------------------- crypto in Chromium vs the openssl CLI
import { cryptoFigures } from "./browser.mjs";

sections.push({
  id: "crypto",
  title: "key generation, CSR, key file and PKCS#12 in Chromium",
  run: async () => {
    const { ours, openssl } = await cryptoFigures();
    return [
      {
        id: "ratio-rsa",
        name: `RSA-2048 key + CSR: ours ${ours.rsa2048.toFixed(0)} ms / openssl req ${openssl.rsa2048.toFixed(0)} ms`,
        value: ours.rsa2048 / openssl.rsa2048,
        unit: "×",
        budget: 1.0,
        kind: "ratio",
      },
      {
        id: "ratio-p256",
        name: `P-256 key + CSR: ours ${ours.p256.toFixed(1)} ms / openssl req ${openssl.p256.toFixed(1)} ms`,
        value: ours.p256 / openssl.p256,
        unit: "×",
        budget: 1.0,
        kind: "ratio",
      },
      {
        id: "export",
        name: "encrypted key file (PBKDF2 600,000 iterations, AES-256)",
        value: ours.export,
        unit: "ms",
        budget: 300,
        kind: "time",
      },
      {
        id: "pfx-modern",
        name: "PKCS#12 build, modern (AES-256, SHA-256 MAC)",
        value: ours.pfx.modern,
        unit: "ms",
        budget: 200,
        kind: "time",
      },
      {
        id: "pfx-legacy",
        name: "PKCS#12 build, legacy (3DES, SHA-1 MAC)",
        value: ours.pfx.legacy,
        unit: "ms",
        budget: 200,
        kind: "time",
      },
    ];
  },
});
sections.push(...(await import("./ui.mjs")).uiSections);
