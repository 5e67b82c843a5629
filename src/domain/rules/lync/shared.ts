// How the Lync / Skype for Business rules (RULES.md section B) read a certificate and the plan.
// Pure helpers; no rule logic. Names coming from the plan are normalised here (the rules may be given
// hand-written plans); names on an existing certificate are compared as the engine gives them (lower-case).

import { matchesName, normalizeName } from "../../names";
import { componentsNamed, perPlan, resolvesTo } from "../../plan-facts";
import type {
  CertificateProfile,
  Plan,
  SfbEdgeComponent,
  SfbMediationComponent,
  SfbPoolComponent,
  SfbReverseProxyComponent,
  SfbSbaComponent,
} from "../../types";
import type { CertView } from "../rule";

// the profiles' reading of the plan, so that rules and profiles cannot disagree
export {
  mobilityEnabled,
  sfbSipDomains,
  sfbVersion,
  simpleUrlHost as urlHost,
} from "../../profiles/sfb-common";

import { sfbVersion, simpleUrlHost as urlHost } from "../../profiles/sfb-common";
import { coversName, hasExactName, sanIndex } from "../san-index";

// ---------------------------------------------------------------- citations

/** Microsoft Learn base of the Lync Server 2013 pages (text read from MicrosoftDocs/OfficeDocs-SkypeForBusiness). */
export const LYNC2013 = "https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/";
export const SFB_ENV =
  "https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements";
export const SFB_EDGE_ENV =
  "https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements";

// ---------------------------------------------------------------- profiles

export type SfbProfile = Extract<CertificateProfile, `sfb-${string}`>;

export const POOL_PROFILES: readonly SfbProfile[] = ["sfb-front-end", "sfb-standard-edition", "sfb-director"];
export const EDGE_PROFILES: readonly SfbProfile[] = ["sfb-edge-external", "sfb-edge-internal"];

const ROLE_PROFILE: Record<SfbPoolComponent["role"], SfbProfile> = {
  "front-end": "sfb-front-end",
  "standard-edition": "sfb-standard-edition",
  director: "sfb-director",
};

/** The Lync/SfB profile of a certificate: the planned certificate's profile, else (an existing certificate
 *  nobody plans under that id) what its component and id say. Undefined for every other platform. */
export function sfbProfile(view: CertView): SfbProfile | undefined {
  if (view.profile) return view.profile.startsWith("sfb-") ? (view.profile as SfbProfile) : undefined;
  const c = view.component;
  if (!c) return undefined;
  switch (c.type) {
    case "sfb-edge":
      if (view.id === `${c.id}/external`) return "sfb-edge-external";
      if (view.id === `${c.id}/internal`) return "sfb-edge-internal";
      return undefined;
    case "sfb-pool":
      return ROLE_PROFILE[c.role];
    case "sfb-reverse-proxy":
    case "sfb-mediation":
    case "sfb-sba":
      return c.type;
    default:
      return undefined;
  }
}

export function isProfile(view: CertView, ...profiles: readonly SfbProfile[]): boolean {
  const p = sfbProfile(view);
  return p !== undefined && profiles.includes(p);
}

export function edgeOf(view: CertView): SfbEdgeComponent | undefined {
  return view.component?.type === "sfb-edge" ? view.component : undefined;
}
export function poolOf(view: CertView): SfbPoolComponent | undefined {
  return view.component?.type === "sfb-pool" ? view.component : undefined;
}
export function reverseProxyOf(view: CertView): SfbReverseProxyComponent | undefined {
  return view.component?.type === "sfb-reverse-proxy" ? view.component : undefined;
}
export function mediationOf(view: CertView): SfbMediationComponent | undefined {
  return view.component?.type === "sfb-mediation" ? view.component : undefined;
}
export function sbaOf(view: CertView): SfbSbaComponent | undefined {
  return view.component?.type === "sfb-sba" ? view.component : undefined;
}

export function names(list: readonly string[] | undefined): string[] {
  return [...new Set((list ?? []).map(normalizeName).filter((n) => n.length > 0))];
}

/** The members of a pool as planned: a Standard Edition server (or a pool entered without members) is its own pool. */
export function poolServers(pool: { poolFqdn: string; servers: string[] }): string[] {
  const listed = names(pool.servers);
  return listed.length > 0 ? listed : [normalizeName(pool.poolFqdn)];
}

/** The server a per-server certificate (`<component id>/<server fqdn>`) belongs to. */
export function serverOf(
  view: CertView,
  pool: { id: string; poolFqdn: string; servers: string[] },
): string | undefined {
  const prefix = `${pool.id}/`;
  if (!view.id.startsWith(prefix)) return undefined;
  const server = normalizeName(view.id.slice(prefix.length));
  return poolServers(pool).includes(server) ? server : undefined;
}

export function edgeServers(edge: SfbEdgeComponent): string[] {
  return names(edge.servers);
}

// ---------------------------------------------------------------- names on a certificate

export function dnsNames(view: CertView): string[] {
  return sanIndex(view).dns;
}

/** The name is a dNSName SAN exactly (what SIP needs: RFC 5922 §7.2, no wildcard matching). */
export function hasExact(view: CertView, name: string): boolean {
  return hasExactName(view, name);
}

/** The name is a SAN or matched by a valid wildcard SAN (RFC 9525 §6.3), where Microsoft allows wildcards. */
export function hasCovered(view: CertView, name: string): boolean {
  return coversName(view, name);
}

export function wildcardSans(view: CertView): string[] {
  return sanIndex(view).wildcards;
}

/** The wildcard SANs that would match `name` (to explain why a wildcard does not count). */
export function wildcardsMatching(view: CertView, name: string): string[] {
  return wildcardSans(view).filter((w) => matchesName(w, name));
}

/** "The planned certificate" / "The existing certificate", for messages. */
export function theCert(view: CertView): string {
  return view.target === "plan" ? "The planned certificate" : "The existing certificate";
}

export function hasEku(view: CertView, eku: "serverAuth" | "clientAuth"): boolean {
  const oid = eku === "serverAuth" ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
  const words = eku === "serverAuth" ? "server authentication" : "client authentication";
  return view.eku.some((e) => {
    const v = e.trim().toLowerCase();
    return v === eku.toLowerCase() || v === oid || v.includes(words);
  });
}

/** Missing names explained one by one: "sip.fabrikam.com (SIP domain fabrikam.com)". */
export function explain(items: readonly { name: string; why: string }[]): string {
  return items.map((i) => `${i.name} (${i.why})`).join(", ");
}

/** " — only *.contoso.com matches it, and …" when a wildcard would have matched a name that must be explicit. */
export function wildcardNote(view: CertView, missing: readonly string[], why: string): string {
  const w = [...new Set(missing.flatMap((n) => wildcardsMatching(view, n)))];
  return w.length === 0 ? "" : ` The wildcard ${w.join(", ")} does not count here: ${why}.`;
}

// ---------------------------------------------------------------- the plan, as Lync/SfB sees it

export function strictDnsNaming(plan: Plan): boolean {
  return plan.clients?.strictDnsNaming !== false;
}

export function xmppDomainsOf(plan: Plan): string[] {
  return names(plan.xmppDomains);
}

/** Names that belong to a non-Lync component (Pexip nodes and pools, Expressway, Cisco UC nodes) or to another
 *  Edge: an SRV record pointing at one of them is not the business of this Edge certificate. */
export function foreignName(plan: Plan, name: string, self?: SfbEdgeComponent): boolean {
  const n = normalizeName(name);
  const selfAccess = self ? normalizeName(self.accessEdgeFqdn) : undefined;
  return [n, ...resolvesTo(plan, n)].some((t) =>
    componentsNamed(plan, t).some((c) => {
      switch (c.type) {
        case "pexip":
        case "expressway":
        case "cisco-uc":
          return true;
        case "sfb-edge": {
          const access = normalizeName(c.accessEdgeFqdn);
          return self !== undefined && c.id !== self.id && access === t && access !== selfAccess;
        }
        default:
          return false;
      }
    }),
  );
}

/** What the plan's A/CNAME facts say a name resolves to (normalised). */
export function resolves(plan: Plan, name: string): string[] {
  return resolvesTo(plan, name);
}

export interface SrvTarget {
  service: string;
  domain: string;
  target: string;
  port: number;
}

/** SRV records of `service` published under one of `domains`, normalised. */
export function srvTargets(plan: Plan, service: string, domains: readonly string[]): SrvTarget[] {
  const out: SrvTarget[] = [];
  for (const r of plan.srv ?? []) {
    if (r.service.trim().toLowerCase() !== service) continue;
    const domain = normalizeName(r.domain);
    if (!domains.includes(domain)) continue;
    out.push({ service, domain, target: normalizeName(r.target), port: r.port });
  }
  return out;
}

/** The targets of `service` the given Edge answers for: SIP (or XMPP) domains of the plan, not pointing at
 *  another component. */
export function edgeSrvTargets(
  plan: Plan,
  edge: SfbEdgeComponent,
  service: string,
  domains: readonly string[],
) {
  return srvTargets(plan, service, domains).filter((t) => !foreignName(plan, t.target, edge));
}

/** XMPP federation on this Edge: the component's `xmpp`, default on when the plan has XMPP domains; only
 *  Lync Server 2013 and Skype for Business Server 2015 have the XMPP proxy on the Edge. */
export function edgeXmppActive(plan: Plan, edge: SfbEdgeComponent): boolean {
  const v = sfbVersion(plan);
  if (v === "sfb-2019" || v === "lync-2010") return false;
  return edge.xmpp ?? xmppDomainsOf(plan).length > 0;
}

export interface SimpleUrlHosts {
  meet: string[];
  dialin: string[];
  admin: string[];
}

export const simpleUrlHosts = perPlan(function simpleUrlHosts(plan: Plan): SimpleUrlHosts {
  const s = plan.sfb?.simpleUrls ?? {};
  const hosts = (list: readonly string[]) => [...new Set(list.map(urlHost).filter((n) => n.length > 0))];
  return {
    meet: hosts(s.meet ?? []),
    dialin: hosts(s.dialin ?? []),
    admin: hosts(s.admin ? [s.admin] : []),
  };
});

/** Names Microsoft lets a wildcard summarise on Front End / Director web components and the reverse proxy
 *  (lync-server-2013-wildcard-certificate-support): the simple URLs, lyncdiscover and lyncdiscoverinternal.
 *  When the plan names no simple URLs, the Topology Builder convention meet/dialin/admin.<sipdomain> is used. */
export const summarisableNames = perPlan(function summarisableNames(plan: Plan): string[] {
  const urls = simpleUrlHosts(plan);
  const out = [...urls.meet, ...urls.dialin, ...urls.admin];
  const domains = names(plan.sipDomains);
  if (out.length === 0) for (const d of domains) out.push(`meet.${d}`, `dialin.${d}`, `admin.${d}`);
  for (const d of domains) out.push(`lyncdiscover.${d}`, `lyncdiscoverinternal.${d}`);
  return [...new Set(out)];
});

/** Every FQDN the Lync/SfB topology knows (Topology Builder names, SRV targets, sip.<domain>), for LYNC-NAME-1. */
export const topologyNames = perPlan(function topologyNames(plan: Plan): Set<string> {
  const out = new Set<string>();
  const add = (n: string | undefined) => {
    if (n) out.add(normalizeName(n));
  };
  for (const c of plan.components) {
    switch (c.type) {
      case "sfb-edge":
        for (const n of [
          c.accessEdgeFqdn,
          c.webConfEdgeFqdn,
          c.avEdgeFqdn,
          c.internalFqdn,
          ...(c.servers ?? []),
        ])
          add(n);
        break;
      case "sfb-pool":
        for (const n of [c.poolFqdn, c.internalWebFqdn, c.externalWebFqdn, ...c.servers]) add(n);
        break;
      case "sfb-reverse-proxy":
        for (const n of [...c.externalWebFqdns, c.officeOnlineFqdn]) add(n);
        break;
      case "sfb-mediation":
        for (const n of [c.poolFqdn, ...c.servers]) add(n);
        break;
      case "sfb-sba":
        add(c.fqdn);
        break;
      default:
        break;
    }
  }
  for (const d of names(plan.sipDomains)) out.add(`sip.${d}`);
  for (const r of plan.srv ?? []) add(r.target);
  return out;
});
