// Planner figures (run with tsx): planCertificates on a 1,000-node, 50-domain plan and on the same shape at a
// tenth of the size (the scaling ratio), and parsePlan on the big one; medians.
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

/** A plan through the parser (as the wizard holds it) and its JSON form. */
function prepared(scale: number) {
  const plan = mixedPlan(50, scale);
  const parsed = parsePlan(JSON.parse(serializePlan(plan)));
  if (!parsed.ok) throw new Error(`bench plan does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return { plan: parsed.plan, json: JSON.parse(serializePlan(parsed.plan)) };
}

// the two sizes interleaved, several rounds, so that a load spike on the shared machine hits both alike
const big = prepared(1);
const small = prepared(0.1);
const planBig: number[] = [];
const planSmall: number[] = [];
const parseBig: number[] = [];
for (let round = 0; round < 5; round++) {
  planSmall.push(time(small.plan, (p) => planCertificates(p), 30));
  planBig.push(time(big.plan, (p) => planCertificates(p), 10));
  parseBig.push(time(big.json, (j) => parsePlan(j), 10));
}
const result = planCertificates(big.plan);
const small_ = planCertificates(small.plan);
const rows = {
  big: { name: big.plan.name, certificates: result.certificates.length, findings: result.findings.length },
  small: {
    name: small.plan.name,
    certificates: small_.certificates.length,
    findings: small_.findings.length,
  },
  planBig: median(planBig),
  planSmall: median(planSmall),
  parseBig: median(parseBig),
};
process.stdout.write(`${JSON.stringify(rows)}\n`);
