// Small helpers shared by the generic rules: what a certificate view is (platform, profile, CA type),
// its names, and its EKUs written as names or OIDs.
import { canonicalIp, ipVersion, normalizeName } from "../../names";
import { isClientCertificateId } from "../../profiles/client-certificate";
import type { CertificateProfile, ComponentType } from "../../types";
import type { CertView } from "../rule";

export { listNames, plural } from "../common";

/** The profile of a view: the planned counterpart's, or inferred from the component and the id it is filed
 *  under (an `existing` entry whose id the profiles do not produce, e.g. "edge/external" typed by hand). */
export function profileOf(view: CertView): CertificateProfile | undefined {
  if (view.profile) return view.profile;
  const c = view.component;
  if (!c) return undefined;
  if ((c.type === "expressway" || c.type === "cisco-uc") && isClientCertificateId(c.id, view.id))
    return "tls-client";
  const rest = view.id.startsWith(`${c.id}/`) ? view.id.slice(c.id.length + 1) : "";
  switch (c.type) {
    case "sfb-edge":
      return rest === "external"
        ? "sfb-edge-external"
        : rest === "internal"
          ? "sfb-edge-internal"
          : undefined;
    case "sfb-pool":
      return c.role === "front-end"
        ? "sfb-front-end"
        : c.role === "director"
          ? "sfb-director"
          : "sfb-standard-edition";
    case "sfb-reverse-proxy":
      return "sfb-reverse-proxy";
    case "sfb-mediation":
      return "sfb-mediation";
    case "sfb-sba":
      return "sfb-sba";
    case "pexip":
      return c.deployment === "public-dmz" ? "pexip-public-dmz" : "pexip-on-prem";
    case "cisco-uc":
      return `cisco-${c.purpose}`;
    case "expressway":
      return c.role === "e" ? "expressway-e" : "expressway-c";
    case "sbc":
      return c.purpose === "teams-direct-routing"
        ? "sbc-teams"
        : c.purpose === "webex-local-gateway"
          ? "sbc-webex-lgw"
          : "sbc-sip-trunk";
    case "custom":
      return "custom";
  }
}

export function componentTypeOf(view: CertView): ComponentType | undefined {
  return view.planned?.componentType ?? view.component?.type;
}

/** A Lync / Skype for Business Server certificate (any sfb-* component or profile). */
export function isSfb(view: CertView): boolean {
  return (componentTypeOf(view) ?? "").startsWith("sfb-") || (profileOf(view) ?? "").startsWith("sfb-");
}

export function isPublic(view: CertView): boolean {
  return view.caType === "public";
}

/** The platform in the admin's words, for messages. */
export function platformName(view: CertView): string {
  const c = view.component;
  switch (componentTypeOf(view)) {
    case "sfb-edge":
    case "sfb-pool":
    case "sfb-reverse-proxy":
    case "sfb-mediation":
    case "sfb-sba":
      return "Skype for Business / Lync";
    case "pexip":
      return "Pexip Infinity";
    case "cisco-uc":
      return c?.type === "cisco-uc" && c.product === "cuc" ? "Cisco Unity Connection" : "Cisco Unified CM";
    case "expressway":
      return "Cisco Expressway";
    case "sbc":
      return "session border controller";
    default:
      return "server";
  }
}

/** "This certificate" / "The existing certificate": how a message names the certificate it is about. */
export function theCertificate(view: CertView): string {
  return view.target === "plan" ? "This certificate" : "The existing certificate";
}

/** Identities as the rules compare them: existing names are taken as written (lower-cased); planned names are
 *  already normalised, so normalising again changes nothing for them. */
export function canonicalName(value: string): string {
  let c = canonicalNames.get(value);
  if (c === undefined) {
    const v = value.trim();
    c = ipVersion(v) !== null ? (canonicalIp(v) ?? v) : normalizeName(v);
    if (canonicalNames.size > 100_000) canonicalNames.clear();
    canonicalNames.set(value, c);
  }
  return c;
}
// the same names recur on hundreds of certificates of a large plan
const canonicalNames = new Map<string, string>();

/** The DNS names of a certificate: the CN (unless it is an IP address) and the dNSName SANs, each once,
 *  as written (lower-case). */
export function dnsNames(view: CertView): string[] {
  // a view is immutable and many rules ask: compute once per view
  const hit = dnsNamesCache.get(view);
  if (hit) return hit;
  const names = computeDnsNames(view);
  dnsNamesCache.set(view, names);
  return names;
}
const dnsNamesCache = new WeakMap<CertView, string[]>();

function computeDnsNames(view: CertView): string[] {
  const out: string[] = [];
  const cn = view.subjectCN.trim();
  if (cn.length > 0 && ipVersion(cn) === null) out.push(cn);
  for (const s of view.sans) if (s.type === "dns" && s.value.length > 0) out.push(s.value);
  return [...new Set(out)];
}

/** The IP-address identities of a certificate: an IP CN, iPAddress SANs, and addresses written into a dNSName
 *  SAN; each once, in canonical form. */
export function ipIdentities(view: CertView): string[] {
  const out: string[] = [];
  const cn = view.subjectCN.trim();
  if (ipVersion(cn) !== null) out.push(canonicalIp(cn) ?? cn);
  for (const s of view.sans) if (ipVersion(s.value) !== null) out.push(canonicalIp(s.value) ?? s.value);
  return [...new Set(out)];
}

/** Every SAN value of the view in canonical form (for literal comparisons). */
export function sanSet(view: CertView): Set<string> {
  let set = sanSets.get(view.sans);
  if (!set) {
    set = new Set(view.sans.map((s) => canonicalName(s.value)));
    sanSets.set(view.sans, set);
  }
  return set;
}
const sanSets = new WeakMap<CertView["sans"], Set<string>>();

const EKU_ALIASES: Record<"serverAuth" | "clientAuth", string[]> = {
  serverAuth: [
    "serverauth",
    "1.3.6.1.5.5.7.3.1",
    "id-kp-serverauth",
    "serverauthentication",
    "tlswebserverauthentication",
  ],
  clientAuth: [
    "clientauth",
    "1.3.6.1.5.5.7.3.2",
    "id-kp-clientauth",
    "clientauthentication",
    "tlswebclientauthentication",
  ],
};

/** Does the EKU list contain `purpose`, written as our name ("serverAuth"), an OID ("1.3.6.1.5.5.7.3.1"),
 *  or the name Windows / OpenSSL show ("Server Authentication", "TLS Web Server Authentication")? */
export function hasEku(view: CertView, purpose: "serverAuth" | "clientAuth"): boolean {
  const accepted = EKU_ALIASES[purpose];
  return view.eku.some((e) =>
    accepted.includes(
      e
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, ""),
    ),
  );
}
