// "What is deployed now", step 3: the drift report. Each live server certificate is matched to the planned
// certificate it stands for (by its names), and compared with it: names the plan has and the live certificate
// lacks (and the reverse), EKUs (clientAuth against the plan and the public CAs' dates), key, expiry against the
// renewal calendar's renew-by rule, and the chain as the server sends it. Pure: no React, no WebCrypto.
//
// Reused rather than repeated: the Install step's name coverage (wildcards where the platform allows them), EKU and
// key checks (src/ui/install/checks.ts), the clientAuth finding the planner already makes for the planned
// certificate (its public CA's own date), and the renewal calendar's renew-by margin (src/schedule/renewals.ts).
//
// Sources quoted here:
// - RFC 5246 §7.4.2 (TLS 1.2), certificate_list, read 2026-12-07 in two copies of the RFC's text (ldapwiki.com
//   "Certificate_list" and a pastebin of the section): "The sender's certificate MUST come first in the list. Each
//   following certificate MUST directly certify the one preceding it. … the self-signed certificate that
//   specifies the root certificate authority MAY be omitted from the chain". TLS 1.3 (RFC 8446 §4.4.2) relaxes the
//   order to a SHOULD; its sentence could not be read here, so it is not quoted on screen.
// - The renew-by margin: Let's Encrypt's integration guide, as quoted by src/schedule/renewals.ts (read there).
import type { CertificateInfo } from "../crypto/describe";
import { normalizeName } from "../domain/names";
import type { CertificatePlan, Finding } from "../domain/types";
import { addDays, renewByOffset } from "../schedule/renewals";
import { ekuCheck, type IssuedSummary, keyStrengthCheck, plannedNameCoverage } from "../ui/install/checks";
import { visible } from "./extract";
import type { LiveCertificate } from "./read";

export type DriftStatus = "pass" | "warn" | "fail";

export type DriftItemId =
  | "missing-names"
  | "extra-names"
  | "subject"
  | "eku"
  | "client-auth"
  | "key"
  | "expiry"
  | "chain";

export interface DriftItem {
  id: DriftItemId;
  status: DriftStatus;
  title: string;
  detail: string;
  names?: string[];
  source?: string;
}

export interface LiveComparison {
  live: LiveCertificate;
  /** why this live certificate was taken for this planned one, in words */
  matchedBy: string;
  items: DriftItem[];
}

export interface PlannedDrift {
  cert: CertificatePlan;
  /** the live certificates that stand for it (one per server, or one shared by several) */
  live: LiveComparison[];
}

export interface DriftReport {
  planned: PlannedDrift[];
  /** live server certificates that match no planned certificate */
  unmatched: LiveCertificate[];
  counts: { fail: number; warn: number; pass: number };
}

export interface DriftInput {
  certificates: readonly CertificatePlan[];
  findings: readonly Finding[];
  live: readonly LiveCertificate[];
  now: Date;
  /** the plan's issue date (YYYY-MM-DD), when it has one */
  issueDate?: string;
}

export const CHAIN_ORDER_SOURCE =
  "RFC 5246 §7.4.2 (https://www.rfc-editor.org/rfc/rfc5246#section-7.4.2) — " +
  '"The sender\'s certificate MUST come first in the list. Each following certificate MUST directly certify the one preceding it."';

export const CHAIN_ROOT_SOURCE =
  "RFC 5246 §7.4.2 (https://www.rfc-editor.org/rfc/rfc5246#section-7.4.2) — " +
  '"the self-signed certificate that specifies the root certificate authority MAY be omitted from the chain, under ' +
  'the assumption that the remote end must already possess it in order to validate it in any case."';

export const RENEW_BY_SOURCE =
  "Let's Encrypt, Integration Guide, When to Renew (https://letsencrypt.org/docs/integration-guide/) — " +
  '"we recommend renewing certificates automatically when they have a third of their total lifetime left."';

function list(names: readonly string[]): string {
  const shown = names.map(visible);
  if (shown.length <= 6) return shown.join(", ");
  return `${shown.slice(0, 6).join(", ")} and ${shown.length - 6} more`;
}

function are(n: number): string {
  return n === 1 ? "is" : "are";
}

function cnOf(info: CertificateInfo): string {
  return visible(info.subjectCN || info.subject || "(no name)");
}

// ---------------------------------------------------------------- matching

interface Score {
  exact: number;
  wildcard: number;
  cn: boolean;
}

function score(cert: CertificatePlan, leaf: CertificateInfo): Score {
  const presented = new Set(leaf.sans.map(normalizeName));
  const { missing, forbiddenWildcard } = plannedNameCoverage(cert, leaf.sans);
  const uncovered = new Set([...missing, ...forbiddenWildcard]);
  let exact = 0;
  let wildcard = 0;
  for (const s of cert.sans) {
    const name = normalizeName(s.value);
    if (presented.has(name)) exact++;
    else if (!uncovered.has(name)) wildcard++;
  }
  return { exact, wildcard, cn: normalizeName(leaf.subjectCN) === normalizeName(cert.subject.CN) };
}

function better(a: Score, b: Score): boolean {
  const va = a.exact * 2 + a.wildcard + (a.cn ? 3 : 0);
  const vb = b.exact * 2 + b.wildcard + (b.cn ? 3 : 0);
  return va > vb;
}

/** The planned certificate a live one stands for: the one it shares the most names with (the Subject CN counts
 *  most), or null when it shares none. Ties go to the planned certificate listed first. */
export function matchPlanned(
  certificates: readonly CertificatePlan[],
  leaf: CertificateInfo,
): { cert: CertificatePlan; matchedBy: string } | null {
  let best: { cert: CertificatePlan; s: Score } | null = null;
  for (const cert of certificates) {
    const s = score(cert, leaf);
    if (s.exact + s.wildcard === 0 && !s.cn) continue;
    if (!best || better(s, best.s)) best = { cert, s };
  }
  if (!best) return null;
  const { s, cert } = best;
  const parts: string[] = [];
  if (s.cn) parts.push(`the same Subject CN (${visible(cert.subject.CN)})`);
  if (s.exact > 0) parts.push(`${s.exact} of its ${cert.sans.length} planned names`);
  if (s.wildcard > 0) parts.push(`${s.wildcard} more through a wildcard`);
  return { cert, matchedBy: parts.join(", ") };
}

// ---------------------------------------------------------------- the comparisons

function issuedOf(leaf: CertificateInfo): IssuedSummary {
  return {
    subjectCN: leaf.subjectCN,
    sans: leaf.sans,
    eku: leaf.eku,
    key: leaf.key,
    keyDescription: leaf.keyDescription,
    signatureAlgorithm: leaf.signatureAlgorithm,
    notBefore: leaf.notBefore,
    notAfter: leaf.notAfter,
    selfIssued: leaf.selfIssued,
  };
}

function namesItems(cert: CertificatePlan, leaf: CertificateInfo): DriftItem[] {
  const { missing, forbiddenWildcard } = plannedNameCoverage(cert, leaf.sans);
  const items: DriftItem[] = [];
  const lacking = [...missing, ...forbiddenWildcard];
  if (lacking.length === 0) {
    items.push({
      id: "missing-names",
      status: "pass",
      title: `Every planned name is on the live certificate (${cert.sans.length})`,
      detail: "Clients connecting to any planned name find it in the certificate the server presents today.",
    });
  } else {
    const parts: string[] = [];
    if (missing.length > 0)
      parts.push(
        `${list(missing)} ${are(missing.length)} planned but not on the live certificate: clients connecting to ${missing.length === 1 ? "it" : "them"} fail TLS today.`,
      );
    if (forbiddenWildcard.length > 0)
      parts.push(
        `${list(forbiddenWildcard)} ${are(forbiddenWildcard.length)} covered only by a wildcard, which this platform does not accept for ${forbiddenWildcard.length === 1 ? "it" : "them"} (SIP names never match wildcards, RFC 5922; Pexip, Cisco and the Edge refuse wildcards).`,
      );
    parts.push("A certificate requested from this plan has them.");
    items.push({
      id: "missing-names",
      status: "fail",
      title: `${lacking.length} planned name${lacking.length === 1 ? " is" : "s are"} not on the live certificate`,
      detail: parts.join(" "),
      names: lacking,
    });
  }
  const planned = new Set(cert.sans.map((s) => normalizeName(s.value)));
  const extra = [...new Set(leaf.sans.map(normalizeName))].filter((n) => n !== "" && !planned.has(n));
  if (extra.length > 0) {
    items.push({
      id: "extra-names",
      status: "warn",
      title: `${extra.length} name${extra.length === 1 ? " is" : "s are"} on the live certificate but not in the plan`,
      detail: `${list(extra)} ${are(extra.length)} on the certificate the server presents today and not in the plan: a renewal from this plan drops ${extra.length === 1 ? "it" : "them"}, and clients still connecting to ${extra.length === 1 ? "it" : "them"} then fail TLS. Add ${extra.length === 1 ? "it" : "them"} to the plan, or make sure ${extra.length === 1 ? "it is" : "they are"} no longer used.`,
      names: extra,
    });
  }
  if (normalizeName(leaf.subjectCN) !== normalizeName(cert.subject.CN)) {
    items.push({
      id: "subject",
      status: "warn",
      title: "The Subject CN differs from the plan",
      detail: `The live certificate's Subject CN is ${leaf.subjectCN ? visible(leaf.subjectCN) : "empty"}; the plan's is ${visible(cert.subject.CN)}. Platforms that show or check the CN (Skype for Business's certificate wizard, Cisco's certificate pages) will show the change after the renewal.`,
    });
  }
  return items;
}

function ekuItems(cert: CertificatePlan, leaf: CertificateInfo, findings: readonly Finding[]): DriftItem[] {
  const items: DriftItem[] = [];
  const check = ekuCheck(cert, issuedOf(leaf), [...findings]);
  const item: DriftItem = { id: "eku", status: check.status, title: check.title, detail: check.detail };
  if (check.source) item.source = check.source;
  items.push(item);
  const liveClient = leaf.eku.includes("clientAuth");
  const plannedClient = cert.eku.includes("clientAuth");
  if (liveClient && !plannedClient) {
    items.push({
      id: "client-auth",
      status: "warn",
      title: "The live certificate has Client Authentication; the plan does not ask for it",
      detail:
        "A renewal from this plan has Server Authentication only. Anything that uses this certificate today as a TLS client certificate (mutual TLS to a peer server or partner) stops working after the renewal: check that nothing does, or add Client Authentication to the plan.",
    });
  }
  // the planner's own finding for this certificate: a public CA no longer (or soon no longer) issues clientAuth
  const publicCa = findings.find((f) => f.rule === "PKI-CLIENTAUTH-PUBLIC-1" && f.target === "plan");
  if (liveClient && plannedClient && publicCa) {
    items.push({
      id: "client-auth",
      status: publicCa.severity === "error" ? "fail" : "warn",
      title: "The live certificate has Client Authentication, which its public CA will not issue again",
      detail: publicCa.message,
      source: publicCa.source,
    });
  }
  return items;
}

const DAY = 86_400_000;

function expiryItem(leaf: CertificateInfo, now: Date, issueDate: string | undefined): DriftItem {
  const from = leaf.notBefore.slice(0, 10);
  const until = leaf.notAfter.slice(0, 10);
  const lifetime = Math.max(1, leaf.validityDays);
  // the renewal calendar's rule: renew when a third of the lifetime is left (halfway under 10 days)
  const renewBy = addDays(from, Math.max(1, renewByOffset(lifetime)));
  const today = now.toISOString().slice(0, 10);
  const left = Math.floor((new Date(leaf.notAfter).getTime() - now.getTime()) / DAY);
  const base = { id: "expiry" as const, source: RENEW_BY_SOURCE };
  if (new Date(leaf.notAfter).getTime() <= now.getTime()) {
    return {
      ...base,
      status: "fail",
      title: `Expired on ${until}`,
      detail: `The live certificate was valid ${from} to ${until}: clients refuse it now. Renew it at once.`,
    };
  }
  if (new Date(leaf.notBefore).getTime() > now.getTime()) {
    return {
      ...base,
      status: "warn",
      title: "The live certificate is not valid yet",
      detail: `It is valid from ${leaf.notBefore.slice(0, 16).replace("T", " ")} UTC: clients refuse it until then.`,
    };
  }
  if (issueDate && until < issueDate) {
    return {
      ...base,
      status: "fail",
      title: `Expires on ${until}, before the plan's issue date (${issueDate})`,
      detail: `The live certificate expires ${left} day${left === 1 ? "" : "s"} from now, before the certificates of this plan are to be issued on ${issueDate}: clients refuse the server in between. Move the plan's issue date before ${renewBy > today ? renewBy : until}.`,
    };
  }
  if (today >= renewBy) {
    return {
      ...base,
      status: "warn",
      title: `Past its renew-by date (${renewBy}), expires on ${until}`,
      detail: `${left} day${left === 1 ? "" : "s"} left of a ${lifetime}-day lifetime. The renewal calendar renews a certificate when a third of its lifetime is left, so that an order stalled on validation or a moved change window does not become an outage: renew it now.`,
    };
  }
  return {
    ...base,
    status: "pass",
    title: `Valid until ${until}; renew by ${renewBy}`,
    detail: `${left} days left of a ${lifetime}-day lifetime. The renewal calendar's rule: have the successor installed when a third of the lifetime is left.`,
  };
}

function chainItem(live: LiveCertificate): DriftItem {
  const { chain, sent, leaf, kind } = live;
  const names = chain.order.map((i) => cnOf(sent[i]!)).join(" → ");
  const unverified = chain.links.some(
    (l) => chain.order.includes(l.certificate) && l.issuedBy !== null && !l.signatureVerified,
  );
  const fromServer = kind === "tls";
  if (unverified) {
    return {
      id: "chain",
      status: "fail",
      title: fromServer ? "The chain the server sends does not verify" : "The chain does not verify",
      detail: `A certificate's signature does not verify with its issuer's key (${names}): one of the CA certificates is not the one that signed it. Clients cannot build a trusted chain from it.`,
    };
  }
  if (leaf.selfIssued && chain.order.length === 1) {
    return {
      id: "chain",
      status: "warn",
      title: "Self-signed certificate",
      detail:
        "No CA signed the live certificate: every client and peer must be told to trust this one certificate. A renewal from this plan replaces it with a CA-signed certificate; peers that trusted the self-signed one need the CA's root instead.",
    };
  }
  const top = sent[chain.order[chain.order.length - 1]!]!;
  const missing = chain.missing.map((m) => visible(m.issuer));
  if (!fromServer) {
    // pasted text or a file: its order and completeness are the paste's, not the server's
    return {
      id: "chain",
      status: "pass",
      title: chain.order.length > 1 ? "Chain in what you pasted" : "Only the certificate itself was pasted",
      detail:
        chain.order.length > 1
          ? `${names}${missing.length > 0 ? ` → ${missing[0]} (not pasted)` : ""}. What the server sends is not known from this: use openssl s_client with -showcerts to check it.`
          : `Issued by ${missing[0] ?? cnOf(top)}. The chain the server sends is not known from this: use openssl s_client with -showcerts to check it.`,
    };
  }
  if (chain.order.length === 1) {
    return {
      id: "chain",
      status: "fail",
      title: "The server sends no intermediate CA certificate",
      detail: `The server presents only its own certificate, issued by ${missing[0] ?? "a CA"}. Clients that do not already hold that intermediate CA certificate cannot build the chain and refuse the connection: install the intermediate CA certificate with the server certificate.`,
      source: CHAIN_ROOT_SOURCE,
    };
  }
  if (!chain.inOrder) {
    return {
      id: "chain",
      status: "warn",
      title: "The server sends the chain out of order",
      detail: `${names}, but not in this order: some clients (older TLS stacks, appliances) refuse a chain that is not leaf first, each certificate followed by its issuer. Install the chain in that order.`,
      source: CHAIN_ORDER_SOURCE,
    };
  }
  const extra =
    chain.unrelated.length > 0
      ? ` It also sends ${list(chain.unrelated.map((i) => cnOf(sent[i]!)))}, which ${are(chain.unrelated.length)} not part of this chain: harmless, but remove ${chain.unrelated.length === 1 ? "it" : "them"} from the chain file.`
      : "";
  if (chain.rootIncluded) {
    return {
      id: "chain",
      status: chain.unrelated.length > 0 ? "warn" : "pass",
      title: "The server sends the whole chain, root included",
      detail: `${names}. Sending the root is allowed but not needed: clients use their own copy.${extra}`,
      source: CHAIN_ROOT_SOURCE,
    };
  }
  return {
    id: "chain",
    status: chain.unrelated.length > 0 ? "warn" : "pass",
    title: "The server sends its chain in order",
    detail: `${names}, issued by ${missing[0] ?? "a root CA"}, which is not sent: right if it is a root CA your clients trust; if it is another intermediate CA, the server must send it too.${extra}`,
    source: CHAIN_ROOT_SOURCE,
  };
}

/** Every comparison of one live certificate with the planned certificate it stands for. */
export function compareLive(
  cert: CertificatePlan,
  live: LiveCertificate,
  findings: readonly Finding[],
  now: Date,
  issueDate?: string,
): DriftItem[] {
  const key = keyStrengthCheck(cert, issuedOf(live.leaf));
  return [
    ...namesItems(cert, live.leaf),
    ...ekuItems(cert, live.leaf, findings),
    { id: "key", status: key.status, title: key.title, detail: key.detail },
    expiryItem(live.leaf, now, issueDate),
    chainItem(live),
  ];
}

/** The drift report: per planned certificate, the live certificates that stand for it and how they differ. */
export function driftReport(input: DriftInput): DriftReport {
  const byCert = new Map<string, LiveComparison[]>();
  const unmatched: LiveCertificate[] = [];
  const findingsOf = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (!f.certificate) continue;
    findingsOf.set(f.certificate, [...(findingsOf.get(f.certificate) ?? []), f]);
  }
  const counts = { fail: 0, warn: 0, pass: 0 };
  for (const live of input.live) {
    const match = matchPlanned(input.certificates, live.leaf);
    if (!match) {
      unmatched.push(live);
      continue;
    }
    const items = compareLive(
      match.cert,
      live,
      findingsOf.get(match.cert.id) ?? [],
      input.now,
      input.issueDate,
    );
    for (const i of items) counts[i.status]++;
    byCert.set(match.cert.id, [
      ...(byCert.get(match.cert.id) ?? []),
      { live, matchedBy: match.matchedBy, items },
    ]);
  }
  return {
    planned: input.certificates.map((cert) => ({ cert, live: byCert.get(cert.id) ?? [] })),
    unmatched,
    counts,
  };
}
