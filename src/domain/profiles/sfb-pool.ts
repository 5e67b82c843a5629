// Skype for Business / Lync Front End pool, Standard Edition server and Director: one certificate per server that
// combines the Default, Web internal and Web external certificates of Microsoft's tables (RULES.md LYNC-FE-DEFAULT-1,
// LYNC-FE-WEBINT-1, LYNC-FE-WEBEXT-1, LYNC-FE-MEET-1, LYNC-DISCOVER-1, LYNC-FE-SIPINT-1, LYNC-SRV-3, LYNC-DIR-1).
import { normalizeName } from "../names";
import type { CertificatePlan, CertificateProfile, SfbPoolComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList, srvRecords } from "./common";
import {
  addSummarisable,
  componentLabel,
  mobilityEnabled,
  ownerOf,
  type SummarisableName,
  sfbSipDomains,
  simpleUrlNames,
  simpleUrls,
} from "./sfb-common";

const ROLE: Record<SfbPoolComponent["role"], { profile: CertificateProfile; label: string }> = {
  "front-end": { profile: "sfb-front-end", label: "Front End" },
  "standard-edition": { profile: "sfb-standard-edition", label: "Standard Edition" },
  director: { profile: "sfb-director", label: "Director" },
};

export function planSfbPool(c: SfbPoolComponent, ctx: ProfileContext): CertificatePlan[] {
  const plan = ctx.plan;
  const role = ROLE[c.role];
  const pool = normalizeName(c.poolFqdn);
  const listed = c.servers.map(normalizeName).filter((s) => s.length > 0);
  // A Standard Edition server is its own pool ("the server FQDN is the same as the pool FQDN"); a pool entered
  // without members is planned as a single server of that name.
  const servers = [...new Set(listed.length > 0 ? listed : [pool])];
  const internalWeb = normalizeName(c.internalWebFqdn ?? c.poolFqdn);
  const externalWeb = c.externalWebFqdn ? normalizeName(c.externalWebFqdn) : "";
  const domains = sfbSipDomains(plan);
  const urls = simpleUrls(plan);
  const wildcard = plan.sfb?.wildcardSimpleUrls === true;
  const poolReason =
    c.role === "standard-edition" ? "Standard Edition pool FQDN (= server FQDN)" : `${role.label} pool FQDN`;

  // Everything below the server's own name is the same for every server of the pool: worked out once (a
  // 12-server pool of a 50-domain plan would otherwise build the same ~250 names and reasons 12 times).
  const after: [value: string, reason: string][] = [];
  // Web internal: the internal web services FQDN (Topology Builder default: the pool FQDN).
  after.push([internalWeb, "internal web services FQDN"]);
  // Web external: the external web services FQDN.
  if (externalWeb) after.push([externalWeb, "external web services FQDN"]);
  const foreign: { value: string; reason: string }[] = [];
  // Default certificate, auto-logon with strict DNS naming: sip.<sipdomain> for each SIP domain, and the
  // `_sipinternaltls._tcp` targets clients are sent to (LYNC-FE-DEFAULT-1, LYNC-SRV-3).
  if (c.autoLogon) {
    for (const d of domains) {
      after.push([`sip.${d}`, `SIP domain ${d} (sip.<domain>): automatic sign-in with strict DNS naming`]);
      for (const r of srvRecords(plan, "_sipinternaltls._tcp", d)) {
        const why = `target of _sipinternaltls._tcp.${d}`;
        // a record pointing at another pool (or another platform) is that pool's business
        const owner = ownerOf(plan, c, r.target);
        if (owner)
          foreign.push({
            value: normalizeName(r.target),
            reason: `${why}: not added, it belongs to ${componentLabel(owner)}`,
          });
        else after.push([r.target, why]);
      }
    }
  }
  // Legacy discovery host records present in DNS (LYNC-FE-SIPINT-1).
  const hosts = new Set(Object.keys(plan.hosts ?? {}).map(normalizeName));
  for (const d of domains) {
    for (const prefix of ["sipinternal", "sipexternal"]) {
      const name = `${prefix}.${d}`;
      if (hosts.has(name)) after.push([name, `${name} is in DNS (legacy client discovery)`]);
    }
  }
  // Simple URLs (web internal includes admin) and mobility autodiscover names; Microsoft allows `*.<domain>` for
  // all of them on Front End / Director web components (lync-server-2013-wildcard-certificate-support).
  const summarisable: SummarisableName[] = simpleUrlNames(urls, { admin: true });
  if (mobilityEnabled(plan)) {
    for (const d of domains) {
      summarisable.push({
        value: `lyncdiscoverinternal.${d}`,
        reason: `mobility: internal autodiscover for SIP domain ${d} (lyncdiscoverinternal.<domain>)`,
      });
      summarisable.push({
        value: `lyncdiscover.${d}`,
        reason: `mobility: external autodiscover for SIP domain ${d} (lyncdiscover.<domain>)`,
      });
    }
  }

  return servers.map((server) => {
    const sans = new SanList();
    // Default certificate: SN = pool FQDN; SAN = pool FQDN + server FQDN.
    sans.add(pool, poolReason);
    sans.add(server, `${role.label} server ${server}`);
    for (const [value, reason] of after) sans.add(value, reason);
    const notIncluded = addSummarisable(sans, summarisable, wildcard);
    for (const f of foreign) {
      if (!sans.has(f.value) && !notIncluded.some((n) => n.value === f.value)) notIncluded.push({ ...f });
    }

    return makeCertificate(c, ctx, {
      id: `${c.id}/${server}`,
      profile: role.profile,
      title: `${role.label} — ${server}`,
      cn: pool,
      sans,
      eku: ["serverAuth"],
      // "standard web server certificates, private key, non-exportable" (LYNC-FE-KEY-1)
      exportableKey: false,
      installOn: [server],
      notIncluded,
    });
  });
}
