// Findings as the Review step shows them: grouped error / warning / notice, each with its message, the
// offending names, and its cited source; errors can be accepted with a typed reason.
import { useId, useState } from "react";
import { acceptanceOf, ruleDescription } from "../domain";
import type { Finding, Plan, Severity } from "../domain/types";
import { usePlanStore } from "../state/plan-store";
import { useCardControlsShown } from "./deferred-card";
import { acceptedByLine, citationParts, SEVERITY_GROUP, SEVERITY_LABEL } from "./format";

export function Citation({ source }: { source: string }) {
  return (
    <>
      {citationParts(source).map((p, i) =>
        p.url ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one citation, in order
          <a key={i} href={p.url} target="_blank" rel="noreferrer">
            {p.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one citation, in order
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** The name given on the most recent acceptance: one admin usually accepts several errors in a row. */
function lastAcceptedBy(plan: Plan): string {
  const list = plan.acceptedFindings ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const by = list[i]?.acceptedBy;
    if (by) return by;
  }
  return "";
}

function AcceptForm({ f, plan }: { f: Finding; plan: Plan }) {
  const uid = useId();
  const [reason, setReason] = useState("");
  const [by, setBy] = useState(() => lastAcceptedBy(plan));
  const [touched, setTouched] = useState(false);
  const accept = usePlanStore((s) => s.acceptFinding);
  const empty = reason.trim().length === 0;
  return (
    <form
      className="accept-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!empty) accept(f, reason, by);
      }}
      noValidate
    >
      <label htmlFor={`${uid}-reason`}>Reason for accepting this error</label>
      <textarea
        id={`${uid}-reason`}
        rows={2}
        value={reason}
        aria-invalid={touched && empty ? true : undefined}
        aria-describedby={`${uid}-help${touched && empty ? ` ${uid}-err` : ""}`}
        onChange={(e) => setReason(e.target.value)}
      />
      <p className="field-hint" id={`${uid}-help`}>
        Kept in the plan and printed on the worksheet. Accepting lets you generate the CSR despite this error.
      </p>
      {touched && empty ? (
        <p className="field-error" id={`${uid}-err`}>
          Type why this error is acceptable before accepting it.
        </p>
      ) : null}
      <label htmlFor={`${uid}-by`}>Accepted by (optional)</label>
      <input
        id={`${uid}-by`}
        type="text"
        value={by}
        maxLength={200}
        autoComplete="name"
        aria-describedby={`${uid}-by-help`}
        onChange={(e) => setBy(e.target.value)}
      />
      <p className="field-hint" id={`${uid}-by-help`}>
        A name or role for the change ticket, e.g. "J. Smith, UC team".
      </p>
      <button type="submit" className="button button-small">
        Accept this error
      </button>
    </form>
  );
}

/** Why the rule exists, folded: admins ask "why is this a rule", and the finding itself says what is wrong here. */
function AboutRule({ id }: { id: string }) {
  const about = ruleDescription(id);
  if (!about) return null;
  return (
    <details className="finding-about">
      <summary>About this rule</summary>
      <p>{about}</p>
    </details>
  );
}

/** How many certificate ids a shared notice lists before "… and N more". */
const APPLIES_SHOWN = 12;

export function FindingItem({ f, plan, appliesTo }: { f: Finding; plan: Plan; appliesTo?: string[] }) {
  const accepted = f.severity === "error" ? acceptanceOf(plan, f) : undefined;
  const withdraw = usePlanStore((s) => s.withdrawAcceptance);
  const controls = useCardControlsShown();
  return (
    // the rule's id stays off the screen (it is this app's internal name): the message says what is wrong; the
    // attribute lets the tests find a finding by its rule
    <li className={`finding finding-${f.severity} ${accepted ? "finding-accepted" : ""}`} data-rule={f.rule}>
      <p className="finding-head">
        <span className={`tag tag-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>{" "}
        {f.target === "existing" ? <span className="tag">existing certificate</span> : null}
        {accepted ? <span className="tag tag-accepted">accepted</span> : null}
      </p>
      <p className="finding-message">{f.message}</p>
      {f.names && f.names.length > 0 ? (
        <p className="finding-names">
          Names:{" "}
          {f.names.slice(0, 20).map((n, i) => (
            <span key={n}>
              {i > 0 ? ", " : ""}
              <code>{n}</code>
            </span>
          ))}
          {f.names.length > 20 ? ` … and ${f.names.length - 20} more` : null}
        </p>
      ) : null}
      {appliesTo ? (
        <p className="finding-names">
          On {appliesTo.length} certificates:{" "}
          {appliesTo.slice(0, APPLIES_SHOWN).map((id, i) => (
            <span key={id}>
              {i > 0 ? ", " : ""}
              <code>{id}</code>
            </span>
          ))}
          {appliesTo.length > APPLIES_SHOWN ? ` … and ${appliesTo.length - APPLIES_SHOWN} more` : null}
        </p>
      ) : null}
      <p className="finding-source">
        Source: <Citation source={f.source} />
      </p>
      <AboutRule id={f.rule} />
      {accepted ? (
        <div className="accepted">
          <p>
            {acceptedByLine(accepted) ?? "Accepted"}: <q>{accepted.reason}</q>
          </p>
          <button type="button" className="button button-small" onClick={() => withdraw(f)}>
            Withdraw this acceptance
          </button>
        </div>
      ) : f.severity === "error" && f.target === "plan" && controls ? (
        <AcceptForm f={f} plan={plan} />
      ) : null}
    </li>
  );
}

const ORDER: Severity[] = ["error", "warning", "info"];

export function FindingGroups({
  findings,
  plan,
  headingLevel = 4,
}: {
  findings: Finding[];
  plan: Plan;
  headingLevel?: 3 | 4;
}) {
  if (findings.length === 0) return <p className="muted">No findings.</p>;
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {ORDER.map((sev) => {
        const list = findings.filter((f) => f.severity === sev);
        if (list.length === 0) return null;
        if (sev === "info") {
          // notices are planning hints: folded, so that errors and warnings stand out
          return (
            <details key={sev} className="finding-group finding-group-info">
              <summary>
                {SEVERITY_GROUP[sev]} ({list.length})
              </summary>
              <ul className="findings">
                {list.map((f, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a rule can report several findings on one certificate
                  <FindingItem key={`${f.rule}|${f.target}|${i}`} f={f} plan={plan} />
                ))}
              </ul>
            </details>
          );
        }
        return (
          <div key={sev} className={`finding-group finding-group-${sev}`}>
            <H>
              {SEVERITY_GROUP[sev]} ({list.length})
            </H>
            <ul className="findings">
              {list.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a rule can report several findings on one certificate
                <FindingItem key={`${f.rule}|${f.target}|${i}`} f={f} plan={plan} />
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
