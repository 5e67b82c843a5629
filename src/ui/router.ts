// Hash routing: the step is the URL's hash (#start, #organization …). Nothing else ever goes in the URL.
import { useSyncExternalStore } from "react";
import { type StepId, stepFromHash } from "./steps";

function subscribe(cb: () => void): () => void {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
}

/** Set when the admin moves between steps, so that the new step's heading takes the focus (not on page load).
 *  goTo sets it at once: the hash changes synchronously and a render caused by something else in the same
 *  handler (choosing a preset replaces the plan) already shows the new step, before "hashchange" fires; a step
 *  whose code is loaded renders in that very render. The "hashchange" event sets it only for a change goTo did
 *  not make (a link, Back and Forward), so it cannot fire again after the heading took the focus. */
let focusPending = false;
let lastHash = typeof window !== "undefined" ? window.location.hash : "";

if (typeof window !== "undefined") {
  window.addEventListener("hashchange", () => {
    if (window.location.hash === lastHash) return;
    lastHash = window.location.hash;
    focusPending = true;
  });
}

export function takeFocusRequest(): boolean {
  const v = focusPending;
  focusPending = false;
  return v;
}

export function useStep(): StepId {
  return useSyncExternalStore(subscribe, () => stepFromHash(window.location.hash));
}

export function goTo(step: StepId): void {
  if (window.location.hash === `#${step}`) return;
  window.location.hash = step;
  lastHash = window.location.hash;
  focusPending = true;
}

/** Pages outside the wizard's steps, reached from Start: "#import" (import a deployment's own exports). The step
 *  bar shows them under Start (stepFromHash falls back to it). */
export type PageId = "import";

export function usePage(): PageId | null {
  return useSyncExternalStore(subscribe, () => (window.location.hash === "#import" ? "import" : null));
}
