// "What is deployed now" (issue 17 §3): paste or drop what the servers present (openssl s_client output, PEM from
// `show cert own`, a management API's JSON, a .p7b) and see, per planned certificate, how the live certificate
// differs from the plan; start a renewal from it. Loaded on demand (default export) from the Review step's panel.
// The certificates are read by the crypto layer in the inspection worker (cancellable, bounded); the comparison
// is src/drift (pure). Nothing read here is stored: the plan changes only when the admin starts a renewal.
import { type DragEvent, lazy, Suspense, useId, useMemo, useState } from "react";
import { parsePlan } from "../../domain/plan-file";
import { describePath } from "../../domain/plan-paths";
import type { CertificatePlan } from "../../domain/types";
import { type ExtractResult, extractFromFile, extractFromText, visible } from "../../drift/extract";
import { type LiveCertificate, type LiveReading, readLive } from "../../drift/read";
import { type DriftItem, driftReport, type LiveComparison } from "../../drift/report";
import { usePlanStore } from "../../state/plan-store";
import { useConfirm } from "../confirm";
import { Citation } from "../findings";
import { InspectProgress } from "../InspectProgress";
import { inspectInBackground } from "../inspect-runner";
import { errorMessage, loadCrypto } from "../keys/generate";
import { usePlanView } from "../plan-result";
import "../install/install.css";
import "./drift.css";
import { DropZone } from "../DropZone";

const ExistingStart = lazy(() => import("../renewal/ExistingStart"));

const STATUS_TEXT: Record<DriftItem["status"], string> = {
  pass: "Matches",
  warn: "Differs",
  fail: "Problem",
};

function Commands() {
  return (
    <details className="deployed-commands">
      <summary>How to get the certificates your servers present</summary>
      <dl>
        <dt>Any server, from a machine that reaches it (OpenSSL)</dt>
        <dd>
          <pre className="command">
            openssl s_client -connect sip.contoso.com:5061 -servername sip.contoso.com -showcerts
            &lt;/dev/null
          </pre>
          <p>
            Use the port the clients use: 443 for web services and Pexip conferencing, 5061 for SIP over TLS,
            8443 for the Unified CM administration pages (its Tomcat certificate). Port 5061 is TLS from the
            first byte, so openssl connects to it directly: openssl has no SIP STARTTLS (its{" "}
            <code>-starttls</code> option knows mail, XMPP, LDAP and a few others, not SIP), and none is
            needed. Paste the whole output; the outputs of several servers can be pasted one after another.
          </p>
        </dd>
        <dt>Skype for Business Server / Lync (Management Shell on the server)</dt>
        <dd>
          <pre className="command">Get-CsCertificate | Format-List Use, Thumbprint, Subject</pre>
          <pre className="command">
            Export-Certificate -Cert Cert:\LocalMachine\My\&lt;thumbprint&gt; -FilePath C:\temp\current.cer
          </pre>
          <p>Drop current.cer here (the export has no private key).</p>
        </dd>
        <dt>Cisco Unified CM, IM and Presence, Unity Connection (administration CLI)</dt>
        <dd>
          <pre className="command">show cert own tomcat</pre>
          <p>
            Also <code>show cert own CallManager</code> and <code>show cert own cup-xmpp</code>. Paste the
            output with its PEM block.
          </p>
        </dd>
        <dt>Pexip Infinity (management API)</dt>
        <dd>
          <pre className="command">
            curl -u admin https://manager.example.com/api/admin/configuration/v1/tls_certificate/
          </pre>
          <p>
            Paste the JSON answer: every certificate in it is compared. A private key in it is left out
            without being read.
          </p>
        </dd>
        <dt>A .p7b from the CA, or any PEM</dt>
        <dd>
          <p>Drop the file, or paste its text.</p>
        </dd>
      </dl>
    </details>
  );
}

function Item({ item }: { item: DriftItem }) {
  return (
    <li className={`check check-${item.status}`}>
      <p className="check-head">
        <span className={`tag check-tag-${item.status}`}>{STATUS_TEXT[item.status]}</span>{" "}
        <strong>{item.title}</strong>
      </p>
      <p>{item.detail}</p>
      {item.source ? (
        <p className="finding-source">
          Source: <Citation source={item.source} />
        </p>
      ) : null}
    </li>
  );
}

function liveSummary(live: LiveCertificate): string {
  const l = live.leaf;
  return `Issued by ${visible(l.issuerCN || l.issuer)}, valid ${l.notBefore.slice(0, 10)} to ${l.notAfter.slice(0, 10)}, ${l.keyDescription}, ${l.sans.length} name${l.sans.length === 1 ? "" : "s"}.`;
}

function Comparison({
  cert,
  comparison,
  onRenew,
}: {
  cert: CertificatePlan;
  comparison: LiveComparison;
  onRenew: (cert: CertificatePlan, live: LiveCertificate) => void;
}) {
  const uid = useId();
  const { live, items } = comparison;
  const counts = { fail: 0, warn: 0 };
  for (const i of items) if (i.status !== "pass") counts[i.status]++;
  return (
    <section className="deployed-live" aria-labelledby={`${uid}-h`}>
      <h6 id={`${uid}-h`}>
        Live: {visible(live.leaf.subjectCN || live.leaf.subject)} — {live.source}
      </h6>
      <p className="muted">
        {liveSummary(live)} Compared with this planned certificate because it has {comparison.matchedBy}.
      </p>
      <p className="install-summary">
        {counts.fail > 0 ? `${counts.fail} problem${counts.fail === 1 ? "" : "s"}` : "No problem"}
        {counts.warn > 0 ? `, ${counts.warn} difference${counts.warn === 1 ? "" : "s"}` : ""}.
      </p>
      <ul className="checks" aria-label={`Differences from the plan: ${live.source}`}>
        {items.map((i) => (
          <Item key={`${i.id}|${i.title}`} item={i} />
        ))}
      </ul>
      <p>
        <button
          type="button"
          className="button"
          aria-describedby={`${uid}-h`}
          onClick={() => onRenew(cert, live)}
        >
          Renew from this certificate
        </button>
      </p>
    </section>
  );
}

function Unmatched({ live }: { live: LiveCertificate }) {
  const uid = useId();
  const [start, setStart] = useState(false);
  return (
    <li>
      <p>
        <strong>{visible(live.leaf.subjectCN || live.leaf.subject)}</strong> — {live.source}.{" "}
        {liveSummary(live)} Names: {live.leaf.sans.map(visible).join(", ") || "none"}.
      </p>
      {start ? (
        <section className="panel" aria-labelledby={`${uid}-h`}>
          <h6 id={`${uid}-h`}>New plan from {visible(live.leaf.subjectCN || "this certificate")}</h6>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <ExistingStart initialText={live.leaf.pem} />
          </Suspense>
        </section>
      ) : (
        <button type="button" className="button" onClick={() => setStart(true)}>
          Start a new plan from it
        </button>
      )}
    </li>
  );
}

export default function DeployedNow() {
  const uid = useId();
  const ask = useConfirm();
  const { plan, result } = usePlanView();
  const [text, setText] = useState("");
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState("");
  const [notes, setNotes] = useState<string[]>([]);
  const [found, setFound] = useState<LiveReading | null>(null);
  const [renewal, setRenewal] = useState<{ ok: boolean; text: string } | null>(null);

  const compare = async (extracted: ExtractResult) => {
    setError("");
    setRenewal(null);
    if (!extracted.ok) {
      setFound(null);
      setNotes([]);
      setError(extracted.message);
      return;
    }
    setReading(true);
    try {
      const r = await readLive(extracted.sources, inspectInBackground);
      setNotes([...extracted.notes, ...r.notes]);
      setFound(r);
      if (r.live.length === 0 && r.problems.length === 0) setError("No server certificate was found.");
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setReading(false);
    }
  };

  const report = useMemo(() => {
    if (!found) return null;
    return driftReport({
      certificates: result.certificates,
      findings: result.findings,
      live: found.live,
      now: new Date(),
      ...(plan.issueDate ? { issueDate: plan.issueDate } : {}),
    });
  }, [found, result, plan.issueDate]);

  const renew = async (cert: CertificatePlan, live: LiveCertificate) => {
    setRenewal(null);
    try {
      const crypto = await loadCrypto();
      const entry = crypto.toExisting(live.leaf, cert.id);
      const current = usePlanStore.getState().plan;
      const had = (current.existing ?? []).some((e) => e.certificate === cert.id);
      if (
        had &&
        !(await ask({
          title: "Replace the certificate being renewed?",
          message: `The plan already compares ${cert.title} with an existing certificate. Compare it with the live certificate from ${live.source} instead?`,
          confirmLabel: "Use the live certificate",
          cancelLabel: "Keep the current one",
        }))
      )
        return;
      const next = {
        ...current,
        existing: [...(current.existing ?? []).filter((e) => e.certificate !== cert.id), entry],
      };
      const parsed = parsePlan(JSON.parse(JSON.stringify(next)));
      if (!parsed.ok) {
        setRenewal({
          ok: false,
          text: `The live certificate cannot be recorded as the one being renewed: ${parsed.errors
            .slice(0, 5)
            .map((e) => `${describePath(e.path)}: ${e.message}`)
            .join("; ")}. The plan is unchanged.`,
        });
        return;
      }
      usePlanStore.getState().commitPlan(parsed.plan);
      setRenewal({
        ok: true,
        text: `${cert.title} is now a renewal of the live certificate (${visible(live.leaf.subjectCN)}, valid until ${live.leaf.notAfter.slice(0, 10)}): its card on this page lists the names added, removed and kept. Make its CSR on the Keys and CSRs step.`,
      });
      document.getElementById(`cert-${cert.id}`)?.scrollIntoView({ block: "start" });
    } catch (err) {
      setRenewal({ ok: false, text: errorMessage(err) });
    }
  };

  const readFile = (f: File) => {
    void f.arrayBuffer().then((b) => {
      const data = new Uint8Array(b);
      setFile({ name: f.name, data });
      void compare(extractFromFile(f.name, data));
    });
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const f = e.dataTransfer.files[0];
    if (f) readFile(f);
  };

  const withLive = report?.planned.filter((p) => p.live.length > 0) ?? [];
  const notSeen = report?.planned.filter((p) => p.live.length === 0) ?? [];
  const liveCount = found?.live.length ?? 0;

  return (
    <div className="deployed">
      <Commands />
      <DropZone className="existing-drop" onDrop={onDrop}>
        <div className="field">
          <label htmlFor={`${uid}-text`}>What the servers present (openssl output, PEM or JSON)</label>
          <textarea
            id={`${uid}-text`}
            rows={8}
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-err` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-file`}>Or a certificate file (.p7b, .cer, .pem, .json)</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".p7b,.p7c,.cer,.crt,.pem,.der,.txt,.json"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) readFile(f);
            }}
          />
        </div>
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={reading || (text.trim() === "" && !file)}
            onClick={() =>
              void compare(
                text.trim() !== "" || !file ? extractFromText(text) : extractFromFile(file.name, file.data),
              )
            }
          >
            Compare with the plan
          </button>
        </p>
      </DropZone>
      <p role="status" className="status">
        {reading
          ? "Reading…"
          : found
            ? `Read ${liveCount} server certificate${liveCount === 1 ? "" : "s"}${found.problems.length > 0 ? `; ${found.problems.length} piece${found.problems.length === 1 ? "" : "s"} could not be read` : ""}.`
            : ""}
      </p>
      <InspectProgress />
      {error ? (
        <p className="field-error" id={`${uid}-err`}>
          {error}
        </p>
      ) : null}
      {found && found.problems.length > 0 ? (
        <div className="field-error">
          <p>Not compared:</p>
          <ul>
            {found.problems.map((p) => (
              <li key={`${p.source}|${p.message}`}>
                <strong>{p.source}:</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <ul className="field-hint">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {renewal ? (
        <p className={renewal.ok ? "ready" : "field-error"} role={renewal.ok ? "status" : "alert"}>
          {renewal.text}
        </p>
      ) : null}
      {report && liveCount > 0 ? (
        <div className="deployed-report">
          <h4 id={`${uid}-r`}>Drift report</h4>
          <p>
            {withLive.length} of {report.planned.length} planned certificate
            {report.planned.length === 1 ? "" : "s"} compared: {report.counts.fail} problem
            {report.counts.fail === 1 ? "" : "s"}, {report.counts.warn} difference
            {report.counts.warn === 1 ? "" : "s"}.
          </p>
          {withLive.map((p) => (
            <article key={p.cert.id} className="panel deployed-cert" aria-labelledby={`${uid}-${p.cert.id}`}>
              <h5 id={`${uid}-${p.cert.id}`}>{p.cert.title}</h5>
              {p.live.map((c) => (
                <Comparison
                  key={`${c.live.source}|${c.live.leaf.sha256}`}
                  cert={p.cert}
                  comparison={c}
                  onRenew={(cert, live) => void renew(cert, live)}
                />
              ))}
            </article>
          ))}
          {notSeen.length > 0 ? (
            <p className="muted">Not in what you pasted: {notSeen.map((p) => p.cert.title).join("; ")}.</p>
          ) : null}
          {report.unmatched.length > 0 ? (
            <section aria-labelledby={`${uid}-u`}>
              <h5 id={`${uid}-u`}>Live certificates that match no planned certificate</h5>
              <p className="muted">
                They share no name with any certificate of this plan: another deployment, or a component the
                plan does not have yet.
              </p>
              <ul>
                {report.unmatched.map((l) => (
                  <Unmatched key={`${l.source}|${l.leaf.sha256}`} live={l} />
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
