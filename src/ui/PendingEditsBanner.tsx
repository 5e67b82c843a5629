// The banner on Review, Keys and CSRs, Worksheet and Install while a step's form holds edits that are not in the
// plan: which step, which form, which fields (in the admin's words), a button that goes to the first field, and
// "Discard my edits on <step>". Until then CSRs, key and CSR downloads, server-side files and printing are held
// (useEditsHeld), so nothing is made from values the form does not show.
import { useId } from "react";
import { usePlanStore } from "../state/plan-store";
import { goToField, pendingSteps } from "./pending";

export function PendingEditsBanner() {
  const uid = useId();
  const drafts = usePlanStore((s) => s.drafts);
  const discard = usePlanStore((s) => s.discardDrafts);
  const steps = pendingSteps(drafts);
  if (steps.length === 0) return null;
  return (
    <section className="banner banner-warning pending-banner" aria-labelledby={`${uid}-h`}>
      <p id={`${uid}-h`}>
        <strong>
          Edits on {steps.map((p) => p.name).join(" and ")} are not in the plan: the plan still has its last
          valid values.
        </strong>{" "}
        CSRs, downloads, server-side request files and printing wait until you fix these edits or discard
        them.
      </p>
      {steps.map((p) => (
        <div key={p.step}>
          <ul>
            {p.drafts.map((d) => (
              <li key={d.title}>
                {d.title === p.name ? p.name : `${p.name} — ${d.title}`}:{" "}
                {d.fields.map((f) => f.label).join(", ")}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button" onClick={() => goToField(p.step, p.first)}>
              Fix them on {p.name}
            </button>
            <button type="button" className="button" onClick={() => discard(p.step)}>
              Discard my edits on {p.name}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
