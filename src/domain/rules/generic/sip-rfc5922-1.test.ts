import { describe, expect, it } from "vitest";
import type { CiscoUcComponent, ExpresswayComponent, PexipComponent, SfbEdgeComponent } from "../../types";
import { SIP_RFC5922_1 } from "./sip-rfc5922-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// RFC 5922 §6: the provider "MUST ensure the SIP domain used to reach the server appears as an identity in the
// subjectAltName field" (RULES.md 18, summary copy); the platform decides whether that is the SIP domain or the
// SRV target host.
//
// Pexip, https://docs.pexip.com/lync/dmz_multi_domain.htm (PEXIP-DMZ-1):
//   "commonName = px.vc.example.com altNames = px.vc.example.com, px01.vc.example.com, px02.vc.example.com, vc.example.com"
// Lync Server 2013 certificate summary, single consolidated Edge (LYNC-EDGE-EXT-4):
//   | External Edge | SN sip.contoso.com | SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |
//   "For each SIP domain in your organization, you need to add a corresponding FQDN listed in the certificate
//   subject alternative name list."
const pexip: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }],
};
const pexipPlan = makePlan({
  sipDomains: ["vc.example.com"],
  srv: [
    { service: "_sipfederationtls._tcp", domain: "vc.example.com", target: "px.vc.example.com", port: 5061 },
  ],
  components: [pexip],
});
const pexipCert = makeCert({
  id: "px",
  componentId: "px",
  componentType: "pexip",
  profile: "pexip-public-dmz",
  sans: ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
});

const edge: SfbEdgeComponent = {
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.contoso.com",
  webConfEdgeFqdn: "webcon.contoso.com",
  internalFqdn: "lsedge.contoso.net",
};
const edgeCert = makeCert({
  id: "edge/external",
  componentId: "edge",
  componentType: "sfb-edge",
  profile: "sfb-edge-external",
  cn: "sip.contoso.com",
  sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"],
});

describe("SIP-RFC5922-1", () => {
  it("is quiet for Pexip's public DMZ example certificate", () => {
    expect(run(SIP_RFC5922_1, pexipPlan, [pexipCert])).toEqual([]);
  });

  it("fires when an existing Pexip certificate lacks the SIP domain vc.example.com", () => {
    const plan = {
      ...pexipPlan,
      existing: [
        existing({
          certificate: "px",
          subjectCN: "px.vc.example.com",
          sans: ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com"],
        }),
      ],
    };
    const [f, ...rest] = run(SIP_RFC5922_1, plan, [pexipCert]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "SIP-RFC5922-1",
      severity: "error",
      target: "existing",
      names: ["vc.example.com"],
    });
    expect(f?.message).toContain(
      "vc.example.com, the SIP domain vc.example.com, is not a subject alternative name",
    );
    expect(f?.message).toContain("federated Skype for Business / Lync systems calling vc.example.com fail");
  });

  it("is quiet for Microsoft's Edge external table (sip.<domain> for contoso.com and fabrikam.com)", () => {
    const plan = makePlan({ sipDomains: ["contoso.com", "fabrikam.com"], components: [edge] });
    expect(run(SIP_RFC5922_1, plan, [edgeCert])).toEqual([]);
  });

  it("fires on a planned Edge certificate that misses an SRV target, and says a wildcard does not count", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com", "fabrikam.com"],
      srv: [
        {
          service: "_sipfederationtls._tcp",
          domain: "fabrikam.com",
          target: "access.fabrikam.com",
          port: 5061,
        },
      ],
      components: [edge],
      existing: [
        existing({
          certificate: "edge/external",
          subjectCN: "sip.contoso.com",
          sans: ["sip.contoso.com", "webcon.contoso.com", "*.fabrikam.com"],
        }),
      ],
    });
    const findings = run(SIP_RFC5922_1, plan, [edgeCert]);
    // the planned certificate lacks access.fabrikam.com (the SRV target); the existing one only has *.fabrikam.com,
    // but it is only held to the SIP names its planned counterpart carries (none for fabrikam.com)
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ target: "plan", names: ["access.fabrikam.com"] });
    expect(findings[0]?.message).toContain("target of _sipfederationtls._tcp.fabrikam.com");

    const fixed = {
      ...edgeCert,
      sans: [...edgeCert.sans, { type: "dns" as const, value: "access.fabrikam.com", reasons: ["t"] }],
    };
    const [g, ...more] = run(SIP_RFC5922_1, plan, [fixed]);
    expect(more).toEqual([]);
    expect(g).toMatchObject({ target: "existing", names: ["access.fabrikam.com"] });
    expect(g?.message).toContain("*.fabrikam.com does not count: SIP compares names literally");
  });

  it("does not ask the Edge for an SRV target that belongs to the plan's Pexip nodes", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com", "vc.example.com"],
      srv: [
        {
          service: "_sipfederationtls._tcp",
          domain: "vc.example.com",
          target: "px01.vc.example.com",
          port: 5061,
        },
      ],
      components: [edge, pexip],
    });
    const cert = makeCert({ ...edgeCert, sans: ["sip.contoso.com", "webcon.contoso.com"] });
    expect(run(SIP_RFC5922_1, plan, [cert])).toEqual([]);
  });

  it("Expressway-E: a SIP TLS SRV record targeting an alias needs the alias (or the domain) on the certificate", () => {
    const expe: ExpresswayComponent = {
      type: "expressway",
      id: "expe",
      role: "e",
      clusterFqdn: "expe.contoso.com",
      peers: ["expe01.contoso.com"],
      aliases: ["b2b.contoso.com"],
    };
    const plan = makePlan({
      srv: [{ service: "_sips._tcp", domain: "contoso.com", target: "b2b.contoso.com", port: 5061 }],
      components: [expe],
      existing: [
        existing({
          certificate: "expe",
          subjectCN: "expe.contoso.com",
          sans: ["expe.contoso.com", "expe01.contoso.com"],
        }),
      ],
    });
    const planned = makeCert({
      id: "expe",
      componentId: "expe",
      componentType: "expressway",
      profile: "expressway-e",
      sans: ["expe.contoso.com", "expe01.contoso.com", "b2b.contoso.com"],
    });
    const [f, ...rest] = run(SIP_RFC5922_1, plan, [planned]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ target: "existing", names: ["b2b.contoso.com"] });
  });

  it("CUCM CallManager (single-server): the node's own FQDN must be on its certificate", () => {
    const cm: CiscoUcComponent = {
      type: "cisco-uc",
      id: "cm",
      product: "cucm",
      purpose: "callmanager",
      distribution: "single-server",
      publisher: "cucm-pub.contoso.com",
      subscribers: ["cucm-sub1.contoso.com"],
    };
    const plan = makePlan({
      components: [cm],
      existing: [
        existing({ certificate: "cm/cucm-sub1.contoso.com", subjectCN: "cucm-sub1", sans: ["cucm-sub1"] }),
      ],
    });
    const planned = makeCert({
      id: "cm/cucm-sub1.contoso.com",
      componentId: "cm",
      componentType: "cisco-uc",
      profile: "cisco-callmanager",
      sans: ["cucm-sub1.contoso.com"],
      caType: "internal",
    });
    const [f] = run(SIP_RFC5922_1, plan, [planned]);
    expect(f).toMatchObject({ target: "existing", names: ["cucm-sub1.contoso.com"] });
    expect(f?.message).toContain("SIP trunks and secure phones that connect to cucm-sub1.contoso.com fail");
  });

  it("does not apply to non-SIP certificates", () => {
    expect(
      run(SIP_RFC5922_1, makePlan({ sipDomains: ["contoso.com"] }), [
        makeCert({ id: "web", sans: ["www.contoso.com"] }),
      ]),
    ).toEqual([]);
  });
});
