import { describe, expect, it } from "vitest";
import { LYNC_EDGE_INT_2 } from "./lync-edge-int-2";
import { contosoEdge, contosoEdgeExternal, contosoEdgeInternal, makePlan, run } from "./test-helpers";

// Microsoft, "Wildcard certificate support in Lync Server 2013": "For the internal Edge Server interface, a wildcard
// entry can be assigned to the SAN, and is supported. The SAN on the internal Edge Server is not queried, and a
// wildcard SAN entry is of limited value."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-wildcard-certificate-support
describe("LYNC-EDGE-INT-2", () => {
  const edge = contosoEdge();

  it("is an info for a wildcard SAN on the internal Edge", () => {
    const cert = contosoEdgeInternal(edge, { sans: ["lsedge.contoso.net", "*.contoso.net"] });
    const f = run(LYNC_EDGE_INT_2, makePlan({ components: [edge] }), [cert]);
    expect(f).toEqual([expect.objectContaining({ severity: "info", names: ["*.contoso.net"] })]);
  });

  it("does not fire without a wildcard, nor on the external certificate", () => {
    const ext = contosoEdgeExternal(edge, { sans: ["sip.contoso.com", "*.contoso.com"] });
    expect(run(LYNC_EDGE_INT_2, makePlan({ components: [edge] }), [contosoEdgeInternal(edge), ext])).toEqual(
      [],
    );
  });
});
