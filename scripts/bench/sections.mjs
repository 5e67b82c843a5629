// The bench's sections, in the order they run. A section is { id, title, run: async () => rows } (rows:
// rows.mjs). To add one, write it in its own file under scripts/bench/ and add it to the list at the end.
// `node scripts/bench.mjs <id> ... --no-build` runs only the named sections.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { cryptoFigures } from "./browser.mjs";
import { hostileSection } from "./hostile.mjs";
import { infoRow, ms, ratioRow } from "./rows.mjs";
import { uiSections } from "./ui.mjs";

function runTsx(file) {
  const r = spawnSync("npx", ["tsx", file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(`${file} failed: ${(r.stderr || r.stdout).trim().split("\n").slice(-5).join(" | ")}`);
  const last = r.stdout.trim().split("\n").pop() ?? "[]";
  return JSON.parse(last);
}

const planner = {
  id: "planner",
  title: "planning engine (Node)",
  run: async () => {
    const f = runTsx("scripts/bench/planner.ts");
    return [
      ratioRow(
        "planner-scaling",
        {
          title: "planCertificates scaling",
          ours: `${f.big.name.replace(/^bench: /, "")} (${f.big.certificates} certificates)`,
          base: `${f.small.name.replace(/^bench: /, "")} (${f.small.certificates} certificates)`,
        },
        f.planBig,
        f.planSmall,
        12,
      ),
      infoRow(
        "planner",
        `planCertificates, ${f.big.name.replace(/^bench: /, "")}: ${f.big.certificates} certificates, ${f.big.findings} findings`,
        f.planBig,
        "ms",
      ),
      infoRow("parse", "parsePlan, same plan", f.parseBig, "ms"),
    ];
  },
};

// ---------------------------------------------------------------- bundle sizes (from the real build)
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
      budget: 300,
      kind: "size",
    },
    {
      id: "size-single",
      name: "self-contained san-planner.html",
      value: single,
      unit: "kB",
      budget: 450,
      kind: "size",
    },
  ];
}

const sizes = { id: "sizes", title: "bundle sizes", run: async () => bundleSizes() };

// ---------------------------------------------------------------- crypto in Chromium vs the openssl CLI
// A PKCS#12 file may cost up to this many times one encrypted key file's PBKDF2 (README, "The bench").
const PFX_BUDGET = 1.5;

const cryptoSection = {
  id: "crypto",
  title: "key generation, CSR, key file and PKCS#12 in Chromium",
  run: async () => {
    const { ours, openssl } = await cryptoFigures();
    const raw = "raw WebCrypto";
    return [
      ratioRow(
        "csr-rsa",
        { title: "RSA-2048 key + CSR", ours: "ours", base: `${raw} (same key generation time)` },
        ours.rsa2048.ours,
        ours.rsa2048.raw,
        1.15,
      ),
      infoRow(
        "csr-rsa-own",
        `RSA-2048 key + CSR, each side's own median: ours ${ms(ours.rsa2048.oursOwn)}, ${raw} ${ms(ours.rsa2048.rawOwn)}, key generation alone ${ms(ours.rsa2048.keygen)}`,
        ours.rsa2048.oursOwn,
        "ms",
      ),
      ratioRow(
        "csr-p256",
        { title: "P-256 key + CSR (median of paired ratios)", ours: "ours", base: raw },
        ours.p256.ours,
        ours.p256.raw,
        1.15,
        ours.p256.ratio,
      ),
      ratioRow(
        "ratio-rsa",
        { title: "RSA-2048 key + CSR", ours: "ours", base: "openssl req" },
        ours.rsa2048.oursOwn,
        openssl.rsa2048,
        1.0,
      ),
      ratioRow(
        "ratio-p256",
        { title: "P-256 key + CSR", ours: "ours", base: "openssl req" },
        ours.p256.ours,
        openssl.p256,
        1.0,
      ),
      ratioRow(
        "export",
        {
          title: "encrypted key file (PBKDF2 600,000, AES-256; median of paired ratios)",
          ours: "ours",
          base: raw,
        },
        ours.export.ours,
        ours.export.raw,
        1.15,
        ours.export.ratio,
      ),
      ratioRow(
        "pfx-modern",
        {
          title: "PKCS#12, modern (AES-256, SHA-256 MAC; median of paired ratios)",
          ours: "ours",
          base: `${raw} PBKDF2 600,000`,
        },
        ours.pfx.modern,
        ours.pfx.kdf,
        PFX_BUDGET,
        ours.pfx.ratio.modern,
      ),
      ratioRow(
        "pfx-legacy",
        {
          title: "PKCS#12, legacy (3DES, SHA-1 MAC; median of paired ratios)",
          ours: "ours",
          base: `${raw} PBKDF2 600,000`,
        },
        ours.pfx.legacy,
        ours.pfx.kdf,
        PFX_BUDGET,
        ours.pfx.ratio.legacy,
      ),
    ];
  },
};

export const sections = [planner, sizes, cryptoSection, ...uiSections, hostileSection];
