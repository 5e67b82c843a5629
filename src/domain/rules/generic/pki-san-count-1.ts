import type { CertificateRule } from "../rule";
import { isPublic } from "./shared";

export const PKI_SAN_COUNT_1: CertificateRule = {
  id: "PKI-SAN-COUNT-1",
  scope: "certificate",
  severity: "warning",
  description: "Public CAs limit the number of SANs per certificate (25 / 100 / 210 by product).",
  source:
    // The per-product limits of the commercial CAs (DigiCert 25, Sectigo 210, GlobalSign 100) were read only on a
    // reseller's page: unconfirmed on the CAs' own pages, so only Let's Encrypt's is quoted.
    "Let's Encrypt, Rate Limits (https://letsencrypt.org/docs/rate-limits/) — \"A single certificate can include " +
    'up to 100 identifiers (DNS names or IP addresses)". The limits of commercial CA products (25 to 250 names) ' +
    "differ by product: check your CA's product page.",
  applies: (view) => isPublic(view) && view.sans.length > 25,
  check(view) {
    const n = view.sans.length;
    const cert = view.target === "plan" ? "This certificate" : "The existing certificate";
    if (n > 210) {
      return [
        {
          severity: "error",
          message:
            `${cert} has ${n} subject alternative names; most commercial CAs refuse more than 210 to 250 ` +
            "(Sectigo: 210), so no public CA product will issue it. Split it into several certificates, one per " +
            "role or pool.",
        },
      ];
    }
    if (n > 100) {
      return [
        {
          severity: "error",
          message:
            `${cert} has ${n} subject alternative names; many public CAs and products stop at 100 (GlobalSign, ` +
            "GeoTrust, Let's Encrypt) and only a few multi-domain products go up to 210–250 (Sectigo). Check " +
            "your CA product's limit or split the certificate.",
        },
      ];
    }
    return [
      {
        message:
          `${cert} has ${n} subject alternative names; some UC / multi-domain products accept at most 25 ` +
          "(DigiCert, Thawte). Check your CA product's limit, and its price per extra SAN, before you order.",
      },
    ];
  },
};
