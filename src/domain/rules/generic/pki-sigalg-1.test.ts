import { describe, expect, it } from "vitest";
import type { SfbSbaComponent } from "../../types";
import { PKI_SIGALG_1 } from "./pki-sigalg-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Lync Server 2013 certificate infrastructure requirements: "Using the RSASSA-PSS signature algorithm is
// unsupported, and may lead to errors on login and call forwarding issues". The plan has no signature algorithm:
// an info says what to check by hand.
const sba: SfbSbaComponent = { type: "sfb-sba", id: "sba", fqdn: "sba01.contoso.net" };

describe("PKI-SIGALG-1", () => {
  it("tells the admin to check the CA does not sign with RSASSA-PSS, for a planned SBA certificate", () => {
    const cert = makeCert({
      id: "sba",
      componentId: "sba",
      componentType: "sfb-sba",
      profile: "sfb-sba",
      cn: "sba01.contoso.net",
      sans: ["sip.contoso.com", "sip.fabrikam.com"],
      caType: "internal",
    });
    const [f] = run(PKI_SIGALG_1, makePlan({ components: [sba] }), [cert]);
    expect(f).toMatchObject({ rule: "PKI-SIGALG-1", severity: "info", target: "plan" });
    expect(f?.message).toContain("RSASSA-PSS");
    expect(f?.message).toContain("AlternateSignatureAlgorithm");
  });

  it("asks to look at the signature algorithm of an existing SfB certificate", () => {
    const plan = makePlan({
      components: [sba],
      existing: [existing({ certificate: "sba", sans: ["sip.contoso.com"] })],
    });
    const [f] = run(PKI_SIGALG_1, plan);
    expect(f).toMatchObject({ target: "existing" });
    expect(f?.message).toContain("Open the existing certificate and check its signature algorithm");
  });

  it("does not apply outside Skype for Business / Lync", () => {
    expect(run(PKI_SIGALG_1, makePlan(), [makeCert({ id: "web", sans: ["www.contoso.com"] })])).toEqual([]);
  });
});
