// Start step: "Start from an existing certificate or CSR" (PRODUCT.md). Paste or drop PEM / DER; the crypto layer
// reads it; the planner guesses the component (names and EKUs) and proposes a plan that reproduces the names, with
// the old certificate as its `existing` entry. Nothing replaces the current plan until the admin confirms.
// Loaded on demand (default export): the first screen does not carry the crypto layer or the rules.
import { type DragEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import type { CertificateInfo, CsrInfo } from "../../crypto";
import { planCertificates } from "../../domain";
import { parsePlan } from "../../domain/plan-file";
// the proposed plan's names are checked against the Public Suffix List (this chunk is loaded on demand)
import "../../domain/public-suffix";
import {
  guessComponent,
  PROPOSAL_TYPES,
  type ProposalType,
  proposePlan,
  renewalDiff,
} from "../../domain/renewal";
import type { ExistingCertificate, Plan } from "../../domain/types";
import { useConfirm } from "../confirm";
import { InspectProgress } from "../InspectProgress";
import { inspectInBackground } from "../inspect-runner";
import { errorMessage, loadCrypto } from "../keys/generate";
import { confirmDiscard, replacePlanAndKeys } from "../plan-actions";
import { goTo } from "../router";
import { CHANGE_LABEL } from "./RenewalDiff";
import "../install/install.css";
import { describePath } from "../../domain/plan-paths";
import { DropZone } from "../DropZone";

type Found = CertificateInfo | CsrInfo;

interface Proposed {
  plan: Plan | null;
  errors: string[];
  certificateId: string;
  notes: string[];
}

function foundText(found: Found): string {
  if (found.type === "csr") return "a certificate request (CSR)";
  return `a certificate issued by ${found.issuerCN || found.issuer}, valid until ${found.notAfter.slice(0, 10)}`;
}

/** `initialText`: a certificate to read at once (the drift report's "Start a new plan from it"). */
export default function ExistingStart({ initialText }: { initialText?: string } = {}) {
  const uid = useId();
  const ask = useConfirm();
  const [text, setText] = useState("");
  const [file, setFile] = useState<{ name: string; data: Uint8Array } | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [type, setType] = useState<ProposalType>("custom");
  const [existingEntry, setExistingEntry] = useState<ExistingCertificate | null>(null);

  const read = async (input: string | Uint8Array) => {
    setReading(true);
    setError("");
    setFound(null);
    try {
      const crypto = await loadCrypto();
      const r = await inspectInBackground(input, { expect: "any" });
      if (r.kind === "error") {
        setError(r.message);
        return;
      }
      const leaf = r.chain?.leaf !== null && r.chain ? r.certificates[r.chain.leaf] : undefined;
      const item: Found | undefined = leaf ?? r.certificates[0] ?? r.csrs[0];
      if (!item) {
        setError("No certificate or CSR was found: a private key alone cannot be renewed from.");
        return;
      }
      setFound(item);
      setExistingEntry(crypto.toExisting(item, "pending"));
      setType(guessComponent(item).type);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setReading(false);
    }
  };

  const initialRead = useRef(false);
  useEffect(() => {
    if (!initialText || initialRead.current) return;
    initialRead.current = true;
    setText(initialText);
    void read(initialText);
  });

  const guess = found ? guessComponent(found) : null;
  const proposed = useMemo<Proposed | null>(() => {
    if (!found || !existingEntry) return null;
    const p = proposePlan(found, type);
    const plan: Plan = { ...p.plan, existing: [{ ...existingEntry, certificate: p.certificateId }] };
    let parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
    if (!parsed.ok && plan.subject) {
      // a Subject field the planner refuses (e.g. a country that is not ISO 3166): start without it
      const { subject: _omitted, ...rest } = plan;
      parsed = parsePlan(JSON.parse(JSON.stringify(rest)));
    }
    if (!parsed.ok) {
      return {
        plan: null,
        errors: parsed.errors.map((e) => `${describePath(e.path)}: ${e.message}`),
        certificateId: p.certificateId,
        notes: p.notes,
      };
    }
    return { plan: parsed.plan, errors: [], certificateId: p.certificateId, notes: p.notes };
  }, [found, existingEntry, type]);

  const planned = useMemo(() => {
    if (!proposed?.plan) return null;
    const cert = planCertificates(proposed.plan).certificates.find((c) => c.id === proposed.certificateId);
    const existing = proposed.plan.existing?.[0];
    return cert && existing ? { cert, diff: renewalDiff(cert, existing) } : null;
  }, [proposed]);

  const adopt = async () => {
    if (!proposed?.plan) return;
    if (!(await confirmDiscard(ask, "The plan proposed from the existing certificate"))) return;
    replacePlanAndKeys(proposed.plan);
    goTo("review");
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const f = e.dataTransfer.files[0];
    if (f)
      void f.arrayBuffer().then((b) => {
        const data = new Uint8Array(b);
        setFile({ name: f.name, data });
        void read(data);
      });
  };

  return (
    <div className="existing-start">
      <p className="hint">
        Renewing, or adding nodes? Paste or drop the current certificate (or a CSR someone proposed): the app
        proposes a plan with the same names, which you confirm before it replaces the current plan.
      </p>
      <DropZone className="existing-drop" onDrop={onDrop}>
        <div className="field">
          <label htmlFor={`${uid}-text`}>Existing certificate or CSR (PEM)</label>
          <textarea
            id={`${uid}-text`}
            rows={5}
            spellCheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-err` : undefined}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-file`}>Existing certificate or CSR file</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".cer,.crt,.pem,.der,.csr,.req,.p7b,.txt"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (!f) return;
              void f.arrayBuffer().then((b) => {
                const data = new Uint8Array(b);
                setFile({ name: f.name, data });
                void read(data);
              });
            }}
          />
        </div>
        <p>
          <button
            type="button"
            className="button"
            disabled={reading || (text.trim() === "" && !file)}
            onClick={() => void read(text.trim() !== "" ? text : (file?.data ?? ""))}
          >
            Read certificate or CSR
          </button>
        </p>
      </DropZone>
      <p role="status" className="status">
        {reading ? "Reading…" : found ? `Read ${foundText(found)}.` : ""}
      </p>
      <InspectProgress />
      {error ? (
        <p className="field-error" id={`${uid}-err`}>
          {error}
        </p>
      ) : null}
      {found && guess ? (
        <section className="panel proposal" aria-labelledby={`${uid}-p`}>
          <h4 id={`${uid}-p`}>Proposed plan</h4>
          <p>
            <strong>{found.subjectCN || "(no CN)"}</strong>: {foundText(found)}, {found.sans.length} name
            {found.sans.length === 1 ? "" : "s"}, EKU {found.eku.join(", ") || "none"}.
          </p>
          <p>Guess: {guess.reason}.</p>
          <div className="field field-inline">
            <label htmlFor={`${uid}-type`}>Component type</label>
            <select id={`${uid}-type`} value={type} onChange={(e) => setType(e.target.value as ProposalType)}>
              {PROPOSAL_TYPES.map((t) => (
                <option key={t.type} value={t.type}>
                  {t.label}
                  {t.type === guess.type ? " (guessed)" : ""}
                </option>
              ))}
            </select>
          </div>
          {planned ? (
            <>
              <p>
                {planned.cert.title}: {planned.diff.kept.length} of the {found.sans.length} names kept
                {planned.diff.added.length > 0 ? `, ${planned.diff.added.length} added` : ""}
                {planned.diff.removed.length > 0 ? `, ${planned.diff.removed.length} not reproduced` : ""}.
              </p>
              <ul>
                {planned.diff.rows.map((r) => (
                  <li key={`${r.change}|${r.value}`}>
                    <code>{r.value}</code> —{" "}
                    <span className={`change-${r.change}`}>{CHANGE_LABEL[r.change]}</span>: {r.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {proposed?.notes.map((n) => (
            <p key={n} className="field-hint">
              {n}
            </p>
          ))}
          {proposed && proposed.errors.length > 0 ? (
            <div className="field-error">
              <p>This type cannot describe the certificate:</p>
              {proposed.errors.slice(0, 10).map((m) => (
                <p key={m}>{m}</p>
              ))}
            </div>
          ) : null}
          <p>
            <button
              type="button"
              className="button button-primary"
              disabled={!proposed?.plan}
              onClick={() => void adopt()}
            >
              Use this plan
            </button>
          </p>
        </section>
      ) : null}
    </div>
  );
}
