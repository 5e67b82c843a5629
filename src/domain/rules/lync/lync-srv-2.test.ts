import { describe, expect, it } from "vitest";
import type { SrvRecord } from "../../types";
import { LYNC_SRV_2 } from "./lync-srv-2";
import { contosoEdge, contosoEdgeExternal, makePlan, run } from "./test-helpers";

// Microsoft, "Edge Server environmental requirements in Skype for Business Server":
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
// | External DNS | SRV record | 443 | _sip._tls.contoso.com | sip.contoso.com | ... required for Skype for Business
// |              |            |     |                       |                 | Server, Lync Server 2013, and Lync Server 2010 clients to work externally |
const SRV: SrvRecord[] = [
  { service: "_sip._tls", domain: "contoso.com", target: "sip.contoso.com", port: 443 },
];

describe("LYNC-SRV-2", () => {
  const edge = contosoEdge();

  it("does not fire on Microsoft's table", () => {
    expect(run(LYNC_SRV_2, makePlan({ srv: SRV, components: [edge] }), [contosoEdgeExternal(edge)])).toEqual(
      [],
    );
  });

  it("errors when the planned certificate misses a _sip._tls target (inconsistent plan)", () => {
    const srv: SrvRecord[] = [
      ...SRV,
      { service: "_sip._tls", domain: "fabrikam.com", target: "access.fabrikam.com", port: 443 },
    ];
    const f = run(LYNC_SRV_2, makePlan({ srv, components: [edge] }), [contosoEdgeExternal(edge)]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        target: "plan",
        certificate: "edge/external",
        names: ["access.fabrikam.com"],
      }),
    ]);
    expect(f[0]?.message).toMatch(/external sign-in for fabrikam\.com fails/);
  });
});
