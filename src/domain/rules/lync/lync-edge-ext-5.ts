import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import { edgeOf, hasExact, isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 24. The A/V Edge FQDN is not needed on the Edge external certificate (RULES.md E.2: info only). */
export const LYNC_EDGE_EXT_5: CertificateRule = {
  id: "LYNC-EDGE-EXT-5",
  scope: "certificate",
  severity: "info",
  description: "Edge external: the A/V Edge FQDN is not needed on the certificate.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "The A/V Edge service does not use the subject name or the subject alternative names entries."`,
  applies: (view) => isProfile(view, "sfb-edge-external") && !!edgeOf(view)?.avEdgeFqdn,
  check(view) {
    const av = normalizeName(edgeOf(view)?.avEdgeFqdn ?? "");
    if (av.length === 0) return [];
    if (hasExact(view, av)) {
      return [
        {
          message: `${theCert(view)} lists the A/V Edge FQDN ${av}. It does no harm, but it is not needed: the A/V Edge service does not use the subject name or the SAN entries (the A/V Authentication service uses only the key). You can leave it off the next request and save a SAN.`,
          names: [av],
        },
      ];
    }
    if (view.target !== "plan") return [];
    return [
      {
        message: `The A/V Edge FQDN ${av} is deliberately not on this certificate: the A/V Edge service does not use the subject name or the SAN entries. Some older Microsoft pages list it among the SANs; the certificate summary tables do not.`,
        names: [av],
      },
    ];
  },
};
