// Step 8, Install (PRODUCT.md): after the CA answers. Load the issued certificate, its chain and the key; check them
// against the plan; write what the platform imports (PKCS#12 modern / legacy, PEM certificate, chain, full chain,
// key); say the next step in words. Nothing loaded here is stored anywhere but this component's state (and the key
// store's keys of this visit): no localStorage, no URL.
import { useEffect, useId, useMemo, useState } from "react";
import type { CertificateInfo, InspectResult, KeyPair } from "../../crypto";
import { handoff } from "../../domain/handoff";
import { PASSPHRASE_MIN_LENGTH, passphraseProblem } from "../../domain/passphrase";
import type { CertificatePlan, Finding, Plan } from "../../domain/types";
import { todayIso } from "../../domain/validity";
import { useKeyStore } from "../../state/key-store";
import { datedStem, downloadBlob, downloadText } from "../download";
import { InspectProgress } from "../InspectProgress";
import { inspectInBackground } from "../inspect-runner";
import { errorMessage, loadCrypto } from "../keys/generate";
import { useUnencryptedKeyExportGuard } from "../keys/key-export-guard";
import { useEditsHeld } from "../pending";
import { usePlanView } from "../plan-result";
import { StepHeading } from "../StepHeading";
import { StepNav } from "../StepNav";
import { type ChainSummary, defaultPfxProfile, installChecks } from "./checks";
import {
  ChecksList,
  EMPTY_SOURCE,
  HandoffPanel,
  hasInput,
  KeyFileInput,
  type Source,
  SourceInput,
} from "./parts";
import { useRequest } from "./use-request";
import "./install.css";
import { own } from "../../domain/own";

type Crypto = Awaited<ReturnType<typeof loadCrypto>>;

interface Read {
  results: { where: string; result: InspectResult }[];
}

async function readSource(source: Source, expect: "certificate" | "key", passphrase?: string): Promise<Read> {
  const results: Read["results"] = [];
  const options = passphrase ? { expect, passphrase } : { expect };
  if (source.text.trim() !== "")
    results.push({ where: "Pasted text", result: await inspectInBackground(source.text, options) });
  for (const f of source.files)
    results.push({ where: f.name, result: await inspectInBackground(f.data, options) });
  return { results };
}

function errorsOf(read: Read | null): string[] {
  if (!read) return [];
  return read.results.flatMap(({ where, result }) =>
    result.kind === "error" ? [`${where}: ${result.message}`] : [],
  );
}

function certificatesOf(read: Read | null): CertificateInfo[] {
  if (!read) return [];
  return read.results.flatMap(({ result }) => (result.kind === "error" ? [] : result.certificates));
}

interface Analysis {
  leaf: CertificateInfo;
  /** leaf first, then the intermediates, then the root when loaded */
  ordered: CertificateInfo[];
  chain: ChainSummary;
}

/** The leaf and its chain, from every certificate loaded (duplicates removed, any order). */
async function analyse(certificates: CertificateInfo[]): Promise<Analysis | string | null> {
  const unique: CertificateInfo[] = [];
  for (const c of certificates) if (!unique.some((u) => u.sha256 === c.sha256)) unique.push(c);
  if (unique.length === 0) return null;
  const r = await inspectInBackground(unique.map((c) => c.pem).join(""), { expect: "certificate" });
  if (r.kind === "error") return r.message;
  const chain = r.chain;
  if (!chain || chain.leaf === null)
    return "No end-entity certificate was found among the certificates loaded.";
  const ordered = chain.order.map((i) => r.certificates[i] as CertificateInfo);
  const leaf = ordered[0] as CertificateInfo;
  if (leaf.isCa) return "The issued certificate is missing: only CA certificates were loaded.";
  const onPath = new Set(chain.order);
  return {
    leaf,
    ordered,
    chain: {
      ordered: ordered.map((c) => ({ subjectCN: c.subjectCN, isCa: c.isCa, selfIssued: c.selfIssued })),
      rootIncluded: chain.rootIncluded,
      missing: chain.missing.map((m) => m.issuer),
      signaturesVerified: chain.links
        .filter((l) => onPath.has(l.certificate) && l.issuedBy !== null)
        .every((l) => l.signatureVerified),
      unrelated: chain.unrelated.map((i) => r.certificates[i]?.subjectCN || "(no CN)"),
    },
  };
}

function useCrypto(): Crypto | null {
  const [crypto, setCrypto] = useState<Crypto | null>(null);
  useEffect(() => {
    let live = true;
    void loadCrypto().then((c) => live && setCrypto(c));
    return () => {
      live = false;
    };
  }, []);
  return crypto;
}

/** The async result of `run` for the given inputs, recomputed (after a short pause) when they change. */
function useAsync<T>(run: () => Promise<T>, deps: unknown[], delay = 150): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(
    () => {
      let live = true;
      const t = setTimeout(() => {
        void run().then((v) => live && setValue(v));
      }, delay);
      return () => {
        live = false;
        clearTimeout(t);
      };
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `run` reads
    deps,
  );
  return value;
}

interface KeyInfo {
  keys: KeyPair | null;
  spki: string | null;
  errors: string[];
}

function CertificateInstall({
  cert,
  plan,
  findings,
}: {
  cert: CertificatePlan;
  plan: Plan;
  findings: Finding[];
}) {
  const uid = useId();
  const crypto = useCrypto();
  const stored = useKeyStore((s) => own(s.entries, cert.id));
  const [issued, setIssued] = useState<Source>(EMPTY_SOURCE);
  const [chainSource, setChainSource] = useState<Source>(EMPTY_SOURCE);
  const [requestSource, setRequestSource] = useState<Source>(EMPTY_SOURCE);
  const [keySource, setKeySource] = useState<Source>(EMPTY_SOURCE);
  const [keyPassphrase, setKeyPassphrase] = useState("");
  const [keyMode, setKeyMode] = useState<"generated" | "file">(stored ? "generated" : "file");
  const [profile, setProfile] = useState<"modern" | "legacy">(defaultPfxProfile(cert, plan.sfb?.version));
  const [friendlyName, setFriendlyName] = useState(`${cert.title} ${todayIso()}`);
  const [pfxPass, setPfxPass] = useState("");
  const [pfxPass2, setPfxPass2] = useState("");
  const [busy, setBusy] = useState("");
  const [message, setMessage] = useState("");
  const [failure, setFailure] = useState("");
  const guardKeyExport = useUnencryptedKeyExportGuard();
  const useStored = keyMode === "generated" && stored !== undefined;
  // the date rule of every download (datedStem): the files of a renewal never overwrite those in production
  const stem = datedStem(cert.id, todayIso());

  const issuedRead = useAsync(
    async () => (crypto && hasInput(issued) ? readSource(issued, "certificate") : null),
    [crypto, issued],
  );
  const chainRead = useAsync(
    async () => (crypto && hasInput(chainSource) ? readSource(chainSource, "certificate") : null),
    [crypto, chainSource],
  );
  const analysis = useAsync(
    async () => (crypto ? analyse([...certificatesOf(issuedRead), ...certificatesOf(chainRead)]) : null),
    [crypto, issuedRead, chainRead],
    0,
  );
  const fileKey = useAsync<KeyInfo | null>(
    async () => {
      if (!crypto || useStored || !hasInput(keySource)) return null;
      const read = await readSource(keySource, "key", keyPassphrase || undefined);
      const keys = read.results.flatMap(({ result }) => (result.kind === "error" ? [] : result.keys));
      const usable = keys.filter((k) => k.keyPair !== null && k.spkiSha256 !== null);
      const errors = errorsOf(read);
      if (errors.length === 0 && usable.length === 0)
        errors.push("No usable private key was found (an unsupported key type?).");
      const leafSpki = analysis && typeof analysis === "object" ? analysis.leaf.spkiSha256 : null;
      const chosen = usable.find((k) => k.spkiSha256 === leafSpki) ?? usable[0];
      return { keys: chosen?.keyPair ?? null, spki: chosen?.spkiSha256 ?? null, errors };
    },
    [crypto, useStored, keySource, keyPassphrase, analysis],
    300,
  );

  const key: KeyInfo | null = useStored
    ? { keys: stored.keys, spki: stored.spkiSha256, errors: [] }
    : (fileKey ?? null);
  const a = analysis && typeof analysis === "object" ? analysis : null;
  const analysisError = typeof analysis === "string" ? analysis : null;
  const keyMatch = a && key?.spki ? key.spki === a.leaf.spkiSha256 : null;
  const request = useRequest(crypto, a?.leaf ?? null, requestSource, cert.id);

  const checks = useMemo(
    () =>
      a
        ? installChecks({
            cert,
            findings,
            request: request.request,
            issued: a.leaf,
            chain: a.chain,
            keyMatch,
            now: new Date(),
          })
        : null,
    [a, cert, findings, keyMatch, request.request],
  );

  const files = {
    pfx: profile === "legacy" ? `${stem}-legacy.pfx` : `${stem}.pfx`,
    certificate: `${stem}.pem`,
    chain: `${stem}-chain.pem`,
    fullchain: `${stem}-fullchain.pem`,
    key: `${useStored ? datedStem(cert.id, stored.createdAt) : stem}.key`,
  };
  const h = a ? handoff(cert, plan, { sha1: a.leaf.sha1, files }) : null;

  const intermediates = a ? a.ordered.slice(1).filter((c) => !c.selfIssued) : [];
  const passMismatch = pfxPass2 !== "" && pfxPass !== pfxPass2;
  const passProblem = passphraseProblem(pfxPass);
  const passOk = pfxPass !== "" && passProblem === null && pfxPass === pfxPass2;
  // edits on a step are not in the plan: the checks above compare with the plan's last valid values
  const held = useEditsHeld();
  const pfxReady = !held && a !== null && Boolean(key?.keys) && keyMatch === true && passOk;
  const pfxWhy = held
    ? "Fix or discard the edits that are not in the plan first (see above)."
    : !a
      ? "Load the issued certificate first."
      : !key?.keys
        ? "Load the private key first."
        : keyMatch !== true
          ? "The key does not belong to this certificate."
          : !passOk
            ? "Enter the PFX passphrase twice."
            : "";

  const run = async (what: string, job: () => Promise<void>) => {
    setBusy(what);
    setFailure("");
    setMessage("");
    try {
      await job();
    } catch (err) {
      setFailure(`${what}: ${errorMessage(err)}`);
    } finally {
      setBusy("");
    }
  };

  const downloadPfx = (p: "modern" | "legacy") =>
    run(`PFX (${p})`, async () => {
      if (!crypto || !a || !key?.keys) return;
      const der = await crypto.buildPkcs12({
        key: key.keys,
        certificate: a.leaf,
        chain: a.ordered.slice(1),
        passphrase: pfxPass,
        friendlyName: friendlyName.trim() || undefined,
        profile: p,
      });
      const name = p === "legacy" ? `${stem}-legacy.pfx` : `${stem}.pfx`;
      downloadBlob(new Blob([der], { type: "application/x-pkcs12" }), name);
      setMessage(`${name} downloaded.`);
    });

  const downloadKey = () =>
    run("Key file", async () => {
      if (!crypto || !key?.keys) return;
      const hint = `To encrypt it, cancel and type the PFX passphrase twice (at least ${PASSPHRASE_MIN_LENGTH} characters): the key download is encrypted with it.`;
      if (!passOk && !(await guardKeyExport(1, hint))) {
        setMessage("Key file not downloaded.");
        return;
      }
      const pem = await crypto.exportPrivateKey(key.keys, passOk ? pfxPass : undefined);
      downloadText(pem, files.key, "application/pkcs8");
      if (useStored) useKeyStore.getState().markKeyDownloaded([cert.id]);
      setMessage(`${files.key} downloaded${passOk ? " (encrypted with the PFX passphrase)" : ""}.`);
    });

  const pem = (list: CertificateInfo[]) => list.map((c) => c.pem).join("");

  return (
    <div className="install">
      <div className="install-inputs">
        <SourceInput
          legend="Issued certificate"
          fileLabel="Issued certificate file"
          textLabel="Issued certificate (PEM)"
          hint="The certificate the CA sent: .cer, .crt or .pem (PEM or DER); a bundle or .p7b with the chain works too."
          accept=".cer,.crt,.pem,.der,.p7b,.p7c,.txt"
          source={issued}
          onChange={setIssued}
          errors={[...errorsOf(issuedRead), ...(analysisError ? [analysisError] : [])]}
        />
        <SourceInput
          legend="The CSR you sent (optional)"
          fileLabel="CSR file"
          textLabel="CSR (PEM)"
          hint="Needed only when the CSR was not made in this page (CSRs made here are found by their public key): the certificate is compared with the CSR it answers, to tell what the CA changed from what changed in the plan since."
          accept=".csr,.req,.pem,.txt"
          source={requestSource}
          onChange={setRequestSource}
          errors={request.errors}
        />
        <SourceInput
          legend="Chain"
          fileLabel="Chain files"
          textLabel="Chain (PEM)"
          hint="The intermediate and root CA certificates: one bundle, several files, or the .p7b the CA sent."
          multiple
          accept=".cer,.crt,.pem,.der,.p7b,.p7c,.txt"
          source={chainSource}
          onChange={setChainSource}
          errors={errorsOf(chainRead)}
        />
        <fieldset className="install-source">
          <legend>Private key</legend>
          {stored ? (
            <div className="install-key-choice">
              <div className="field field-check">
                <input
                  id={`${uid}-kg`}
                  type="radio"
                  name={`${uid}-keymode`}
                  checked={keyMode === "generated"}
                  onChange={() => setKeyMode("generated")}
                />
                <label htmlFor={`${uid}-kg`}>Use the key generated in this page</label>
              </div>
              <div className="field field-check">
                <input
                  id={`${uid}-kf`}
                  type="radio"
                  name={`${uid}-keymode`}
                  checked={keyMode === "file"}
                  onChange={() => setKeyMode("file")}
                />
                <label htmlFor={`${uid}-kf`}>Load a key file</label>
              </div>
            </div>
          ) : null}
          {useStored ? (
            <p className="muted">
              The {stored.spec.algorithm === "RSA" ? `RSA ${stored.spec.size}` : `ECDSA ${stored.spec.curve}`}{" "}
              key made on the Keys and CSRs step at {stored.createdAt.slice(11, 19)} UTC (in this page's
              memory).
            </p>
          ) : (
            <KeyFileInput
              source={keySource}
              onChange={setKeySource}
              passphrase={keyPassphrase}
              onPassphrase={setKeyPassphrase}
              errors={fileKey?.errors ?? []}
            />
          )}
        </fieldset>
      </div>
      <InspectProgress />

      <section className="panel" aria-labelledby={`${uid}-checks`}>
        <h3 id={`${uid}-checks`}>Checks</h3>
        {checks ? (
          <ChecksList checks={checks} />
        ) : (
          <p className="muted">
            Load the issued certificate to check it against the plan, the key and its chain.
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby={`${uid}-out`}>
        <h3 id={`${uid}-out`}>Files for the platform</h3>
        <div className="grid-2">
          {/* the whole row: the options' text is long and a select cannot wrap it */}
          <div className="field span-2">
            <label htmlFor={`${uid}-profile`}>PFX format</label>
            <select
              id={`${uid}-profile`}
              value={profile}
              aria-describedby={`${uid}-profile-hint`}
              onChange={(e) => setProfile(e.target.value === "legacy" ? "legacy" : "modern")}
            >
              <option value="modern">
                Modern (AES-256) — Windows Server 2019 and later, every other platform
              </option>
              <option value="legacy">Legacy (TripleDES) — Windows Server 2012 R2 / 2016</option>
            </select>
            <p className="field-hint" id={`${uid}-profile-hint`}>
              Chosen from the plan's Skype for Business version ({plan.sfb?.version ?? "none set"}); Windows
              Server 2012 R2 and 2016 cannot import AES-encrypted PFX files.
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${uid}-fn`}>Friendly name</label>
            <input
              id={`${uid}-fn`}
              type="text"
              value={friendlyName}
              onChange={(e) => setFriendlyName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-p1`}>PFX passphrase</label>
            <input
              id={`${uid}-p1`}
              type="password"
              autoComplete="new-password"
              value={pfxPass}
              aria-invalid={passProblem ? true : undefined}
              aria-describedby={`${uid}-p-hint${passProblem ? ` ${uid}-p-blank` : ""}`}
              onChange={(e) => setPfxPass(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-p2`}>Repeat the PFX passphrase</label>
            <input
              id={`${uid}-p2`}
              type="password"
              autoComplete="new-password"
              value={pfxPass2}
              aria-invalid={passMismatch ? true : undefined}
              aria-describedby={passMismatch ? `${uid}-p-err` : undefined}
              onChange={(e) => setPfxPass2(e.target.value)}
            />
          </div>
        </div>
        <p className="field-hint" id={`${uid}-p-hint`}>
          Protects the PFX files; the key download is encrypted with it too (PKCS#8, AES-256) when it is set.
          At least {PASSPHRASE_MIN_LENGTH} characters.
        </p>
        {passProblem ? (
          <p className="field-error" id={`${uid}-p-blank`}>
            {passProblem}
          </p>
        ) : null}
        {passMismatch ? (
          <p className="field-error" id={`${uid}-p-err`}>
            The two passphrases do not match.
          </p>
        ) : null}

        <h4>Windows / Skype for Business</h4>
        <div className="actions">
          {(["modern", "legacy"] as const).map((p) => (
            <button
              key={p}
              type="button"
              className={`button ${p === profile ? "button-primary" : ""}`}
              disabled={!pfxReady || busy !== ""}
              aria-describedby={pfxReady ? undefined : `${uid}-pfx-why`}
              onClick={() => void downloadPfx(p)}
            >
              Download PFX ({p})
            </button>
          ))}
        </div>
        {!pfxReady ? (
          <p className="muted" id={`${uid}-pfx-why`}>
            {pfxWhy}
          </p>
        ) : null}
        <h4>Pexip, Cisco, Expressway and other servers (PEM)</h4>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={held || !a}
            onClick={() => a && downloadText(a.leaf.pem, files.certificate, "application/x-pem-file")}
          >
            Download certificate (PEM)
          </button>
          <button
            type="button"
            className="button"
            disabled={held || !a || a.ordered.length < 2}
            onClick={() => a && downloadText(pem(a.ordered.slice(1)), files.chain, "application/x-pem-file")}
          >
            Download chain bundle
          </button>
          <button
            type="button"
            className="button"
            disabled={held || !a}
            onClick={() =>
              a && downloadText(pem([a.leaf, ...intermediates]), files.fullchain, "application/x-pem-file")
            }
          >
            Download full chain (PEM)
          </button>
          <button
            type="button"
            className="button"
            disabled={held || !key?.keys || busy !== ""}
            onClick={() => void downloadKey()}
          >
            Download key
          </button>
        </div>
        <p className="field-hint">
          <code>{files.certificate}</code>: the certificate; <code>{files.chain}</code>: the CA certificates
          only (intermediates, then the root when loaded) — the bundle a trust list imports;{" "}
          <code>{files.fullchain}</code>: the certificate and the intermediates, as a server sends them;{" "}
          <code>{files.key}</code>: the private key (PKCS#8).
        </p>
        <p role="status" className="status">
          {busy ? `Making the ${busy}…` : message}
        </p>
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : null}
      </section>

      {h ? <HandoffPanel h={h} /> : null}
    </div>
  );
}

export default function InstallStep() {
  const uid = useId();
  const { plan, result } = usePlanView();
  const certs = result.certificates;
  const [chosen, setChosen] = useState(certs[0]?.id ?? "");
  const cert = certs.find((c) => c.id === chosen) ?? certs[0];
  const findings = useMemo(
    () => result.findings.filter((f) => f.certificate === cert?.id && f.target === "plan"),
    [result, cert],
  );
  return (
    <section aria-labelledby={`${uid}-h`} className="step">
      <StepHeading id={`${uid}-h`}>Install</StepHeading>
      <p className="lead">
        After the CA answers: load the issued certificate, its chain and the key. They are checked against the
        plan and turned into what the platform imports. Everything stays in this page's memory.
      </p>
      {certs.length === 0 ? (
        <p className="empty">
          The plan has no certificates yet: add <a href="#components">components</a>.
        </p>
      ) : (
        <div className="field field-inline install-choose">
          <label htmlFor={`${uid}-cert`}>Certificate</label>
          <select id={`${uid}-cert`} value={cert?.id ?? ""} onChange={(e) => setChosen(e.target.value)}>
            {certs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title} ({c.id})
              </option>
            ))}
          </select>
        </div>
      )}
      {cert ? <CertificateInstall key={cert.id} cert={cert} plan={plan} findings={findings} /> : null}
      <StepNav step="install" />
    </section>
  );
}
