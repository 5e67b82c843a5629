// Pexip Infinity Conferencing Nodes integrated with Skype for Business / Lync (RULES.md section C).
// One certificate, installed on every signalling node (PEXIP-UC-1):
// - public DMZ: CN = the `_sipfederationtls._tcp.<sipDomain>` target; SAN = that target, every
//   node FQDN and the SIP domain itself (https://docs.pexip.com/lync/dmz_multi_domain.htm).
// - on-prem (PEXIP-ONPREM-1): CN = the Trusted Application Pool FQDN; SAN = pool FQDN + every node FQDN
//   (https://docs.pexip.com/sfb/on_prem_example.htm).
import { normalizeName } from "../names";
import type { CertificatePlan, PexipComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList, sipDomains, srvRecords } from "./common";

export const SIP_FEDERATION_SRV = "_sipfederationtls._tcp";

/** The federated SIP domain of a public-DMZ Pexip component: its own, else the plan's default SIP domain. */
export function pexipSipDomain(c: PexipComponent, ctx: ProfileContext): string | undefined {
  if (c.sipDomain && c.sipDomain.trim() !== "") return normalizeName(c.sipDomain);
  return sipDomains(ctx.plan)[0];
}

/** Targets of `_sipfederationtls._tcp.<domain>`, best first (lowest priority value, then as listed). */
export function sipFederationTargets(ctx: ProfileContext, domain: string): string[] {
  const records = srvRecords(ctx.plan, SIP_FEDERATION_SRV, domain)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.priority ?? 0) - (b.r.priority ?? 0) || a.i - b.i);
  return [...new Set(records.map(({ r }) => normalizeName(r.target)).filter((t) => t !== ""))];
}

export function pexipNodeFqdns(c: PexipComponent): string[] {
  return [...new Set(c.nodes.map((n) => normalizeName(n.fqdn)).filter((n) => n !== ""))];
}

export function planPexip(c: PexipComponent, ctx: ProfileContext): CertificatePlan[] {
  const nodes = pexipNodeFqdns(c);
  const sans = new SanList();
  const notIncluded: { value: string; reason: string }[] = [];
  let cn: string;
  let title: string;

  if (c.deployment === "public-dmz") {
    const domain = pexipSipDomain(c, ctx);
    const targets = domain ? sipFederationTargets(ctx, domain) : [];
    const pool = c.poolFqdn && c.poolFqdn.trim() !== "" ? normalizeName(c.poolFqdn) : undefined;
    if (pool) {
      cn = pool;
      sans.add(pool, "DMZ pool FQDN you entered (used instead of the _sipfederationtls._tcp target)");
      for (const t of targets) {
        if (t !== pool) {
          notIncluded.push({
            value: t,
            reason: `target of ${SIP_FEDERATION_SRV}.${domain}, replaced by the pool FQDN you entered`,
          });
        }
      }
    } else if (targets.length > 0) {
      cn = targets[0] as string;
      for (const t of targets) sans.add(t, `target of ${SIP_FEDERATION_SRV}.${domain}`);
    } else {
      // No record and no pool FQDN: we do not invent a DNS name. The first node's FQDN (a name that exists)
      // becomes the CN, and PEXIP-DMZ-1 tells the admin to publish the SRV record.
      cn = nodes[0] ?? "";
      if (cn)
        sans.add(
          cn,
          `node ${cn} (no ${SIP_FEDERATION_SRV} record for the SIP domain, so the first node names the certificate)`,
        );
    }
    for (const n of nodes) sans.add(n, `node ${n}`);
    if (domain) sans.add(domain, `SIP domain ${domain} (federated SIP domain)`);
    title = `${c.name ?? "Pexip Conferencing Nodes (public DMZ)"} — ${cn}`;
  } else {
    const pool = c.poolFqdn && c.poolFqdn.trim() !== "" ? normalizeName(c.poolFqdn) : undefined;
    if (pool) {
      cn = pool;
      sans.add(pool, "Trusted Application Pool FQDN");
    } else {
      // Invalid plan (parsePlan requires poolFqdn on-prem); PEXIP-ONPREM-1 reports it.
      cn = nodes[0] ?? "";
      if (cn)
        sans.add(
          cn,
          `node ${cn} (no Trusted Application Pool FQDN given, so the first node names the certificate)`,
        );
    }
    for (const n of nodes) sans.add(n, `node ${n}`);
    title = `${c.name ?? "Pexip Conferencing Nodes (on-prem)"} — ${cn}`;
  }

  // A SIP TLS FQDN that differs from the node FQDN is a node configuration error, not a name
  // to add silently: Pexip requires them to be equal.
  for (const node of c.nodes) {
    if (node.sipTlsFqdn === undefined) continue;
    const sipTls = normalizeName(node.sipTlsFqdn);
    const fqdn = normalizeName(node.fqdn);
    if (sipTls !== "" && sipTls !== fqdn && !sans.has(sipTls)) {
      notIncluded.push({
        value: sipTls,
        reason: `SIP TLS FQDN configured on node ${fqdn}; it must equal the node FQDN, fix the node instead`,
      });
    }
  }

  return [
    makeCertificate(c, ctx, {
      id: c.id,
      profile: c.deployment === "public-dmz" ? "pexip-public-dmz" : "pexip-on-prem",
      title,
      cn,
      sans,
      // PEXIP-EKU-1: mutual TLS with Lync/SfB needs both.
      eku: ["serverAuth", "clientAuth"],
      // PEXIP-UC-1: the same certificate and key go on every node (uploaded through the Management Node).
      exportableKey: true,
      installOn: nodes,
      notIncluded,
    }),
  ];
}
