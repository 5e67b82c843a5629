// The Install step's checks (PRODUCT.md step 8): the issued certificate against its key, the plan, its chain and
// the calendar. Pure functions (no React, no WebCrypto): the step passes what the crypto layer's inspect() found.
// Each check says pass / fail / warn in words and what it means for the platform.
import { isCovered, isWildcard, normalizeName } from "../../domain/names";
import { CLIENTAUTH_SOURCE as CHROME_CLIENTAUTH_SOURCE } from "../../domain/rules/generic/pki-clientauth-public-1";
import type { CertificatePlan, CertificateProfile, Finding, KeySpec, SanEntry } from "../../domain/types";

export type CheckStatus = "pass" | "fail" | "warn";

export interface Check {
  id: "key" | "names" | "unplanned" | "eku" | "chain" | "validity" | "key-strength";
  status: CheckStatus;
  title: string;
  /** what it means, in a sentence or two */
  detail: string;
  names?: string[];
  /** a citation, when the check rests on a rule */
  source?: string;
}

/** What the checks need of an issued certificate (a subset of the crypto layer's CertificateInfo). */
export interface IssuedSummary {
  subjectCN: string;
  sans: string[];
  eku: string[];
  key: KeySpec | null;
  keyDescription: string;
  signatureAlgorithm: string;
  /** ISO 8601 */
  notBefore: string;
  notAfter: string;
  selfIssued: boolean;
}

export interface ChainSummary {
  /** the chain from the leaf up (leaf first), as found */
  ordered: { subjectCN: string; isCa: boolean; selfIssued: boolean }[];
  rootIncluded: boolean;
  /** issuer names not found among the loaded certificates */
  missing: string[];
  /** every link's signature was verified with its issuer's key */
  signaturesVerified: boolean;
  /** loaded certificates that are not on the leaf's chain (their CN) */
  unrelated: string[];
}

export interface CheckInput {
  cert: CertificatePlan;
  /** the planning engine's findings for this certificate */
  findings: Finding[];
  issued: IssuedSummary;
  chain: ChainSummary;
  /** the key belongs to the certificate; null when no key was loaded */
  keyMatch: boolean | null;
  now: Date;
}

// the Chrome Root Program quote the clientAuth rule cites, for when no finding is at hand
const CLIENTAUTH_SOURCE = CHROME_CLIENTAUTH_SOURCE;

/** What stops working without clientAuth, per platform (the rule that asks for it). */
export function clientAuthConsequence(profile: CertificateProfile): string {
  switch (profile) {
    case "pexip-public-dmz":
    case "pexip-on-prem":
      return "Pexip nodes present this certificate as TLS client in mutual TLS with Skype for Business / Lync (federation and the trusted application pool): SfB refuses the connection.";
    case "cisco-tomcat":
    case "cisco-callmanager":
    case "cisco-cup-xmpp":
    case "cisco-cup-xmpp-s2s":
      return "Unified CM inter-server TLS (ILS, UDS, intercluster and IM and Presence connections) uses this certificate as client certificate and fails.";
    case "expressway-c":
    case "expressway-e":
      return "Traversal and neighbour zones (and MRA to Unified CM) use mutual TLS with this certificate as client certificate: the zones stay down.";
    case "sfb-edge-external":
      return "Public IM connectivity with AOL required the client EKU on the Edge certificate (Microsoft ended that service on June 30, 2014).";
    default:
      return "Connections where this server authenticates as TLS client with this certificate fail.";
  }
}

/** Where a wildcard in the issued certificate may stand in for a planned name (RULES.md: never for SIP names,
 *  never on Pexip, Cisco, Expressway or the external Edge; on a Front End only for simple URLs / lyncdiscover). */
export function wildcardAllowedFor(cert: CertificatePlan, san: SanEntry): boolean {
  const sip = /^sip\./.test(san.value) || san.reasons.some((r) => /\bSIP\b|_sip/i.test(r));
  if (sip) return false;
  switch (cert.profile) {
    case "custom":
    case "sfb-reverse-proxy":
    case "sfb-edge-internal":
      return true;
    case "sfb-front-end":
    case "sfb-standard-edition":
    case "sfb-director":
      return /^(meet|dialin|admin|lyncdiscover|lyncdiscoverinternal)\./.test(san.value);
    default:
      return false;
  }
}

function list(names: string[]): string {
  if (names.length <= 6) return names.join(", ");
  return `${names.slice(0, 6).join(", ")} and ${names.length - 6} more`;
}

function keyCheck(keyMatch: boolean | null): Check {
  if (keyMatch === null) {
    return {
      id: "key",
      status: "warn",
      title: "Certificate and key: not checked",
      detail:
        "Load the private key (or use the key generated in this page) to check that it belongs to this certificate.",
    };
  }
  return keyMatch
    ? {
        id: "key",
        status: "pass",
        title: "The certificate matches the private key",
        detail: "The certificate carries this key's public key: the server can use the pair.",
      }
    : {
        id: "key",
        status: "fail",
        title: "The certificate does not match the private key",
        detail:
          "The certificate was issued for another key (another CSR, or an old key). The server cannot use this pair: load the key of the CSR you sent, or send the CA this key's CSR.",
      };
}

function namesCheck(cert: CertificatePlan, issued: IssuedSummary): Check {
  const presented = issued.sans.map(normalizeName);
  const missing: string[] = [];
  const forbiddenWildcard: string[] = [];
  for (const s of cert.sans) {
    const name = normalizeName(s.value);
    if (isCovered(name, presented, false)) continue;
    if (isCovered(name, presented, true)) {
      if (wildcardAllowedFor(cert, s)) continue;
      forbiddenWildcard.push(name);
      continue;
    }
    missing.push(name);
  }
  if (missing.length === 0 && forbiddenWildcard.length === 0) {
    return {
      id: "names",
      status: "pass",
      title: `Every planned name is covered (${cert.sans.length})`,
      detail: "Clients connecting to any planned name find it in the certificate's SAN list.",
    };
  }
  const parts: string[] = [];
  if (missing.length > 0)
    parts.push(
      `${list(missing)} ${missing.length === 1 ? "is" : "are"} not in the certificate: clients connecting to ${missing.length === 1 ? "it" : "them"} fail TLS.`,
    );
  if (forbiddenWildcard.length > 0)
    parts.push(
      `${list(forbiddenWildcard)} ${forbiddenWildcard.length === 1 ? "is" : "are"} covered only by a wildcard, which this platform does not accept for ${forbiddenWildcard.length === 1 ? "it" : "them"} (SIP names never match wildcards, RFC 5922; Pexip, Cisco and the Edge refuse wildcards).`,
    );
  parts.push("Ask the CA to reissue the certificate from the CSR's names.");
  return {
    id: "names",
    status: "fail",
    title: `${missing.length + forbiddenWildcard.length} planned name${missing.length + forbiddenWildcard.length === 1 ? " is" : "s are"} not covered`,
    detail: parts.join(" "),
    names: [...missing, ...forbiddenWildcard],
  };
}

function unplannedCheck(cert: CertificatePlan, issued: IssuedSummary): Check {
  const planned = new Set(cert.sans.map((s) => normalizeName(s.value)));
  const issuedSet = new Set(issued.sans.map(normalizeName));
  const added = [...issuedSet].filter((n) => !planned.has(n));
  const dropped = [...planned].filter((n) => !issuedSet.has(n));
  const cnChanged = normalizeName(issued.subjectCN) !== normalizeName(cert.subject.CN);
  if (added.length === 0 && dropped.length === 0 && !cnChanged) {
    return {
      id: "unplanned",
      status: "pass",
      title: "Nothing was added or dropped by the CA",
      detail: `The certificate has exactly the ${planned.size} planned names, and the planned Subject CN.`,
    };
  }
  const parts: string[] = [];
  if (dropped.length > 0) parts.push(`The CA dropped ${list(dropped)} from the certificate.`);
  if (added.length > 0)
    parts.push(
      `The CA added ${list(added)}, which the plan does not have${added.some(isWildcard) ? " (a wildcard among them)" : ""}: harmless for TLS, but check that you pay for and publish what you meant to.`,
    );
  if (cnChanged)
    parts.push(`The Subject CN is ${issued.subjectCN || "empty"}, not the planned ${cert.subject.CN}.`);
  return {
    id: "unplanned",
    status: dropped.length > 0 ? "fail" : "warn",
    title: dropped.length > 0 ? "The CA dropped planned names" : "The certificate differs from the plan",
    detail: parts.join(" "),
    names: [...dropped, ...added],
  };
}

function ekuCheck(cert: CertificatePlan, issued: IssuedSummary, findings: Finding[]): Check {
  const has = new Set(issued.eku);
  // no EKU extension at all means "any purpose" to most TLS stacks; a CA/B Forum certificate always has one
  const any = issued.eku.length === 0 || has.has("anyExtendedKeyUsage");
  const missing = cert.eku.filter((e) => !any && !has.has(e));
  if (missing.includes("serverAuth")) {
    return {
      id: "eku",
      status: "fail",
      title: "Server authentication (serverAuth) is missing",
      detail:
        "TLS clients refuse a server certificate without serverAuth: ask the CA for a TLS server certificate.",
    };
  }
  if (missing.includes("clientAuth")) {
    const finding = findings.find((f) => f.rule === "PKI-CLIENTAUTH-PUBLIC-1");
    const consequence = clientAuthConsequence(cert.profile);
    if (cert.caType === "public") {
      return {
        id: "eku",
        status: "warn",
        title: "The public CA dropped Client Authentication (clientAuth)",
        detail: `${consequence} Public CAs now issue TLS certificates with Server Authentication only (Chrome Root Program Policy): use a certificate from a private/enterprise CA for the mutual-TLS connections, or a separate client certificate where the platform supports one.`,
        source: finding?.source ?? CLIENTAUTH_SOURCE,
      };
    }
    return {
      id: "eku",
      status: "fail",
      title: "Client Authentication (clientAuth) is missing",
      detail: `${consequence} Reissue it from a template with both Server and Client Authentication.`,
    };
  }
  return {
    id: "eku",
    status: "pass",
    title: "Extended key usage as planned",
    detail: any
      ? "The certificate has no purpose restriction, which TLS clients accept for every planned use."
      : `The certificate carries ${cert.eku.join(" and ")}${issued.eku.length > cert.eku.length ? ` (and ${issued.eku.filter((e) => !cert.eku.includes(e as "serverAuth")).join(", ")})` : ""}.`,
  };
}

function chainCheck(chain: ChainSummary, issued: IssuedSummary): Check {
  const above = chain.ordered.slice(1);
  const names = chain.ordered.map((c) => c.subjectCN || "(no CN)").join(" → ");
  if (!chain.signaturesVerified) {
    return {
      id: "chain",
      status: "fail",
      title: "The chain does not verify",
      detail: `A certificate's signature does not verify with its issuer's key (${names}): one of the CA certificates is not the one that signed it.`,
    };
  }
  if (issued.selfIssued && chain.ordered.length === 1) {
    return {
      id: "chain",
      status: "warn",
      title: "Self-signed certificate",
      detail: "No CA signed this certificate: every client must be told to trust it individually.",
    };
  }
  if (above.length === 0) {
    return {
      id: "chain",
      status: "fail",
      title: "No CA certificates loaded",
      detail: `Load the chain the CA sent (intermediate and root CA certificates, a bundle or a .p7b). Servers must send the intermediates, and the trust stores of Pexip, Cisco and Expressway need them. Missing: ${chain.missing[0] ?? "the issuer"}.`,
    };
  }
  const extra =
    chain.unrelated.length > 0
      ? ` ${list(chain.unrelated)} ${chain.unrelated.length === 1 ? "is" : "are"} not part of this chain and ${chain.unrelated.length === 1 ? "is" : "are"} left out of the downloads.`
      : "";
  if (!chain.rootIncluded) {
    return {
      id: "chain",
      status: "warn",
      title: "Chain complete up to the root, which is not loaded",
      detail: `${names} → ${chain.missing[0] ?? "root"}. Servers need not send the root, but Pexip's, Cisco's and Expressway's trust lists need it: load it if it is not trusted there yet.${extra}`,
    };
  }
  return {
    id: "chain",
    status: "pass",
    title: "Chain complete and ordered up to a root",
    detail: `${names}. The downloads list it leaf first, then the intermediates, then the root, whatever order you loaded it in.${extra}`,
  };
}

const DAY = 86_400_000;

function validityCheck(issued: IssuedSummary, now: Date): Check {
  const from = new Date(issued.notBefore);
  const to = new Date(issued.notAfter);
  const left = Math.floor((to.getTime() - now.getTime()) / DAY);
  const range = `${issued.notBefore.slice(0, 10)} to ${issued.notAfter.slice(0, 10)}`;
  if (to.getTime() <= now.getTime()) {
    return {
      id: "validity",
      status: "fail",
      title: "The certificate has expired",
      detail: `Valid ${range}: clients refuse it. Ask the CA for a new one.`,
    };
  }
  if (from.getTime() > now.getTime()) {
    return {
      id: "validity",
      status: "warn",
      title: "The certificate is not valid yet",
      detail: `Valid ${range}: install it after ${issued.notBefore.slice(0, 16).replace("T", " ")} UTC, or clients refuse it until then.`,
    };
  }
  if (left < 30) {
    return {
      id: "validity",
      status: "warn",
      title: `Valid, ${left} day${left === 1 ? "" : "s"} left`,
      detail: `Valid ${range}: plan the renewal now.`,
    };
  }
  return {
    id: "validity",
    status: "pass",
    title: `Valid, ${left} days left`,
    detail: `Valid ${range}.`,
  };
}

function keyStrengthCheck(cert: CertificatePlan, issued: IssuedSummary): Check {
  const k = issued.key;
  if (/sha1|md5/i.test(issued.signatureAlgorithm)) {
    return {
      id: "key-strength",
      status: "fail",
      title: `Weak signature: ${issued.signatureAlgorithm}`,
      detail:
        "SHA-1 and MD5 signatures are refused by current clients (PKI-SIGALG-1): ask for a SHA-256 signature.",
    };
  }
  if (!k) {
    return {
      id: "key-strength",
      status: "warn",
      title: `Key: ${issued.keyDescription}`,
      detail: "A key type the plan cannot describe: check that every platform that uses it supports it.",
    };
  }
  if (k.algorithm === "RSA" && k.size < 2048) {
    return {
      id: "key-strength",
      status: "fail",
      title: `Key too weak: ${issued.keyDescription}`,
      detail: "RSA keys under 2048 bits are refused by public CAs and current clients (PKI-KEY-1).",
    };
  }
  const planned = cert.key;
  const same =
    planned.algorithm === k.algorithm &&
    (k.algorithm === "RSA"
      ? planned.algorithm === "RSA" && planned.size === k.size
      : planned.algorithm === "ECDSA" && planned.curve === k.curve);
  return same
    ? {
        id: "key-strength",
        status: "pass",
        title: `Key strength as planned: ${issued.keyDescription}`,
        detail: `${issued.keyDescription}, signed with ${issued.signatureAlgorithm}.`,
      }
    : {
        id: "key-strength",
        status: "warn",
        title: `Key differs from the plan: ${issued.keyDescription}`,
        detail: `The plan asked for ${planned.algorithm === "RSA" ? `RSA ${planned.size}` : `ECDSA ${planned.curve}`}; check that every platform that uses it supports ${issued.keyDescription}.`,
      };
}

/** Every check, in the order the Install step shows them. */
export function installChecks(input: CheckInput): Check[] {
  return [
    keyCheck(input.keyMatch),
    namesCheck(input.cert, input.issued),
    unplannedCheck(input.cert, input.issued),
    ekuCheck(input.cert, input.issued, input.findings),
    chainCheck(input.chain, input.issued),
    validityCheck(input.issued, input.now),
    keyStrengthCheck(input.cert, input.issued),
  ];
}

export const STATUS_LABEL: Record<CheckStatus, string> = { pass: "Pass", fail: "Fail", warn: "Warning" };

/** The PFX format for this plan: legacy TripleDES where Skype for Business / Lync runs on Windows Server 2012 R2 or
 *  2016 (Lync 2010/2013, SfB 2015), modern AES for SfB 2019 and every other platform. */
export function defaultPfxProfile(
  cert: Pick<CertificatePlan, "componentType">,
  sfbVersion: string | undefined,
): "modern" | "legacy" {
  if (!cert.componentType.startsWith("sfb-")) return "modern";
  return sfbVersion === "lync-2010" || sfbVersion === "lync-2013" || sfbVersion === "sfb-2015"
    ? "legacy"
    : "modern";
}
