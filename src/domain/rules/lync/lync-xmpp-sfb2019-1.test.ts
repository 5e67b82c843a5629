import { describe, expect, it } from "vitest";
import { LYNC_XMPP_SFB2019_1 } from "./lync-xmpp-sfb2019-1";
import { contosoEdge, makePlan, run } from "./test-helpers";

// Microsoft, "Edge Server environmental requirements in Skype for Business Server": "XMPP Gateways and proxies are
// available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019."
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
describe("LYNC-XMPP-SFB2019-1", () => {
  it("warns once, plan-wide, when an SfB 2019 plan lists XMPP domains", () => {
    const plan = makePlan({
      sfb: { version: "sfb-2019" },
      xmppDomains: ["contoso.com"],
      components: [contosoEdge()],
    });
    const f = run(LYNC_XMPP_SFB2019_1, plan);
    expect(f).toEqual([
      expect.objectContaining({ severity: "warning", target: "plan", names: ["contoso.com"] }),
    ]);
    expect(f[0]?.certificate).toBeUndefined();
  });

  it("does not fire for SfB 2015, without XMPP domains, or when the Edge has XMPP off", () => {
    expect(
      run(
        LYNC_XMPP_SFB2019_1,
        makePlan({ sfb: { version: "sfb-2015" }, xmppDomains: ["contoso.com"], components: [contosoEdge()] }),
      ),
    ).toEqual([]);
    expect(
      run(LYNC_XMPP_SFB2019_1, makePlan({ sfb: { version: "sfb-2019" }, components: [contosoEdge()] })),
    ).toEqual([]);
    expect(
      run(
        LYNC_XMPP_SFB2019_1,
        makePlan({
          sfb: { version: "sfb-2019" },
          xmppDomains: ["contoso.com"],
          components: [contosoEdge({ xmpp: false })],
        }),
      ),
    ).toEqual([]);
  });
});
