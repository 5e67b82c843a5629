import { lazy, memo, Suspense, useEffect, useId, useState } from "react";
import type { CsrInfo } from "../../crypto";
import { keyBirth } from "../../domain/key-birth";
import { own } from "../../domain/own";
import { PASSPHRASE_MIN_LENGTH } from "../../domain/passphrase";
import type { CertificatePlan, Finding } from "../../domain/types";
import { todayIso } from "../../domain/validity";
import { type KeyEntry, undownloadedKeyIds, useKeyStore } from "../../state/key-store";
import { usePlanStore } from "../../state/plan-store";
import { useConfirm } from "../confirm";
import { isDeferredCard, useControlsShown } from "../deferred-card";
import { datedStem, downloadBlob, downloadText, planFileStem } from "../download";
import { describeKey, EKU_LABEL, isGeneratable, KEY_CHOICES, keyValue, plural } from "../format";
import { inspectInBackground } from "../inspect-runner";
import {
  errorMessage,
  generateAll,
  generateOne,
  loadCrypto,
  planFingerprint,
  reexportKey,
} from "../keys/generate";
import { confirmUnencryptedKeyExport } from "../keys/key-export-guard";
import { PassphraseFields, passphrasePairReady } from "../keys/PassphraseFields";
import { buildZip } from "../keys/zip";
import { useEditsHeld } from "../pending";
import { blockingByCertificate, usePlanView } from "../plan-result";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";

const PAGE = 50;

// issue: keys born on the server — loaded with the step's first card, not on the first screen
const ServerRequestPanel = lazy(() => import("../server-requests/ServerRequestPanel"));
const AutomatePanel = lazy(() => import("../automation/AutomatePanel"));

function specOf(value: string) {
  return KEY_CHOICES.find((k) => k.value === value)?.spec;
}

/** The CSR as the CA will read it: decoded from the PEM by the crypto layer's inspect(), in the inspection
 *  worker (inspect-runner.ts): "Generate all" fills the first page of cards at once, and decoding 50 requests
 *  (@peculiar's ASN.1 parser and a signature check each) on the page's thread took a third of the batch's time
 *  there, next to the keys being made. Where no worker can run (the single file) it runs on the page. */
function DecodedCsr({ pem }: { pem: string }) {
  const [info, setInfo] = useState<CsrInfo | string | null>(null);
  useEffect(() => {
    let live = true;
    const decode = (retry: boolean): void =>
      void inspectInBackground(pem, { expect: "csr" }, { quiet: true }).then((r) => {
        if (!live) return;
        // an admin's Cancel on another step stops the worker, this decoding with it: read it again
        if (r.kind === "error" && r.code === "cancelled" && retry) decode(false);
        else if (r.kind === "error") setInfo(r.message);
        else setInfo(r.csrs[0] ?? "The CSR could not be decoded.");
      });
    decode(true);
    return () => {
      live = false;
    };
  }, [pem]);
  if (info === null) return <p className="muted">Decoding the CSR…</p>;
  if (typeof info === "string") return <p className="field-error">{info}</p>;
  return (
    <dl className="facts decoded">
      <dt>Subject</dt>
      <dd>
        <code>{info.subject}</code>
      </dd>
      <dt>SANs ({info.sans.length})</dt>
      <dd>
        {info.sans.slice(0, 50).map((s, i) => (
          <span key={s}>
            {i > 0 ? ", " : ""}
            <code>{s}</code>
          </span>
        ))}
        {info.sans.length > 50 ? ` … and ${info.sans.length - 50} more` : null}
      </dd>
      <dt>Extended key usage</dt>
      <dd>{info.eku.map((e) => EKU_LABEL[e] ?? e).join("; ")}</dd>
      <dt>Key usage</dt>
      <dd>
        {info.keyUsage.join(", ")}
        {info.keyUsageCritical ? " (critical)" : ""}
      </dd>
      <dt>Key</dt>
      <dd>{info.keyDescription}</dd>
      <dt>Signature</dt>
      <dd>
        {info.signatureAlgorithm},{" "}
        {info.signatureValid ? "self-signature verifies" : "self-signature does NOT verify"}
      </dd>
      <dt>CSR SHA-256</dt>
      <dd>
        <code className="fingerprint">{info.sha256}</code>
      </dd>
      <dt>Public key SHA-256</dt>
      <dd>
        <code className="fingerprint">{info.spkiSha256}</code>
      </dd>
    </dl>
  );
}

function Passphrase({ id, entry }: { id: string; entry: KeyEntry | undefined }) {
  const stored = useKeyStore((s) => own(s.passphrases, id));
  const setPassphrase = useKeyStore((s) => s.setPassphrase);
  const [a, setA] = useState(stored ?? "");
  const [b, setB] = useState(stored ?? "");
  const [busy, setBusy] = useState(false);
  const ready = passphrasePairReady(a, b);
  const differs = entry !== undefined && (entry.encrypted ? stored === undefined : stored !== undefined);
  return (
    <PassphraseFields
      legend="Key file passphrase (optional)"
      label="Passphrase"
      repeatLabel="Repeat the passphrase"
      hint={`With a passphrase the key file is encrypted (PKCS#8, AES-256, 600,000 PBKDF2 iterations); at least ${PASSPHRASE_MIN_LENGTH} characters. Empty: an unencrypted key file, which the page asks you to confirm before it downloads it.`}
      value={a}
      repeat={b}
      onChange={(x, y) => {
        setA(x);
        setB(y);
        setPassphrase(id, passphrasePairReady(x, y) ? x : undefined);
      }}
    >
      {differs && (ready || a === "") ? (
        <p>
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void reexportKey(id, stored).finally(() => setBusy(false));
            }}
          >
            {stored === undefined
              ? "Write the key file without a passphrase"
              : "Encrypt the key file with this passphrase"}
          </button>
        </p>
      ) : null}
    </PassphraseFields>
  );
}

/** The keys this app generates, as a select's options (a card's key, and the key for every certificate). */
function KeyChoiceOptions() {
  return KEY_CHOICES.map((k) => (
    <option key={k.value} value={k.value}>
      {k.label}
    </option>
  ));
}

const KeyCard = memo(function KeyCard({
  cert,
  blocking,
  deferred,
}: {
  cert: CertificatePlan;
  blocking: Finding[];
  deferred: boolean;
}) {
  const uid = useId();
  const { ref, shown: controls } = useControlsShown(deferred);
  const entry = useKeyStore((s) => own(s.entries, cert.id));
  const busy = useKeyStore((s) => own(s.busy, cert.id) === true);
  const error = useKeyStore((s) => own(s.errors, cert.id));
  const markKeyDownloaded = useKeyStore((s) => s.markKeyDownloaded);
  const setOptions = usePlanStore((s) => s.setCertificateOptions);
  const plan = usePlanStore((s) => s.plan);
  const [copied, setCopied] = useState("");
  const ask = useConfirm();
  const stale = entry !== undefined && entry.planFingerprint !== planFingerprint(cert);
  const generatable = isGeneratable(cert.key);
  // a platform that cannot import a key made elsewhere (a CUCM node) is not offered one: domain/key-birth.ts
  const birth = keyBirth(cert);
  const blocked = blocking.length > 0;
  const stem = entry ? datedStem(cert.id, entry.createdAt) : "";
  // edits on another step are not in the plan: nothing is made or downloaded from values the form does not show
  const held = useEditsHeld();

  const copy = async () => {
    if (!entry) return;
    try {
      await navigator.clipboard.writeText(entry.csrPem);
      setCopied("CSR copied to the clipboard.");
    } catch {
      setCopied("The browser did not allow copying: select the PEM text and copy it.");
    }
  };

  return (
    <section
      ref={ref}
      className={deferred ? "panel key-card deferred" : "panel key-card"}
      aria-labelledby={`${uid}-h`}
    >
      <header className="card-head">
        <h3 id={`${uid}-h`}>
          {cert.title} <span className="muted">({cert.id})</span>
        </h3>
        <p>
          {entry ? (
            stale ? (
              <span className="tag tag-warning">plan changed: generate again</span>
            ) : (
              <span className="tag tag-ok">CSR generated</span>
            )
          ) : (
            <span className="tag">not generated</span>
          )}{" "}
          {entry && !entry.downloadedKey ? <span className="tag tag-warning">key not downloaded</span> : null}
        </p>
      </header>
      <div className="key-row">
        {controls ? (
          <div className="field">
            <label htmlFor={`${uid}-key`}>Key</label>
            <select
              id={`${uid}-key`}
              value={keyValue(cert.key)}
              onChange={(e) => {
                const spec = specOf(e.target.value);
                if (spec) setOptions(cert.id, { key: spec });
              }}
            >
              {!generatable ? (
                <option value={keyValue(cert.key)}>
                  {describeKey(cert.key)} (not generated by this app)
                </option>
              ) : null}
              <KeyChoiceOptions />
            </select>
          </div>
        ) : (
          <p className="field">Key: {describeKey(cert.key)}</p>
        )}
        {birth.importsKey ? (
          <div className="generate-cell">
            <button
              type="button"
              className="button button-primary"
              disabled={blocked || held || busy || !generatable}
              aria-describedby={blocked ? `${uid}-blocked` : undefined}
              onClick={() => void generateOne(cert)}
            >
              {busy ? "Generating…" : entry ? "Generate again" : "Generate"}
            </button>
          </div>
        ) : null}
      </div>
      {!birth.importsKey ? (
        <p className="key-on-node">
          The key of this certificate is created on the node, not in this browser: {birth.platform} has no way
          to import a private key made elsewhere. Use the node's own CSR page, with the fields under “Generate
          on the server instead” below.
        </p>
      ) : null}
      {blocked ? (
        <p className="blocked" id={`${uid}-blocked`}>
          Blocked by {plural(blocking.length, "error")}: fix {blocking.length === 1 ? "it" : "them"} or accept{" "}
          {blocking.length === 1 ? "it" : "them"} on the <a href="#review">Review</a> step.
        </p>
      ) : null}
      {!generatable ? <p className="blocked">Choose a key this app can generate.</p> : null}
      {birth.importsKey && controls ? <Passphrase id={cert.id} entry={entry} /> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {entry ? (
        <div className="csr">
          <h4>The request as the CA will read it</h4>
          <DecodedCsr pem={entry.csrPem} />
          {controls ? (
            <div className="field">
              <label htmlFor={`${uid}-pem`}>CSR (PEM)</label>
              <textarea id={`${uid}-pem`} className="pem" readOnly rows={6} value={entry.csrPem} />
            </div>
          ) : null}
          <div className="actions">
            <button type="button" className="button" disabled={held} onClick={() => void copy()}>
              Copy CSR
            </button>
            <button
              type="button"
              className="button"
              disabled={held}
              onClick={() => downloadText(entry.csrPem, `${stem}.csr`, "application/pkcs10")}
            >
              Download CSR
            </button>
            <button
              type="button"
              className="button"
              disabled={held}
              onClick={async () => {
                const go =
                  entry.encrypted ||
                  (await confirmUnencryptedKeyExport(
                    ask,
                    1,
                    'To encrypt it, cancel, type a passphrase in this card\'s "Key file passphrase" fields and choose "Encrypt the key file with this passphrase".',
                  ));
                if (!go) {
                  setCopied("Key file not downloaded.");
                  return;
                }
                setCopied("");
                downloadText(entry.keyPem, `${stem}.key`, "application/pkcs8");
                markKeyDownloaded([cert.id]);
              }}
            >
              Download key
            </button>
          </div>
          <p role="status" className="status">
            {copied}
            {entry.downloadedKey ? " Key file downloaded." : ""}
          </p>
          <p className="muted">
            {describeKey(entry.spec)} · key file{" "}
            {entry.encrypted ? "encrypted with your passphrase" : "not encrypted"} · made{" "}
            {entry.createdAt.slice(11, 19)} UTC
          </p>
        </div>
      ) : null}
      <Suspense fallback={null}>
        <ServerRequestPanel
          certificate={cert}
          plan={plan}
          blocking={blocking}
          onKeyLocationChange={(keyLocation) => setOptions(cert.id, { keyLocation })}
        />
        <AutomatePanel certificate={cert} plan={plan} blocking={blocking} />
      </Suspense>
    </section>
  );
});

export default function KeysStep() {
  const uid = useId();
  const { plan, result } = usePlanView();
  const blocking = blockingByCertificate(plan, result);
  const entries = useKeyStore((s) => s.entries);
  const progress = useKeyStore((s) => s.progress);
  const cancel = useKeyStore((s) => s.cancel);
  const pending = useKeyStore((s) => undownloadedKeyIds(s).length);
  const setMany = usePlanStore((s) => s.setCertificateOptionsMany);
  const [shown, setShown] = useState(PAGE);
  const [allKey, setAllKey] = useState("RSA-2048");
  const [message, setMessage] = useState("");
  const [zipping, setZipping] = useState(false);
  const held = useEditsHeld();
  const [zipPass, setZipPass] = useState("");
  const [zipPass2, setZipPass2] = useState("");
  const ask = useConfirm();
  const zipPassReady = passphrasePairReady(zipPass, zipPass2);
  // a passphrase typed but not usable yet: the zip waits rather than silently writing plain keys
  const zipPassPending = (zipPass !== "" || zipPass2 !== "") && !zipPassReady;

  // load the crypto layer as soon as the step is reached (not on the first screen)
  useEffect(() => {
    void loadCrypto();
  }, []);

  const certs = result.certificates;
  const open = certs.filter(
    (c) => (blocking.get(c.id)?.length ?? 0) === 0 && isGeneratable(c.key) && keyBirth(c).importsKey,
  );
  const todo = open.filter((c) => {
    const e = own(entries, c.id);
    return e === undefined || e.planFingerprint !== planFingerprint(c);
  });
  const blockedCount = certs.length - certs.filter((c) => (blocking.get(c.id)?.length ?? 0) === 0).length;
  const generatedCount = certs.filter((c) => own(entries, c.id) !== undefined).length;

  const runAll = async () => {
    setMessage("");
    const started = performance.now();
    const r = await generateAll(todo);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    setMessage(
      `${plural(r.done - r.failed, "key and CSR", "keys and CSRs")} generated in ${secs} s${r.failed > 0 ? `; ${r.failed} failed (see below)` : ""}.`,
    );
  };

  const downloadAll = async () => {
    setMessage("");
    const passphrase = zipPassReady ? zipPass : undefined;
    if (passphrase === undefined) {
      const plain = Object.values(useKeyStore.getState().entries).filter((e) => !e.encrypted).length;
      const go = await confirmUnencryptedKeyExport(
        ask,
        plain,
        `To encrypt ${plain === 1 ? "it" : "them"}, cancel and type a passphrase for the zip's key files (at least ${PASSPHRASE_MIN_LENGTH} characters).`,
      );
      if (!go) {
        setMessage("Nothing downloaded.");
        return;
      }
    }
    setZipping(true);
    try {
      const s = useKeyStore.getState();
      const { blob, keyIds } = await buildZip(usePlanStore.getState().plan, result, s.entries, todayIso(), {
        passphrase,
      });
      downloadBlob(blob, `${planFileStem(plan.name)}.zip`);
      useKeyStore.getState().markKeyDownloaded(keyIds);
      setMessage(
        `Zip file with ${plural(keyIds.length, "CSR")} and key files${passphrase ? " (every key encrypted with the zip passphrase)" : ""}, the plan and the worksheet downloaded.`,
      );
    } catch (err) {
      setMessage(`The zip file could not be made: ${errorMessage(err)}`);
    } finally {
      setZipping(false);
    }
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="step">
      <StepHeading id={`${uid}-h`}>Keys and CSRs</StepHeading>
      <p className="lead">
        Keys are generated in this page with the browser's WebCrypto and exist only in its memory: download
        them before you close it. CSRs are signed with their key and carry exactly the planned Subject and
        SANs.
      </p>
      {certs.length === 0 ? (
        <p className="empty">
          The plan has no certificates yet: add <a href="#components">components</a>.
        </p>
      ) : (
        <div className="panel keys-toolbar">
          <p>
            {plural(certs.length, "certificate")} · {generatedCount} generated
            {blockedCount > 0 ? (
              <>
                {" "}
                · <strong className="blocked-inline">{blockedCount} blocked by errors</strong> (fix or accept
                them on the <a href="#review">Review</a> step)
              </>
            ) : null}
            {pending > 0 ? ` · ${plural(pending, "key")} not downloaded yet` : ""}
          </p>
          <div className="toolbar-row">
            <div className="field field-inline">
              <label htmlFor={`${uid}-allkey`}>Key for every certificate</label>
              <select id={`${uid}-allkey`} value={allKey} onChange={(e) => setAllKey(e.target.value)}>
                <KeyChoiceOptions />
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={progress !== null}
              onClick={() => {
                const spec = specOf(allKey);
                if (spec)
                  setMany(
                    certs.map((c) => c.id),
                    { key: spec },
                  );
              }}
            >
              Apply to all
            </button>
          </div>
          <div className="toolbar-row">
            <button
              type="button"
              className="button button-primary"
              disabled={held || progress !== null || todo.length === 0}
              aria-describedby={`${uid}-todo`}
              onClick={() => void runAll()}
            >
              Generate all
            </button>
            <button
              type="button"
              className="button"
              disabled={held || generatedCount === 0 || zipping || progress !== null || zipPassPending}
              aria-describedby={zipPassPending ? `${uid}-zip-wait` : undefined}
              onClick={() => void downloadAll()}
            >
              Download all (.zip)
            </button>
            <span id={`${uid}-todo`} className="muted">
              {todo.length > 0
                ? `${plural(todo.length, "certificate")} to generate`
                : open.length > 0
                  ? "Every open certificate has a current CSR."
                  : certs.length > 0 && certs.every((c) => !keyBirth(c).importsKey)
                    ? "Every certificate here gets its key on its node (its own CSR page): nothing to generate in this browser."
                    : "Nothing can be generated yet."}
            </span>
          </div>
          <PassphraseFields
            legend="Passphrase for the key files in the zip (optional)"
            label="Zip key passphrase"
            repeatLabel="Repeat the zip key passphrase"
            hint={`With a passphrase every key file in the zip is encrypted with it (PKCS#8, AES-256, 600,000 PBKDF2 iterations), also a key that has its own passphrase on its card; at least ${PASSPHRASE_MIN_LENGTH} characters. Empty: each key goes in as its card wrote it.`}
            value={zipPass}
            repeat={zipPass2}
            onChange={(x, y) => {
              setZipPass(x);
              setZipPass2(y);
            }}
          />
          {zipPassPending ? (
            <p className="muted" id={`${uid}-zip-wait`}>
              The zip waits until the passphrase is accepted and typed twice, or both fields are empty.
            </p>
          ) : null}
          {progress ? (
            <div className="progress" role="status">
              <label htmlFor={`${uid}-progress`}>
                Generating {progress.done} of {progress.total}
                {progress.current ? ` — next: ${progress.current}` : ""}
              </label>
              <progress id={`${uid}-progress`} max={progress.total} value={progress.done} />
              <button
                type="button"
                className="button button-small"
                onClick={cancel}
                disabled={progress.cancelled}
              >
                {progress.cancelled ? "Stopping…" : "Stop"}
              </button>
            </div>
          ) : null}
          <p role="status" className="status">
            {zipping ? "Making the zip file…" : message}
          </p>
        </div>
      )}
      {certs.slice(0, shown).map((c, i) => (
        <KeyCard
          key={c.id}
          cert={c}
          blocking={blocking.get(c.id) ?? EMPTY}
          deferred={isDeferredCard(i, certs.length)}
        />
      ))}
      {certs.length > shown ? (
        <div className="more">
          <p>
            Showing {shown} of {certs.length} certificates.
          </p>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, certs.length - shown)} more certificates
          </button>{" "}
          <button type="button" className="button" onClick={() => setShown(certs.length)}>
            Show all {certs.length} certificates
          </button>
        </div>
      ) : null}
      <StepNav step="keys" />
    </section>
  );
}

const EMPTY: Finding[] = [];
