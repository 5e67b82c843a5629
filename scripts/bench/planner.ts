// Planner figures (run with tsx): planCertificates and parsePlan on a 1,000-node, 50-domain plan, medians.
import { parsePlan, planCertificates, serializePlan } from "../../src/domain";
import { mixedPlan } from "./big-plan";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median time of `fn` over `runs` runs, each on a fresh copy of `input` made outside the timed part: the
 *  engine memoises per plan object, and the wizard hands it a new plan object on every edit, so timing the same
 *  object again would time its caches. */
function time<T>(input: T, fn: (x: T) => void, runs: number): number {
  const copies = Array.from({ length: runs + 5 }, () => structuredClone(input));
  for (const c of copies.slice(0, 5)) fn(c); // warm up the JIT
  const xs: number[] = [];
  for (const c of copies.slice(5)) {
    const t = performance.now();
    fn(c);
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const plan = mixedPlan();
const parsed = parsePlan(JSON.parse(serializePlan(plan)));
if (!parsed.ok) throw new Error(`bench plan does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
const json = JSON.parse(serializePlan(parsed.plan));
const result = planCertificates(parsed.plan);
const rows = [
  {
    name: `planCertificates, 1,016 nodes / 50 SIP domains (${result.certificates.length} certificates, ${result.findings.length} findings)`,
    value: time(parsed.plan, (p) => planCertificates(p), 30),
    unit: "ms",
    budget: 20,
  },
  { name: "parsePlan, same plan", value: time(json, (j) => parsePlan(j), 30), unit: "ms", budget: 20 },
];
process.stdout.write(`${JSON.stringify(rows)}\n`);
