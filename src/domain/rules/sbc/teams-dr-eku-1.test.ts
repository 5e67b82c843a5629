import { describe, expect, it } from "vitest";
import { PKI_CLIENTAUTH_PUBLIC_1 } from "../generic/pki-clientauth-public-1";
import { TEAMS_DR_EKU_1 } from "./teams-dr-eku-1";
import { runSbc, sbcContext, sbcPlan, teams } from "./testing";

// Plan Direct Routing (2024-06-17): "Also make sure that the Extended Key Usage (EKU) extension of your certificate
// includes Server Authentication and Client Authentication."
const existing = (eku: string[]) =>
  sbcPlan([teams()], {
    existing: [
      { certificate: "dr/sbc1.contoso.com", subjectCN: "sbc1.contoso.com", sans: ["sbc1.contoso.com"], eku },
    ],
  });

describe("TEAMS-DR-EKU-1", () => {
  it("the planned Teams certificate asks for Server and Client Authentication: quiet", () => {
    const ctx = sbcContext(sbcPlan([teams()]));
    expect(ctx.certificates.map((c) => c.eku)).toEqual([
      ["serverAuth", "clientAuth"],
      ["serverAuth", "clientAuth"],
    ]);
    expect(runSbc(TEAMS_DR_EKU_1, sbcPlan([teams()]))).toEqual([]);
  });

  it("error: an existing certificate without Server Authentication", () => {
    const f = runSbc(TEAMS_DR_EKU_1, existing(["clientAuth"]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "existing" });
  });

  it("warning: Server Authentication only, quoting Microsoft's page and its date", () => {
    const f = runSbc(TEAMS_DR_EKU_1, existing(["TLS Web Server Authentication"]));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe("warning");
    expect(f[0]?.message).toContain("June 17, 2024");
    expect(f[0]?.message).toContain("March 19, 2024");
  });

  it("together with the public Client Authentication rule: Teams advice, Microsoft's quote, no private-CA way out", () => {
    const [w] = runSbc(PKI_CLIENTAUTH_PUBLIC_1, sbcPlan([teams({ sbcs: ["sbc1.contoso.com"] })]));
    expect(w?.severity).toBe("warning");
    expect(w?.message).toContain("Microsoft's SIP proxies");
    expect(w?.message).toContain("your own CA is no way out");
    expect(w?.source).toContain("Server Authentication and Client Authentication");
    const [e] = runSbc(
      PKI_CLIENTAUTH_PUBLIC_1,
      sbcPlan([teams({ sbcs: ["sbc1.contoso.com"] })], { issueDate: "2027-03-15" }),
    );
    expect(e?.severity).toBe("error");
  });

  it("quiet for a SIP trunk SBC with Server Authentication only", () => {
    const plan = sbcPlan([teams({ purpose: "sip-trunk" })]);
    expect(sbcContext(plan).certificates[0]?.eku).toEqual(["serverAuth"]);
    expect(runSbc(TEAMS_DR_EKU_1, plan)).toEqual([]);
    expect(runSbc(PKI_CLIENTAUTH_PUBLIC_1, plan)).toEqual([]);
  });
});
