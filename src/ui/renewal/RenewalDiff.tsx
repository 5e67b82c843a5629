// Review step, for a certificate with an `existing` entry (renewal, added nodes): the names against the old
// certificate (added / removed / kept, with reasons), the SANs the CA will bill and, with a price per SAN, a cost
// estimate (plan.billing, saved with the plan).
import { useId, useState } from "react";
import { billedSans, renewalDiff } from "../../domain/renewal";
import type { CertificatePlan, ExistingCertificate, Plan } from "../../domain/types";
import { usePlanStore } from "../../state/plan-store";
import { plural } from "../format";
import "../install/install.css";

export const CHANGE_LABEL = { added: "Added", removed: "Removed", kept: "Kept" } as const;

/** The names of a renewal against the old certificate, one row each: on the Review step and the worksheet. */
export function NameDiffTable({
  rows,
  caption,
}: {
  rows: readonly { value: string; change: keyof typeof CHANGE_LABEL; reason: string }[];
  caption: string;
}) {
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Change</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.change}|${r.value}`}>
            <td>
              <code>{r.value}</code>
            </td>
            <td className={`change-${r.change}`}>{CHANGE_LABEL[r.change]}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function existingLabel(e: ExistingCertificate): string {
  const what = e.kind === "csr" ? "existing CSR" : "existing certificate";
  const until = e.notAfter ? `, valid until ${e.notAfter.slice(0, 10)}` : "";
  return `${what} (CN ${e.subjectCN}${until})`;
}

function BillingFields({ plan }: { plan: Plan }) {
  const uid = useId();
  const commit = usePlanStore((s) => s.commitPlan);
  const [price, setPrice] = useState(
    plan.billing?.pricePerSan === undefined ? "" : String(plan.billing.pricePerSan),
  );
  const [currency, setCurrency] = useState(plan.billing?.currency ?? "");
  const [error, setError] = useState("");

  const save = (nextPrice: string, nextCurrency: string) => {
    const current = usePlanStore.getState().plan;
    const billing: NonNullable<Plan["billing"]> = {};
    const trimmed = nextPrice.trim();
    if (trimmed !== "") {
      const n = Number(trimmed);
      if (!Number.isFinite(n) || n < 0) {
        setError("The price per SAN must be a number of 0 or more.");
        return;
      }
      billing.pricePerSan = n;
    }
    setError("");
    const c = nextCurrency.trim().slice(0, 8);
    if (c !== "") billing.currency = c;
    const next: Plan = { ...current };
    if (Object.keys(billing).length > 0) next.billing = billing;
    else delete next.billing;
    commit(next);
  };

  return (
    <div className="renewal-billing">
      <div className="field">
        <label htmlFor={`${uid}-price`}>Price per SAN</label>
        <input
          id={`${uid}-price`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={price}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-err` : `${uid}-hint`}
          onChange={(e) => {
            setPrice(e.target.value);
            save(e.target.value, currency);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-cur`}>Currency</label>
        <input
          id={`${uid}-cur`}
          type="text"
          maxLength={8}
          value={currency}
          onChange={(e) => {
            setCurrency(e.target.value);
            save(price, e.target.value);
          }}
        />
      </div>
      <p className="field-hint" id={`${uid}-hint`}>
        Optional; saved with the plan, the same for every certificate.
      </p>
      {error ? (
        <p className="field-error" id={`${uid}-err`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The renewal diff of one certificate; nothing when the plan has no `existing` entry for it. */
export function RenewalDiff({ cert, plan }: { cert: CertificatePlan; plan: Plan }) {
  const uid = useId();
  const existing = plan.existing?.find((e) => e.certificate === cert.id);
  if (!existing) return null;
  const d = renewalDiff(cert, existing);
  const b = billedSans(cert, plan.billing);
  return (
    <section className="renewal" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>Compared with the {existingLabel(existing)}</h4>
      <p role="status">
        {plural(d.added.length, "name")} added, {plural(d.removed.length, "name")} removed,{" "}
        {plural(d.kept.length, "name")} kept.
        {d.cnChanged ? ` The Subject CN changes from ${existing.subjectCN} to ${cert.subject.CN}.` : ""}
      </p>
      <div className="table-scroll">
        <NameDiffTable
          rows={d.rows}
          caption={`Names: new plan against the ${existing.kind === "csr" ? "existing CSR" : "old certificate"}`}
        />
      </div>
      <p>
        <strong>SANs the CA will bill: {b.count}</strong>
        {b.wildcards > 0 ? ` (${plural(b.wildcards, "wildcard")} among them)` : ""}.{" "}
        {b.estimateText ? (
          <>
            Estimate: <strong>{b.estimateText}</strong> ({b.count} × {plan.billing?.pricePerSan}).
          </>
        ) : null}
      </p>
      <p className="field-hint">{b.note}</p>
      <BillingFields plan={plan} />
    </section>
  );
}
