import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_8 } from "./lync-edge-ext-8";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - SIP, XMPP federation, and public instant messaging": "America Online (AOL)
// requires a the certificate or certificates (in the case of an Edge pool) to also contain the client EKU."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging
describe("LYNC-EDGE-EXT-8", () => {
  it("does not fire for serverAuth only without public IM connectivity", () => {
    const plain = contosoEdge();
    expect(run(LYNC_EDGE_EXT_8, makePlan({ components: [plain] }), [contosoEdgeExternal(plain)])).toEqual([]);
  });

  // Microsoft, Support for public instant messenger connectivity in Lync Server 2013: "On June 30, 2014, Lync's
  // IM connectivity ("PIC") service will no longer be available."
  it("warns that public IM connectivity (server + client EKU as Microsoft's table asks) ended on June 30, 2014", () => {
    const pic = contosoEdge({ publicImConnectivity: true });
    const cert = contosoEdgeExternal(pic, { eku: ["serverAuth", "clientAuth"] });
    const [f, ...rest] = run(LYNC_EDGE_EXT_8, makePlan({ components: [pic] }), [cert]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("ended public IM connectivity with AOL and Yahoo! on June 30, 2014");
    expect(f?.source).toContain("lync-server-2013-support-for-public-instant-messenger-connectivity");
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
