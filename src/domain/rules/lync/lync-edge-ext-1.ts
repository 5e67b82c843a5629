import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import { edgeOf, isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 20. The Edge external subject name is the Access Edge FQDN, and never a wildcard. */
export const LYNC_EDGE_EXT_1: CertificateRule = {
  id: "LYNC-EDGE-EXT-1",
  scope: "certificate",
  severity: "error",
  description: "Edge external: subject name is the Access Edge external FQDN, written out (no wildcard).",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "The subject name can't have a wildcard character, it must be an explicit name." / "For Lync Server 2013, this is no longer a requirement, but it is still recommended for compatibility with Office Communications Server."`,
  applies: (view) => isProfile(view, "sfb-edge-external"),
  check(view) {
    const cn = view.subjectCN;
    const hits: RuleHit[] = [];
    if (isWildcard(cn)) {
      hits.push({
        message: `${theCert(view)} has the wildcard subject name ${cn}. The Edge external certificate needs an explicit subject name (the Access Edge FQDN); Lync / Skype for Business does not accept a wildcard there, so remote users and federation partners cannot connect.`,
        names: [cn],
      });
      return hits;
    }
    const edge = edgeOf(view);
    if (!edge || cn.length === 0) return hits;
    const access = normalizeName(edge.accessEdgeFqdn);
    if (cn !== access) {
      hits.push({
        severity: "info",
        message: `${theCert(view)} has the subject name ${cn}, not the Access Edge FQDN ${access}. Since Lync Server 2013 this is no longer required (TLS checks the SAN list), but Microsoft still recommends the Access Edge FQDN for compatibility with older servers such as Office Communications Server.`,
        names: [cn],
      });
    }
    return hits;
  },
};
