// Replacing the plan as a whole (preset, open, new): asks first when there is something to lose.
import type { ReactNode } from "react";
import type { Plan } from "../domain/types";
import { undownloadedKeyIds, useKeyStore } from "../state/key-store";
import { usePlanStore } from "../state/plan-store";
import type { ConfirmOptions } from "./confirm";

export function planHasContent(plan: Plan): boolean {
  return (
    plan.components.length > 0 ||
    plan.name.trim() !== "" ||
    plan.sipDomains.length > 0 ||
    (plan.srv?.length ?? 0) > 0
  );
}

/** Ask before discarding the current plan (and any generated keys). True when it is fine to go on. */
export async function confirmDiscard(
  ask: (o: ConfirmOptions) => Promise<boolean>,
  action: string,
  message?: ReactNode,
): Promise<boolean> {
  const plan = usePlanStore.getState().plan;
  const keys = undownloadedKeyIds(useKeyStore.getState()).length;
  if (!planHasContent(plan) && keys === 0) return true;
  const name = plan.name.trim() === "" ? "the current plan" : `the plan “${plan.name}”`;
  const keyText =
    keys > 0
      ? ` ${keys} generated key${keys === 1 ? " has" : "s have"} not been downloaded and will be lost.`
      : "";
  return ask({
    title: "Discard the current plan?",
    message:
      message ??
      `${action} replaces ${name}. Save it first with “Save plan” if you want to keep it.${keyText}`,
    confirmLabel: "Discard and continue",
    cancelLabel: "Keep the current plan",
  });
}

export function replacePlanAndKeys(plan: Plan): void {
  useKeyStore.getState().clear();
  usePlanStore.getState().replacePlan(plan);
}
