import { type ReactNode, useEffect, useRef } from "react";
import { takeFocusRequest } from "./router";

/** A step's <h2>: takes the focus when the admin moved to this step (so screen readers announce it). */
export function StepHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="step-heading">
      {children}
    </h2>
  );
}
