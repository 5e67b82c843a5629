import { describe, expect, it } from "vitest";
import { DMZ, DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_RENEW_1 } from "./pexip-renew-1";
import { runRule } from "./testing";

// Pexip's documented certificate (https://docs.pexip.com/lync/dmz_multi_domain.htm) covers px01 and px02; a third
// node px03 was added since.
describe("PEXIP-RENEW-1", () => {
  const threeNodes = {
    ...DMZ,
    nodes: [...DMZ.nodes, { fqdn: "px03.vc.example.com", sipTlsFqdn: "px03.vc.example.com" }],
  };

  it("warns that the existing certificate lacks the new node", () => {
    const f = runRule(PEXIP_RENEW_1, dmzPlan({ components: [threeNodes], existing: [DMZ_EXISTING] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "warning",
      target: "existing",
      certificate: "px",
      names: ["px03.vc.example.com"],
    });
    expect(f[0]?.message).toContain("all 4 names");
  });

  it("silent when every node is covered, and never on the plan itself", () => {
    expect(runRule(PEXIP_RENEW_1, dmzPlan({ existing: [DMZ_EXISTING] }))).toEqual([]);
    expect(runRule(PEXIP_RENEW_1, dmzPlan({ components: [threeNodes] }))).toEqual([]);
  });
});
