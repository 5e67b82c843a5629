import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_3 } from "./lync-edge-ext-3";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for external user access in Lync Server 2013": the SAN list contains
// "The web conferencing Edge external interface or hardware load balancer VIP (for example, webcon.contoso.com)."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-external-user-access
describe("LYNC-EDGE-EXT-3", () => {
  const edge = contosoEdge();

  it("does not fire when webcon.contoso.com is a SAN (Microsoft's table)", () => {
    expect(run(LYNC_EDGE_EXT_3, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)])).toEqual([]);
  });

  it("errors on an existing Edge certificate without webcon", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "sip.fabrikam.com"],
    });
    const f = run(LYNC_EDGE_EXT_3, makePlan({ components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({
        rule: "LYNC-EDGE-EXT-3",
        severity: "error",
        target: "existing",
        names: ["webcon.contoso.com"],
      }),
    ]);
  });
});
