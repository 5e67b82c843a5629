import { describe, expect, it } from "vitest";
import type { SrvRecord } from "../../types";
import { LYNC_SRV_1 } from "./lync-srv-1";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Edge Server environmental requirements in Skype for Business Server", DNS records for a single
// consolidated Edge:
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
// | External DNS | SRV record | 5061 | _sipfederationtls._tcp.contoso.com | sip.contoso.com | ... required for automatic
// |              |            |      |                                    |                 | DNS discovery of federated partners |
const SRV: SrvRecord[] = [
  { service: "_sipfederationtls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 },
  { service: "_sipfederationtls._tcp", domain: "fabrikam.com", target: "sip.fabrikam.com", port: 5061 },
];

describe("LYNC-SRV-1", () => {
  const edge = contosoEdge();

  it("does not fire when the targets are on the certificate (Microsoft's Edge certificate table)", () => {
    expect(run(LYNC_SRV_1, makePlan({ srv: SRV, components: [edge] }), [contosoEdgeExternal(edge)])).toEqual(
      [],
    );
  });

  it("errors when an existing Edge certificate lacks a federation SRV target", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "webcon.contoso.com"],
    });
    const f = run(LYNC_SRV_1, makePlan({ srv: SRV, components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["sip.fabrikam.com"] }),
    ]);
    expect(f[0]?.message).toMatch(/_sipfederationtls\._tcp\.fabrikam\.com/);
  });

  it("errors when only a wildcard matches the target (SIP never matches wildcards)", () => {
    const cert = contosoEdgeExternal(edge, {
      sans: ["sip.contoso.com", "webcon.contoso.com", "*.fabrikam.com"],
    });
    const f = run(LYNC_SRV_1, makePlan({ srv: SRV, components: [edge] }), [cert]);
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/Only the wildcard \*\.fabrikam\.com matches it/);
  });

  it("ignores a record that points at a Pexip pool", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com", "vc.contoso.com"],
      srv: [
        SRV[0] as SrvRecord,
        {
          service: "_sipfederationtls._tcp",
          domain: "vc.contoso.com",
          target: "px.vc.contoso.com",
          port: 5061,
        },
      ],
      components: [
        edge,
        {
          type: "pexip",
          id: "px",
          deployment: "public-dmz",
          poolFqdn: "px.vc.contoso.com",
          nodes: [{ fqdn: "px01.vc.contoso.com" }],
        },
      ],
    });
    expect(run(LYNC_SRV_1, plan, [contosoEdgeExternal(edge)])).toEqual([]);
  });
});
