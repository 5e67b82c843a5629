import { describe, expect, it } from "vitest";
import { DMZ, DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_DMZ_1 } from "./pexip-dmz-1";
import { runRule } from "./testing";

// https://docs.pexip.com/lync/dmz_multi_domain.htm: "commonName = px.vc.example.com altNames = px.vc.example.com,
// px01.vc.example.com, px02.vc.example.com, vc.example.com"
describe("PEXIP-DMZ-1", () => {
  it("silent on Pexip's example, planned and existing", () => {
    expect(runRule(PEXIP_DMZ_1, dmzPlan({ existing: [DMZ_EXISTING] }))).toEqual([]);
  });

  it("error when the _sipfederationtls._tcp record is missing", () => {
    const f = runRule(PEXIP_DMZ_1, dmzPlan({ srv: [] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      target: "plan",
      names: ["_sipfederationtls._tcp.vc.example.com"],
    });
    expect(f[0]?.message).toContain("px.vc.example.com");
  });

  it("error when a pool FQDN override leaves the SRV target off the certificate", () => {
    const f = runRule(PEXIP_DMZ_1, dmzPlan({ components: [{ ...DMZ, poolFqdn: "pexip.vc.example.com" }] }));
    expect(f).toHaveLength(1);
    expect(f[0]?.names).toEqual(["px.vc.example.com"]);
  });

  it("error when an existing certificate lacks the SIP domain; warning when only its CN differs", () => {
    const f = runRule(
      PEXIP_DMZ_1,
      dmzPlan({
        existing: [
          {
            ...DMZ_EXISTING,
            subjectCN: "px01.vc.example.com",
            sans: ["px01.vc.example.com", "px02.vc.example.com", "px.vc.example.com"],
          },
        ],
      }),
    );
    expect(f.map((x) => [x.severity, x.names])).toEqual([
      ["error", ["vc.example.com"]],
      ["warning", ["px01.vc.example.com"]],
    ]);
  });

  it("error when there is no SIP domain at all", () => {
    const f = runRule(PEXIP_DMZ_1, dmzPlan({ sipDomains: [], srv: [] }));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain("No SIP domain");
  });
});
