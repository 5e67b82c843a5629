import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXPORT_2 } from "./lync-edge-export-2";
import {
  contosoEdge,
  contosoEdgeExternal,
  contosoEdgeInternal,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Certificate requirements for external user access": "Note that the certificate's private key must be
// exportable, regardless of whether it is used on one Edge Server or many Edge Servers."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-external-user-access
describe("LYNC-EDGE-EXPORT-2", () => {
  const single = contosoEdge();

  it("does not fire for exportable keys on a single Edge", () => {
    const f = run(LYNC_EDGE_EXPORT_2, makePlan({ components: [single] }), [
      contosoEdgeExternal(single),
      contosoEdgeInternal(single),
    ]);
    expect(f).toEqual([]);
  });

  it("warns for a non-exportable key on a single Edge (planned and existing)", () => {
    const old = existing({
      certificate: "edge/internal",
      subjectCN: "lsedge.contoso.net",
      sans: [],
      exportableKey: false,
    });
    const f = run(LYNC_EDGE_EXPORT_2, makePlan({ components: [single], existing: [old] }), [
      contosoEdgeExternal(single, { exportableKey: false }),
    ]);
    expect(f.map((x) => `${x.severity} ${x.certificate} ${x.target}`)).toEqual([
      "warning edge/external plan",
      "warning edge/internal existing",
    ]);
  });

  it("does not apply to an Edge pool (LYNC-EDGE-POOL-1) nor when exportability is unknown", () => {
    const pool = contosoEdge({ servers: ["edge01.contoso.net", "edge02.contoso.net"] });
    expect(
      run(LYNC_EDGE_EXPORT_2, makePlan({ components: [pool] }), [
        contosoEdgeExternal(pool, { exportableKey: false }),
      ]),
    ).toEqual([]);
    const unknown = existing({ certificate: "edge/external", subjectCN: "sip.contoso.com", sans: [] });
    expect(run(LYNC_EDGE_EXPORT_2, makePlan({ components: [single], existing: [unknown] }))).toEqual([]);
  });
});
