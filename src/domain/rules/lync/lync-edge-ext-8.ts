import type { CertificateRule } from "../rule";
import { edgeOf, hasEku, isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 27. Client EKU on the Edge external certificate when public IM connectivity (AOL) is deployed.
 *  Without public IM connectivity, Microsoft asks for the server EKU only: a clientAuth there is an info (public CAs
 *  are dropping it, PKI-CLIENTAUTH-PUBLIC-1). */
export const LYNC_EDGE_EXT_8: CertificateRule = {
  id: "LYNC-EDGE-EXT-8",
  scope: "certificate",
  severity: "error",
  description:
    "Edge external: serverAuth + clientAuth EKU with public IM connectivity (AOL), serverAuth only otherwise.",
  source: `${LYNC2013}lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging — "America Online (AOL) requires a the certificate or certificates (in the case of an Edge pool) to also contain the client EKU."`,
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check(view) {
    const pic = edgeOf(view)?.publicImConnectivity === true;
    const client = hasEku(view, "clientAuth");
    if (pic && !client) {
      return [
        {
          message: `${theCert(view)} has no Client Authentication EKU, but this Edge is planned with public IM connectivity. AOL requires the client EKU on the Edge certificate (every certificate of an Edge pool): public IM connectivity with AOL fails without it.`,
        },
      ];
    }
    if (!pic && client) {
      return [
        {
          severity: "info",
          message: `${theCert(view)} has the Client Authentication EKU, which the Edge needs only for public IM connectivity with AOL (not planned here). It can be left off; public CAs are removing it from TLS certificates (see PKI-CLIENTAUTH-PUBLIC-1).`,
        },
      ];
    }
    return [];
  },
};
