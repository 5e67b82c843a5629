import type { CertificateRule } from "../rule";
import { listNames, pexipComponent, wildcardNames } from "./util";

export const PEXIP_WILDCARD_1: CertificateRule = {
  id: "PEXIP-WILDCARD-1",
  scope: "certificate",
  severity: "error",
  description: "No wildcard in the CN or SANs of a Pexip Conferencing Node certificate (SIP and MS-SIP).",
  source:
    'https://docs.pexip.com/sfb/certificates.htm — "Wildcard TLS certificates are not supported in SIP or Microsoft Skype for Business / Lync environments (as per RFC 5922)."',
  applies: (view) => pexipComponent(view) !== undefined,
  check(view) {
    const names = wildcardNames(view);
    if (names.length === 0) return [];
    return [
      {
        message: `${listNames(names)} ${names.length > 1 ? "are wildcards" : "is a wildcard"} on the Pexip Conferencing Node certificate. Skype for Business / Lync and SIP servers compare names literally (RFC 5922), so calls and federation through these nodes fail TLS. List the pool / SRV target name and every node FQDN explicitly instead.`,
        names,
      },
    ];
  },
};
