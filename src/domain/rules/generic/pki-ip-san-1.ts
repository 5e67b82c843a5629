import { isReservedIp } from "../../names";
import type { CertificateRule } from "../rule";
import { ipIdentities, isPublic, listNames, platformName, plural } from "./shared";

export const PKI_IP_SAN_1: CertificateRule = {
  id: "PKI-IP-SAN-1",
  scope: "certificate",
  severity: "warning",
  description: "Prefer FQDNs over IP addresses as certificate identities.",
  source:
    "Cisco Jabber 12.6 Planning Guide, Certificates " +
    "(https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_6/cjab_b_planning-guide-for-cisco-jabber-12-6/cjab_b_planning-guide-for-cisco-jabber-12-6_chapter_0111.html) — " +
    '"Public CAs generally require a fully qualified domain name (FQDN) as the server identity, not an IP address."',
  applies: (view) => ipIdentities(view).length > 0,
  check(view) {
    // A reserved address on a public-CA certificate is PKI-RESERVED-IP-1's error; it is not repeated here.
    const ips = ipIdentities(view).filter((ip) => !(isPublic(view) && isReservedIp(ip)));
    if (ips.length === 0) return [];
    const pub = isPublic(view)
      ? " A public CA must also validate control of every address separately, and many refuse IP addresses."
      : "";
    return [
      {
        message:
          `${listNames(ips)} ${plural(ips.length, "is an IP-address identity", "are IP-address identities")} on this ` +
          `${platformName(view)} certificate. UC clients (Jabber, Skype for Business, browsers) connect by FQDN ` +
          `and match the certificate against that FQDN, not against an address.${pub} Use the server's FQDN instead.`,
        names: ips,
      },
    ];
  },
};
