import { isReservedIp } from "../../names";
import type { CertificateRule } from "../rule";
import { ipIdentities, isPublic, listNames, plural } from "./shared";

export const PKI_RESERVED_IP_1: CertificateRule = {
  id: "PKI-RESERVED-IP-1",
  scope: "certificate",
  severity: "error",
  description: "A publicly-trusted certificate cannot contain private or reserved IP addresses.",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6 §7.1.2.7.12 (https://cabforum.org/baseline-requirements/) — " +
    '"The entry MUST NOT contain a Reserved IP Address."',
  applies: (view) => isPublic(view),
  check(view) {
    const reserved = ipIdentities(view).filter(isReservedIp);
    if (reserved.length === 0) return [];
    const many = reserved.length > 1;
    return [
      {
        message:
          `${listNames(reserved)} ${plural(reserved.length, "is a private or reserved IP address", "are private or reserved IP addresses")} ` +
          "(IANA special-purpose ranges such as 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, loopback, link-local, " +
          `fc00::/7), so no public CA will issue a certificate that contains ${many ? "them" : "it"} ` +
          "(CA/Browser Forum BR §7.1.2.7.12). Remove the address and use the server's FQDN, or issue this " +
          "certificate from your internal CA.",
        names: reserved,
      },
    ];
  },
};
