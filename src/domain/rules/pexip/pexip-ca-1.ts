import type { CertificateRule } from "../rule";
import { pexipComponent } from "./util";

export const PEXIP_CA_1: CertificateRule = {
  id: "PEXIP-CA-1",
  scope: "certificate",
  severity: "error",
  description:
    "Public DMZ Pexip nodes need a public CA; on-prem integration typically uses the enterprise CA.",
  source:
    'https://docs.pexip.com/sfb/certificates.htm — "for a public DMZ deployment of Pexip Infinity, a certificate from a public TLS/SSL certificate vendor/CA such as for instance Verisign, Comodo or GlobalSign is required."',
  applies: (view) => pexipComponent(view) !== undefined,
  check(view) {
    const c = pexipComponent(view);
    if (!c) return [];
    if (c.deployment === "public-dmz" && view.caType === "internal") {
      return [
        {
          message:
            "The public DMZ Pexip certificate comes from an internal CA. Federated Skype for Business / Lync organisations do not trust your internal CA, so federated calls and meetings with them fail TLS. Use a public CA.",
        },
      ];
    }
    if (c.deployment === "on-prem" && view.caType === "public") {
      return [
        {
          severity: "info",
          message:
            "On-prem (Trusted Application Pool) integration usually uses the enterprise CA that the Skype for Business servers already trust. A public CA works too, but charges per SAN and no longer issues Client Authentication, which the Pexip nodes need for mutual TLS with Skype for Business.",
        },
      ];
    }
    return [];
  },
};
