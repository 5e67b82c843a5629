import { describe, expect, it } from "vitest";
import { DMZ, dmzPlan, ON_PREM, onPremPlan } from "./fixtures";
import { PEXIP_CA_1 } from "./pexip-ca-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/certificates.htm: "for a public DMZ deployment of Pexip Infinity, a certificate from
// a public TLS/SSL certificate vendor/CA such as for instance Verisign, Comodo or GlobalSign is required."
describe("PEXIP-CA-1", () => {
  it("error: public DMZ certificate from an internal CA", () => {
    const f = runRule(PEXIP_CA_1, dmzPlan({ components: [{ ...DMZ, caType: "internal" }] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", certificate: "px", target: "plan" });
  });

  it("info: on-prem certificate from a public CA", () => {
    const f = runRule(PEXIP_CA_1, onPremPlan({ components: [{ ...ON_PREM, caType: "public" }] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", certificate: "pexip-eu" });
  });

  it("silent for public DMZ + public CA and on-prem + internal CA", () => {
    expect(runRule(PEXIP_CA_1, dmzPlan())).toEqual([]);
    expect(runRule(PEXIP_CA_1, onPremPlan())).toEqual([]);
  });
});
