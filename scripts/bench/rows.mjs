// The rows of the bench table. A row is { id, name, value, unit, budget, kind }:
//   kind "ratio": value = ours / baseline, both measured in the same run (gated: value ≤ budget)
//   kind "size":  bytes or megabytes (gated: value ≤ budget)
//   kind "info":  an absolute figure, printed and recorded in bench-results/bench.json, never gated
// A time in milliseconds is never gated: on a shared machine it measures the load as much as the code.

export const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

/** A ratio row: `ours` over `base`, both named with their times (absolute figures: information only). `ratio`
 *  when the ratio is not ours / base (the median of paired ratios, for instance). */
export function ratioRow(id, what, ours, base, budget, ratio = ours / base) {
  return {
    id,
    name: `${what.title}: ${what.ours} ${ms(ours)} / ${what.base} ${ms(base)}`,
    value: ratio,
    unit: "×",
    budget,
    kind: "ratio",
    ours: { what: what.ours, ms: ours },
    base: { what: what.base, ms: base },
  };
}

/** A row for information only: printed and recorded, never gated. */
export function infoRow(id, name, value, unit) {
  return { id, name, value, unit, budget: null, kind: "info" };
}
