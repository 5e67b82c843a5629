import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_2 } from "./lync-edge-ext-2";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - Single consolidated edge with public IP addresses": "The subject name is
// replicated in the SAN and must be present for correct operation."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
// | External Edge | SN sip.contoso.com | SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |
describe("LYNC-EDGE-EXT-2", () => {
  const edge = contosoEdge();

  it("does not fire on Microsoft's table (sip.contoso.com is in the SAN list)", () => {
    expect(run(LYNC_EDGE_EXT_2, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)])).toEqual([]);
  });

  it("errors when the Access Edge FQDN is only the subject name", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["webcon.contoso.com", "sip.fabrikam.com"],
    });
    const f = run(LYNC_EDGE_EXT_2, makePlan({ components: [edge], existing: [old] }), [
      contosoEdgeExternal(edge),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "existing", names: ["sip.contoso.com"] });
    expect(f[0]?.message).toMatch(/TLS ignores the subject name/);
  });

  it("does not accept a wildcard in place of the Access Edge FQDN", () => {
    const cert = contosoEdgeExternal(edge, { sans: ["*.contoso.com", "webcon.contoso.com"] });
    const f = run(LYNC_EDGE_EXT_2, makePlan({ components: [edge] }), [cert]);
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/\*\.contoso\.com does not count/);
  });
});
