import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_7 } from "./lync-edge-ext-7";
import {
  contosoEdge,
  contosoEdgeExternal,
  contosoEdgeInternal,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Certificate summary - Single consolidated edge with public IP addresses", External Edge row:
// "Certificate must be from a Public CA, and must have the server EKU and client EKU if public IM connectivity with
// AOL is to be deployed." Internal Edge row: "Certificate can be issued by a public or private CA".
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
describe("LYNC-EDGE-EXT-7", () => {
  const edge = contosoEdge();

  it("does not fire for a public external certificate, nor for an internal-CA internal Edge certificate", () => {
    const f = run(LYNC_EDGE_EXT_7, makePlan({ components: [edge] }), [
      contosoEdgeExternal(edge),
      contosoEdgeInternal(edge),
    ]);
    expect(f).toEqual([]);
  });

  it("errors when the planned external certificate is from an internal CA", () => {
    const f = run(LYNC_EDGE_EXT_7, makePlan({ components: [edge] }), [
      contosoEdgeExternal(edge, { caType: "internal" }),
    ]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "plan", certificate: "edge/external" }),
    ]);
  });

  it("errors on an existing certificate recorded as internal-CA, not on one without a CA type", () => {
    const bad = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
      caType: "internal",
    });
    expect(
      run(LYNC_EDGE_EXT_7, makePlan({ components: [edge], existing: [bad] }), [contosoEdgeExternal(edge)]),
    ).toEqual([expect.objectContaining({ severity: "error", target: "existing" })]);
    const unknown = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
    });
    expect(
      run(LYNC_EDGE_EXT_7, makePlan({ components: [edge], existing: [unknown] }), [
        contosoEdgeExternal(edge),
      ]),
    ).toEqual([]);
  });
});
