import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import {
  explain,
  hasExact,
  isProfile,
  LYNC2013,
  mediationOf,
  serverOf,
  theCert,
  topologyNames,
  wildcardNote,
} from "./shared";

/** RULES.md 53. Stand-alone Mediation Server: CN = Mediation pool FQDN; SAN = pool FQDN + this member's FQDN
 *  (SIP names, written out). A CN outside the topology is LYNC-NAME-1. */
export const LYNC_MED_1: CertificateRule = {
  id: "LYNC-MED-1",
  scope: "certificate",
  severity: "error",
  description: "Stand-alone Mediation Server: CN = Mediation pool FQDN; SAN = pool FQDN + member FQDN.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=medsvr-pool.contoso.net; SAN=medsvr-pool.contoso.net; SAN=medsvr01.contoso.net"`,
  applies: (view) => isProfile(view, "sfb-mediation") && mediationOf(view) !== undefined,
  check(view, ctx) {
    const med = mediationOf(view);
    if (!med) return [];
    const poolFqdn = normalizeName(med.poolFqdn);
    const hits: RuleHit[] = [];
    const cn = view.subjectCN;
    if (cn !== poolFqdn && !isWildcard(cn) && topologyNames(ctx.plan).has(cn)) {
      hits.push({
        message: `${theCert(view)} has the subject name ${cn}, but a Mediation Server certificate's subject name is the Mediation pool FQDN ${poolFqdn}.`,
        names: [cn],
      });
    }
    const need: { name: string; why: string }[] = [{ name: poolFqdn, why: "Mediation pool FQDN" }];
    const server = serverOf(view, med);
    if (server && server !== poolFqdn) need.push({ name: server, why: "FQDN of this Mediation Server" });
    const missing = need.filter((n) => !hasExact(view, n.name));
    if (missing.length > 0) {
      hits.push({
        message: `${theCert(view)} is missing ${explain(missing)}. The Front End pool and the gateways / SIP trunk connect to the Mediation Server by these names over TLS: calls to and from the PSTN fail.${wildcardNote(
          view,
          missing.map((m) => m.name),
          "SIP names must be listed explicitly (RFC 5922)",
        )}`,
        names: missing.map((m) => m.name),
      });
    }
    return hits;
  },
};
