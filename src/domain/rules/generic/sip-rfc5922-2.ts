import type { CertificateRule } from "../rule";
import { dnsNames, listNames, platformName } from "./shared";
import { isSipTls } from "./sip-rfc5922-1";

export const SIP_RFC5922_2: CertificateRule = {
  id: "SIP-RFC5922-2",
  scope: "certificate",
  severity: "error",
  description: "SIP compares certificate names literally: no wildcard CN or SAN on a SIP/TLS certificate.",
  source:
    'RFC 5922 §7.2 (https://www.rfc-editor.org/rfc/rfc5922#section-7.2) — "\\"*.example.com\\" matches only ' +
    '\\"*.example.com\\"" (the RFC continues "but not foo.example.com"); Pexip cites RFC 5922 for the same reason ' +
    "(https://docs.pexip.com/sfb/certificates.htm).",
  applies: (view) => isSipTls(view) && dnsNames(view).some((n) => n.includes("*")),
  check(view) {
    const wildcards = dnsNames(view).filter((n) => n.includes("*"));
    if (wildcards.length === 0) return [];
    return [
      {
        names: wildcards,
        message:
          `${listNames(wildcards)} on this ${platformName(view)} SIP/TLS certificate: SIP entities compare ` +
          'certificate names literally, so a wildcard never matches a SIP host (RFC 5922 §7.2: "*.example.com" ' +
          'matches only "*.example.com", not foo.example.com). List every SIP host name explicitly instead.',
      },
    ];
  },
};
