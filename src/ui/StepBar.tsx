import { useEffect, useState } from "react";
import type { Plan } from "../domain/types";
import { useKeyStore } from "../state/key-store";
import { usePlanStore } from "../state/plan-store";
import { STEPS, type StepId } from "./steps";

interface Counts {
  certificates: number;
  blocking: number;
}

/** The planning engine's counts, loaded lazily and computed when the plan has been still for a moment. */
function useCounts(plan: Plan): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  useEffect(() => {
    let cancelled = false;
    const t = setTimeout(() => {
      void import("./plan-result").then((m) => {
        if (!cancelled) setCounts(m.stepCounts(plan));
      });
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [plan]);
  return counts;
}

/** The step bar: links whose accessible names are exactly the step names (badges are aria-hidden). */
export function StepBar({ current }: { current: StepId }) {
  const plan = usePlanStore((s) => s.plan);
  const generated = useKeyStore((s) => Object.keys(s.entries).length);
  const counts = useCounts(plan);
  const badge = (id: StepId): { text: string; tone: string } | null => {
    if (id === "components" && plan.components.length > 0)
      return { text: String(plan.components.length), tone: "" };
    if (id === "review" && counts) {
      return counts.blocking > 0
        ? { text: `${counts.blocking} !`, tone: "badge-error" }
        : { text: "✓", tone: "badge-ok" };
    }
    if (id === "keys" && counts && counts.certificates > 0)
      return { text: `${generated}/${counts.certificates}`, tone: "" };
    return null;
  };
  return (
    <nav aria-label="Steps" className="stepbar">
      <ol>
        {STEPS.map((s, i) => {
          const b = badge(s.id);
          return (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === current ? "step" : undefined}>
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {s.name}
                {b ? (
                  <span className={`badge ${b.tone}`} aria-hidden="true">
                    {b.text}
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
