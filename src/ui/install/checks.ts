// The Install step's checks (PRODUCT.md step 8): the issued certificate against its key, the plan, its chain and
// the calendar. Pure functions (no React, no WebCrypto): the step passes what the crypto layer's inspect() found.
// Each check says pass / fail / warn in words and what it means for the platform.
import { isCovered, isWildcard, normalizeName } from "../../domain/names";
import { CLIENTAUTH_SOURCE as CHROME_CLIENTAUTH_SOURCE } from "../../domain/rules/generic/pki-clientauth-public-1";
import type { CertificatePlan, CertificateProfile, Finding, KeySpec, SanEntry } from "../../domain/types";

export type CheckStatus = "pass" | "fail" | "warn";

export interface Check {
  id:
    | "key"
    | "names"
    | "unplanned"
    | "request"
    | "plan-change"
    | "eku"
    | "chain"
    | "validity"
    | "key-strength";
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

/** The CSR the certificate was made from (the one with the certificate's public key), when the page knows it: made
 *  on the Keys and CSRs step of this visit, or loaded by the admin. */
export interface RequestSummary {
  subjectCN: string;
  sans: string[];
  /** where it comes from, in words: "made on the Keys and CSRs step at 10:02 UTC", "loaded from px.csr" */
  origin: string;
}

export interface CheckInput {
  cert: CertificatePlan;
  /** the CSR with the certificate's public key; null or absent when unknown */
  request?: RequestSummary | null;
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
    case "sbc-teams":
      return "Microsoft's SIP proxies use mutual TLS with the SBC, and Microsoft's Plan Direct Routing (June 17, 2024) asks for Server and Client Authentication: without it the SBC cannot connect to Teams.";
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
    // Plan Direct Routing: "Direct Routing supports a wildcard in the CN and/or SAN" (one label, RFC 2818)
    case "sbc-teams":
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

/** The planned names a certificate's SAN list does not cover: not at all, or only by a wildcard this platform
 *  refuses for that name. Shared with the drift report (src/drift). */
export function plannedNameCoverage(
  cert: CertificatePlan,
  sans: readonly string[],
): { missing: string[]; forbiddenWildcard: string[] } {
  const presented = sans.map(normalizeName);
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
  return { missing, forbiddenWildcard };
}

function namesCheck(cert: CertificatePlan, issued: IssuedSummary): Check {
  const { missing, forbiddenWildcard } = plannedNameCoverage(cert, issued.sans);
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
  // without the CSR, a planned name missing from the certificate may be the CA's doing or a later plan change
  if (dropped.length > 0)
    parts.push(
      `${list(dropped)} ${dropped.length === 1 ? "is" : "are"} planned but not in the certificate: either the CA dropped ${dropped.length === 1 ? "it" : "them"}, or the plan changed after the CSR was made. Load the CSR you sent (above) to tell which.`,
    );
  if (added.length > 0)
    parts.push(
      `The CA added ${list(added)}, which the plan does not have${added.some(isWildcard) ? " (a wildcard among them)" : ""}: harmless for TLS, but check that you pay for and publish what you meant to.`,
    );
  if (cnChanged)
    parts.push(`The Subject CN is ${issued.subjectCN || "empty"}, not the planned ${cert.subject.CN}.`);
  return {
    id: "unplanned",
    status: dropped.length > 0 ? "fail" : "warn",
    title:
      dropped.length > 0
        ? "Planned names are missing from the certificate"
        : "The certificate differs from the plan",
    detail: parts.join(" "),
    names: [...dropped, ...added],
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names.map(normalizeName))];
}

/** The CA's doing: the issued certificate against the CSR it answers (same public key). */
function requestCheck(cert: CertificatePlan, issued: IssuedSummary, request: RequestSummary): Check {
  const asked = unique(request.sans);
  const got = unique(issued.sans);
  const planned = new Set(cert.sans.map((s) => normalizeName(s.value)));
  const sanOf = new Map(cert.sans.map((s) => [normalizeName(s.value), s]));
  const dropped: string[] = [];
  const refusedWildcard: string[] = [];
  for (const name of asked) {
    if (isCovered(name, got, false)) continue;
    const san = sanOf.get(name);
    if (isCovered(name, got, true)) {
      if (!san || wildcardAllowedFor(cert, san)) continue;
      refusedWildcard.push(name);
      continue;
    }
    dropped.push(name);
  }
  const added = got.filter((n) => !asked.includes(n));
  const cnChanged = normalizeName(issued.subjectCN) !== normalizeName(request.subjectCN);
  if (dropped.length === 0 && refusedWildcard.length === 0 && added.length === 0 && !cnChanged) {
    return {
      id: "request",
      status: "pass",
      title: "The CA issued what the CSR asked",
      detail: `The certificate answers the CSR ${request.origin} (same public key) and has its ${asked.length} name${asked.length === 1 ? "" : "s"} and Subject CN ${request.subjectCN}.`,
    };
  }
  const parts: string[] = [`The certificate answers the CSR ${request.origin} (same public key).`];
  const needed = dropped.filter((n) => planned.has(n));
  if (dropped.length > 0)
    parts.push(
      `The CA dropped ${list(dropped)}, which the CSR asked for${needed.length > 0 ? `: clients connecting to ${list(needed)} fail TLS. Ask the CA to reissue the certificate from the CSR's names` : " (the plan no longer has them)"}.`,
    );
  if (refusedWildcard.length > 0)
    parts.push(
      `The CA replaced ${list(refusedWildcard)} with a wildcard, which this platform does not accept for ${refusedWildcard.length === 1 ? "it" : "them"} (SIP names never match wildcards, RFC 5922; Pexip, Cisco and the Edge refuse wildcards): ask for the names as the CSR wrote them.`,
    );
  if (added.length > 0)
    parts.push(
      `The CA added ${list(added)}, which the CSR did not ask for${added.some(isWildcard) ? " (a wildcard among them)" : ""}: harmless for TLS, but check that you pay for and publish what you meant to.`,
    );
  if (cnChanged)
    parts.push(`The Subject CN is ${issued.subjectCN || "empty"}, not the CSR's ${request.subjectCN}.`);
  const fails = needed.length > 0 || refusedWildcard.length > 0;
  return {
    id: "request",
    status: fails ? "fail" : "warn",
    title:
      dropped.length > 0 || refusedWildcard.length > 0
        ? "The CA dropped names the CSR asked for"
        : "The CA changed the certificate",
    detail: parts.join(" "),
    names: [...dropped, ...refusedWildcard, ...added],
  };
}

/** The plan's doing: the CSR against the plan as it is now. */
function planChangeCheck(cert: CertificatePlan, issued: IssuedSummary, request: RequestSummary): Check {
  const asked = new Set(unique(request.sans));
  const got = unique(issued.sans);
  const planned = cert.sans.map((s) => normalizeName(s.value));
  const addedToPlan = planned.filter((n) => !asked.has(n));
  const removedFromPlan = [...asked].filter((n) => !planned.includes(n));
  const cnChanged = normalizeName(cert.subject.CN) !== normalizeName(request.subjectCN);
  if (addedToPlan.length === 0 && removedFromPlan.length === 0 && !cnChanged) {
    return {
      id: "plan-change",
      status: "pass",
      title: "The plan has not changed since this CSR was made",
      detail: `The CSR has exactly the ${planned.length} planned name${planned.length === 1 ? "" : "s"} and the planned Subject CN.`,
    };
  }
  const uncovered = addedToPlan.filter((n) => !isCovered(n, got, false));
  const parts: string[] = [];
  if (addedToPlan.length > 0)
    parts.push(
      `${list(addedToPlan)} ${addedToPlan.length === 1 ? "was" : "were"} added to the plan${uncovered.length > 0 ? `, so the certificate cannot have ${uncovered.length === addedToPlan.length ? (addedToPlan.length === 1 ? "it" : "them") : list(uncovered)}: clients connecting to ${uncovered.length === 1 ? "it" : "them"} fail TLS. The CA is not at fault: make a new CSR on the Keys and CSRs step and request a new certificate, or take the name${uncovered.length === 1 ? "" : "s"} out of the plan` : ""}.`,
    );
  if (removedFromPlan.length > 0)
    parts.push(
      `${list(removedFromPlan)} ${removedFromPlan.length === 1 ? "was" : "were"} removed from the plan and ${removedFromPlan.length === 1 ? "is" : "are"} still in the CSR${removedFromPlan.some((n) => got.includes(n)) ? " and the certificate: harmless for TLS, but the certificate names more than the plan" : ""}.`,
    );
  if (cnChanged)
    parts.push(`The planned Subject CN is now ${cert.subject.CN}; the CSR asked for ${request.subjectCN}.`);
  return {
    id: "plan-change",
    status: uncovered.length > 0 ? "fail" : "warn",
    title: "The plan changed after this CSR was made",
    detail: `The plan changed after this CSR was made: ${parts.join(" ")}`,
    names: [...addedToPlan, ...removedFromPlan],
  };
}

export function ekuCheck(cert: CertificatePlan, issued: IssuedSummary, findings: Finding[]): Check {
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

export function keyStrengthCheck(cert: CertificatePlan, issued: IssuedSummary): Check {
  const k = issued.key;
  if (/sha1|md5/i.test(issued.signatureAlgorithm)) {
    return {
      id: "key-strength",
      status: "fail",
      title: `Weak signature: ${issued.signatureAlgorithm}`,
      detail: "SHA-1 and MD5 signatures are refused by current clients: ask for a SHA-256 signature.",
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
      detail: "RSA keys under 2048 bits are refused by public CAs and current clients.",
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
  // With the CSR known, a name missing from the certificate is either the CA's doing or a later plan change, and
  // each is said once, by the check it belongs to; without it, the plan is all the certificate can be held to.
  const names = input.request
    ? [
        requestCheck(input.cert, input.issued, input.request),
        planChangeCheck(input.cert, input.issued, input.request),
      ]
    : [namesCheck(input.cert, input.issued), unplannedCheck(input.cert, input.issued)];
  return [
    keyCheck(input.keyMatch),
    ...names,
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
