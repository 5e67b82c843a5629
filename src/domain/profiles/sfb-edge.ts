// Skype for Business / Lync Edge Server (or Edge pool): the external certificate (Access Edge, Web Conferencing
// Edge, A/V Authentication) and the internal-interface certificate. RULES.md section B, rules 20–33 and 38–42;
// PLAN-FORMAT.md "Decisions already taken".
import { normalizeName } from "../names";
import type { CertificatePlan, Eku, SfbEdgeComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList, srvRecords, xmppDomains } from "./common";
import { componentLabel, ownerOf, sfbSipDomains, sfbVersion } from "./sfb-common";

/** The SRV services whose targets remote clients (`_sip._tls`, 443) and federation partners
 *  (`_sipfederationtls._tcp`, 5061) connect to on the Access Edge (LYNC-SRV-1, LYNC-SRV-2). */
const EDGE_SIP_SERVICES = ["_sipfederationtls._tcp", "_sip._tls"] as const;
const XMPP_SERVER_SERVICE = "_xmpp-server._tcp";

export function planSfbEdge(c: SfbEdgeComponent, ctx: ProfileContext): CertificatePlan[] {
  const plan = ctx.plan;
  const accessEdge = normalizeName(c.accessEdgeFqdn);
  const internalFqdn = normalizeName(c.internalFqdn);
  const servers = (c.servers ?? []).map(normalizeName).filter((s) => s.length > 0);
  // Edge pool: "the exact same certificate with the same private key" on every member (LYNC-EDGE-POOL-1).
  const installOn = servers.length > 0 ? servers : [internalFqdn];

  // ---------------------------------------------------------------- external
  const ext = new SanList();
  // The subject name is replicated in the SAN and must be present (LYNC-EDGE-EXT-2).
  ext.add(accessEdge, "Access Edge FQDN");
  ext.add(c.webConfEdgeFqdn, "Web Conferencing Edge FQDN");

  const notIncluded: { value: string; reason: string }[] = [];
  const leaveOff = (value: string, reason: string): void => {
    // a name already on the certificate for another reason is not "left off"; one entry per name
    if (ext.has(value) || notIncluded.some((n) => n.value === value)) return;
    notIncluded.push({ value, reason });
  };
  const foreign: { value: string; reason: string }[] = [];

  // One FQDN per SIP domain (LYNC-EDGE-EXT-4): the targets of its `_sipfederationtls._tcp` / `_sip._tls` records,
  // or the conventional sip.<domain> when the admin entered neither record. A record pointing at another component
  // (a Pexip pool, an Expressway, another Edge) belongs to that component's certificate.
  for (const domain of sfbSipDomains(plan)) {
    const records = EDGE_SIP_SERVICES.flatMap((service) => srvRecords(plan, service, domain));
    if (records.length === 0) {
      ext.add(`sip.${domain}`, `SIP domain ${domain} (sip.<domain>)`);
      continue;
    }
    for (const r of records) {
      const why = `target of ${r.service.toLowerCase()}.${domain}`;
      const owner = ownerOf(plan, c, r.target);
      if (owner)
        foreign.push({
          value: normalizeName(r.target),
          reason: `${why}: not added, it belongs to ${componentLabel(owner)}`,
        });
      else ext.add(r.target, why);
    }
  }

  const xmppNames = xmppCandidates(c, ctx, foreign);
  const xmppOn = c.xmpp ?? xmppDomains(plan).length > 0;
  const version = sfbVersion(plan);
  if (xmppOn && version === "sfb-2019") {
    for (const n of xmppNames) {
      leaveOff(
        n.value,
        `${n.reason}: not added, Skype for Business Server 2019 no longer supports XMPP federation`,
      );
    }
  } else if (xmppOn && version === "lync-2010") {
    for (const n of xmppNames) {
      leaveOff(
        n.value,
        `${n.reason}: not added, Lync Server 2010 has no XMPP proxy on the Edge (XMPP federation goes through a separate XMPP gateway)`,
      );
    }
  } else if (!xmppOn) {
    for (const n of xmppNames)
      leaveOff(n.value, `${n.reason}: not added, XMPP federation is off for this Edge`);
  } else {
    // Each XMPP domain as a bare domain, never a wildcard (LYNC-EDGE-EXT-6, RULES.md E.1); the
    // `_xmpp-server._tcp` target only when such a record exists (LYNC-SRV-4).
    for (const n of xmppNames) ext.add(n.value, n.reason);
  }
  for (const f of foreign) leaveOff(f.value, f.reason);

  if (c.avEdgeFqdn) {
    const av = normalizeName(c.avEdgeFqdn);
    if (av.length > 0) {
      leaveOff(
        av,
        "A/V Edge FQDN: not needed on the certificate, the A/V Edge service does not use the subject name or the subject alternative names",
      );
    }
  }

  // Client EKU only for public IM connectivity with AOL (LYNC-EDGE-EXT-8).
  const extEku: Eku[] = c.publicImConnectivity ? ["serverAuth", "clientAuth"] : ["serverAuth"];

  const external = makeCertificate(c, ctx, {
    id: `${c.id}/external`,
    profile: "sfb-edge-external",
    title: `Edge external — ${accessEdge}`,
    cn: accessEdge,
    sans: ext,
    eku: extEku,
    // exportable for an Edge pool (LYNC-EDGE-POOL-1) and recommended for a single Edge (LYNC-EDGE-EXPORT-2)
    exportableKey: true,
    installOn,
    notIncluded,
  });

  // ---------------------------------------------------------------- internal
  // "The internal interface certificate uses only the SN and does not need or use SAN entries" (LYNC-EDGE-INT-1):
  // the SAN list holds just the CN (PKI-CN-IN-SAN-1).
  const int = new SanList().add(
    internalFqdn,
    "Edge internal FQDN (the internal interface uses only the subject name)",
  );
  const internal = makeCertificate(c, ctx, {
    id: `${c.id}/internal`,
    profile: "sfb-edge-internal",
    title: `Edge internal — ${internalFqdn}`,
    cn: internalFqdn,
    sans: int,
    eku: ["serverAuth"],
    exportableKey: true,
    installOn,
  });

  return [external, internal];
}

/** XMPP names the Edge would carry: each XMPP domain (bare), then the target of each `_xmpp-server._tcp` record
 *  published under an XMPP or SIP domain (Microsoft: repeat the record for the SIP domains allowed to use XMPP).
 *  A target that belongs to another component (e.g. an Expressway doing XMPP federation) goes to `foreign`. */
function xmppCandidates(
  c: SfbEdgeComponent,
  ctx: ProfileContext,
  foreign: { value: string; reason: string }[],
): { value: string; reason: string }[] {
  const out: { value: string; reason: string }[] = [];
  const xmpp = xmppDomains(ctx.plan);
  for (const d of xmpp) out.push({ value: d, reason: `XMPP domain ${d}` });
  const domains = [...new Set([...xmpp, ...sfbSipDomains(ctx.plan)])];
  for (const d of domains) {
    for (const r of srvRecords(ctx.plan, XMPP_SERVER_SERVICE, d)) {
      const why = `target of ${XMPP_SERVER_SERVICE}.${d}`;
      const owner = ownerOf(ctx.plan, c, r.target);
      if (owner)
        foreign.push({
          value: normalizeName(r.target),
          reason: `${why}: not added, it belongs to ${componentLabel(owner)}`,
        });
      else out.push({ value: normalizeName(r.target), reason: why });
    }
  }
  return out;
}
