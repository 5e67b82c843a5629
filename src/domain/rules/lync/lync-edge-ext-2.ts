import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import { edgeOf, hasExact, isProfile, LYNC2013, theCert, wildcardNote } from "./shared";

/** RULES.md 21. The subject name (the Access Edge FQDN) is replicated in the SAN list. */
export const LYNC_EDGE_EXT_2: CertificateRule = {
  id: "LYNC-EDGE-EXT-2",
  scope: "certificate",
  severity: "error",
  description: "Edge external: the Access Edge FQDN (the subject name) is also a SAN.",
  source: `${LYNC2013}lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses — "The subject name is replicated in the SAN and must be present for correct operation."; ${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "TLS ignores the subject name and uses the subject alternative name entries for validation."`,
  applies: (view) => isProfile(view, "sfb-edge-external"),
  check(view) {
    const edge = edgeOf(view);
    // Without the component, the subject name stands for the Access Edge FQDN.
    const access = edge ? normalizeName(edge.accessEdgeFqdn) : view.subjectCN;
    if (access.length === 0 || access.includes("*") || hasExact(view, access)) return [];
    const which = edge ? "Access Edge FQDN" : "subject name";
    return [
      {
        message: `${theCert(view)} does not list the ${which} ${access} as a subject alternative name. TLS ignores the subject name and validates the SAN entries only, so remote users signing in and federation partners connecting to ${access} get a certificate name mismatch.${wildcardNote(view, [access], "SIP compares host names literally (RFC 5922), and the Edge does not support wildcards")}`,
        names: [access],
      },
    ];
  },
};
