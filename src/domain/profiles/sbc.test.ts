import { describe, expect, it } from "vitest";
import { matchesName } from "../names";
import type { Plan, SbcComponent } from "../types";
import { planSbc, sbcWildcard } from "./sbc";

// Microsoft Learn, Plan Direct Routing (MicrosoftDocs/OfficeDocs-SkypeForBusiness Teams/direct-routing-plan.md,
// ms.date 06/17/2024): "The certificate needs to have the SBC FQDN as the common name (CN) or the subject alternative
// name (SAN) field." / "An example would be using *.contoso.com, which would match the SBC FQDN sbc.contoso.com, but
// wouldn't match with sbc.test.contoso.com." / "Also make sure that the Extended Key Usage (EKU) extension of your
// certificate includes Server Authentication and Client Authentication."
const plan: Plan = {
  format: "san-planner/plan",
  version: 1,
  name: "t",
  issueDate: "2026-12-07",
  sipDomains: ["contoso.com"],
  subject: { O: "Contoso Ltd", OU: "IT", C: "US" },
  defaults: { caType: "public" },
  components: [],
};
const ctx = { plan, issueDate: "2026-12-07" };
const sbc = (over: Partial<SbcComponent>): SbcComponent => ({
  type: "sbc",
  id: "dr",
  purpose: "teams-direct-routing",
  vendor: "audiocodes",
  sbcs: ["sbc1.contoso.com", "sbc2.contoso.com"],
  tenantDomains: ["contoso.com"],
  ...over,
});

describe("SBC certificates", () => {
  it("Microsoft's wildcard example, exactly: *.contoso.com matches sbc.contoso.com, not sbc.test.contoso.com", () => {
    expect(matchesName("*.contoso.com", "sbc.contoso.com")).toBe(true);
    expect(matchesName("*.contoso.com", "sbc.test.contoso.com")).toBe(false);
    const [cert] = planSbc(
      sbc({ sbcs: ["sbc.contoso.com", "sbc.test.contoso.com"], certificate: "wildcard" }),
      ctx,
    );
    expect(cert?.subject.CN).toBe("*.contoso.com");
    expect(cert?.sans.map((s) => s.value)).toEqual(["*.contoso.com"]);
    expect(cert?.sans[0]?.reasons[0]).toContain("sbc.contoso.com");
    expect(cert?.notIncluded?.map((n) => n.value)).toEqual(["sbc.test.contoso.com"]);
    expect(cert?.notIncluded?.[0]?.reason).toContain("exactly one label");
    expect(cert?.installOn).toEqual(["sbc.contoso.com", "sbc.test.contoso.com"]);
  });

  it("per-SBC (the default): one certificate per SBC, CN = the SBC FQDN, Server and Client Authentication", () => {
    const certs = planSbc(sbc({}), ctx);
    expect(certs.map((c) => [c.id, c.subject.CN, c.sans.map((s) => s.value), c.installOn])).toEqual([
      ["dr/sbc1.contoso.com", "sbc1.contoso.com", ["sbc1.contoso.com"], ["sbc1.contoso.com"]],
      ["dr/sbc2.contoso.com", "sbc2.contoso.com", ["sbc2.contoso.com"], ["sbc2.contoso.com"]],
    ]);
    for (const c of certs) {
      expect(c.eku).toEqual(["serverAuth", "clientAuth"]);
      expect(c.profile).toBe("sbc-teams");
      expect(c.sbcVendor).toBe("audiocodes");
      expect(c.exportableKey).toBe(false);
      // public CA: no OU (CA/B Forum BR)
      expect(c.subject).toEqual({ CN: c.subject.CN, O: "Contoso Ltd", C: "US" });
    }
  });

  it("shared: CN = the first SBC, SANs = every SBC, one exportable key", () => {
    const [c] = planSbc(sbc({ certificate: "shared", sbcs: ["sbc1.contoso.com", "SBC2.contoso.com."] }), ctx);
    expect(c?.id).toBe("dr");
    expect(c?.subject.CN).toBe("sbc1.contoso.com");
    expect(c?.sans.map((s) => s.value)).toEqual(["sbc1.contoso.com", "sbc2.contoso.com"]);
    expect(c?.exportableKey).toBe(true);
  });

  it("Webex Local Gateway and SIP trunk: Server Authentication only, their own profiles", () => {
    const [lgw] = planSbc(
      sbc({ purpose: "webex-local-gateway", vendor: "cisco-cube", sbcs: ["cube1.contoso.com"] }),
      ctx,
    );
    expect([lgw?.profile, lgw?.eku]).toEqual(["sbc-webex-lgw", ["serverAuth"]]);
    const [trunk] = planSbc(sbc({ purpose: "sip-trunk", sbcs: ["sbc1.contoso.com"] }), ctx);
    expect([trunk?.profile, trunk?.eku]).toEqual(["sbc-sip-trunk", ["serverAuth"]]);
  });

  it("the wildcard is one label above the first SBC", () => {
    expect(sbcWildcard(sbc({ sbcs: ["sbc1.sip.contoso.com"] }))).toBe("*.sip.contoso.com");
  });
});
