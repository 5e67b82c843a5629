import type { CertificateRule } from "../rule";
import { componentTypeOf, profileOf } from "./shared";

/** Expressway accepts at most this many characters in the comma-separated SAN field. */
export const EXPRESSWAY_SAN_FIELD_MAX = 999;

export const PKI_SAN_LENGTH_1: CertificateRule = {
  id: "PKI-SAN-LENGTH-1",
  scope: "certificate",
  severity: "warning",
  description: "Expressway limits the comma-separated subject alternative name field to 999 characters.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X8.8, change history X8.5.2 — "Changes to ' +
    'CRL information, CSR generation page defaults, 999 character limit on SANs." (troubleshooting: "Subject ' +
    'Alternative Name Fields Longer than 999 Characters")',
  applies: (view) => {
    const p = profileOf(view);
    return p === "expressway-c" || p === "expressway-e" || componentTypeOf(view) === "expressway";
  },
  check(view) {
    const length = view.sans.map((s) => s.value).join(",").length;
    if (length <= EXPRESSWAY_SAN_FIELD_MAX) return [];
    return [
      {
        message:
          `The subject alternative names add up to ${length} characters (comma-separated), more than the ` +
          `${EXPRESSWAY_SAN_FIELD_MAX} characters Expressway accepts in its SAN field: the CSR cannot be ` +
          "generated on the Expressway as planned. Remove names it does not need (for example use one MRA domain " +
          "format, DNS or CollabEdgeDNS, not both) or split the roles across clusters.",
      },
    ];
  },
};
