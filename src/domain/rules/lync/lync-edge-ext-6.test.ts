import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_6 } from "./lync-edge-ext-6";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - SIP, XMPP federation, and public instant messaging" (Lync Server 2013):
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging
// | External/Access Edge | SN sip.contoso.com | SAN sip.contoso.com, webcon.contoso.com, contoso.com (XMPP namespace),
// |                      |                    |     sip.fabrikam.com (SIP namespace), fabrikam.com (XMPP namespace)   |
const TABLE = ["sip.contoso.com", "webcon.contoso.com", "contoso.com", "sip.fabrikam.com", "fabrikam.com"];

describe("LYNC-EDGE-EXT-6", () => {
  const edge = contosoEdge();
  const xmpp = { sfb: { version: "sfb-2015" as const }, xmppDomains: ["contoso.com", "fabrikam.com"] };

  it("does not fire on Microsoft's SIP/XMPP table", () => {
    const f = run(LYNC_EDGE_EXT_6, makePlan({ ...xmpp, components: [edge] }), [
      contosoEdgeExternal(edge, { sans: TABLE }),
    ]);
    expect(f).toEqual([]);
  });

  it("errors on the topology pages' *.contoso.com variant (RULES.md E.1): the wildcard does not cover contoso.com", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: [
        "webcon.contoso.com",
        "sip.contoso.com",
        "sip.fabrikam.com",
        "xmpp.contoso.com",
        "*.contoso.com",
        "fabrikam.com",
      ],
    });
    const f = run(LYNC_EDGE_EXT_6, makePlan({ ...xmpp, components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["contoso.com"] }),
    ]);
    expect(f[0]?.message).toMatch(/never the domain itself/);
  });

  it("does not apply on Skype for Business Server 2019 or with XMPP off", () => {
    const cert = contosoEdgeExternal(edge);
    expect(
      run(LYNC_EDGE_EXT_6, makePlan({ ...xmpp, sfb: { version: "sfb-2019" }, components: [edge] }), [cert]),
    ).toEqual([]);
    const off = contosoEdge({ xmpp: false });
    expect(
      run(LYNC_EDGE_EXT_6, makePlan({ ...xmpp, components: [off] }), [contosoEdgeExternal(off)]),
    ).toEqual([]);
  });
});
