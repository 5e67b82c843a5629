import { describe, expect, it } from "vitest";
import { DMZ, DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_UC_1 } from "./pexip-uc-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/certificates.htm: "both recommend that the same single certificate is installed on
// all Conferencing Nodes."
describe("PEXIP-UC-1", () => {
  it("tells where the one planned certificate goes", () => {
    const f = runRule(PEXIP_UC_1, dmzPlan());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", certificate: "px", target: "plan" });
    expect(f[0]?.names).toEqual(["px01.vc.example.com", "px02.vc.example.com"]);
  });

  it("flags an existing per-node certificate, not the shared one", () => {
    const perNode = { ...DMZ_EXISTING, certificate: "px/px01.vc.example.com" };
    const f = runRule(PEXIP_UC_1, dmzPlan({ existing: [DMZ_EXISTING, perNode] }));
    const existing = f.filter((x) => x.target === "existing");
    expect(existing).toHaveLength(1);
    expect(existing[0]).toMatchObject({
      certificate: "px/px01.vc.example.com",
      names: ["px01.vc.example.com"],
    });
  });

  it("does not apply to other platforms", () => {
    const plan = dmzPlan({
      components: [{ type: "expressway", id: "e", role: "e", peers: ["e1.example.com"] }],
    });
    expect(runRule(PEXIP_UC_1, plan)).toEqual([]);
  });
});

describe("PEXIP-UC-1 wording", () => {
  it("names the single node of a one-node pool", () => {
    const f = runRule(
      PEXIP_UC_1,
      dmzPlan({ components: [{ ...DMZ, nodes: [{ fqdn: "px01.vc.example.com" }] }] }),
    );
    expect(f[0]?.message).toContain("assign it to the Conferencing Node px01.vc.example.com");
  });
});
