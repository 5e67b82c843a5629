// Edits a step's form holds that are not in the plan (issue: one truth between the form and the plan). The
// drafts live in the plan store (never persisted); this module groups them by step for the step bar, the banner
// and the held actions, and carries the "go to this field" request across a step change.
import { type Draft, usePlanStore } from "../state/plan-store";
import { goTo } from "./router";
import { type StepId, stepName } from "./steps";

export interface PendingStep {
  step: StepId;
  name: string;
  drafts: Draft[];
  /** the field to go to first */
  first: { key: string; field: string } | null;
}

/** Steps whose forms hold edits that are not in the plan, in step order. */
export function pendingSteps(drafts: Record<string, Draft>): PendingStep[] {
  const byStep = new Map<string, PendingStep>();
  for (const [key, d] of Object.entries(drafts)) {
    const step = d.step as StepId;
    let p = byStep.get(step);
    if (!p) {
      p = { step, name: stepName(step), drafts: [], first: null };
      byStep.set(step, p);
    }
    p.drafts.push(d);
    const field = d.fields.find((f) => f.name !== "")?.name;
    if (!p.first && field !== undefined) p.first = { key, field };
  }
  const order = ["start", "organization", "domains", "components", "review", "keys", "worksheet", "install"];
  return [...byStep.values()].sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step));
}

/** True while any step holds edits that are not in the plan: CSRs, downloads and printing wait. */
export function useEditsHeld(): boolean {
  return usePlanStore((s) => Object.keys(s.drafts).length > 0);
}

/** The steps with pending edits (a stable string selector, so components re-render only when it changes). */
export function usePendingStepIds(): StepId[] {
  const ids = usePlanStore((s) => [...new Set(Object.values(s.drafts).map((d) => d.step))].sort().join(" "));
  return ids === "" ? [] : (ids.split(" ") as StepId[]);
}

let focusRequest: { key: string; field: string } | null = null;

/** Go to a field of a step's form: the step opens and, once its form is mounted, the field takes the focus. */
export function goToField(step: StepId, target: { key: string; field: string } | null): void {
  focusRequest = target;
  goTo(step);
}

/** Whether the admin is being taken to a field of this form (the request is not taken). */
export function fieldFocusRequested(key: string): boolean {
  return focusRequest?.key === key;
}

/** The field this form must focus when it mounts, if the admin asked to go to it (taken once). */
export function takeFieldFocus(key: string): string | null {
  if (!focusRequest || focusRequest.key !== key) return null;
  const field = focusRequest.field;
  focusRequest = null;
  return field;
}
