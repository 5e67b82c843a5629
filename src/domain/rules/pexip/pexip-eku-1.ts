import type { CertificateRule } from "../rule";
import { hasEku, listNames, pexipComponent } from "./util";

export const PEXIP_EKU_1: CertificateRule = {
  id: "PEXIP-EKU-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Pexip Conferencing Node certificates should carry both Server and Client Authentication EKUs.",
  source:
    'https://docs.pexip.com/sfb/certificates.htm — "We strongly recommend that all Pexip Infinity Conferencing Node certificates should have both "Server Authentication" and "Client Authentication" Enhanced Key Usage properties."',
  applies: (view) => pexipComponent(view) !== undefined,
  check(view) {
    const missing = (["serverAuth", "clientAuth"] as const).filter((e) => !hasEku(view.eku, e));
    if (missing.length === 0) return [];
    const what = missing.map((e) => (e === "serverAuth" ? "Server Authentication" : "Client Authentication"));
    return [
      {
        message: `The certificate lacks ${listNames(what)}. Pexip nodes use mutual TLS with Skype for Business / Lync: ${
          missing.includes("clientAuth")
            ? "when a node opens the connection it presents this certificate as a client, and the Front End or Edge refuses it"
            : "callers and servers connecting to the node refuse it"
        }. Request the certificate from a "client and server authentication" template.`,
        names: missing,
      },
    ];
  },
};
