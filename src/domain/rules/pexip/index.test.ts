import { describe, expect, it } from "vitest";
import { runRules } from "../engine";
import { DMZ_EXISTING, dmzPlan, onPremPlan } from "./fixtures";
import { PEXIP_RULES } from "./index";
import { ruleContext } from "./testing";

describe("PEXIP_RULES", () => {
  it("has one rule per id of RULES.md section C (57–67)", () => {
    expect(PEXIP_RULES.map((r) => r.id)).toEqual([
      "PEXIP-WILDCARD-1",
      "PEXIP-EKU-1",
      "PEXIP-CA-1",
      "PEXIP-UC-1",
      "PEXIP-FQDN-1",
      "PEXIP-FQDN-2",
      "PEXIP-DMZ-1",
      "PEXIP-ONPREM-1",
      "PEXIP-POOL-DOMAIN-1",
      "PEXIP-RENEW-1",
      "PEXIP-KEY-1",
    ]);
    for (const r of PEXIP_RULES) expect(r.source.length).toBeGreaterThan(20);
  });

  it("only the install hint on Pexip's documented DMZ example (planned and existing)", () => {
    const f = runRules(PEXIP_RULES, ruleContext(dmzPlan({ existing: [DMZ_EXISTING] })));
    expect(f.map((x) => `${x.rule}/${x.severity}/${x.target}`)).toEqual(["PEXIP-UC-1/info/plan"]);
  });

  it("only the install hint on Pexip's documented on-prem pool", () => {
    const f = runRules(PEXIP_RULES, ruleContext(onPremPlan()));
    expect(f.map((x) => `${x.rule}/${x.severity}`)).toEqual(["PEXIP-UC-1/info"]);
  });
});
