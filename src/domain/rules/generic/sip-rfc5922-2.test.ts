import { describe, expect, it } from "vitest";
import type { PexipComponent, SfbEdgeComponent } from "../../types";
import { SIP_RFC5922_2 } from "./sip-rfc5922-2";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// RFC 5922 §7.2 (https://www.rfc-editor.org/rfc/rfc5922#section-7.2): "*.example.com" matches only
// "*.example.com" but not foo.example.com. Pexip (https://docs.pexip.com/sfb/certificates.htm): "Wildcard TLS
// certificates are not supported in SIP or Microsoft Skype for Business / Lync environments (as per RFC 5922)."
// RULES.md E.1: the Lync 2013 XMPP table lists *.contoso.com on the Edge; a wildcard on the Edge is linted.
const edge: SfbEdgeComponent = {
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.contoso.com",
  webConfEdgeFqdn: "webcon.contoso.com",
  internalFqdn: "lsedge.contoso.net",
};
const pexip: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "on-prem",
  nodes: [{ fqdn: "conf01.vc.example.com" }],
};

describe("SIP-RFC5922-2", () => {
  it("fires on the wildcard of an existing Edge certificate copied from the Lync 2013 XMPP table", () => {
    const plan = makePlan({
      components: [edge],
      existing: [
        existing({
          certificate: "edge/external",
          subjectCN: "sip.contoso.com",
          sans: [
            "webcon.contoso.com",
            "sip.contoso.com",
            "sip.fabrikam.com",
            "xmpp.contoso.com",
            "*.contoso.com",
          ],
        }),
      ],
    });
    const [f, ...rest] = run(SIP_RFC5922_2, plan);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "SIP-RFC5922-2",
      severity: "error",
      target: "existing",
      names: ["*.contoso.com"],
    });
    expect(f?.message).toContain("Skype for Business / Lync SIP/TLS certificate");
  });

  it("fires on a planned Pexip certificate with a wildcard CN", () => {
    const cert = makeCert({
      id: "px",
      componentId: "px",
      componentType: "pexip",
      profile: "pexip-on-prem",
      cn: "*.vc.example.com",
      sans: ["*.vc.example.com"],
    });
    expect(run(SIP_RFC5922_2, makePlan({ components: [pexip] }), [cert])[0]?.names).toEqual([
      "*.vc.example.com",
    ]);
  });

  it("is quiet for explicit names and for non-SIP certificates (a reverse proxy's simple-URL wildcard)", () => {
    const px = makeCert({
      id: "px",
      componentId: "px",
      componentType: "pexip",
      profile: "pexip-on-prem",
      sans: ["confpool.vc.example.com", "conf01.vc.example.com"],
    });
    const rp = makeCert({
      id: "rp",
      componentType: "sfb-reverse-proxy",
      profile: "sfb-reverse-proxy",
      sans: ["webext.contoso.com", "*.contoso.com"],
    });
    expect(run(SIP_RFC5922_2, makePlan({ components: [pexip] }), [px, rp])).toEqual([]);
  });
});
