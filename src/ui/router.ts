// Hash routing: the step is the URL's hash (#start, #organization …). Nothing else ever goes in the URL.
import { useSyncExternalStore } from "react";
import { type StepId, stepFromHash } from "./steps";

function subscribe(cb: () => void): () => void {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
}

/** Set when the admin moves between steps, so that the new step's heading takes the focus (not on page load). */
let focusPending = false;

if (typeof window !== "undefined") {
  window.addEventListener("hashchange", () => {
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
}
