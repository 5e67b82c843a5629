import { describe, expect, it } from "vitest";
import type { CiscoUcComponent, SfbMediationComponent } from "../../types";
import { PKI_CDP_1 } from "./pki-cdp-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Lync Server 2013 certificate infrastructure requirements: "All server certificates must contain a CRL
// Distribution Point (CDP)." RULES.md 14: for Cisco, "CDP or AIA/OCSP HTTP URL, otherwise Jabber cannot check
// revocation". A plan holds no CDP: the rule is an info saying what to check by hand.
const med: SfbMediationComponent = {
  type: "sfb-mediation",
  id: "med",
  poolFqdn: "medsvr-pool.contoso.net",
  servers: ["medsvr01.contoso.net"],
};
const tomcat: CiscoUcComponent = {
  type: "cisco-uc",
  id: "cucm",
  product: "cucm",
  purpose: "tomcat",
  distribution: "multi-server",
  publisher: "cucm-pub.contoso.com",
  subscribers: ["cucm-sub1.contoso.com"],
};

describe("PKI-CDP-1", () => {
  it("asks to check the internal CA's HTTP CDP for a Skype for Business Mediation certificate", () => {
    const cert = makeCert({
      id: "med/medsvr01.contoso.net",
      componentId: "med",
      componentType: "sfb-mediation",
      profile: "sfb-mediation",
      sans: ["medsvr-pool.contoso.net", "medsvr01.contoso.net"],
      caType: "internal",
    });
    const [f] = run(PKI_CDP_1, makePlan({ components: [med] }), [cert]);
    expect(f).toMatchObject({ rule: "PKI-CDP-1", severity: "info", certificate: "med/medsvr01.contoso.net" });
    expect(f?.message).toContain("Check by hand");
    expect(f?.message).toContain("HTTP URL (not only LDAP)");
  });

  it("asks to check a CDP or OCSP URL on the existing Jabber-facing CUCM Tomcat certificate", () => {
    const plan = makePlan({
      components: [tomcat],
      existing: [existing({ certificate: "cucm", sans: ["cucm-pub.contoso.com", "cucm-sub1.contoso.com"] })],
    });
    const [f] = run(PKI_CDP_1, plan);
    expect(f).toMatchObject({ severity: "info", target: "existing" });
    expect(f?.message).toContain("Jabber");
    expect(f?.message).toContain("Authority Information Access (OCSP)");
  });

  it("does not apply to a custom certificate or a non-Jabber Cisco one", () => {
    const s2s = makeCert({
      id: "x",
      componentType: "cisco-uc",
      profile: "cisco-cup-xmpp-s2s",
      sans: ["imp.contoso.com"],
    });
    expect(run(PKI_CDP_1, makePlan(), [makeCert({ id: "web", sans: ["www.contoso.com"] }), s2s])).toEqual([]);
  });
});
