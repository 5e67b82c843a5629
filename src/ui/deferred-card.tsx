import { createContext, type RefObject, useContext, useLayoutEffect, useRef, useState } from "react";

/** Whether a card of a list is laid out and painted only near the viewport (`content-visibility: auto`, the
 *  `deferred` class in styles.css): in a list of 10 cards or more, from the 4th on. A small plan's cards, and the
 *  first cards of a large one, always render in full. */
export function isDeferredCard(index: number, count: number): boolean {
  return count >= 10 && index >= 3;
}

const SUPPORTED = typeof window !== "undefined" && "ContentVisibilityAutoStateChangeEvent" in window;

/** Whether a card's form controls (selects, text fields, the accept form) are in the DOM yet.
 *
 *  Chrome's and Edge's autofill inspect every form control of the page after a control appears or changes, and
 *  check each one's visibility. For a control inside a card whose layout the browser skips, that check forces the
 *  card's layout, once per control: on the Review of a 1,000-node plan (50 cards, ~190 controls) it measured
 *  ~0.8 s in one task (the page frozen), against ~0.06 s once the skipped cards held no control.
 *
 *  So a deferred card renders its controls when the browser first finds it near the viewport (the
 *  `contentvisibilityautostatechange` event, which also fires when find-in-page or the focus reaches it), and
 *  keeps them from then on: nothing typed into them is lost when the card scrolls away. Without the event
 *  (Chrome < 108, Firefox < 125, Safari < 18), every card renders its controls at once, as before. */
export function useControlsShown(deferred: boolean): { ref: RefObject<HTMLElement | null>; shown: boolean } {
  const ref = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(!deferred || !SUPPORTED);
  // before the first paint, so that the event of the first rendering update is not missed
  useLayoutEffect(() => {
    const el = ref.current;
    if (shown || !el) return;
    const on = (e: Event) => {
      if ((e as Event & { skipped?: boolean }).skipped === false) setShown(true);
    };
    el.addEventListener("contentvisibilityautostatechange", on);
    return () => el.removeEventListener("contentvisibilityautostatechange", on);
  }, [shown]);
  return { ref, shown };
}

/** Whether the card around a finding's accept form shows its controls: a card gives it with
 *  `<CardControls value={shown}>`. */
export const CardControls = createContext(true);

export function useCardControlsShown(): boolean {
  return useContext(CardControls);
}
