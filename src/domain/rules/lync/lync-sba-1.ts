import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import {
  hasExact,
  isProfile,
  LYNC2013,
  sbaOf,
  sfbSipDomains,
  theCert,
  topologyNames,
  wildcardNote,
} from "./shared";

/** RULES.md 54. Survivable Branch Appliance: CN = appliance FQDN; SAN = sip.<sipdomain> for each SIP domain (SIP
 *  names, written out). Microsoft's table does not list the appliance FQDN as a SAN, so it is not required here
 *  (whether the CN must also be a SAN is PKI-CN-IN-SAN-1 / TLS-RFC6125-1). */
export const LYNC_SBA_1: CertificateRule = {
  id: "LYNC-SBA-1",
  scope: "certificate",
  severity: "error",
  description: "Survivable Branch Appliance: CN = appliance FQDN; SAN = sip.<sipdomain> for each SIP domain.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=sba01.contoso.net; SAN=sip.contoso.com; SAN=sip.fabrikam.com"`,
  applies: (view) => isProfile(view, "sfb-sba") && sbaOf(view) !== undefined,
  check(view, ctx) {
    const sba = sbaOf(view);
    if (!sba) return [];
    const fqdn = normalizeName(sba.fqdn);
    const hits: RuleHit[] = [];
    const cn = view.subjectCN;
    if (cn !== fqdn && !isWildcard(cn) && topologyNames(ctx.plan).has(cn)) {
      hits.push({
        message: `${theCert(view)} has the subject name ${cn}, but a Survivable Branch Appliance certificate's subject name is the appliance FQDN ${fqdn}.`,
        names: [cn],
      });
    }
    const missing = sfbSipDomains(ctx.plan)
      .map((d) => `sip.${d}`)
      .filter((n) => !hasExact(view, n));
    if (missing.length > 0) {
      hits.push({
        message: `${theCert(view)} does not contain ${missing.join(", ")}. Branch users sign in to the appliance by sip.<sipdomain> when the WAN or the central pool is down, so survivable sign-in for ${missing.map((m) => m.slice(4)).join(", ")} fails.${wildcardNote(view, missing, "SIP names must be listed explicitly (RFC 5922)")}`,
        names: missing,
      });
    }
    return hits;
  },
};
