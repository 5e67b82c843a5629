import type { CertificateRule } from "../rule";
import { expresswayComponent, hasEku } from "./util";

export const EXPWY_EKU_1: CertificateRule = {
  id: "EXPWY-EKU-1",
  scope: "certificate",
  severity: "info",
  description:
    "The Expressway server certificate carries client and server authentication (mutual TLS on traversal and neighbour zones).",
  source:
    'Cisco VCS Administrator Guide, "Generating a certificate signing request" — "The certificate request includes automatically the public key that will be used in the certificate, and the client and server authentication Enhanced Key Usage (EKU) extension."',
  applies: (view) => expresswayComponent(view) !== undefined,
  check(view) {
    const c = expresswayComponent(view);
    // Split (X15.5 and later): the peers' client certificates carry client authentication (CISCO-CLIENT-CERT-1).
    if (c?.clientCertificate === "separate") return [];
    if (view.target === "plan") {
      if (view.caType !== "public") return [];
      return [
        {
          message:
            "The Expressway uses this certificate as a TLS client too (traversal and neighbour zones with mutual TLS), so it asks for client and server authentication. Public CAs no longer issue client authentication (none may from March 15, 2027, Chrome Root Program Policy): check what your CA will issue; from X15.5 the Expressway can use a separate client certificate for mutual TLS.",
        },
      ];
    }
    if (hasEku(view.eku, "clientAuth")) return [];
    return [
      {
        message:
          "The existing certificate has no client authentication: traversal or neighbour zones that use mutual TLS fail when this Expressway opens the connection. Check the zones; from X15.5 configure a separate client certificate, or re-issue with client authentication from a private CA.",
        names: ["clientAuth"],
      },
    ];
  },
};
