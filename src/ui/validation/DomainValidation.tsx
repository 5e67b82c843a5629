// "Domain validation": what the public CA validates for this plan, how long a validation counts on the issue
// date, the methods left, and the DNS records to create once (zone file and Windows DNS PowerShell), with copy
// and download. Shown on the Review and on the worksheet; a pure function of the plan (schedule/validation-plan).
import { useId, useMemo, useRef } from "react";
import { todayIso } from "../../domain";
import { longDate } from "../../domain/public-ca";
import type { Plan, PlanResult } from "../../domain/types";
import {
  type CertificateValidation,
  type DomainValidationPlan,
  domainValidationPlan,
  VALIDATION_SOURCES,
} from "../../schedule/validation-plan";
import { ACCOUNT_PLACEHOLDER, ISSUER_PLACEHOLDER } from "../../schedule/validation-records";
import { copyOrSelect, useAnnouncer } from "../copy";
import { downloadText, planFileStem } from "../download";
import { plural } from "../format";

export function validationFileNames(plan: Plan): { zone: string; powershell: string } {
  const stem = planFileStem(plan.name);
  return { zone: `${stem}-validation-records.zone`, powershell: `${stem}-validation-records.ps1` };
}

/** Certificates that need the same domains validated, as one row (a 1,000-node plan has few domain sets). */
function groups(certs: CertificateValidation[]): { domains: string[]; titles: string[]; ca: string }[] {
  const byKey = new Map<string, { domains: string[]; titles: string[]; ca: string }>();
  for (const c of certs) {
    const ca = c.publicCa ?? "Public CA (not named)";
    const key = `${ca}|${c.domains.join(",")}`;
    const g = byKey.get(key) ?? { domains: c.domains, titles: [], ca };
    g.titles.push(c.title);
    byKey.set(key, g);
  }
  return [...byKey.values()];
}

function RecordBlock({
  label,
  text,
  fileName,
  type,
  held,
}: {
  label: string;
  text: string;
  fileName: string;
  type: string;
  held: boolean;
}) {
  const uid = useId();
  const pre = useRef<HTMLPreElement>(null);
  const [status, announce] = useAnnouncer();
  const copy = async () => announce(await copyOrSelect(text, pre.current, `the ${label}`));
  return (
    <div className="dv-records">
      <h4 id={`${uid}-h`}>{label}</h4>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="dv-scroll" aria-labelledby={`${uid}-h`} tabIndex={0}>
        <pre ref={pre}>{text}</pre>
      </section>
      <p className="no-print">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy the {label}
        </button>{" "}
        <button
          type="button"
          className="button button-small"
          disabled={held}
          onClick={() => downloadText(text, fileName, type)}
        >
          Download {fileName}
        </button>{" "}
        <span role="status" className="muted">
          {status}
        </span>
      </p>
    </div>
  );
}

function Methods({ dv }: { dv: DomainValidationPlan }) {
  return (
    <>
      <p>Methods a public CA may use on {longDate(dv.issueDate)}:</p>
      <ul className="dv-methods">
        {dv.methods.map((m) => (
          <li key={m.method}>
            <strong>{m.label}</strong>
            {m.note ? ` — ${m.note}` : ""}
            {m.usable ? "" : ". Not usable for this plan: it has wildcard names."}
          </li>
        ))}
        {dv.ended.map((m) => (
          <li key={m.method} className="muted">
            {m.label} — no longer allowed since {longDate(m.endedOn)}.
          </li>
        ))}
      </ul>
    </>
  );
}

/** The section, or nothing when no certificate of the plan goes to a public CA. */
export function DomainValidation({
  plan,
  result,
  held,
  headingId,
}: {
  plan: Plan;
  result: PlanResult;
  held: boolean;
  headingId: string;
}) {
  const dv = useMemo(() => domainValidationPlan(plan, result.certificates, todayIso()), [plan, result]);
  if (!dv) return null;
  const files = validationFileNames(plan);
  const rows = groups(dv.certificates);
  const issuerUnknown = dv.zoneFile.includes(ISSUER_PLACEHOLDER);
  return (
    <section className="panel domain-validation" aria-labelledby={headingId}>
      <h3 id={headingId}>Domain validation</h3>
      <p>
        Before a public CA issues a certificate it checks that you control every domain on it. {dv.reuseText}
      </p>
      <table className="dv-domains">
        <caption>
          {plural(dv.domains.length, "domain")} to validate for{" "}
          {plural(dv.certificates.length, "public certificate")}
        </caption>
        <thead>
          <tr>
            <th scope="col">Certificates</th>
            <th scope="col">CA</th>
            <th scope="col">Domains the CA validates</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={`${g.ca}|${g.domains.join(",")}`}>
              <th scope="row">
                {g.titles.slice(0, 3).join("; ")}
                {g.titles.length > 3 ? ` and ${g.titles.length - 3} more` : ""}
              </th>
              <td>{g.ca}</td>
              <td>{g.domains.length > 0 ? g.domains.join(", ") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {dv.skipped.length > 0 ? (
        <p className="dv-skipped">
          No record is written for {dv.skipped.map((s) => `${s.name} (${s.reason})`).join(", ")}.
        </p>
      ) : null}
      <Methods dv={dv} />
      <p>
        Records to create once, so that renewals need nobody at the DNS console: a persistent validation
        record per domain (the CA re-reads it at each order), and for ACME clients that validate by DNS, an{" "}
        <code>_acme-challenge</code> alias per name into a zone your ACME client may update (here{" "}
        <code>acme.&lt;domain&gt;</code>: delegate it to a DNS server the renewal job can write to, so it
        never needs the credentials of your main zone).
        {issuerUnknown
          ? ` Replace ${ISSUER_PLACEHOLDER} with the issuer domain name your CA publishes and ${ACCOUNT_PLACEHOLDER} with the URI of your account at the CA before you create the records.`
          : ` Replace ${ACCOUNT_PLACEHOLDER} with the URI of your ACME account before you create the records.`}
      </p>
      <RecordBlock
        label="zone-file lines"
        text={dv.zoneFile}
        fileName={files.zone}
        type="text/dns"
        held={held}
      />
      <RecordBlock
        label="PowerShell lines (Windows DNS Server)"
        text={dv.powershell}
        fileName={files.powershell}
        type="text/plain"
        held={held}
      />
      <details className="dv-sources">
        <summary>Sources</summary>
        <ul>
          {VALIDATION_SOURCES.map((s) => (
            <li key={s.section}>
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.section}
              </a>{" "}
              — “{s.quote}”
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export default DomainValidation;
