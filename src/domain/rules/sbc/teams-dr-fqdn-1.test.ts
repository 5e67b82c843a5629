import { describe, expect, it } from "vitest";
import { TEAMS_DR_FQDN_1 } from "./teams-dr-fqdn-1";
import { runSbc, sbcPlan, teams } from "./testing";

// Plan Direct Routing (2024-06-17): "An example would be using *.contoso.com, which would match the SBC FQDN
// sbc.contoso.com, but wouldn't match with sbc.test.contoso.com."
describe("TEAMS-DR-FQDN-1", () => {
  it("Microsoft's example: *.contoso.com covers sbc.contoso.com, not sbc.test.contoso.com", () => {
    const ok = runSbc(
      TEAMS_DR_FQDN_1,
      sbcPlan([teams({ sbcs: ["sbc.contoso.com"], certificate: "wildcard" })]),
    );
    expect(ok).toEqual([]);
    const f = runSbc(
      TEAMS_DR_FQDN_1,
      sbcPlan([teams({ sbcs: ["sbc.contoso.com", "sbc.test.contoso.com"], certificate: "wildcard" })]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", certificate: "dr", names: ["sbc.test.contoso.com"] });
    expect(f[0]?.message).toContain("exactly one label");
    expect(f[0]?.source).toContain("wouldn't match with sbc.test.contoso.com");
  });

  it("fires for an existing certificate that does not name its SBC", () => {
    const plan = sbcPlan([teams()], {
      existing: [
        {
          certificate: "dr/sbc1.contoso.com",
          subjectCN: "sbc2.contoso.com",
          sans: ["sbc2.contoso.com"],
          eku: ["serverAuth", "clientAuth"],
        },
      ],
    });
    const f = runSbc(TEAMS_DR_FQDN_1, plan);
    expect(f.map((x) => `${x.target} ${x.certificate} ${x.names}`)).toEqual([
      "existing dr/sbc1.contoso.com sbc1.contoso.com",
    ]);
  });

  it("quiet: per-SBC and shared certificates name every SBC (CN or SAN)", () => {
    expect(runSbc(TEAMS_DR_FQDN_1, sbcPlan([teams()]))).toEqual([]);
    expect(runSbc(TEAMS_DR_FQDN_1, sbcPlan([teams({ certificate: "shared" })]))).toEqual([]);
  });

  it("quiet for other SBC purposes", () => {
    const plan = sbcPlan([
      teams({ purpose: "sip-trunk", sbcs: ["a.contoso.com", "b.x.contoso.com"], certificate: "wildcard" }),
    ]);
    expect(runSbc(TEAMS_DR_FQDN_1, plan)).toEqual([]);
  });
});
