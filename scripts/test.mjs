#!/usr/bin/env node
// `npm test`: every check the project has, in order — tools present, lint + format, types, unit tests
// (which call openssl and certtool), production build, end-to-end tests in Chromium. Runs them all,
// then prints one closing line "N passed, N failed" that CI reads, and exits non-zero if anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { ensureTools } from "./tools.mjs";

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
const results = [];

function step(name, cmd, args, opts = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env, ...opts });
  const ok = r.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok, seconds });
  console.log(`=== ${name}: ${ok ? "ok" : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds} s`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}

if (!ensureTools()) process.exit(1);
mkdirSync("reports", { recursive: true });

step("lint and format (biome)", "npx", ["biome", "check", "."]);
step("types (tsc --noEmit)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
step("unit tests (vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=reports/unit-results.json",
]);
const built = step("production build", "npm", ["run", "build", "--silent"]);
if (built && existsSync("e2e")) {
  step("end-to-end tests (playwright, chromium)", "npx", ["playwright", "test"], {
    env: { ...process.env, CI: process.env.CI ?? "1" },
  });
}

let passed = 0;
let failed = 0;
const unit = readJson("reports/unit-results.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  console.log(
    `unit tests: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed (${unit.numTotalTests} total)`,
  );
}
const e2e = readJson("reports/e2e-results.json");
if (e2e?.stats) {
  const s = e2e.stats;
  passed += s.expected ?? 0;
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
  console.log(
    `e2e tests: ${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`,
  );
}
// a failed step that is not a test runner (lint, types, build) counts as one failure
for (const r of results) {
  if (!r.ok && !/vitest|playwright/.test(r.name)) failed += 1;
}
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.ok ? "ok    " : "FAILED"} ${r.name} (${r.seconds} s)`);
const anyFailed = results.some((r) => !r.ok);
if (anyFailed && failed === 0) failed = 1;
const closing = `${passed} passed, ${failed} failed`;
mkdirSync("reports", { recursive: true });
writeFileSync("reports/summary.txt", `${closing}\n`);
console.log(`\n${closing}`);
process.exit(anyFailed ? 1 : 0);
