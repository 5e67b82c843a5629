import { describe, expect, it } from "vitest";
import { DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_EKU_1 } from "./pexip-eku-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/certificates.htm: "We strongly recommend that all Pexip Infinity Conferencing Node
// certificates should have both "Server Authentication" and "Client Authentication" Enhanced Key Usage properties."
describe("PEXIP-EKU-1", () => {
  it("warns when an existing node certificate has Server Authentication only", () => {
    const f = runRule(PEXIP_EKU_1, dmzPlan({ existing: [{ ...DMZ_EXISTING, eku: ["serverAuth"] }] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", target: "existing", names: ["clientAuth"] });
    expect(f[0]?.message).toContain("Client Authentication");
  });

  it("accepts OIDs and does not fire on the planned certificate", () => {
    const existing = { ...DMZ_EXISTING, eku: ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"] };
    expect(runRule(PEXIP_EKU_1, dmzPlan({ existing: [existing] }))).toEqual([]);
  });
});
