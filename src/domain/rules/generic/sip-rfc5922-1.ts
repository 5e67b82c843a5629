import { isCovered, normalizeName } from "../../names";
import { sipDomains, srvRecords } from "../../profiles/common";
import type { CertificateProfile, Component, Plan } from "../../types";
import type { CertificateRule, CertView, RuleContext, RuleHit } from "../rule";
import { canonicalName, dnsNames, profileOf, sanSet } from "./shared";

/** Certificates presented on SIP over TLS (RFC 5922 applies to them). */
export const SIP_TLS_PROFILES: readonly CertificateProfile[] = [
  "sfb-edge-external",
  "pexip-public-dmz",
  "pexip-on-prem",
  "expressway-e",
  "cisco-callmanager",
];

export function isSipTls(view: CertView): boolean {
  return SIP_TLS_PROFILES.includes(profileOf(view) as CertificateProfile);
}

/** SRV services that lead a SIP peer to a TLS server. */
const SIP_TLS_SERVICES = ["_sipfederationtls._tcp", "_sip._tls", "_sips._tcp"];

/** One SIP identity the certificate must carry: any one of `accept`, literally. */
export interface SipIdentity {
  accept: string[];
  /** where the name comes from, in the admin's terms */
  why: string;
  /** who fails without it */
  who: string;
}

/** Host names that belong to other SIP servers of the plan (Pexip, Expressway): an SRV record pointing at
 *  one of them is that server's business, not the Edge's. */
function otherSipHosts(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const c of plan.components) {
    if (c.type === "pexip") {
      for (const n of c.nodes) {
        out.add(normalizeName(n.fqdn));
        if (n.sipTlsFqdn) out.add(normalizeName(n.sipTlsFqdn));
      }
      if (c.poolFqdn) out.add(normalizeName(c.poolFqdn));
    } else if (c.type === "expressway") {
      for (const n of [c.clusterFqdn ?? "", ...c.peers, ...(c.aliases ?? [])])
        if (n) out.add(normalizeName(n));
    }
  }
  return out;
}

function expresswayNames(c: Component): Set<string> {
  if (c.type !== "expressway") return new Set();
  return new Set([c.clusterFqdn ?? "", ...c.peers, ...(c.aliases ?? [])].filter(Boolean).map(normalizeName));
}

/** The SIP identities a certificate of this profile must carry (RFC 5922: the SIP domain, or the host the
 *  platform's peers reach through DNS SRV):
 *  - Lync/SfB Edge external: for every SIP domain, each target of its _sipfederationtls._tcp and _sip._tls
 *    records (sip.<domain> when it has none), unless the record points at a Pexip or Expressway of the plan;
 *  - Pexip public DMZ: its SIP domain itself and the _sipfederationtls._tcp target (or the pool FQDN override);
 *  - Pexip on-prem: the Trusted Application Pool FQDN the Front End pool connects to;
 *  - Expressway-E: for every SIP TLS SRV record (_sips._tcp, _sip._tls, _sipfederationtls._tcp) that targets the
 *    cluster, a peer or an alias: that target or the SIP domain;
 *  - CUCM CallManager: every Unified CM node the certificate is presented by (SIP trunks, secure phones). */
export function sipIdentities(
  profile: CertificateProfile,
  component: Component,
  certId: string,
  plan: Plan,
): SipIdentity[] {
  const out: SipIdentity[] = [];
  if (profile === "sfb-edge-external") {
    const others = otherSipHosts(plan);
    for (const d of sipDomains(plan)) {
      const records = SIP_TLS_SERVICES.slice(0, 2).flatMap((s) => srvRecords(plan, s, d));
      if (records.length === 0) {
        out.push({
          accept: [`sip.${d}`],
          why: `SIP domain ${d} (sip.<domain>)`,
          who: `federation partners and remote clients of ${d}`,
        });
        continue;
      }
      for (const r of records) {
        const t = normalizeName(r.target);
        if (others.has(t) || out.some((i) => i.accept[0] === t)) continue;
        out.push({
          accept: [t],
          why: `target of ${r.service.toLowerCase()}.${d}`,
          who: `federation partners and remote clients of ${d}`,
        });
      }
    }
  } else if (profile === "pexip-public-dmz" && component.type === "pexip") {
    const d = normalizeName(component.sipDomain ?? plan.sipDomains[0] ?? "");
    if (d) {
      out.push({
        accept: [d],
        why: `SIP domain ${d}`,
        who: `federated Skype for Business / Lync systems calling ${d}`,
      });
      const targets = component.poolFqdn
        ? [{ t: normalizeName(component.poolFqdn), why: "pool FQDN" }]
        : srvRecords(plan, "_sipfederationtls._tcp", d).map((r) => ({
            t: normalizeName(r.target),
            why: `target of _sipfederationtls._tcp.${d}`,
          }));
      for (const { t, why } of targets) {
        if (out.some((i) => i.accept[0] === t)) continue;
        out.push({ accept: [t], why, who: `federated Skype for Business / Lync systems calling ${d}` });
      }
    }
  } else if (profile === "pexip-on-prem" && component.type === "pexip") {
    if (component.poolFqdn) {
      const pool = normalizeName(component.poolFqdn);
      out.push({
        accept: [pool],
        why: "Trusted Application Pool FQDN",
        who: "the Skype for Business / Lync Front End pool, which connects to the pool FQDN",
      });
    }
  } else if (profile === "expressway-e") {
    const mine = expresswayNames(component);
    for (const r of (plan.srv ?? []).filter((s) => SIP_TLS_SERVICES.includes(s.service.toLowerCase()))) {
      const t = normalizeName(r.target);
      if (!mine.has(t)) continue;
      const d = normalizeName(r.domain);
      out.push({
        accept: [t, d],
        why: `target of ${r.service.toLowerCase()}.${d}`,
        who: `SIP business-to-business callers of ${d}`,
      });
    }
  } else if (profile === "cisco-callmanager" && component.type === "cisco-uc") {
    const prefix = `${component.id}/`;
    const nodes =
      component.distribution === "single-server" && certId.startsWith(prefix)
        ? [certId.slice(prefix.length)]
        : [component.publisher, ...component.subscribers];
    for (const n of nodes.map(normalizeName)) {
      out.push({
        accept: [n],
        why: `Unified CM node ${n}`,
        who: `SIP trunks and secure phones that connect to ${n}`,
      });
    }
  }
  return out;
}

function identitiesFor(view: CertView, ctx: RuleContext): SipIdentity[] {
  const profile = profileOf(view);
  if (!profile || !view.component) return [];
  return sipIdentities(profile, view.component, view.id, ctx.plan);
}

export const SIP_RFC5922_1: CertificateRule = {
  id: "SIP-RFC5922-1",
  scope: "certificate",
  severity: "error",
  description:
    "A SIP/TLS server certificate must carry the SIP domain (or the SRV host its peers reach) as a SAN.",
  source:
    'RFC 5922 §6 (https://www.rfc-editor.org/rfc/rfc5922#section-6) — provider "MUST ensure the SIP domain used ' +
    'to reach the server appears as an identity in the subjectAltName field" (quoted from a summary of the RFC; check the wording in §6)',
  applies: (view) => isSipTls(view) && view.component !== undefined,
  check(view, ctx) {
    const present = sanSet(view);
    // An existing certificate is held to the SIP names its planned counterpart carries; a planned one to the plan.
    const plannedNames =
      view.target === "existing" && view.planned ? new Set(view.planned.sans.map((s) => s.value)) : null;
    if (view.target === "existing" && !plannedNames) return [];
    const wildcards = dnsNames(view)
      .map(canonicalName)
      .filter((n) => n.includes("*"));
    const hits: RuleHit[] = [];
    for (const id of identitiesFor(view, ctx)) {
      const accept = plannedNames ? id.accept.filter((n) => plannedNames.has(n)) : id.accept;
      if (accept.length === 0 || accept.some((n) => present.has(n))) continue;
      const name = accept[0] as string;
      const wild = wildcards.find((w) => isCovered(name, [w]));
      const note = wild ? ` (${wild} does not count: SIP compares names literally, RFC 5922 §7.2)` : "";
      const alt = accept.length > 1 ? ` (or ${accept.slice(1).join(", ")})` : "";
      hits.push({
        names: [name],
        message:
          `${name}${alt}, the ${id.why}, is not a subject alternative name${note}. SIP servers connecting over ` +
          "TLS look for the SIP domain or the host they reached through DNS among the SANs (RFC 5922), so " +
          `${id.who} fail to connect. ${view.target === "plan" ? "Add" : "The renewal must add"} ${name} as a SAN.`,
      });
    }
    return hits;
  },
};
