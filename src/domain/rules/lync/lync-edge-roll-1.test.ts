import { describe, expect, it } from "vitest";
import { LYNC_EDGE_ROLL_1 } from "./lync-edge-roll-1";
import { contosoEdge, contosoEdgeExternal, contosoEdgeInternal, makePlan, run } from "./test-helpers";

// Microsoft, "Plan for Edge Server certificates in Lync Server 2013": "you will require two certificates, one assigned
// to the Access Edge service and Web Conferencing Edge service, and one certificate for the A/V Edge service."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-plan-for-edge-server-certificates
describe("LYNC-EDGE-ROLL-1", () => {
  const edge = contosoEdge();

  it("hints once, on the planned external certificate, for Lync 2013 and later", () => {
    const plan = makePlan({ sfb: { version: "sfb-2019" }, components: [edge] });
    const f = run(LYNC_EDGE_ROLL_1, plan, [contosoEdgeExternal(edge), contosoEdgeInternal(edge)]);
    expect(f).toEqual([expect.objectContaining({ severity: "info", certificate: "edge/external" })]);
    expect(f[0]?.message).toMatch(/-Roll/);
  });

  it("does not apply to Lync Server 2010", () => {
    const plan = makePlan({ sfb: { version: "lync-2010" }, components: [edge] });
    expect(run(LYNC_EDGE_ROLL_1, plan, [contosoEdgeExternal(edge)])).toEqual([]);
  });
});
