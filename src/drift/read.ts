// "What is deployed now", step 2: read each piece found by extract.ts with the crypto layer's inspect() (given by
// the caller: the page runs it in the inspection worker, the tests call it directly) and keep, per server
// certificate found, the certificates that came with it and their chain as sent.
import type { CertificateInfo, ChainAnalysis, InspectOptions, InspectResult } from "../crypto/inspect";
import type { LiveSource, SourceKind } from "./extract";

export type Inspector = (input: string | Uint8Array, options: InspectOptions) => Promise<InspectResult>;

/** Most certificates read from one paste, over all its pieces (each piece is also capped by inspect()). */
export const MAX_LIVE_CERTIFICATES = 200;

export interface LiveCertificate {
  /** "openssl s_client output 2", "JSON value 1 (“certificate”)" */
  source: string;
  kind: SourceKind;
  /** the server (end-entity) certificate */
  leaf: CertificateInfo;
  /** what came with it, in the order it came (the leaf among them) */
  sent: CertificateInfo[];
  /** the chain of `sent` (indices into it) */
  chain: ChainAnalysis;
  /** the piece held several server certificates: the order of `sent` is not one server's */
  shared: boolean;
}

export interface ReadProblem {
  source: string;
  message: string;
}

export interface LiveReading {
  live: LiveCertificate[];
  problems: ReadProblem[];
  notes: string[];
}

/** inspect() counts lines from the piece's first line: point them at the paste. */
function atPasteLines(message: string, firstLine: number): string {
  if (firstLine === 0) return message;
  return message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + firstLine}`);
}

function pemOf(certificates: readonly CertificateInfo[]): string {
  return certificates.map((c) => c.pem).join("");
}

/** Reads every piece; a piece that cannot be read is reported and the others are still compared. */
export async function readLive(sources: readonly LiveSource[], inspect: Inspector): Promise<LiveReading> {
  const live: LiveCertificate[] = [];
  const problems: ReadProblem[] = [];
  const notes: string[] = [];
  let total = 0;
  for (const source of sources) {
    const r = await inspect(source.input, { expect: "certificate" });
    if (r.kind === "error") {
      if (r.code === "cancelled")
        return { live: [], problems: [{ source: source.label, message: r.message }], notes };
      problems.push({ source: source.label, message: atPasteLines(r.message, source.firstLine) });
      continue;
    }
    total += r.certificates.length;
    if (total > MAX_LIVE_CERTIFICATES) {
      problems.push({
        source: source.label,
        message: `The paste holds more than ${MAX_LIVE_CERTIFICATES} certificates; this and the pieces after it were not compared. Paste fewer servers at a time.`,
      });
      break;
    }
    // a server may send its certificate twice (misconfigured chain files); keep the first of each
    const seen = new Set<string>();
    const sent = r.certificates.filter((c) => {
      if (seen.has(c.sha256)) return false;
      seen.add(c.sha256);
      return true;
    });
    if (sent.length < r.certificates.length)
      notes.push(
        `${source.label} holds the same certificate more than once${source.kind === "tls" ? ": the server sends a duplicate (check its chain file)" : ""}.`,
      );
    const leaves = sent.filter((c) => !c.isCa);
    if (leaves.length === 0) {
      notes.push(
        `${source.label} holds only CA certificates (${sent
          .map((c) => c.subjectCN || c.subject)
          .join(", ")}): no server certificate to compare.`,
      );
      continue;
    }
    if (leaves.length === 1 && sent.length === r.certificates.length && r.chain) {
      live.push({
        source: source.label,
        kind: source.kind,
        leaf: leaves[0]!,
        sent,
        chain: r.chain,
        shared: false,
      });
      continue;
    }
    // several server certificates in one piece (PEM files pasted together), or duplicates: each leaf with the CA
    // certificates of the piece, read again so that its chain is worked out on its own
    const cas = sent.filter((c) => c.isCa);
    for (const leaf of leaves) {
      const own = [leaf, ...cas];
      const again = await inspect(pemOf(own), { expect: "certificate" });
      if (again.kind === "error" || !again.chain) {
        problems.push({
          source: source.label,
          message: again.kind === "error" ? again.message : "The certificates could not be read again.",
        });
        continue;
      }
      live.push({
        source:
          leaves.length > 1
            ? `${source.label}, certificate ${leaves.indexOf(leaf) + 1} of ${leaves.length}`
            : source.label,
        kind: source.kind,
        leaf: again.certificates[0]!,
        sent: again.certificates,
        chain: again.chain,
        shared: leaves.length > 1 || source.kind !== "tls",
      });
    }
  }
  return { live, problems, notes };
}
