import { describe, expect, it } from "vitest";
import { LYNC_EDGE_AUTOENROLL_1 } from "./lync-edge-autoenroll-1";
import {
  contosoEdge,
  contosoEdgeExternal,
  contosoEdgeInternal,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Certificate infrastructure requirements" (Lync Server 2013): "Auto-enrollment is not supported for Lync
// Server Edge Servers."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-infrastructure-requirements
describe("LYNC-EDGE-AUTOENROLL-1", () => {
  const edge = contosoEdge();

  it("hints on the planned internal-CA Edge certificate", () => {
    const f = run(LYNC_EDGE_AUTOENROLL_1, makePlan({ components: [edge] }), [
      contosoEdgeExternal(edge),
      contosoEdgeInternal(edge),
    ]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "info", certificate: "edge/internal", target: "plan" }),
    ]);
    expect(f[0]?.message).toMatch(/auto-enrollment/);
  });

  it("says nothing for public-CA certificates or existing ones", () => {
    const old = existing({
      certificate: "edge/internal",
      subjectCN: "lsedge.contoso.net",
      sans: [],
      caType: "internal",
    });
    const f = run(LYNC_EDGE_AUTOENROLL_1, makePlan({ components: [edge], existing: [old] }), [
      contosoEdgeExternal(edge),
    ]);
    expect(f).toEqual([]);
  });
});
