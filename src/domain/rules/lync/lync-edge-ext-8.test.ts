import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_8 } from "./lync-edge-ext-8";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - SIP, XMPP federation, and public instant messaging": "America Online (AOL)
// requires a the certificate or certificates (in the case of an Edge pool) to also contain the client EKU."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging
describe("LYNC-EDGE-EXT-8", () => {
  it("does not fire: serverAuth only without public IM connectivity, server + client with it", () => {
    const plain = contosoEdge();
    expect(run(LYNC_EDGE_EXT_8, makePlan({ components: [plain] }), [contosoEdgeExternal(plain)])).toEqual([]);
    const pic = contosoEdge({ publicImConnectivity: true });
    const cert = contosoEdgeExternal(pic, { eku: ["serverAuth", "clientAuth"] });
    expect(run(LYNC_EDGE_EXT_8, makePlan({ components: [pic] }), [cert])).toEqual([]);
  });

  it("errors when public IM connectivity is planned and the existing certificate lacks the client EKU", () => {
    const pic = contosoEdge({ publicImConnectivity: true });
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
      eku: ["serverAuth"],
    });
    const f = run(LYNC_EDGE_EXT_8, makePlan({ components: [pic], existing: [old] }));
    expect(f).toEqual([expect.objectContaining({ severity: "error", target: "existing" })]);
    expect(f[0]?.message).toMatch(/AOL/);
  });

  it("is an info when the client EKU is present without public IM connectivity (OID form recognised)", () => {
    const plain = contosoEdge();
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
      eku: ["serverAuth", "1.3.6.1.5.5.7.3.2"],
    });
    const f = run(LYNC_EDGE_EXT_8, makePlan({ components: [plain], existing: [old] }));
    expect(f).toEqual([expect.objectContaining({ severity: "info", target: "existing" })]);
  });
});
