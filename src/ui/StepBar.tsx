import { useEffect, useState } from "react";
import type { Plan } from "../domain/types";
import { useKeyStore } from "../state/key-store";
import { usePlanStore } from "../state/plan-store";
import { usePendingStepIds } from "./pending";
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

interface Badge {
  text: string;
  tone: string;
  /** what the badge means, read by screen readers as the link's description */
  says: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The step bar: links whose accessible names are exactly the step names. A badge is drawn aria-hidden and
 *  said in words through the link's description (aria-describedby). */
export function StepBar({ current }: { current: StepId }) {
  const plan = usePlanStore((s) => s.plan);
  const generated = useKeyStore((s) => Object.keys(s.entries).length);
  const pending = usePendingStepIds();
  const counts = useCounts(plan);
  const badges = (id: StepId): Badge[] => {
    const out: Badge[] = [];
    if (pending.includes(id))
      out.push({ text: "!", tone: "badge-pending", says: "has edits that are not in the plan" });
    if (id === "components" && plan.components.length > 0)
      out.push({
        text: String(plan.components.length),
        tone: "",
        says: `${plural(plan.components.length, "component")} in the plan`,
      });
    // an empty plan has nothing to review: no ✓
    if (id === "review" && counts && counts.certificates > 0) {
      out.push(
        counts.blocking > 0
          ? {
              text: `${counts.blocking} !`,
              tone: "badge-error",
              says: `${plural(counts.blocking, "error")} to fix or accept`,
            }
          : { text: "✓", tone: "badge-ok", says: "no errors" },
      );
    }
    if (id === "keys" && counts && counts.certificates > 0)
      out.push({
        text: `${generated}/${counts.certificates}`,
        tone: "",
        says: `${generated} of ${plural(counts.certificates, "CSR")} generated`,
      });
    return out;
  };
  return (
    // data-counted: the planning engine's counts are in (a page or a test can tell "no badge" from "not yet")
    <nav aria-label="Steps" className="stepbar" data-counted={counts ? "" : undefined}>
      <ol>
        {STEPS.map((s, i) => {
          const bs = badges(s.id);
          const descId = `stepbar-${s.id}-says`;
          return (
            <li key={s.id}>
              <a
                href={`#${s.id}`}
                aria-current={s.id === current ? "step" : undefined}
                aria-describedby={bs.length > 0 ? descId : undefined}
              >
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {s.name}
                {bs.map((b) => (
                  <span key={b.tone} className={`badge ${b.tone}`} aria-hidden="true" title={b.says}>
                    {b.text}
                  </span>
                ))}
              </a>
              {bs.length > 0 ? (
                <span id={descId} hidden>
                  {bs.map((b) => b.says).join("; ")}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
