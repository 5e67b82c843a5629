import { describe, expect, it } from "vitest";
import { DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_WILDCARD_1 } from "./pexip-wildcard-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/certificates.htm: "Wildcard TLS certificates are not supported in SIP or
// Microsoft Skype for Business / Lync environments (as per RFC 5922)."
describe("PEXIP-WILDCARD-1", () => {
  it("fires on an existing wildcard certificate for the nodes", () => {
    const f = runRule(
      PEXIP_WILDCARD_1,
      dmzPlan({
        existing: [
          { ...DMZ_EXISTING, subjectCN: "*.vc.example.com", sans: ["*.vc.example.com", "vc.example.com"] },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "PEXIP-WILDCARD-1",
      severity: "error",
      target: "existing",
      certificate: "px",
    });
    expect(f[0]?.names).toEqual(["*.vc.example.com"]);
  });

  it("does not fire on Pexip's documented certificate (planned or existing)", () => {
    expect(runRule(PEXIP_WILDCARD_1, dmzPlan({ existing: [DMZ_EXISTING] }))).toEqual([]);
  });
});
