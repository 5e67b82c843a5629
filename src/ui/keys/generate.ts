// Key and CSR generation for the Keys step, through the crypto layer's door (loaded on demand). Large batches
// are made in small groups that yield to the event loop between them, so that the page stays responsive and
// the progress bar moves (a 1,000-node single-server plan means 1,000 keys).

import { own } from "../../domain/own";
import type { CertificatePlan } from "../../domain/types";
import { type KeyEntry, useKeyStore } from "../../state/key-store";
import { yieldToBrowser } from "../yield";

type CryptoModule = typeof import("../../crypto");
let cryptoModule: Promise<CryptoModule> | undefined;
/** The crypto layer, loaded once: each `import()` call goes through the bundler's preload helper, which looks
 *  for its chunks' <link> elements in the DOM — per key of a 1,000-key batch that was ≈5 % of the batch. */
export const loadCrypto = (): Promise<CryptoModule> =>
  (cryptoModule ??= import("../../crypto").catch((e: unknown) => {
    cryptoModule = undefined; // a failed chunk load may be retried
    throw e;
  }));

const fingerprints = new WeakMap<CertificatePlan, string>();

/** What a CSR is made of: when it changes after generation, the CSR no longer matches the plan.
 *  Memoised per certificate plan object (the engine's result is memoised per plan). */
export function planFingerprint(cert: CertificatePlan): string {
  let f = fingerprints.get(cert);
  if (f === undefined) {
    f = JSON.stringify([cert.subject, cert.sans.map((s) => s.value), cert.eku, cert.keyUsage, cert.key]);
    fingerprints.set(cert, f);
  }
  return f;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function generateEntry(
  cert: CertificatePlan,
  passphrase: string | undefined,
): Promise<KeyEntry> {
  const crypto = await loadCrypto();
  const keys = await crypto.generateKeyPair(cert.key);
  const csr = await crypto.createCsr(cert, keys);
  const keyPem = await crypto.exportPrivateKey(keys, passphrase);
  return {
    spec: keys.spec,
    keys,
    csrPem: csr.pem,
    keyPem,
    encrypted: passphrase !== undefined,
    csrSha256: csr.csrSha256,
    spkiSha256: csr.spkiSha256,
    downloadedKey: false,
    planFingerprint: planFingerprint(cert),
    createdAt: new Date().toISOString(),
  };
}

/** How many keys of this kind to make at once: EC keys take milliseconds, RSA keys up to a second each. */
function batchSize(cert: CertificatePlan, encrypted: boolean): number {
  if (encrypted) return 2; // PBKDF2 with 600,000 iterations per key file
  return cert.key.algorithm === "ECDSA" ? 10 : 2;
}

/** How long the page works on keys before it shows its progress and yields (a few frames): the store and the
 *  step re-render once per slice, not once per group of keys, so that the wizard adds little to the crypto. */
const SLICE_MS = 100;

/** Generate keys and CSRs for `certs`, updating the key store's progress; stops early when cancelled. */
export async function generateAll(certs: CertificatePlan[]): Promise<{ done: number; failed: number }> {
  const store = useKeyStore.getState();
  store.setProgress({ done: 0, total: certs.length, current: certs[0]?.id ?? "", cancelled: false });
  await loadCrypto();
  let done = 0;
  let failed = 0;
  let i = 0;
  // how many certificates the last slice made: that many are shown busy at the start of the next one
  let expected = 1;
  try {
    while (i < certs.length) {
      if (useKeyStore.getState().progress?.cancelled) break;
      const sliceStart = performance.now();
      const marked = certs.slice(i, i + expected).map((c) => c.id);
      useKeyStore.getState().setBusy(marked, true);
      const made: Record<string, KeyEntry> = {};
      const errors: [string, string][] = [];
      const handled: string[] = [];
      do {
        const first = certs[i] as CertificatePlan;
        const passphrases = useKeyStore.getState().passphrases;
        const batch = certs.slice(i, i + batchSize(first, own(passphrases, first.id) !== undefined));
        i += batch.length;
        await Promise.all(
          batch.map(async (cert) => {
            handled.push(cert.id);
            try {
              made[cert.id] = await generateEntry(cert, own(passphrases, cert.id));
            } catch (err) {
              failed++;
              errors.push([cert.id, errorMessage(err)]);
            }
          }),
        );
        done += batch.length;
      } while (
        i < certs.length &&
        performance.now() - sliceStart < SLICE_MS &&
        !useKeyStore.getState().progress?.cancelled
      );
      expected = handled.length;
      const s = useKeyStore.getState();
      s.setEntries(made);
      for (const id of handled)
        if (own(useKeyStore.getState().errors, id) !== undefined) s.setError(id, undefined);
      for (const [id, message] of errors) s.setError(id, message);
      s.setBusy(marked, false);
      s.setProgress({
        done,
        total: certs.length,
        current: certs[i]?.id ?? "",
        cancelled: s.progress?.cancelled ?? false,
      });
      await yieldToBrowser();
    }
  } finally {
    useKeyStore.getState().setProgress(null);
  }
  return { done, failed };
}

/** One certificate's key and CSR (the per-certificate "Generate" button). */
export async function generateOne(cert: CertificatePlan): Promise<void> {
  const s = useKeyStore.getState();
  s.setBusy([cert.id], true);
  s.setError(cert.id, undefined);
  try {
    const entry = await generateEntry(cert, own(s.passphrases, cert.id));
    useKeyStore.getState().setEntries({ [cert.id]: entry });
  } catch (err) {
    useKeyStore.getState().setError(cert.id, errorMessage(err));
  } finally {
    useKeyStore.getState().setBusy([cert.id], false);
  }
}

/** Write the key file again with another passphrase (or none), from the key held in memory. */
export async function reexportKey(id: string, passphrase: string | undefined): Promise<void> {
  const crypto = await loadCrypto();
  const s = useKeyStore.getState();
  const e = own(s.entries, id);
  if (!e) return;
  try {
    const keyPem = await crypto.exportPrivateKey(e.keys, passphrase);
    useKeyStore
      .getState()
      .setEntries({ [id]: { ...e, keyPem, encrypted: passphrase !== undefined, downloadedKey: false } });
    useKeyStore.getState().setError(id, undefined);
  } catch (err) {
    useKeyStore.getState().setError(id, errorMessage(err));
  }
}
