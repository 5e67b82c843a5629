import { describe, expect, it } from "vitest";
import { TEAMS_DR_CA_1 } from "./teams-dr-ca-1";
import { runSbc, sbcPlan, teams } from "./testing";

// Plan Direct Routing (2024-06-17): "Direct Routing SIP interface will only trust certificates that are signed by
// Certificate Authorities (CAs) that are part of the Microsoft Trusted Root Certificate Program."
describe("TEAMS-DR-CA-1", () => {
  it("error for every SBC certificate from an internal CA", () => {
    const f = runSbc(TEAMS_DR_CA_1, sbcPlan([teams({ caType: "internal" })]));
    expect(f.map((x) => `${x.severity} ${x.certificate}`)).toEqual([
      "error dr/sbc1.contoso.com",
      "error dr/sbc2.contoso.com",
    ]);
    expect(f[0]?.message).toContain("Microsoft Trusted Root Program");
  });

  it("quiet for a public CA, and for a SIP trunk SBC from an internal CA", () => {
    expect(runSbc(TEAMS_DR_CA_1, sbcPlan([teams()]))).toEqual([]);
    expect(runSbc(TEAMS_DR_CA_1, sbcPlan([teams({ purpose: "sip-trunk", caType: "internal" })]))).toEqual([]);
  });
});
