import type { CertificateRule } from "../rule";
import { isPublic } from "./shared";

// Read 2026-12-07 from github.com/cabforum/servercert docs/BR.md (v2.2.6, 31-March-2026), §7.1.2.7.2 (DV: "Any
// other attribute | MUST NOT"), §7.1.2.7.3 (IV) and §7.1.2.7.4 (OV): "`organizationalUnitName` | MUST NOT".
// The date: ballot SC47v2 (cabforum.org, 2021-06-30) and the BR's former effective-date table (commit 73bd0ea,
// "SC47 datefix"): "2022-09-01 | 7.1.4.2.2 | CAs MUST NOT include the organizationalUnitName field in the Subject".
export const PKI_OU_PUBLIC_1: CertificateRule = {
  id: "PKI-OU-PUBLIC-1",
  scope: "certificate",
  severity: "warning",
  description:
    "A publicly trusted TLS certificate cannot carry an organizational unit (OU): public CAs have left it out " +
    "since September 2022. Only certificates from your own (internal) CA keep it.",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6, §7.1.2.7.4 Organization Validated, subject attributes " +
    "(https://github.com/cabforum/servercert/blob/main/docs/BR.md) — " +
    '"organizationalUnitName | MUST NOT"; ballot SC47v2 "Sunset subject:organizationalUnitName" ' +
    "(https://cabforum.org/2021-06-30-ballot-sc47v2-sunset-subjectorganizationalunitname/): " +
    '"CAs MUST NOT include the organizationalUnitName field in the Subject" from 2022-09-01.',
  applies: (view, ctx) =>
    isPublic(view) &&
    (view.target === "plan"
      ? (ctx.plan.subject?.OU ?? "").trim() !== ""
      : (view.existing?.subjectOU ?? "").trim() !== ""),
  check(view, ctx) {
    if (view.target === "plan") {
      const ou = (ctx.plan.subject?.OU ?? "").trim();
      return [
        {
          message:
            `The organizational unit "${ou}" from the Organization step is left out of this certificate's ` +
            "request: it is ordered from a public CA, and the CA/Browser Forum Baseline Requirements forbid an " +
            "organizational unit in publicly trusted TLS certificates (since September 2022). A public CA would " +
            "drop it or refuse the order. Certificates from your internal CA keep it.",
        },
      ];
    }
    const ou = (view.existing?.subjectOU ?? "").trim();
    const what = view.existing?.kind === "csr" ? "request" : "certificate";
    return [
      {
        message:
          `The existing ${what}'s subject has the organizational unit "${ou}". A public CA will not carry it in ` +
          "a certificate it issues now: the CA/Browser Forum Baseline Requirements forbid an organizational unit " +
          "in publicly trusted TLS certificates since September 2022. If anything on your side matches the " +
          "certificate by its OU (a trust rule, a monitoring check, a script), change it to use the host name; " +
          "the new request leaves the OU out.",
      },
    ];
  },
};
