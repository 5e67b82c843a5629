import type { CertificateRule } from "../rule";
import { hasEku, platformName, profileOf, theCertificate } from "./shared";

export const PKI_EKU_SERVER_1: CertificateRule = {
  id: "PKI-EKU-SERVER-1",
  scope: "certificate",
  severity: "error",
  description: "Every server certificate needs the Server Authentication EKU (id-kp-serverAuth).",
  source:
    "Lync Server 2013 certificate infrastructure requirements " +
    "(https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-infrastructure-requirements) — " +
    '"All server certificates must support server authorization (Server EKU)."; CA/Browser Forum BR §7.1.2.7.10: ' +
    "id-kp-serverAuth MUST be present.",
  // a node's own client certificate (split server and client certificates) is not a server certificate
  applies: (view) => profileOf(view) !== "tls-client",
  check(view) {
    if (hasEku(view, "serverAuth")) return [];
    const listed =
      view.eku.length === 0 ? "lists no Extended Key Usage" : `lists only ${view.eku.join(", ")}`;
    const fix =
      view.target === "plan"
        ? "Add Server Authentication (serverAuth) to the request; on a Microsoft CA use the Web Server template or a client-and-server template."
        : "Reissue it with Server Authentication.";
    return [
      {
        message:
          `${theCertificate(view)} ${listed} in its Extended Key Usage, without Server Authentication ` +
          `(id-kp-serverAuth, 1.3.6.1.5.5.7.3.1). The ${platformName(view)} cannot use it as a TLS server ` +
          `certificate, clients reject it, and public CAs do not issue TLS certificates without it. ${fix}`,
      },
    ];
  },
};
