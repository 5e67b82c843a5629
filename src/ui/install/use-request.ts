// Which CSR the issued certificate answers (issue: "Install knows which CSR a certificate answers"): the one with
// the certificate's public key, among the CSRs made in this page (the key store keeps every one, keys or not) or
// one the admin loads. The checks then tell the CA's changes (certificate against CSR) from the plan's (CSR against
// the plan as it is now): checks.ts, pure. Only public data here: a CSR holds no secret.
import { useEffect, useState } from "react";
import type { CertificateInfo, CsrInfo } from "../../crypto";
import { useKeyStore } from "../../state/key-store";
import { inspectInBackground } from "../inspect-runner";
import type { loadCrypto } from "../keys/generate";
import type { RequestSummary } from "./checks";
import { hasInput, type Source } from "./parts";

type Crypto = Awaited<ReturnType<typeof loadCrypto>>;

export interface RequestState {
  request: RequestSummary | null;
  /** problems with the loaded CSR, for its input */
  errors: string[];
}

const NONE: RequestState = { request: null, errors: [] };

function summary(csr: CsrInfo, origin: string): RequestSummary {
  return { subjectCN: csr.subjectCN, sans: csr.sans, origin };
}

async function loadedCsrs(source: Source): Promise<{ where: string; csrs: CsrInfo[]; error?: string }[]> {
  const out: { where: string; csrs: CsrInfo[]; error?: string }[] = [];
  const read = async (where: string, input: string | Uint8Array) => {
    // a CSR the admin loads may be any file: read in the worker, like every loaded file
    const r = await inspectInBackground(input, { expect: "csr" });
    out.push(r.kind === "error" ? { where, csrs: [], error: r.message } : { where, csrs: r.csrs });
  };
  if (source.text.trim() !== "") await read("Pasted text", source.text);
  for (const f of source.files) await read(f.name, f.data);
  return out;
}

/** The CSR `leaf` answers: a loaded one first (the admin's word), else the latest made in this page. */
export async function findRequest(
  crypto: Crypto,
  leaf: CertificateInfo,
  source: Source,
  made: { certificateId: string; csrPem: string; spkiSha256: string; createdAt: string }[],
  certificateId: string,
): Promise<RequestState> {
  const errors: string[] = [];
  if (hasInput(source)) {
    const reads = await loadedCsrs(source);
    for (const r of reads) if (r.error) errors.push(`${r.where}: ${r.error}`);
    for (const r of reads) {
      const match = r.csrs.find((c) => c.spkiSha256 === leaf.spkiSha256);
      if (match)
        return {
          request: summary(match, r.where === "Pasted text" ? "you pasted" : `loaded from ${r.where}`),
          errors,
        };
    }
    if (reads.some((r) => r.csrs.length > 0))
      errors.push(
        "This CSR has another public key than the certificate: the certificate was not made from it (another CSR, or another key).",
      );
  }
  const record = [...made].reverse().find((r) => r.spkiSha256 === leaf.spkiSha256);
  if (record) {
    const r = await crypto.inspect(record.csrPem, { expect: "csr" });
    const csr = r.kind === "error" ? undefined : r.csrs[0];
    if (csr) {
      const when = `${record.createdAt.slice(0, 10)} ${record.createdAt.slice(11, 16)} UTC`;
      const other = record.certificateId !== certificateId ? ` for ${record.certificateId}` : "";
      return { request: summary(csr, `made on the Keys and CSRs step${other} (${when})`), errors };
    }
  }
  return { request: null, errors };
}

/** findRequest, recomputed when the certificate, the loaded CSR or the page's CSRs change. */
export function useRequest(
  crypto: Crypto | null,
  leaf: CertificateInfo | null,
  source: Source,
  certificateId: string,
): RequestState {
  const made = useKeyStore((s) => s.requests);
  const [state, setState] = useState<RequestState>(NONE);
  useEffect(() => {
    let live = true;
    if (!crypto || !leaf) {
      setState(NONE);
      return;
    }
    void findRequest(crypto, leaf, source, made, certificateId).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [crypto, leaf, source, made, certificateId]);
  return state;
}
