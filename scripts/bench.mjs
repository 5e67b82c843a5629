#!/usr/bin/env node
// `npm run bench`: the benchmark gate. Every budget from the issues, measured for real, printed as one
// table (figure, budget, pass/fail); exits non-zero when a budget is missed. A time budget that fails may
// be re-measured once (machine noise on a shared 2-core box); ratios and sizes may not.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { sections } from "./bench/sections.mjs";

const args = process.argv.slice(2);
// `--hold <id>=<ceiling>`: a budget that is known to be missed and waits for a decision (it is reported as
// blocked on its issue) is still printed as FAIL against the issue's budget, but only fails the gate when the
// figure grows past the ceiling — so CI keeps gating every other budget and stops the held one from growing.
const holds = new Map();
for (let i = 0; i < args.length; i++) {
  if (args[i] !== "--hold") continue;
  const m = /^([\w-]+)=(\d+(?:\.\d+)?)$/.exec(args[i + 1] ?? "");
  if (!m) {
    console.error(`bench: --hold needs <id>=<ceiling>, got "${args[i + 1] ?? ""}"`);
    process.exit(2);
  }
  holds.set(m[1], Number(m[2]));
  args.splice(i, 2);
  i -= 1;
}
const only = args.filter((a) => !a.startsWith("--"));
if (!args.includes("--no-build")) {
  // measure the real production build, fresh
  const b = spawnSync("npm", ["run", "build", "--silent"], { stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) {
    console.error("bench: the production build failed");
    process.exit(1);
  }
}
const rows = [];
for (const section of sections) {
  if (only.length > 0 && !only.includes(section.id)) continue;
  process.stderr.write(`bench: ${section.title}…\n`);
  let got;
  try {
    got = await section.run();
  } catch (err) {
    got = [
      {
        name: `${section.title}: could not be measured — ${err instanceof Error ? err.message : String(err)}`,
        value: Number.NaN,
        unit: "",
        budget: 0,
        kind: "error",
      },
    ];
  }
  if (got.some((r) => r.kind === "time" && !(r.value <= r.budget))) {
    process.stderr.write(`bench: ${section.title}: a time budget was missed; measuring once more\n`);
    try {
      const again = await section.run();
      got = got.map((r) => {
        if (r.kind !== "time" || r.value <= r.budget) return r;
        const second = again.find((a) => a.name === r.name || a.id === r.id);
        return second ? { ...second, name: `${second.name} (re-measured)` } : r;
      });
    } catch {
      /* keep the first figures */
    }
  }
  rows.push(...got);
}

const fmt = (r) =>
  Number.isNaN(r.value)
    ? "n/a"
    : `${r.value < 10 && r.unit !== "kB" ? r.value.toFixed(2) : r.value.toFixed(r.unit === "×" ? 2 : 0)} ${r.unit}`;
const pass = (r) => r.kind !== "error" && r.value <= r.budget;
const held = (r) => !pass(r) && r.kind === "size" && holds.has(r.id) && r.value <= holds.get(r.id);
const w = Math.max(...rows.map((r) => r.name.length), 10);
const line = "-".repeat(w + 38);
console.log(line);
console.log(`${"measure".padEnd(w)}  ${"figure".padStart(12)}  ${"budget".padStart(12)}  result`);
console.log(line);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(w)}  ${fmt(r).padStart(12)}  ${`≤ ${r.budget} ${r.unit}`.padStart(12)}  ${pass(r) ? "pass" : held(r) ? `FAIL (held at ≤ ${holds.get(r.id)} ${r.unit}, blocked)` : "FAIL"}`,
  );
}
console.log(line);
for (const id of holds.keys())
  if (!rows.some((r) => r.id === id))
    console.log(`bench: --hold ${id}: no such measure (ids: ${rows.map((r) => r.id).join(", ")})`);
const heldRows = rows.filter(held);
const failed = rows.filter((r) => !pass(r) && !held(r));
mkdirSync("bench-results", { recursive: true });
const result = (r) => (pass(r) ? "pass" : held(r) ? "held" : "fail");
writeFileSync(
  "bench-results/bench.json",
  `${JSON.stringify(
    rows.map((r) => ({ ...r, result: result(r), ...(holds.has(r.id) ? { ceiling: holds.get(r.id) } : {}) })),
    null,
    2,
  )}\n`,
);
if (heldRows.length > 0)
  console.log(
    `bench: ${heldRows.length} budget${heldRows.length > 1 ? "s" : ""} missed and held (not met; see README "Budget not met"): ${heldRows.map((r) => r.id).join(", ")}`,
  );
console.log(
  `bench: ${rows.length - failed.length - heldRows.length} budgets met, ${heldRows.length} held, ${failed.length} missed`,
);
process.exit(failed.length > 0 ? 1 : 0);
