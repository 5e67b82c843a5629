import { describe, expect, it } from "vitest";
import type { SfbEdgeComponent } from "../../types";
import { PKI_CN_IN_SAN_1 } from "./pki-cn-in-san-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// CA/Browser Forum BR §7.1.4.3 (https://cabforum.org/baseline-requirements/): the CN "If present, this attribute
// MUST contain exactly one entry that is one of the values contained in the Certificate's subjectAltName extension".
//
// Lync Server 2013, "Certificate summary - Single consolidated edge with public IP addresses"
// (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses):
//   | Single consolidated Edge (External Edge) | SN sip.contoso.com | SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |
//   "The subject name is replicated in the SAN and must be present for correct operation."
const edge: SfbEdgeComponent = {
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.contoso.com",
  webConfEdgeFqdn: "webcon.contoso.com",
  internalFqdn: "lsedge.contoso.net",
};
const edgeExternal = makeCert({
  id: "edge/external",
  componentId: "edge",
  componentType: "sfb-edge",
  profile: "sfb-edge-external",
  cn: "sip.contoso.com",
  sans: ["webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com"],
});

describe("PKI-CN-IN-SAN-1", () => {
  it("is quiet for the Microsoft Edge external table, where the SN is replicated in the SAN", () => {
    const plan = makePlan({ sipDomains: ["contoso.com", "fabrikam.com"], components: [edge] });
    expect(run(PKI_CN_IN_SAN_1, plan, [edgeExternal])).toEqual([]);
  });

  it("fires on an existing public certificate whose CN is not a SAN", () => {
    const plan = makePlan({
      existing: [existing({ certificate: "web", subjectCN: "www.contoso.com", sans: ["contoso.com"] })],
    });
    const [f, ...rest] = run(PKI_CN_IN_SAN_1, plan);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "PKI-CN-IN-SAN-1",
      severity: "error",
      target: "existing",
      certificate: "web",
      names: ["www.contoso.com"],
    });
    expect(f?.message).toContain("A public CA refuses to issue it");
    expect(f?.message).toContain("The renewal must list www.contoso.com as a SAN");
  });

  it("fires on a planned public certificate whose CN was left out of the SANs", () => {
    const cert = makeCert({ id: "web", cn: "www.contoso.com", sans: ["contoso.com"] });
    const [f] = run(PKI_CN_IN_SAN_1, makePlan(), [cert]);
    expect(f).toMatchObject({ severity: "error", target: "plan", certificate: "web" });
    expect(f?.message).toContain("Add www.contoso.com to the SAN list.");
  });

  it("applies to the Edge external certificate even from an internal CA", () => {
    const plan = makePlan({
      components: [edge],
      existing: [
        existing({
          certificate: "edge/external",
          subjectCN: "sip.contoso.com",
          sans: ["webcon.contoso.com", "sip.fabrikam.com"],
          caType: "internal",
        }),
      ],
    });
    const findings = run(PKI_CN_IN_SAN_1, plan, [{ ...edgeExternal, caType: "internal" }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("validate only its SANs");
  });

  it("does not apply to an internal-CA certificate of another kind (TLS-RFC6125-1 speaks there)", () => {
    const cert = makeCert({
      id: "app",
      cn: "app.contoso.com",
      sans: ["other.contoso.com"],
      caType: "internal",
    });
    expect(run(PKI_CN_IN_SAN_1, makePlan(), [cert])).toEqual([]);
  });

  it("compares identities, not spellings: case, a trailing dot and IPv6 compression do not matter", () => {
    const plan = makePlan({
      existing: [
        existing({ certificate: "a", subjectCN: "WWW.Contoso.com.", sans: ["www.contoso.com"] }),
        existing({ certificate: "b", subjectCN: "2001:DB8::1", sans: ["2001:db8:0:0:0:0:0:1"] }),
      ],
    });
    expect(run(PKI_CN_IN_SAN_1, plan)).toEqual([]);
  });
});
