import type { CertificateRule } from "../rule";
import {
  edgeOf,
  hasExact,
  isProfile,
  LYNC2013,
  sfbSipDomains,
  srvTargets,
  theCert,
  wildcardNote,
} from "./shared";

const EDGE_SIP_SERVICES = ["_sipfederationtls._tcp", "_sip._tls"];

/** RULES.md 23. One FQDN per SIP domain on the Edge external certificate. Where the plan has the domain's
 *  `_sip._tls` / `_sipfederationtls._tcp` records, their targets are checked by LYNC-SRV-1/2 (one finding per
 *  defect); this rule covers the SIP domains with neither record, where the convention is sip.<domain>
 *  (PLAN-FORMAT.md: "default sip.<domain> when a domain has none"). */
export const LYNC_EDGE_EXT_4: CertificateRule = {
  id: "LYNC-EDGE-EXT-4",
  scope: "certificate",
  severity: "error",
  description:
    "Edge external: a sip.<domain> SAN for every SIP domain that has no _sip._tls / _sipfederationtls._tcp record.",
  source: `${LYNC2013}lync-server-2013-certificate-summary-scaled-consolidated-edge-dns-load-balancing-with-public-ip-addresses — "For each SIP domain in your organization, you need to add a corresponding FQDN listed in the certificate subject alternative name list."`,
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check(view, ctx) {
    const plan = ctx.plan;
    const missing: string[] = [];
    for (const domain of sfbSipDomains(plan)) {
      const records = EDGE_SIP_SERVICES.flatMap((s) => srvTargets(plan, s, [domain]));
      if (records.length > 0) continue;
      const name = `sip.${domain}`;
      if (!hasExact(view, name)) missing.push(name);
    }
    if (missing.length === 0) return [];
    const domains = missing.map((m) => m.slice("sip.".length));
    return [
      {
        message: `${theCert(view)} does not contain ${missing.join(", ")}. The plan has no _sip._tls or _sipfederationtls._tcp record for ${domains.join(", ")}, so remote clients and federation partners of ${domains.length === 1 ? "that SIP domain" : "those SIP domains"} connect to sip.<domain> and fail with a certificate name mismatch. Add the name, or enter the domain's real SRV records.${wildcardNote(view, missing, "SIP compares host names literally (RFC 5922)")}`,
        names: missing,
      },
    ];
  },
};
