// "Automate renewals": for one planned certificate, what renews it automatically today (the platform's own ACME
// client, a script from here, or nothing) with the exact settings or the script carrying the planned names, the
// vendor pages behind it, and what could not be confirmed. Mounted per certificate beside "Generate on the server
// instead" on the Keys and CSRs step; lazy-loadable (default export): the generators load with it.
import { useId, useMemo, useRef } from "react";
import { type Automation, type AutomationScript, automation } from "../../automation";
import type { CertificatePlan, Finding, Plan } from "../../domain/types";
import { copyOrSelect, downloadTextFile, useAnnouncer } from "../copy";
import { useEditsHeld } from "../pending";
import "../server-requests/ServerRequestPanel.css";

export interface AutomatePanelProps {
  certificate: CertificatePlan;
  plan: Plan;
  /** Errors of this certificate that nobody accepted: then no script is offered (it would carry them). */
  blocking?: readonly Finding[];
}

const LEVEL_LABEL: Record<Automation["level"], string> = {
  automatic: "Renews automatically",
  scripted: "Renewed by a script",
  manual: "Renewed by hand",
};

/** "Publisher, title (quote) — URL" → text and URL, for a link */
function splitSource(s: string): { text: string; url?: string } {
  const i = s.lastIndexOf(" — http");
  return i < 0 ? { text: s } : { text: s.slice(0, i), url: s.slice(i + 3) };
}

export function AutomatePanel({ certificate, plan, blocking = [] }: AutomatePanelProps) {
  const uid = useId();
  const blocked = blocking.length > 0;
  const made = useMemo((): { auto?: Automation; refused?: string } => {
    try {
      return { auto: automation(certificate, plan) };
    } catch (err) {
      // a value the writers refuse (a control character): said, never written
      return { refused: err instanceof Error ? err.message : String(err) };
    }
  }, [certificate, plan]);
  const [status, announce] = useAnnouncer();
  const held = useEditsHeld();
  const preRefs = useRef(new Map<string, HTMLPreElement>());

  const copy = async (s: AutomationScript) =>
    announce(await copyOrSelect(s.text, preRefs.current.get(s.fileName), s.fileName));
  const download = (s: AutomationScript) => announce(downloadTextFile(s));

  const a = made.auto;
  const headingId = `${uid}-h`;
  return (
    <section className="srp" aria-label={`Automate renewals: ${certificate.title}`}>
      <details className="srp-details">
        <summary className="srp-summary">Automate renewals</summary>
        <div className="srp-body">
          {made.refused ? (
            <p className="srp-blocked" role="alert">
              No renewal script for this certificate: {made.refused}
            </p>
          ) : a ? (
            <>
              <h4 id={headingId} className="srp-title">
                {a.platform}: {LEVEL_LABEL[a.level]}
              </h4>
              <p className="srp-lead">{a.summary}</p>
              {a.settings.length > 0 ? (
                <table className="table" aria-labelledby={headingId}>
                  <caption className="srp-file">Settings, with the planned names</caption>
                  <tbody>
                    {a.settings.map((s) => (
                      <tr key={s.label}>
                        <th scope="row">{s.label}</th>
                        <td style={{ overflowWrap: "anywhere" }}>{s.value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {a.steps.length > 0 ? (
                <ol className="srp-notes">
                  {a.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
              ) : null}
              {blocked && a.scripts.length > 0 ? (
                <p className="srp-blocked">
                  No script yet: the Review finds{" "}
                  {blocking.length === 1 ? "an error" : `${blocking.length} errors`} in this certificate that
                  nobody has accepted, and a script would order the certificate with{" "}
                  {blocking.length === 1 ? "it" : "them"}. Fix or accept{" "}
                  {blocking.length === 1 ? "it" : "them"} on the <a href="#review">Review</a> step.
                </p>
              ) : (
                a.scripts.map((s) => {
                  const sid = `${uid}-${s.fileName}`;
                  return (
                    <article key={s.fileName} className="srp-artifact" aria-labelledby={sid}>
                      <h5 id={sid} className="srp-title">
                        {s.label}: <code>{s.fileName}</code>
                      </h5>
                      <p className="srp-file">
                        Run: {s.runOn}.
                        {s.encoding === "utf-16le"
                          ? " Downloaded as Unicode (UTF-16 LE with byte-order mark), which Windows PowerShell reads correctly."
                          : null}
                      </p>
                      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
                      <section className="srp-scroll" aria-label={`${s.label} ${s.fileName}`} tabIndex={0}>
                        <pre
                          className="srp-pre"
                          ref={(el) => {
                            if (el) preRefs.current.set(s.fileName, el);
                            else preRefs.current.delete(s.fileName);
                          }}
                        >
                          {s.text}
                        </pre>
                      </section>
                      <div className="srp-actions">
                        <button
                          type="button"
                          className="button srp-button"
                          disabled={held}
                          onClick={() => void copy(s)}
                        >
                          Copy {s.fileName}
                        </button>
                        <button
                          type="button"
                          className="button srp-button"
                          disabled={held}
                          onClick={() => download(s)}
                        >
                          Download {s.fileName}
                        </button>
                      </div>
                    </article>
                  );
                })
              )}
              {a.notes.length > 0 ? (
                <ul className="srp-notes">
                  {a.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              ) : null}
              {a.unconfirmed.length > 0 ? (
                <div className="srp-why">
                  <p>
                    <strong>Could not be confirmed from the vendor's own pages here:</strong>
                  </p>
                  <ul>
                    {a.unconfirmed.map((u) => (
                      <li key={u}>{u}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {a.sources.length > 0 ? (
                <>
                  <p className="srp-file">Sources:</p>
                  <ul className="srp-notes">
                    {a.sources.map((s) => {
                      const { text, url } = splitSource(s);
                      return (
                        <li key={s}>
                          {text}
                          {url ? (
                            <>
                              {" — "}
                              <a href={url} rel="noreferrer" target="_blank">
                                {url}
                              </a>
                            </>
                          ) : null}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
          <p role="status" className="srp-status">
            {status}
          </p>
        </div>
      </details>
    </section>
  );
}

export default AutomatePanel;
