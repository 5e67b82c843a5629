import { Fragment, lazy, Suspense, useId, useMemo } from "react";
import { todayIso } from "../../domain/validity";
import { useKeyStore } from "../../state/key-store";
import { RenewalLoad } from "../calendar/RenewalLoad";
import { isDeferredCard } from "../deferred-card";
import { acceptedByLine } from "../format";
import { planFingerprint } from "../keys/generate";
import { useEditsHeld } from "../pending";
import { usePlanView } from "../plan-result";
import { NameDiffTable } from "../renewal/RenewalDiff";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";
import {
  buildWorksheet,
  DOMAINS_NOTE,
  SIGN_OFF,
  sbcRows,
  validatedDomainsText,
  type WorksheetCert,
} from "../worksheet-model";

const DomainValidation = lazy(() => import("../validation/DomainValidation"));

/** For the change ticket: who asked for the certificate, who approved it, when (filled in by hand). */
function SignOff() {
  return (
    <>
      <h4>Sign-off</h4>
      <table className="table ws-signoff">
        <tbody>
          {[SIGN_OFF.slice(0, 2), SIGN_OFF.slice(2)].map((pair) => (
            <tr key={pair.join()}>
              {pair.map((label) => (
                <Fragment key={label}>
                  <th scope="row">{label}</th>
                  <td />
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Page({
  c,
  planName,
  date,
  deferred,
}: {
  c: WorksheetCert;
  planName: string;
  date: string;
  deferred: boolean;
}) {
  const uid = useId();
  return (
    <article className={deferred ? "ws-page deferred" : "ws-page"} aria-labelledby={`${uid}-h`}>
      <header className="ws-head">
        <p className="ws-plan">
          {planName} · {date}
        </p>
        <h3 id={`${uid}-h`}>{c.title}</h3>
        <p>
          Certificate <code>{c.id}</code>
        </p>
      </header>
      <table className="table ws-facts">
        <tbody>
          <tr>
            <th scope="row">Subject DN</th>
            <td>
              <code>{c.subjectDn}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">SAN count</th>
            <td>{c.sans.length}</td>
          </tr>
          <tr>
            <th scope="row">Extended key usage</th>
            <td>{c.eku.join("; ")}</td>
          </tr>
          <tr>
            <th scope="row">Key usage</th>
            <td>{c.keyUsage.join(", ")}</td>
          </tr>
          <tr>
            <th scope="row">Key algorithm</th>
            <td>{c.keyAlgorithm}</td>
          </tr>
          <tr>
            <th scope="row">Key created</th>
            <td>{c.keyCreated}</td>
          </tr>
          <tr>
            <th scope="row">CA</th>
            <td>
              {c.caType === "public"
                ? `Public CA${c.publicCa ? ` (${c.publicCa})` : ""}`
                : "Internal / enterprise CA"}
              , {c.validityDays} days
            </td>
          </tr>
          <tr>
            <th scope="row">Subject the CA issues</th>
            <td>{c.subjectCarried}</td>
          </tr>
          <tr>
            <th scope="row">Install on</th>
            <td>
              {c.installOn.join(", ") || "—"}
              {c.exportableKey ? " (exportable key)" : ""}
            </td>
          </tr>
          <tr>
            <th scope="row">Renewal</th>
            <td>{c.renews}</td>
          </tr>
          {sbcRows(c).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* full width, each on one line when printed: a hash compared by eye must not wrap mid-value */}
      <dl className="ws-fp">
        <dt>CSR SHA-256</dt>
        <dd>
          <code className="fingerprint">{c.csrSha256 ?? "not generated yet"}</code>
        </dd>
        <dt>Public key SHA-256</dt>
        <dd>
          <code className="fingerprint">{c.spkiSha256 ?? "not generated yet"}</code>
        </dd>
      </dl>
      {c.stale ? (
        <p className="blocked">The CSR was made from an earlier version of the plan: generate it again.</p>
      ) : null}
      <h4>Subject alternative names ({c.sans.length})</h4>
      <table className="table name-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Name</th>
            <th scope="col">Why it is there</th>
          </tr>
        </thead>
        <tbody>
          {c.sans.map((s) => (
            <tr key={s.value}>
              <td className="num">{s.n}</td>
              <td>
                <code>{s.value}</code>
              </td>
              <td>{s.reasons.join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.renewal ? (
        <>
          <h4>Changes from the {c.renewal.against}</h4>
          <p>
            {c.renewal.added} added, {c.renewal.removed} removed, {c.renewal.kept} kept. SANs the CA will
            bill: {c.renewal.billed}
            {c.renewal.estimate ? ` (estimate ${c.renewal.estimate})` : ""}.
          </p>
          <NameDiffTable rows={c.renewal.rows} caption="Changes from the old certificate" />
          <p className="field-hint">{c.renewal.billingNote}</p>
        </>
      ) : null}
      <h4>DNS records that must exist</h4>
      <table className="table name-table">
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {c.dnsRecords.map((r) => (
            <tr key={`${r.type}|${r.name}|${r.value}`}>
              <td>{r.type}</td>
              <td>
                <code>{r.name}</code>
              </td>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Domains the CA will validate</h4>
      <p>{validatedDomainsText(c)}</p>
      {c.validationMethods ? <p>{c.validationMethods}</p> : null}
      <h4>Accepted findings</h4>
      {c.accepted.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {c.accepted.map((a) => (
            <li key={`${a.rule}|${a.scope}`}>
              {a.scope === "plan" ? "(plan-wide) " : ""}
              {a.message ?? "An error the plan no longer raises."}
              <br />
              Reason: {a.reason}
              {acceptedByLine(a) ? (
                <>
                  <br />
                  {acceptedByLine(a)}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <SignOff />
    </article>
  );
}

export default function WorksheetStep() {
  const uid = useId();
  const { plan, result } = usePlanView();
  const entries = useKeyStore((s) => s.entries);
  const held = useEditsHeld();
  const ws = useMemo(
    () => buildWorksheet(plan, result, entries, planFingerprint, todayIso()),
    [plan, result, entries],
  );
  return (
    <section aria-labelledby={`${uid}-h`} className="step worksheet">
      <div className="no-print">
        <StepHeading id={`${uid}-h`}>Worksheet</StepHeading>
        <p className="lead">
          One page per certificate for the CA and the change ticket. Print it, or choose “Save as PDF” in the
          print dialog.
        </p>
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={held}
            onClick={() => window.print()}
          >
            Print / Save as PDF
          </button>
        </p>
      </div>
      <div className="ws-title">
        <p className="ws-doc-title">SAN worksheet — {ws.planName}</p>
        <p>
          Plan date {ws.date} · printed {ws.printedAt} · {ws.certificates.length} certificate
          {ws.certificates.length === 1 ? "" : "s"}. {DOMAINS_NOTE}
        </p>
      </div>
      {ws.certificates.length === 0 ? (
        <p className="empty">
          The plan has no certificates yet: add <a href="#components">components</a>.
        </p>
      ) : null}
      {ws.certificates.map((c, i) => (
        <Page
          key={c.id}
          c={c}
          planName={ws.planName}
          date={ws.date}
          deferred={isDeferredCard(i, ws.certificates.length)}
        />
      ))}
      {ws.certificates.length > 0 ? (
        <div className="ws-renewals">
          <RenewalLoad plan={plan} result={result} editable={false} held={held} headingId={`${uid}-ren`} />
        </div>
      ) : null}
      {ws.certificates.length > 0 ? (
        <div className="ws-validation">
          <Suspense fallback={null}>
            <DomainValidation plan={plan} result={result} held={held} headingId={`${uid}-dv`} />
          </Suspense>
        </div>
      ) : null}
      <div className="no-print">
        <StepNav step="worksheet" />
      </div>
    </section>
  );
}
