#!/usr/bin/env node
// `npm test`: every check the project has — tools present, lint + format, types, production build, then the unit
// tests (which call openssl and certtool) beside the end-to-end tests in Chromium. Runs them all, then prints one
// closing line "N passed, N failed" that CI reads, and exits non-zero if anything failed.
//
// Why the two suites run side by side: one Playwright worker keeps this project's 2-core machines ≈67 % busy
// (Chromium waits on its own tasks and on openssl), so the unit tests' one worker fits beside it. One after the
// other they took ≈90 + ≈420 s; side by side the end-to-end tests take 10–18 % longer and the unit tests end
// inside that time. Two Playwright workers instead saved less (6.9 → 6.5 min) and doubled the browsers. The unit
// tests' output is kept in reports/unit-output.txt and printed once both have ended.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** A step run as a child process without blocking this one: resolves with whether it passed, once it ends. With
 *  `log`, its output goes to that file (printed by the caller afterwards) instead of this terminal. */
function started(name, cmd, args, { log, env } = {}) {
  const t0 = Date.now();
  const entry = { name, ok: false, seconds: "?" };
  results.push(entry);
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}${log ? ` (alongside; its output: ${log})` : ""}`);
  const fd = log ? openSync(log, "w") : null;
  const child = spawn(cmd, args, {
    stdio: fd === null ? "inherit" : ["ignore", fd, fd],
    env: env ?? process.env,
  });
  if (fd !== null) closeSync(fd);
  return new Promise((resolve) => {
    const end = (ok, how) => {
      entry.ok = ok;
      entry.seconds = ((Date.now() - t0) / 1000).toFixed(1);
      entry.how = how;
      resolve(ok);
    };
    child.on("error", (e) => end(false, e.message));
    child.on("exit", (code, signal) => end(code === 0, `exit ${code ?? signal}`));
  });
}

function ended(name) {
  const r = results.find((x) => x.name === name);
  if (r) console.log(`=== ${name}: ${r.ok ? "ok" : `FAILED (${r.how})`} in ${r.seconds} s`);
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

// a report left by an earlier run must not count for this one
for (const f of ["unit-results.json", "e2e-results.json", "unit-output.txt"])
  rmSync(`reports/${f}`, { force: true });

step("lint and format (biome)", "npx", ["biome", "check", "."]);
step("types (tsc --noEmit)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
const built = step("production build", "npm", ["run", "build", "--silent"]);
const UNIT = "unit tests (vitest)";
const E2E = "end-to-end tests (playwright, chromium)";
const UNIT_LOG = "reports/unit-output.txt";
await Promise.all([
  started(
    UNIT,
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=reports/unit-results.json"],
    { log: UNIT_LOG },
  ),
  built && existsSync("e2e")
    ? started(E2E, "npx", ["playwright", "test"], { env: { ...process.env, CI: process.env.CI ?? "1" } })
    : null,
]);
ended(E2E);
process.stdout.write(`\n=== ${UNIT}, its output:\n${readFileSync(UNIT_LOG, "utf8")}`);
ended(UNIT);

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
