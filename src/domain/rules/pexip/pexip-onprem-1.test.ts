import { describe, expect, it } from "vitest";
import { ON_PREM, onPremPlan } from "./fixtures";
import { PEXIP_ONPREM_1 } from "./pexip-onprem-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/on_prem_example.htm: "Pexip Conferencing Nodes confpool-eu.vc.example.com containing:
// conf01.vc.example.com conf02.vc.example.com conf03.vc.example.com"
const GOOD = {
  certificate: "pexip-eu",
  subjectCN: "confpool-eu.vc.example.com",
  sans: [
    "confpool-eu.vc.example.com",
    "conf01.vc.example.com",
    "conf02.vc.example.com",
    "conf03.vc.example.com",
  ],
  eku: ["serverAuth", "clientAuth"],
};

describe("PEXIP-ONPREM-1", () => {
  it("silent on the documented pool, planned and existing", () => {
    expect(runRule(PEXIP_ONPREM_1, onPremPlan({ existing: [GOOD] }))).toEqual([]);
  });

  it("error when the Trusted Application Pool FQDN is missing", () => {
    const { poolFqdn: _, ...noPool } = ON_PREM;
    const f = runRule(PEXIP_ONPREM_1, onPremPlan({ components: [noPool] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "plan" });
    expect(f[0]?.message).toContain("conf01.vc.example.com");
  });

  it("error when an existing certificate lacks the pool FQDN, warning when only the CN differs", () => {
    const lacking = { ...GOOD, subjectCN: "conf01.vc.example.com", sans: GOOD.sans.slice(1) };
    const cnOnly = { ...GOOD, certificate: "pexip-eu", subjectCN: "conf01.vc.example.com" };
    expect(runRule(PEXIP_ONPREM_1, onPremPlan({ existing: [lacking] })).map((f) => f.severity)).toEqual([
      "error",
    ]);
    expect(runRule(PEXIP_ONPREM_1, onPremPlan({ existing: [cnOnly] })).map((f) => f.severity)).toEqual([
      "warning",
    ]);
  });
});
