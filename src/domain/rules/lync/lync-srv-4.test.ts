import { describe, expect, it } from "vitest";
import type { SrvRecord } from "../../types";
import { LYNC_SRV_4 } from "./lync-srv-4";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Edge Server environmental requirements in Skype for Business Server", DNS records for XMPP:
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
// | External DNS | SRV | 5269 | _xmpp-server._tcp.contoso.com | xmpp.contoso.com | The XMPP proxy interface on your
// |              |     |      |                               |                  | Access Edge service or Edge pool. |
const SRV: SrvRecord[] = [
  { service: "_xmpp-server._tcp", domain: "contoso.com", target: "xmpp.contoso.com", port: 5269 },
];

describe("LYNC-SRV-4", () => {
  const edge = contosoEdge();
  const base = { sfb: { version: "sfb-2015" as const }, xmppDomains: ["contoso.com"], srv: SRV };

  it("does not fire when xmpp.contoso.com is on the certificate", () => {
    const cert = contosoEdgeExternal(edge, {
      sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "contoso.com", "xmpp.contoso.com"],
    });
    expect(run(LYNC_SRV_4, makePlan({ ...base, components: [edge] }), [cert])).toEqual([]);
  });

  it("warns when an existing certificate lacks the _xmpp-server._tcp target", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "contoso.com"],
    });
    const f = run(LYNC_SRV_4, makePlan({ ...base, components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "warning", target: "existing", names: ["xmpp.contoso.com"] }),
    ]);
  });

  it("does not apply on SfB 2019, and ignores a record that points at an Expressway-E", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com"],
    });
    expect(
      run(
        LYNC_SRV_4,
        makePlan({ ...base, sfb: { version: "sfb-2019" }, components: [edge], existing: [old] }),
      ),
    ).toEqual([]);
    const expe = { type: "expressway" as const, id: "expe", role: "e" as const, peers: ["xmpp.contoso.com"] };
    expect(run(LYNC_SRV_4, makePlan({ ...base, components: [edge, expe], existing: [old] }))).toEqual([]);
  });
});
