// Helpers shared by the Cisco UC and Expressway rules (RULES.md section D). Not a rule.
import { normalizeName } from "../../names";
import { isClientCertificateId } from "../../profiles/client-certificate";
import { expresswayAliases, expresswayClusterFqdn, expresswayPeers } from "../../profiles/expressway";
import type { CiscoUcComponent, ExpresswayComponent, Plan } from "../../types";
import type { CertView } from "../rule";

export { dnsSans, hasEku, listNames, literallyCovered as covered, plural, wildcardNames } from "../common";

/** A node's own client certificate (split server and client certificates): the server certificate rules of
 *  its component do not apply to it; CISCO-CLIENT-CERT-1 does. */
export function isClientCertificate(view: CertView): boolean {
  if (view.profile === "tls-client") return true;
  const c = view.component;
  return c !== undefined && isClientCertificateId(c.id, view.id);
}

/** The Cisco UC component of a server certificate (never of a node's client certificate). */
export function ciscoUcComponent(view: CertView): CiscoUcComponent | undefined {
  return view.component?.type === "cisco-uc" && !isClientCertificate(view) ? view.component : undefined;
}

/** The Expressway component of a server certificate (never of a peer's client certificate). */
export function expresswayComponent(view: CertView): ExpresswayComponent | undefined {
  return view.component?.type === "expressway" && !isClientCertificate(view) ? view.component : undefined;
}

// ---------------------------------------------------------------- Expressway: which names reach this cluster

/** The names this Expressway is configured with: cluster FQDN, peers, aliases. */
export function expresswayOwnNames(c: ExpresswayComponent): string[] {
  const cluster = expresswayClusterFqdn(c);
  return [...new Set([...(cluster ? [cluster] : []), ...expresswayPeers(c), ...expresswayAliases(c)])];
}

/** Does `name` reach this Expressway: one of its own names, or a `hosts` entry (A/CNAME fact) resolving to one
 *  of them? With `soleOfRole`, an unknown name counts too (the plan has only this Expressway of its role). */
export function reachesExpressway(
  plan: Plan,
  c: ExpresswayComponent,
  name: string,
  soleOfRole = false,
): boolean {
  const own = expresswayOwnNames(c);
  if (own.includes(name)) return true;
  const entry = Object.entries(plan.hosts ?? {}).find(([k]) => normalizeName(k) === name);
  if (entry) return entry[1].some((v) => own.includes(normalizeName(v)));
  return soleOfRole;
}

/** Names the plan's DNS facts say reach this Expressway but which it is not configured with: `hosts` entries
 *  resolving to its peers / cluster FQDN. */
export function hostAliasesOf(plan: Plan, c: ExpresswayComponent): string[] {
  const own = expresswayOwnNames(c);
  return Object.entries(plan.hosts ?? {})
    .filter(([, values]) => values.some((v) => own.includes(normalizeName(v))))
    .map(([k]) => normalizeName(k))
    .filter((k) => !own.includes(k));
}

export function expresswaysOfRole(plan: Plan, role: "c" | "e"): ExpresswayComponent[] {
  return plan.components.filter((x): x is ExpresswayComponent => x.type === "expressway" && x.role === role);
}

/** SRV records of `service` whose target reaches this Expressway (`soleOfRole` as in reachesExpressway). */
export function srvTo(
  plan: Plan,
  c: ExpresswayComponent,
  service: string,
): { domain: string; target: string }[] {
  const sole = expresswaysOfRole(plan, c.role).length === 1;
  return (plan.srv ?? [])
    .filter((r) => r.service.toLowerCase() === service)
    .map((r) => ({ domain: normalizeName(r.domain), target: normalizeName(r.target) }))
    .filter((r) => reachesExpressway(plan, c, r.target, sole));
}
