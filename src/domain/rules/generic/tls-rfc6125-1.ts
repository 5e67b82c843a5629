import type { CertificateRule } from "../rule";
import { cnInSanApplies, cnIsSan } from "./pki-cn-in-san-1";

export const TLS_RFC6125_1: CertificateRule = {
  id: "TLS-RFC6125-1",
  scope: "certificate",
  severity: "error",
  description: "Clients do not look at the CN when the certificate has SANs: the CN must be a SAN too.",
  source:
    "RFC 6125 §6.4.4 (https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4) — " +
    '"a client MUST NOT seek a match for a reference identifier of CN-ID if the presented identifiers include ' +
    'a DNS-ID, SRV-ID, URI-ID"',
  // A public-CA certificate and the Edge external certificate get PKI-CN-IN-SAN-1 for the same missing name.
  applies: (view) => !cnInSanApplies(view) && view.subjectCN.trim().length > 0 && view.sans.length > 0,
  check(view) {
    if (cnIsSan(view)) return [];
    const cn = view.subjectCN.trim();
    const fix =
      view.target === "plan" ? `Add ${cn} to the SAN list.` : `Reissue it with ${cn} among the SANs.`;
    return [
      {
        message:
          `The subject CN ${cn} is not one of the subject alternative names. Because the certificate has SANs, ` +
          `TLS clients never look at the CN (RFC 6125 §6.4.4), so every client that connects to ${cn} rejects ` +
          `the certificate. ${fix}`,
        names: [cn],
      },
    ];
  },
};
