import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_5 } from "./lync-edge-ext-5";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for external user access": "The A/V Edge service does not use the subject name
// or the subject alternative names entries." No certificate summary table lists av.contoso.com (RULES.md E.2).
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-external-user-access
describe("LYNC-EDGE-EXT-5", () => {
  it("notes on the planned certificate that av.contoso.com is deliberately left off", () => {
    const edge = contosoEdge();
    const f = run(LYNC_EDGE_EXT_5, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "info", target: "plan", names: ["av.contoso.com"] }),
    ]);
    expect(f[0]?.message).toMatch(/deliberately not on this certificate/);
  });

  it("notes that an existing certificate's av.contoso.com SAN is not needed", () => {
    const edge = contosoEdge();
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "webcon.contoso.com", "av.contoso.com"],
    });
    const f = run(LYNC_EDGE_EXT_5, makePlan({ components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "info", target: "existing", names: ["av.contoso.com"] }),
    ]);
    expect(f[0]?.message).toMatch(/save a SAN/);
  });

  it("says nothing when the Edge has no A/V Edge FQDN", () => {
    const edge = contosoEdge({ avEdgeFqdn: undefined });
    expect(run(LYNC_EDGE_EXT_5, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)])).toEqual([]);
  });
});
