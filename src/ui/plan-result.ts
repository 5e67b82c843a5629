// The planning engine's result for the current plan, computed once per plan (memoised on the plan object: the
// store replaces the plan on every change, so identity is the version). Loaded on demand: the rules are not in
// the first chunk.
import { useDeferredValue } from "react";
import { blockingFindings, planCertificates } from "../domain";
import type { Finding, Plan, PlanResult } from "../domain/types";
import { usePlanStore } from "../state/plan-store";

const results = new WeakMap<Plan, PlanResult>();
const blocking = new WeakMap<PlanResult, Map<string, Finding[]>>();

export function resultOf(plan: Plan): PlanResult {
  let r = results.get(plan);
  if (!r) {
    r = planCertificates(plan);
    results.set(plan, r);
  }
  return r;
}

/** Errors that still block CSR generation, by certificate id (blockingFindings for each certificate). */
export function blockingByCertificate(plan: Plan, result: PlanResult): Map<string, Finding[]> {
  let m = blocking.get(result);
  if (!m) {
    m = new Map();
    for (const c of result.certificates) m.set(c.id, blockingFindings(plan, result, c.id));
    blocking.set(result, m);
  }
  return m;
}

export interface PlanView {
  plan: Plan;
  result: PlanResult;
  /** the plan changed and the view still shows the previous result (typing stays responsive) */
  stale: boolean;
}

/** The plan and its result, deferred: a large plan is re-planned in the background of a keystroke. */
export function usePlanView(): PlanView {
  const plan = usePlanStore((s) => s.plan);
  const deferred = useDeferredValue(plan);
  return { plan: deferred, result: resultOf(deferred), stale: deferred !== plan };
}

/** Counts for the step bar's badges. */
export function stepCounts(plan: Plan): { certificates: number; blocking: number } {
  const result = resultOf(plan);
  const ids = new Set<string>();
  for (const list of blockingByCertificate(plan, result).values())
    for (const f of list) ids.add(`${f.rule}|${f.certificate ?? ""}`);
  return { certificates: result.certificates.length, blocking: ids.size };
}
