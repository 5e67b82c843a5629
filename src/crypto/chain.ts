// Certificate chains: which certificate issued which, the order leaf → intermediates → root, and
// which links are missing.

import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { toHex } from "./bytes";
import type { CertificateInfo } from "./describe";
import { X509Certificate } from "./x509";

export interface ChainLink {
  /** index into the certificates list */
  certificate: number;
  /** index of the certificate that issued it, or null when that one is not in the file */
  issuedBy: number | null;
  /** the issuer's signature on this certificate was checked with the issuer's key */
  signatureVerified: boolean;
}

export interface ChainAnalysis {
  /** the leaf (end-entity) certificate, or null when there is none */
  leaf: number | null;
  /** the chain from the leaf upwards: leaf, intermediates, root (indices into the certificates list) */
  order: number[];
  links: ChainLink[];
  /** the file lists the chain leaf first, each certificate followed by its issuer */
  inOrder: boolean;
  /** the chain ends with a self-signed root that is in the file */
  rootIncluded: boolean;
  /** the issuer names that are not in the file, from the lowest missing link up (usually one) */
  missing: { issuer: string; neededBy: number }[];
  /** certificates that are not on the leaf's chain */
  unrelated: number[];
  /** sentences for the admin, e.g. "The certificates are in the wrong order …" */
  messages: string[];
}

interface Node {
  info: CertificateInfo;
  x509: X509Certificate;
  /** DER of the subject and issuer names, hex (compared for every pair: computed once) */
  subject: string;
  issuer: string;
}

async function verifiedBy(child: Node, parent: Node): Promise<boolean> {
  try {
    return await child.x509.verify({ publicKey: parent.x509, signatureOnly: true }, globalThis.crypto);
  } catch {
    return false;
  }
}

/**
 * Signature checks tried for one certificate. Issuers are found by name (an index, not a scan of every pair),
 * and among issuers of the same name the one whose key identifier matches the certificate's authority key
 * identifier is tried first, so a real chain needs one check per certificate. Without key identifiers every
 * certificate of the same name is a candidate: 400 such certificates meant 160,000 checks (36 s). A genuine
 * chain has at most two or three CA certificates of one name (a renewed or cross-signed CA); beyond this
 * many the certificate is linked to its first candidate by name, and the link is reported as not verified.
 */
export const MAX_SIGNATURE_CHECKS_PER_CERTIFICATE = 4;

/** Candidate issuers of `child`, best first: same name; a matching key identifier before none; a different one excluded. */
function candidateIssuers(
  child: Node,
  index: number,
  nodes: Node[],
  bySubject: Map<string, number[]>,
): number[] {
  const aki = child.info.authorityKeyId;
  const sameName = (bySubject.get(child.issuer) ?? []).filter((j) => j !== index);
  const matched: number[] = [];
  const unknown: number[] = [];
  for (const j of sameName) {
    const ski = nodes[j]!.info.subjectKeyId;
    if (aki && ski) {
      if (aki === ski) matched.push(j);
    } else {
      unknown.push(j);
    }
  }
  return [...matched, ...unknown];
}

function label(info: CertificateInfo): string {
  return info.subjectCN ? `"${info.subjectCN}"` : `"${info.subject}"`;
}

/** Works out the chain of a list of certificates (in any order). */
export async function analyseChain(certificates: CertificateInfo[]): Promise<ChainAnalysis> {
  const nodes: Node[] = certificates.map((info) => {
    const tbs = AsnConvert.parse(info.der, Certificate).tbsCertificate;
    return {
      info,
      x509: new X509Certificate(info.der),
      subject: toHex(new Uint8Array(AsnConvert.serialize(tbs.subject))),
      issuer: toHex(new Uint8Array(AsnConvert.serialize(tbs.issuer))),
    };
  });
  const bySubject = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    bySubject.set(node.subject, [...(bySubject.get(node.subject) ?? []), i]);
  });
  const links: ChainLink[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const child = nodes[i]!;
    let issuedBy: number | null = null;
    let signatureVerified = false;
    const candidates = candidateIssuers(child, i, nodes, bySubject);
    for (const j of candidates.slice(0, MAX_SIGNATURE_CHECKS_PER_CERTIFICATE)) {
      const verified = await verifiedBy(child, nodes[j]!);
      if (verified || issuedBy === null) {
        issuedBy = j;
        signatureVerified = verified;
      }
      if (verified) break;
    }
    links.push({ certificate: i, issuedBy, signatureVerified });
  }

  const issuers = new Set(links.map((link) => link.issuedBy).filter((j): j is number => j !== null));
  const candidates = nodes.map((_, i) => i).filter((i) => !issuers.has(i));
  const leaf =
    nodes.length === 0 ? null : (candidates.find((i) => !nodes[i]!.info.isCa) ?? candidates[0] ?? 0);

  const order: number[] = [];
  const missing: ChainAnalysis["missing"] = [];
  let rootIncluded = false;
  if (leaf !== null) {
    let current: number | null = leaf;
    while (current !== null && !order.includes(current)) {
      order.push(current);
      const node: Node = nodes[current]!;
      if (node.info.selfIssued && (await verifiedBy(node, node))) {
        rootIncluded = true;
        break;
      }
      const next: number | null = links[current]!.issuedBy;
      if (next === null) missing.push({ issuer: node.info.issuer, neededBy: current });
      current = next;
    }
  }
  const unrelated = nodes.map((_, i) => i).filter((i) => !order.includes(i));
  const inOrder = order.every((index, position) => index === position);

  const messages: string[] = [];
  if (leaf !== null && nodes.length > 1 && !inOrder) {
    messages.push(
      `The certificates are not in chain order (leaf → intermediates → root): the file has ${order
        .map((i) => `${label(nodes[i]!.info)} as number ${i + 1}`)
        .join(", ")}. Servers send the chain in file order; save it leaf first.`,
    );
  }
  for (const gap of missing) {
    const node = nodes[gap.neededBy]!.info;
    messages.push(
      order.length > 1 || node.issuerCN !== ""
        ? `The issuer of ${label(node)} ("${gap.issuer}") is not in the file. If it is an intermediate CA, add it; a root that clients already trust may be left out.`
        : `The issuer of ${label(node)} is not in the file.`,
    );
  }
  for (const i of unrelated) {
    messages.push(
      `Certificate ${i + 1} (${label(nodes[i]!.info)}) is not part of the chain of ${label(nodes[leaf ?? 0]!.info)}.`,
    );
  }
  return { leaf, order, links, inOrder, rootIncluded, missing, unrelated, messages };
}
