// "Generate on the server instead": for a certificate whose private key must be created on the server (Windows
// machine store, appliance, HSM), the request artifacts that carry exactly the planned Subject, SANs, EKUs and key
// parameters, each with copy and download buttons. Mounted per certificate on the Keys and CSRs step; lazy-loadable
// (default export).
import { useId, useMemo, useRef } from "react";
import { keyLocationOf, type ServerArtifact, serverArtifacts } from "../../artifacts";
import { keyBirth } from "../../domain/key-birth";
import type { CertificatePlan, Finding, KeyLocation, Plan } from "../../domain/types";
import { copyOrSelect, downloadTextFile, useAnnouncer } from "../copy";
import { useEditsHeld } from "../pending";
import "./ServerRequestPanel.css";

export interface ServerRequestPanelProps {
  certificate: CertificatePlan;
  plan: Plan;
  /** Where the key is created; default: the plan's certificateOptions, else "browser". */
  keyLocation?: KeyLocation;
  /** When given, the panel offers the choice "Where is this key created?" (recorded for the worksheet). */
  onKeyLocationChange?: (location: KeyLocation) => void;
  /** Open the disclosure initially (default: open when the plan already says the key is born on the server). */
  defaultOpen?: boolean;
  /** Errors of this certificate that nobody accepted (the Review blocks it): then no file is offered, and the
   *  panel says why — a request made from these files would carry the same errors. */
  blocking?: readonly Finding[];
}

function keyLabel(c: CertificatePlan): string {
  return c.key.algorithm === "RSA" ? `RSA ${c.key.size}` : `ECDSA ${c.key.curve}`;
}

export function ServerRequestPanel({
  certificate,
  plan,
  keyLocation,
  onKeyLocationChange,
  defaultOpen,
  blocking = [],
}: ServerRequestPanelProps) {
  const uid = useId();
  const blocked = blocking.length > 0;
  const made = useMemo((): { artifacts: ServerArtifact[]; refused?: string } => {
    if (blocked) return { artifacts: [] };
    try {
      return { artifacts: serverArtifacts(certificate, plan) };
    } catch (err) {
      // the writers refuse a value they cannot write safely (a control character): say so, never write it
      return { artifacts: [], refused: err instanceof Error ? err.message : String(err) };
    }
  }, [blocked, certificate, plan]);
  const artifacts = made.artifacts;
  // where the platform lets the key be born (domain/key-birth.ts): a CUCM node makes its own and imports none
  const birth = keyBirth(certificate);
  const location: KeyLocation = keyLocation ?? keyLocationOf(certificate, plan);
  const [status, announce] = useAnnouncer();
  // edits on a step are not in the plan: these files would carry the plan's last valid values, not the form's
  const held = useEditsHeld();
  const preRefs = useRef(new Map<string, HTMLPreElement>());

  const copy = async (key: string, text: string, label: string) =>
    announce(await copyOrSelect(text, preRefs.current.get(key), label));
  const download = (a: ServerArtifact) => announce(downloadTextFile(a));

  const choices: { value: KeyLocation; label: string }[] = [
    ...(birth.importsKey ? [{ value: "browser" as const, label: "In this browser" }] : []),
    ...artifacts.map((a) => ({
      value: a.kind,
      label:
        a.kind === "appliance"
          ? `On the server, with its own CSR page (${a.label}: ${a.fileName})`
          : `On the server, with ${a.label} (${a.fileName})`,
    })),
  ];

  return (
    <section className="srp" aria-label={`Generate on the server instead: ${certificate.title}`}>
      <details className="srp-details" open={defaultOpen ?? location !== "browser"}>
        <summary className="srp-summary">Generate on the server instead</summary>
        <div className="srp-body">
          {blocked ? (
            <div className="srp-blocked">
              <p>
                No server files for this certificate yet: the Review finds{" "}
                {blocking.length === 1 ? "an error" : `${blocking.length} errors`} in it that nobody has
                accepted. A request made on the server from these files would carry the same{" "}
                {blocking.length === 1 ? "problem" : "problems"}, and the CA would refuse it or issue a
                certificate your servers cannot use. Fix {blocking.length === 1 ? "it" : "them"} or accept{" "}
                {blocking.length === 1 ? "it" : "them"} on the <a href="#review">Review</a> step; the files
                appear here then.
              </p>
              <ul>
                {[...new Set(blocking.map((f) => f.message))].map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : made.refused ? (
            <p className="srp-blocked" role="alert">
              No server files for this certificate: {made.refused}
            </p>
          ) : (
            <p className="srp-lead">
              When the private key must be created on the server itself (Windows machine store, an appliance,
              an HSM), use one of these. Each carries exactly the planned Subject{" "}
              <code>CN={certificate.subject.CN}</code>, its {certificate.sans.length} name
              {certificate.sans.length === 1 ? "" : "s"}, the EKUs and the key ({keyLabel(certificate)}
              {birth.importsKey
                ? certificate.exportableKey
                  ? ", exportable"
                  : ", not exportable"
                : ", created and kept on the node"}
              ): nothing to retype.
            </p>
          )}
          {!birth.importsKey ? (
            <p className="srp-why">
              <strong>Not in this browser.</strong> {birth.why}
            </p>
          ) : null}

          {onKeyLocationChange && artifacts.length > 0 ? (
            <fieldset className="srp-location">
              <legend>Where is this key created?</legend>
              {choices.map((c) => (
                <label key={c.value} className="srp-choice">
                  <input
                    type="radio"
                    name={`${uid}-location`}
                    value={c.value}
                    checked={location === c.value}
                    onChange={() => onKeyLocationChange(c.value)}
                  />{" "}
                  {c.label}
                </label>
              ))}
            </fieldset>
          ) : null}

          {artifacts.map((a) => {
            const headingId = `${uid}-${a.kind}`;
            return (
              <article key={a.kind} className="srp-artifact" aria-labelledby={headingId}>
                <h4 id={headingId} className="srp-title">
                  {a.title}
                </h4>
                <p className="srp-file">
                  File <code>{a.fileName}</code>
                  {a.encoding === "utf-16le"
                    ? " (downloaded as Unicode: UTF-16 LE with byte-order mark)"
                    : null}
                </p>
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
                <section className="srp-scroll" aria-label={a.label} tabIndex={0}>
                  <pre
                    className={a.kind === "sfb-shell" ? "srp-pre srp-pre-command" : "srp-pre"}
                    ref={(el) => {
                      if (el) preRefs.current.set(a.kind, el);
                      else preRefs.current.delete(a.kind);
                    }}
                  >
                    {a.text}
                  </pre>
                </section>
                <div className="srp-actions">
                  <button
                    type="button"
                    className="button srp-button"
                    disabled={held}
                    onClick={() => void copy(a.kind, a.text, a.label)}
                  >
                    Copy {a.label}
                  </button>
                  <button
                    type="button"
                    className="button srp-button"
                    disabled={held}
                    onClick={() => download(a)}
                  >
                    Download {a.fileName}
                  </button>
                </div>
                {a.commands.map((c) => {
                  const key = `${a.kind}:${c.label}`;
                  return (
                    <div key={c.label} className="srp-command">
                      <p className="srp-command-label">Run:</p>
                      <pre
                        className="srp-pre srp-pre-command"
                        aria-describedby={headingId}
                        ref={(el) => {
                          if (el) preRefs.current.set(key, el);
                          else preRefs.current.delete(key);
                        }}
                      >
                        {c.command}
                      </pre>
                      <div className="srp-actions">
                        <button
                          type="button"
                          className="button srp-button"
                          disabled={held}
                          onClick={() => void copy(key, c.command, c.label)}
                        >
                          Copy {c.label}
                        </button>
                      </div>
                    </div>
                  );
                })}
                {a.notes.length > 0 ? (
                  <ul className="srp-notes">
                    {a.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                ) : null}
              </article>
            );
          })}
          <p role="status" className="srp-status">
            {status}
          </p>
        </div>
      </details>
    </section>
  );
}

export default ServerRequestPanel;
