import type { CertificateRule } from "../rule";
import { isSfb } from "./shared";

export const PKI_SIGALG_1: CertificateRule = {
  id: "PKI-SIGALG-1",
  scope: "certificate",
  severity: "info",
  description:
    "Lync/SfB certificates must be signed with SHA-256 and PKCS#1 v1.5, never RSASSA-PSS; a plan cannot show the " +
    "CA's signature algorithm, so it is checked by hand.",
  source:
    "Lync Server 2013 certificate infrastructure requirements " +
    "(https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-infrastructure-requirements) — " +
    '"Using the RSASSA-PSS signature algorithm is unsupported, and may lead to errors on login and call forwarding ' +
    'issues"; CA/Browser Forum ballot SC097 (SHA-1 sunset).',
  applies: (view) => isSfb(view),
  check(view) {
    const how =
      view.target === "existing"
        ? "Open the existing certificate and check its signature algorithm: sha256RSA (or sha256ECDSA), not RSASSA-PSS and not sha1RSA."
        : "Make sure the CA signs it with sha256RSA (or sha256ECDSA), not RSASSA-PSS and not SHA-1. On a Microsoft " +
          "CA, RSASSA-PSS comes from the AlternateSignatureAlgorithm setting, which must be 0 " +
          "(certutil -getreg ca\\csp\\AlternateSignatureAlgorithm).";
    return [
      {
        message:
          "Check by hand (a plan cannot show it): Skype for Business / Lync does not support certificates signed " +
          `with RSASSA-PSS; they cause sign-in errors and call-forwarding failures. ${how}`,
      },
    ];
  },
};
