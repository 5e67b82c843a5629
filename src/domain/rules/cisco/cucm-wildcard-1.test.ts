import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CUCM_WILDCARD_1 } from "./cucm-wildcard-1";
import { ciscoPlan, cucm } from "./fixtures";

// CUCM 15 Security Guide: "Unified Communications Manager does not support certificates with wildcard entry.
// For example, "*.cisco.com"."
describe("CUCM-WILDCARD-1", () => {
  const wildcard = { certificate: "cucm", subjectCN: "*.example.com", sans: ["*.example.com"], eku: [] };

  it("fires on a wildcard certificate for CUCM", () => {
    const f = runRule(CUCM_WILDCARD_1, ciscoPlan({ components: [cucm()], existing: [wildcard] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", names: ["*.example.com"] });
  });

  it("silent for the plan, and outside CUCM (Unity Connection)", () => {
    expect(runRule(CUCM_WILDCARD_1, ciscoPlan({ components: [cucm()] }))).toEqual([]);
    expect(
      runRule(
        CUCM_WILDCARD_1,
        ciscoPlan({ components: [cucm({ id: "cucm", product: "cuc" })], existing: [wildcard] }),
      ),
    ).toEqual([]);
  });
});
