import { describe, expect, it } from "vitest";
import { TEAMS_DR_DOMAIN_1 } from "./teams-dr-domain-1";
import { runSbc, sbcPlan, teams } from "./testing";

// Plan Direct Routing, "SBC domain names" (2024-06-17): contoso.com — valid names sbc1.contoso.com,
// ssbcs15.contoso.com, europe.contoso.com; contoso.onmicrosoft.com — "Using *.onmicrosoft.com domains isn't supported
// for SBC names"; sbc1.sip.contoso.com needs sip.contoso.com registered in the tenant.
describe("TEAMS-DR-DOMAIN-1", () => {
  it("quiet: Microsoft's valid names under the registered contoso.com", () => {
    const plan = sbcPlan([
      teams({ sbcs: ["sbc1.contoso.com", "ssbcs15.contoso.com", "europe.contoso.com"] }),
    ]);
    expect(runSbc(TEAMS_DR_DOMAIN_1, plan)).toEqual([]);
  });

  it("error: sbc1.sip.contoso.com before sip.contoso.com is registered; quiet once it is", () => {
    const f = runSbc(TEAMS_DR_DOMAIN_1, sbcPlan([teams({ sbcs: ["sbc1.sip.contoso.com"] })]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      certificate: "dr/sbc1.sip.contoso.com",
      names: ["sbc1.sip.contoso.com"],
    });
    expect(f[0]?.message).toContain("Register sip.contoso.com");
    const registered = teams({
      sbcs: ["sbc1.sip.contoso.com"],
      tenantDomains: ["contoso.com", "sip.contoso.com"],
    });
    expect(runSbc(TEAMS_DR_DOMAIN_1, sbcPlan([registered]))).toEqual([]);
  });

  it("error: an SBC under contoso.onmicrosoft.com, and onmicrosoft.com listed as a tenant domain", () => {
    const f = runSbc(
      TEAMS_DR_DOMAIN_1,
      sbcPlan([
        teams({
          sbcs: ["sbc1.contoso.onmicrosoft.com"],
          tenantDomains: ["contoso.onmicrosoft.com"],
          certificate: "shared",
        }),
      ]),
    );
    expect(f.map((x) => `${x.severity} ${x.certificate ?? "-"} ${x.names}`)).toEqual([
      "error - contoso.onmicrosoft.com",
      "error dr sbc1.contoso.onmicrosoft.com",
    ]);
  });

  it("error: a domain the tenant does not have; warning when no tenant domain is listed", () => {
    const f = runSbc(TEAMS_DR_DOMAIN_1, sbcPlan([teams({ sbcs: ["sbc1.fabrikam.com"] })]));
    expect(f[0]).toMatchObject({ severity: "error" });
    expect(f[0]?.message).toContain("not among the tenant's registered domains");
    const w = runSbc(TEAMS_DR_DOMAIN_1, sbcPlan([teams({ sbcs: ["sbc1.contoso.com"], tenantDomains: [] })]));
    expect(w.map((x) => x.severity)).toEqual(["warning"]);
  });

  it("quiet for a Webex Local Gateway", () => {
    const plan = sbcPlan([
      teams({ purpose: "webex-local-gateway", vendor: "cisco-cube", tenantDomains: [] }),
    ]);
    expect(runSbc(TEAMS_DR_DOMAIN_1, plan)).toEqual([]);
  });
});
