import type { CertificateRule } from "../rule";
import { isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 26. The Edge external certificate comes from a public CA. For an existing certificate only an
 *  explicitly recorded internal CA fires (otherwise the planned certificate's finding already says it). */
export const LYNC_EDGE_EXT_7: CertificateRule = {
  id: "LYNC-EDGE-EXT-7",
  scope: "certificate",
  severity: "error",
  description: "Edge external: the certificate must come from a public CA.",
  source: `${LYNC2013}lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses — "Certificate must be from a Public CA, and must have the server EKU and client EKU if public IM connectivity with AOL is to be deployed."`,
  applies: (view) => isProfile(view, "sfb-edge-external"),
  check(view) {
    const internal =
      view.target === "plan" ? view.caType === "internal" : view.existing?.caType === "internal";
    if (!internal) return [];
    return [
      {
        message: `${theCert(view)} is issued by an internal (enterprise) CA. Remote users' devices and federation partners do not trust your internal CA, so their TLS connections to the Access Edge and Web Conferencing Edge fail. Request the Edge external certificate from a public CA.`,
      },
    ];
  },
};
