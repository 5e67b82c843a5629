import type { CertificateRule } from "../rule";
import { isProfile, LYNC2013, theCert, wildcardSans } from "./shared";

/** RULES.md 33. A wildcard SAN on the internal Edge is supported (of limited value). LYNC-WILDCARD-1 does not fire
 *  for the internal Edge; a wildcard subject name is still LYNC-WILDCARD-2. */
export const LYNC_EDGE_INT_2: CertificateRule = {
  id: "LYNC-EDGE-INT-2",
  scope: "certificate",
  severity: "info",
  description: "Edge internal: a wildcard SAN is supported but of limited value.",
  source: `${LYNC2013}lync-server-2013-wildcard-certificate-support — "For the internal Edge Server interface, a wildcard entry can be assigned to the SAN, and is supported."`,
  applies: (view) => isProfile(view, "sfb-edge-internal"),
  check(view) {
    const wild = wildcardSans(view);
    if (wild.length === 0) return [];
    return [
      {
        message: `${theCert(view)} has the wildcard SAN ${wild.join(", ")}. Microsoft supports a wildcard SAN on the internal Edge interface, but the SAN is not queried there: only the subject name (the internal Edge FQDN) matters.`,
        names: wild,
      },
    ];
  },
};
