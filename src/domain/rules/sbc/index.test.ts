import { describe, expect, it } from "vitest";
import { runRules } from "../engine";
import { SBC_RULES } from "./index";
import { sbcContext, sbcPlan, teams } from "./testing";

describe("SBC_RULES", () => {
  it("one rule per id of the SBC section, each with a quoted source", () => {
    expect(SBC_RULES.map((r) => r.id)).toEqual([
      "TEAMS-DR-FQDN-1",
      "TEAMS-DR-DOMAIN-1",
      "TEAMS-DR-CA-1",
      "TEAMS-DR-EKU-1",
      "TEAMS-DR-TRUST-1",
      "WEBEX-LGW-TRUST-1",
    ]);
    for (const r of SBC_RULES) expect(r.source).toMatch(/["“]/);
  });

  it("Microsoft's own example plan: only the trust checklist", () => {
    const f = runRules(SBC_RULES, sbcContext(sbcPlan([teams({ certificate: "wildcard" })])));
    expect(f.map((x) => `${x.rule}/${x.severity}`)).toEqual(["TEAMS-DR-TRUST-1/info"]);
  });
});
