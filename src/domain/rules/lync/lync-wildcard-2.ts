import { isWildcard } from "../../names";
import type { CertificateRule } from "../rule";
import { isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 35. Never a wildcard subject name, for any Lync/SfB role. The Edge external certificate has its own,
 *  more specific rule (LYNC-EDGE-EXT-1), so it is not repeated here. */
export const LYNC_WILDCARD_2: CertificateRule = {
  id: "LYNC-WILDCARD-2",
  scope: "certificate",
  severity: "error",
  description: "No wildcard subject name (CN) on any Lync / Skype for Business certificate.",
  source: `${LYNC2013}lync-server-2013-wildcard-certificate-support — "There is no support for a wildcard entry as the subject name (also referred to as the common name or CN) for any role."`,
  applies: (view) =>
    isProfile(
      view,
      "sfb-edge-internal",
      "sfb-front-end",
      "sfb-standard-edition",
      "sfb-director",
      "sfb-reverse-proxy",
      "sfb-mediation",
      "sfb-sba",
    ),
  check(view) {
    if (!isWildcard(view.subjectCN)) return [];
    return [
      {
        message: `${theCert(view)} has the wildcard subject name ${view.subjectCN}. Lync / Skype for Business supports no wildcard subject name for any role: Topology Builder and the servers expect the server or pool FQDN there. Use the FQDN as the subject name (a wildcard may only appear as an extra SAN where Microsoft allows it).`,
        names: [view.subjectCN],
      },
    ];
  },
};
