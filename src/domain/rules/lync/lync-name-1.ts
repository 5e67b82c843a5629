import { fqdnProblem, isWildcard } from "../../names";
import type { CertificateRule } from "../rule";
import { SFB_ENV, sfbProfile, theCert, topologyNames } from "./shared";

/** RULES.md 56. The subject name of every Lync/SfB certificate is an FQDN of the topology (Topology Builder / DNS):
 *  not a short name, not something that is not a host name at all, not a name the topology does not know.
 *  A wildcard subject name is LYNC-WILDCARD-2 / LYNC-EDGE-EXT-1; bad characters in SANs are PKI-HOSTNAME-CHARS-1. */
export const LYNC_NAME_1: CertificateRule = {
  id: "LYNC-NAME-1",
  scope: "certificate",
  severity: "error",
  description: "Lync / Skype for Business subject names are FQDNs of the topology, never short names.",
  source: `${SFB_ENV} — "we can't have any short-names in the environment, and must have FQDNs for Topology Builder."`,
  applies: (view) =>
    sfbProfile(view) !== undefined && view.subjectCN.length > 0 && !isWildcard(view.subjectCN),
  check(view, ctx) {
    const cn = view.subjectCN;
    const problem = fqdnProblem(cn);
    if (problem !== null) {
      const short = !cn.includes(".");
      return [
        {
          message: short
            ? `${theCert(view)} has the short name ${cn} as its subject name. Lync / Skype for Business needs the full FQDN, exactly as in Topology Builder and DNS (for example ${cn}.contoso.com): the servers cannot match a short name.`
            : `${theCert(view)} has the subject name ${cn}, which ${problem}. Lync / Skype for Business needs the server or pool FQDN, exactly as in Topology Builder and DNS.`,
          names: [cn],
        },
      ];
    }
    if (topologyNames(ctx.plan).has(cn)) return [];
    return [
      {
        message: `${theCert(view)} has the subject name ${cn}, which is not an FQDN of this topology (no server, pool, Edge, web services or SRV target name of the plan). The subject name must be the server or pool FQDN exactly as in Topology Builder and DNS; check the name, or correct the plan's components.`,
        names: [cn],
      },
    ];
  },
};
