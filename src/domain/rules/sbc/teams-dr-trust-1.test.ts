import { describe, expect, it } from "vitest";
import { TEAMS_DR_TRUST_1 } from "./teams-dr-trust-1";
import { runSbc, sbcPlan, teams } from "./testing";

// Plan Direct Routing (2024-06-17): "you must install the Baltimore CyberTrust Root and the DigiCert Global Root G2
// certificates in the SBC Trusted Root Store of the Teams TLS context."
describe("TEAMS-DR-TRUST-1", () => {
  it("info per Teams component: Microsoft's roots, with the page's date", () => {
    const f = runSbc(TEAMS_DR_TRUST_1, sbcPlan([teams()]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", names: ["sbc1.contoso.com", "sbc2.contoso.com"] });
    for (const s of [
      "Baltimore CyberTrust Root",
      "DigiCert Global Root G2",
      "DigiCert Global Root CA",
      "June 17, 2024",
    ])
      expect(f[0]?.message).toContain(s);
    expect(f[0]?.message).toContain("sip.pstnhub.microsoft.com");
  });

  it("quiet without a Teams SBC", () => {
    expect(runSbc(TEAMS_DR_TRUST_1, sbcPlan([teams({ purpose: "webex-local-gateway" })]))).toEqual([]);
  });
});
