import type { CertificateProfile } from "../../types";
import type { CertificateRule } from "../rule";
import { isPublic, isSfb, profileOf } from "./shared";

/** Cisco certificates that Jabber clients validate (and check for revocation). */
const JABBER_FACING: readonly CertificateProfile[] = [
  "cisco-tomcat",
  "cisco-callmanager",
  "cisco-cup-xmpp",
  "expressway-e",
];

export const PKI_CDP_1: CertificateRule = {
  id: "PKI-CDP-1",
  scope: "certificate",
  severity: "info",
  description:
    "Server certificates need a reachable CRL Distribution Point (Lync/SfB) or CDP / OCSP URL (Jabber); a plan " +
    "cannot show it, so it is checked by hand.",
  source:
    "Lync Server 2013 certificate infrastructure requirements " +
    "(https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-infrastructure-requirements) — " +
    '"All server certificates must contain a CRL Distribution Point (CDP)."',
  applies: (view) => isSfb(view) || JABBER_FACING.includes(profileOf(view) as CertificateProfile),
  check(view) {
    const existing = view.target === "existing";
    if (isSfb(view)) {
      const how = existing
        ? "Open the existing certificate (Details → CRL Distribution Points) and check that it lists an HTTP URL"
        : isPublic(view)
          ? "Public CAs include one; when the certificate arrives, check that its CRL Distribution Points field lists an HTTP URL"
          : "On the internal CA, check that the CDP extension of issued certificates lists an HTTP URL (not only LDAP)";
      return [
        {
          message:
            "Check by hand (a plan cannot show it): Skype for Business / Lync requires every server certificate " +
            `to contain a CRL Distribution Point. ${how} that the servers, the Edge and remote clients can reach; ` +
            "without a reachable CDP, revocation checking fails and clients or federated servers refuse the connection.",
        },
      ];
    }
    const how = existing
      ? "Open the existing certificate and check that it has a CRL Distribution Point or an Authority Information Access (OCSP) HTTP URL"
      : isPublic(view)
        ? "Public CAs include a CRL or OCSP URL; when the certificate arrives, check that it has an HTTP one"
        : "On the internal CA, make sure issued certificates carry a CRL Distribution Point or an Authority Information Access (OCSP) HTTP URL";
    return [
      {
        message:
          "Check by hand (a plan cannot show it): Cisco Jabber checks this certificate for revocation. " +
          `${how} that Jabber clients can reach, including remote clients over Mobile and Remote Access; ` +
          "otherwise Jabber cannot check revocation and warns the user or refuses the connection.",
      },
    ];
  },
};
