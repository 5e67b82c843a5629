import { longDate, VALIDATION_METHOD_INFO } from "../../public-ca";
import type { PlanRule } from "../rule";

// BR v2.2.6 (github.com/cabforum/servercert docs/BR.md, 31-March-2026) as amended by ballot SC-090 (passed
// 2025-11-20): §3.2.2.4.4, .13, .14 (email) — "Effective March 15, 2026, this method SHOULD NOT be used to issue
// Subscriber Certificates." / "Effective March 15, 2028: - The CA MUST NOT rely on this method."; §3.2.2.4.16, .17
// (phone) — the same, "Effective March 15, 2027". Ballot SC-088 added §3.2.2.4.22, the persistent DNS TXT record.
const BR = "https://github.com/cabforum/servercert/blob/main/docs/BR.md";

export const PKI_DCV_METHOD_1: PlanRule = {
  id: "PKI-DCV-METHOD-1",
  scope: "plan",
  severity: "warning",
  description:
    "Public CAs may no longer validate domains by phone from March 15, 2027, or by email from March 15, 2028 " +
    "(CA/Browser Forum ballot SC-090); both are discouraged since March 15, 2026. DNS and HTTP methods remain.",
  source:
    `CA/Browser Forum Baseline Requirements v2.2.6, §3.2.2.4.16 and §3.2.2.4.17 (phone), §3.2.2.4.4, §3.2.2.4.13 and §3.2.2.4.14 (email) (${BR}), as amended by ballot SC-090 ` +
    "(cabforum.org, November 20, 2025) — " +
    '"Effective March 15, 2026, this method SHOULD NOT be used to issue Subscriber Certificates." and, from March ' +
    '15, 2027 for phone and March 15, 2028 for email, "The CA MUST NOT rely on this method."; §3.2.2.4.22 (ballot ' +
    'SC-088): "The record MUST be placed at the "_validation-persist" label prepended to the Authorization Domain ' +
    'Name being validated".',
  applies: (ctx) => {
    const m = ctx.plan.defaults?.validationMethod;
    return (m === "email" || m === "phone") && ctx.certificates.some((c) => c.caType === "public");
  },
  check(ctx) {
    const method = ctx.plan.defaults?.validationMethod as "email" | "phone";
    const info = VALIDATION_METHOD_INFO[method];
    const end = info.endsOn as string;
    const how = method === "email" ? "by email" : "by phone";
    const instead =
      "Plan a DNS TXT record with the CA's value, a persistent record at _validation-persist.<domain> (the CA " +
      "validates it again without a new value each time), or a file on the web server / an ACME challenge.";
    if (ctx.issueDate >= end) {
      return [
        {
          severity: "error",
          message:
            `The plan relies on domain validation ${how}, but from ${longDate(end)} a public CA must not rely ` +
            `on it, nor on earlier validations made that way (CA/Browser Forum Baseline Requirements). On ` +
            `${longDate(ctx.issueDate)} the order cannot be validated ${how}. ${instead}`,
        },
      ];
    }
    return [
      {
        message:
          `The plan relies on domain validation ${how}. The Baseline Requirements discourage it since March 15, ` +
          `2026, and from ${longDate(end)} a public CA must not rely on it, nor on earlier validations made that ` +
          `way: renewals after that date need another method. ${instead}`,
      },
    ];
  },
};
