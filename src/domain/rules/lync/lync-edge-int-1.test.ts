import { describe, expect, it } from "vitest";
import { LYNC_EDGE_INT_1 } from "./lync-edge-int-1";
import { contosoEdge, contosoEdgeInternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - Single consolidated edge with public IP addresses":
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
// | Single consolidated Edge (Internal Edge) | SN lsedge.contoso.net | No SAN required |
describe("LYNC-EDGE-INT-1", () => {
  const edge = contosoEdge();

  it("does not fire on Microsoft's row (SN lsedge.contoso.net, SAN only the CN as planned)", () => {
    expect(run(LYNC_EDGE_INT_1, makePlan({ components: [edge] }), [contosoEdgeInternal(edge)])).toEqual([]);
    const noSan = existing({ certificate: "edge/internal", subjectCN: "lsedge.contoso.net", sans: [] });
    expect(run(LYNC_EDGE_INT_1, makePlan({ components: [edge], existing: [noSan] }))).toEqual([]);
  });

  it("errors when the subject name is another topology name (the Access Edge FQDN)", () => {
    const wrong = existing({
      certificate: "edge/internal",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
    });
    const f = run(LYNC_EDGE_INT_1, makePlan({ components: [edge], existing: [wrong] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["sip.contoso.com"] }),
    ]);
  });

  it("is an info when SANs besides the subject name were added", () => {
    const cert = contosoEdgeInternal(edge, { sans: ["lsedge.contoso.net", "edge01.contoso.net"] });
    const f = run(LYNC_EDGE_INT_1, makePlan({ components: [edge] }), [cert]);
    expect(f).toEqual([expect.objectContaining({ severity: "info", names: ["edge01.contoso.net"] })]);
  });
});
