import { describe, expect, it } from "vitest";
import { LYNC_EDGE_POOL_1 } from "./lync-edge-pool-1";
import {
  contosoEdge,
  contosoEdgeExternal,
  contosoEdgeInternal,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Certificate summary - Scaled consolidated edge, DNS load balancing with public IP addresses": "for scaled
// Edge Servers, the certificate private key must be exportable and the certificate and private key copied to each
// Edge Server."; "Plan for Edge Server certificates": "Do the same for the internal Edge Server certificate".
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-scaled-consolidated-edge-dns-load-balancing-with-public-ip-addresses
describe("LYNC-EDGE-POOL-1", () => {
  const pool = contosoEdge({ servers: ["edge01.contoso.net", "edge02.contoso.net"] });

  it("does not fire for exportable certificates installed on both Edge Servers", () => {
    const f = run(LYNC_EDGE_POOL_1, makePlan({ components: [pool] }), [
      contosoEdgeExternal(pool),
      contosoEdgeInternal(pool),
    ]);
    expect(f).toEqual([]);
  });

  it("errors on a non-exportable key (planned internal certificate and existing external certificate)", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
      exportableKey: false,
    });
    const f = run(LYNC_EDGE_POOL_1, makePlan({ components: [pool], existing: [old] }), [
      contosoEdgeExternal(pool),
      contosoEdgeInternal(pool, { exportableKey: false }),
    ]);
    expect(f.map((x) => `${x.severity} ${x.certificate} ${x.target}`)).toEqual([
      "error edge/internal plan",
      "error edge/external existing",
    ]);
  });

  it("errors when the planned certificate is not installed on every pool member", () => {
    const f = run(LYNC_EDGE_POOL_1, makePlan({ components: [pool] }), [
      contosoEdgeExternal(pool, { installOn: ["edge01.contoso.net"] }),
    ]);
    expect(f).toEqual([expect.objectContaining({ severity: "error", names: ["edge02.contoso.net"] })]);
  });

  it("does not apply to a single Edge Server (LYNC-EDGE-EXPORT-2)", () => {
    const single = contosoEdge();
    const f = run(LYNC_EDGE_POOL_1, makePlan({ components: [single] }), [
      contosoEdgeExternal(single, { exportableKey: false }),
    ]);
    expect(f).toEqual([]);
  });
});
