// Building blocks shared only by the Skype for Business / Lync profiles (sfb-*.ts).

import { isWildcard, normalizeName, parentDomain } from "../names";
import { componentPosition, componentsNamed, perPlan, resolvesTo } from "../plan-facts";
import type { Component, Plan, SfbVersion } from "../types";
import type { SanList } from "./common";

export function sfbVersion(plan: Plan): SfbVersion | undefined {
  return plan.sfb?.version;
}

/** Mobility (lyncdiscover / lyncdiscoverinternal) is on unless the plan says `"mobility": false`: the Lync 2013+
 *  clients and the mobile clients find their pool through lyncdiscover, and the Director summary table
 *  (lync-server-2013-certificate-summary-single-director) lists both names without any condition. */
export function mobilityEnabled(plan: Plan): boolean {
  return plan.sfb?.mobility !== false;
}

/** The host of a simple URL as the admin typed it: "meet.contoso.com", "https://meet.contoso.com/" or
 *  "https://contoso.com/meet" (the path-based simple URL form) all give the host the certificate needs. */
export function simpleUrlHost(raw: string): string {
  const s = raw.trim();
  if (s.includes("://")) {
    try {
      return normalizeName(new URL(s).hostname);
    } catch {
      return normalizeName(s);
    }
  }
  const slash = s.indexOf("/");
  return normalizeName(slash >= 0 ? s.slice(0, slash) : s);
}

export interface SimpleUrls {
  meet: string[];
  dialin: string[];
  admin?: string;
}

export const simpleUrls = perPlan(function simpleUrls(plan: Plan): SimpleUrls {
  const s = plan.sfb?.simpleUrls ?? {};
  const out: SimpleUrls = {
    meet: (s.meet ?? []).map(simpleUrlHost).filter((n) => n.length > 0),
    dialin: (s.dialin ?? []).map(simpleUrlHost).filter((n) => n.length > 0),
  };
  const admin = s.admin === undefined ? "" : simpleUrlHost(s.admin);
  if (admin.length > 0) out.admin = admin;
  return out;
});

/** A name Microsoft lets a wildcard summarise (simple URLs, lyncdiscover / lyncdiscoverinternal), with its reason. */
export interface SummarisableName {
  value: string;
  reason: string;
}

/** Add simple-URL / autodiscover names to `sans`. With `wildcard`, every name whose parent domain can carry a
 *  wildcard (`*.<parent>` has at least three labels, RFC 9525 §6.3) is replaced by `*.<parent>`, whose reason
 *  lists what it summarises; the names it replaces are returned for the certificate's `notIncluded` list.
 *  A wildcard covers exactly one label, so meet.fabrikam.com needs *.fabrikam.com, never *.contoso.com. */
export function addSummarisable(
  sans: SanList,
  names: readonly SummarisableName[],
  wildcard: boolean,
): { value: string; reason: string }[] {
  if (!wildcard) {
    for (const n of names) sans.add(n.value, n.reason);
    return [];
  }
  const groups = new Map<string, SummarisableName[]>();
  const order: ({ kind: "name"; name: SummarisableName } | { kind: "group"; parent: string })[] = [];
  for (const n of names) {
    const value = normalizeName(n.value);
    const parent = parentDomain(value);
    // already on the certificate for another reason (stays explicit), a wildcard itself, or directly under a TLD
    if (sans.has(value) || isWildcard(value) || !parent.includes(".")) {
      order.push({ kind: "name", name: { value, reason: n.reason } });
      continue;
    }
    let group = groups.get(parent);
    if (!group) {
      group = [];
      groups.set(parent, group);
      order.push({ kind: "group", parent });
    }
    if (!group.some((g) => g.value === value)) group.push({ value, reason: n.reason });
  }
  const notIncluded: { value: string; reason: string }[] = [];
  for (const item of order) {
    if (item.kind === "name") {
      sans.add(item.name.value, item.name.reason);
      continue;
    }
    const group = groups.get(item.parent) ?? [];
    const wildcardName = `*.${item.parent}`;
    sans.add(
      wildcardName,
      `wildcard for the simple URLs and autodiscover names (wildcardSimpleUrls): summarises ${group
        .map((g) => g.value)
        .join(", ")}`,
    );
    for (const g of group) {
      notIncluded.push({
        value: g.value,
        reason: `covered by ${wildcardName} (wildcardSimpleUrls): ${g.reason}`,
      });
    }
  }
  return notIncluded;
}

/** Simple URL names in the order Microsoft's tables list them: meet (one per SIP domain), dial-in, then admin. */
export function simpleUrlNames(urls: SimpleUrls, opts: { admin: boolean }): SummarisableName[] {
  const out: SummarisableName[] = [];
  for (const m of urls.meet) out.push({ value: m, reason: "meet simple URL" });
  for (const d of urls.dialin) out.push({ value: d, reason: "dial-in simple URL" });
  if (opts.admin && urls.admin)
    out.push({ value: urls.admin, reason: "admin simple URL (internal web services)" });
  return out;
}

/** SIP domains this Lync/SfB deployment serves: the plan's SIP domains, except one a Pexip public-DMZ component
 *  explicitly federates (its `sipDomain`: that domain's `_sipfederationtls._tcp` record points at Pexip, and its
 *  certificate is planned by the Pexip profile). */
export const sfbSipDomains = perPlan(function sfbSipDomains(plan: Plan): string[] {
  const pexip = new Set(
    plan.components.flatMap((c) =>
      c.type === "pexip" && c.deployment === "public-dmz" && c.sipDomain ? [normalizeName(c.sipDomain)] : [],
    ),
  );
  return [...new Set(plan.sipDomains.map(normalizeName))].filter((d) => d.length > 0 && !pexip.has(d));
});

/** The component (other than `self`) that owns `name`, directly or through the plan's A/CNAME facts: a Pexip node
 *  or pool, an Expressway peer / cluster / alias, a Cisco UC node, another Edge's Access Edge FQDN, another pool's
 *  pool or server FQDN. An SRV record pointing at such a name is not this certificate's business. */
export function ownerOf(plan: Plan, self: Component, name: string): Component | undefined {
  const n = normalizeName(name);
  const selfNames = new Set(ownNames(self));
  let best: Component | undefined;
  for (const t of [n, ...resolvesTo(plan, n)]) {
    if (selfNames.has(t)) continue;
    for (const c of componentsNamed(plan, t)) {
      if (c.id === self.id || !ownsForeignName(c, self, t)) continue;
      if (!best || componentPosition(plan, c) < componentPosition(plan, best)) best = c;
    }
  }
  return best;
}

function ownNames(c: Component): string[] {
  switch (c.type) {
    case "sfb-edge":
      return [c.accessEdgeFqdn, c.webConfEdgeFqdn].map(normalizeName);
    case "sfb-pool":
      return [c.poolFqdn, ...c.servers].map(normalizeName);
    default:
      return [];
  }
}

/** Does component `c` claim `name` against `self`? Pexip, Expressway and Cisco names always; another Edge's
 *  Access Edge FQDN only against an Edge; another pool's pool and server FQDNs only against a pool. */
function ownsForeignName(c: Component, self: Component, name: string): boolean {
  switch (c.type) {
    case "pexip":
    case "expressway":
    case "cisco-uc":
    case "sbc":
      return true;
    case "sfb-edge":
      return self.type === "sfb-edge" && normalizeName(c.accessEdgeFqdn) === name;
    case "sfb-pool":
      return self.type === "sfb-pool" && [c.poolFqdn, ...c.servers].some((x) => normalizeName(x) === name);
    default:
      return false;
  }
}

/** "Pexip component px", "Front End pool component fe2" — how a reason names another component. */
export function componentLabel(c: Component): string {
  const label: Record<Component["type"], string> = {
    "sfb-edge": "Edge",
    "sfb-pool": "pool",
    "sfb-reverse-proxy": "reverse proxy",
    "sfb-mediation": "Mediation pool",
    "sfb-sba": "Survivable Branch Appliance",
    pexip: "Pexip",
    "cisco-uc": "Cisco UC",
    expressway: "Expressway",
    sbc: "SBC",
    custom: "custom certificate",
  };
  return `${label[c.type]} component "${c.id}"`;
}
