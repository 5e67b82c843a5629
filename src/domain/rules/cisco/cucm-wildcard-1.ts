import type { CertificateRule } from "../rule";
import { ciscoUcComponent, listNames, wildcardNames } from "./util";

/** CUCM clusters (including their IM and Presence nodes). RULES.md E.7: Jabber tolerates a wildcard CN for
 *  HTTP, but the rule applies to certificates hosted on CUCM. Unity Connection is outside the quoted guide. */
export const CUCM_WILDCARD_1: CertificateRule = {
  id: "CUCM-WILDCARD-1",
  scope: "certificate",
  severity: "error",
  description: "No wildcard certificates on Unified Communications Manager.",
  source:
    'Cisco, Security Guide for Cisco Unified Communications Manager, Release 15, Certificates chapter (www.cisco.com; quoted from a copy of the guide, the Cisco page itself could not be opened here) — "Unified Communications Manager does not support certificates with wildcard entry. For example, "*.cisco.com"."',
  applies: (view) => ciscoUcComponent(view)?.product === "cucm",
  check(view) {
    const names = wildcardNames(view);
    if (names.length === 0) return [];
    return [
      {
        message: `${listNames(names)} ${names.length > 1 ? "are wildcards" : "is a wildcard"}: Unified Communications Manager does not accept wildcard certificates, so the upload fails or the nodes keep their old certificate. List each node FQDN (or use a multi-server certificate).`,
        names,
      },
    ];
  },
};
