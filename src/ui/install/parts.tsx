// The Install step's sub-views: what the admin loads (a file input and a paste box, the key file) and what the
// step shows (the checks, the next step on the platform). Presentational: state and checks live in the step.
import { type ChangeEvent, type ReactNode, useId } from "react";
import type { Handoff } from "../../domain/handoff";
import { Citation } from "../findings";
import { type Check, STATUS_LABEL } from "./checks";

export interface LoadedFile {
  name: string;
  data: Uint8Array;
}

export interface Source {
  text: string;
  files: LoadedFile[];
}

export const EMPTY_SOURCE: Source = { text: "", files: [] };

export function hasInput(s: Source): boolean {
  return s.text.trim() !== "" || s.files.length > 0;
}

export async function filesOf(e: ChangeEvent<HTMLInputElement>): Promise<LoadedFile[]> {
  const list = [...(e.target.files ?? [])];
  return Promise.all(list.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}

/** A file input and a paste box for one thing the admin loads; its errors next to it. */
export function SourceInput({
  legend,
  fileLabel,
  textLabel,
  hint,
  multiple,
  accept,
  source,
  onChange,
  errors,
  children,
}: {
  legend: string;
  fileLabel: string;
  textLabel: string;
  hint: string;
  multiple?: boolean;
  accept: string;
  source: Source;
  onChange: (s: Source) => void;
  errors: string[];
  children?: ReactNode;
}) {
  const uid = useId();
  const described = `${uid}-hint${errors.length > 0 ? ` ${uid}-err` : ""}`;
  return (
    <fieldset className="install-source">
      <legend>{legend}</legend>
      <p className="field-hint" id={`${uid}-hint`}>
        {hint}
      </p>
      <div className="field">
        <label htmlFor={`${uid}-file`}>{fileLabel}</label>
        <input
          id={`${uid}-file`}
          type="file"
          multiple={multiple}
          accept={accept}
          aria-describedby={described}
          onChange={(e) => {
            void filesOf(e).then((files) => onChange({ ...source, files }));
          }}
        />
        {source.files.length > 0 ? (
          <p className="muted install-files">
            {source.files.map((f) => f.name).join(", ")}{" "}
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange({ ...source, files: [] })}
            >
              Clear {multiple ? "files" : "file"}
            </button>
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-text`}>{textLabel}</label>
        <textarea
          id={`${uid}-text`}
          className="pem"
          rows={4}
          spellCheck={false}
          value={source.text}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange({ ...source, text: e.target.value })}
        />
      </div>
      {children}
      {errors.length > 0 ? (
        <div className="field-error" id={`${uid}-err`}>
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

export function ChecksList({ checks }: { checks: Check[] }) {
  const counts = { pass: 0, fail: 0, warn: 0 };
  for (const c of checks) counts[c.status]++;
  return (
    <>
      <p role="status" className="install-summary">
        {counts.fail > 0
          ? `${counts.fail} check${counts.fail === 1 ? "" : "s"} failed`
          : counts.warn > 0
            ? "No check failed"
            : "Every check passed"}
        {counts.warn > 0 ? `, ${counts.warn} warning${counts.warn === 1 ? "" : "s"}` : ""}.
      </p>
      <ul className="checks" aria-label="Checks">
        {checks.map((c) => (
          <li key={c.id} className={`check check-${c.status}`}>
            <p className="check-head">
              <span className={`tag check-tag-${c.status}`}>{STATUS_LABEL[c.status]}</span>{" "}
              <strong>{c.title}</strong>
            </p>
            <p>{c.detail}</p>
            {c.source ? (
              <p className="finding-source">
                Source: <Citation source={c.source} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function HandoffPanel({ h }: { h: Handoff }) {
  const uid = useId();
  return (
    <section className="panel handoff" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>Next step: {h.platform}</h4>
      <ol className="handoff-steps">
        {h.steps.map((s) => (
          <li key={s.text}>
            <p>{s.text}</p>
            {s.command ? (
              <pre className="command">
                <code>{s.command}</code>
              </pre>
            ) : null}
          </li>
        ))}
      </ol>
      {h.notes.length > 0 ? (
        <ul className="handoff-notes">
          {h.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <p className="finding-source">
        Sources:{" "}
        {h.sources.map((s, i) => (
          <span key={s}>
            {i > 0 ? "; " : ""}
            <Citation source={s} />
          </span>
        ))}
      </p>
    </section>
  );
}

export function KeyFileInput({
  source,
  onChange,
  passphrase,
  onPassphrase,
  errors,
}: {
  source: Source;
  onChange: (s: Source) => void;
  passphrase: string;
  onPassphrase: (p: string) => void;
  errors: string[];
}) {
  const uid = useId();
  const described = `${uid}-hint${errors.length > 0 ? ` ${uid}-err` : ""}`;
  return (
    <>
      <p className="field-hint" id={`${uid}-hint`}>
        The key file of the CSR: PKCS#8 (plain or encrypted), a traditional RSA/EC key, or a PFX.
      </p>
      <div className="field">
        <label htmlFor={`${uid}-file`}>Private key file</label>
        <input
          id={`${uid}-file`}
          type="file"
          accept=".key,.pem,.p8,.pfx,.p12,.txt"
          aria-describedby={described}
          onChange={(e) => {
            void filesOf(e).then((files) => onChange({ ...source, files }));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-text`}>Private key (PEM)</label>
        <textarea
          id={`${uid}-text`}
          className="pem"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          value={source.text}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange({ ...source, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-pass`}>Key file passphrase</label>
        <input
          id={`${uid}-pass`}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => onPassphrase(e.target.value)}
        />
      </div>
      {errors.length > 0 ? (
        <div className="field-error" id={`${uid}-err`}>
          {errors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
