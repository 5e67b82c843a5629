import { describe, expect, it } from "vitest";
import { LYNC_DISCOVER_1 } from "./lync-discover-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Environmental requirements for Skype for Business Server 2015", Mobility:
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements
// Director pool and Front End pool certificate requirements:
// | Internal Autodiscover service URL | SAN=lyncdiscoverinternal.<sipdomain> |
// | External Autodiscover service URL | SAN=lyncdiscover.<sipdomain>         |   "You can alternatively use SAN=*.<sipdomain>"
// Reverse Proxy (Public CA) certificate requirements:
// | External Autodiscover service URL | SAN=lyncdiscover.<sipdomain>         |
describe("LYNC-DISCOVER-1", () => {
  const pool = contosoPool();
  const rp = { type: "sfb-reverse-proxy" as const, id: "rp", externalWebFqdns: ["webext.contoso.com"] };

  it("does not fire when both names per SIP domain are on the pool certificate", () => {
    expect(
      run(LYNC_DISCOVER_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("warns for the missing names, accepting *.<sipdomain> as the alternative", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "*.contoso.com"],
    });
    const f = run(LYNC_DISCOVER_1, makePlan({ sfb: CONTOSO_SFB, components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({
        severity: "warning",
        target: "existing",
        names: ["lyncdiscoverinternal.fabrikam.com", "lyncdiscover.fabrikam.com"],
      }),
    ]);
  });

  it("asks only lyncdiscover.<sipdomain> of the reverse proxy", () => {
    const old = existing({
      certificate: "rp",
      subjectCN: "webext.contoso.com",
      sans: ["webext.contoso.com", "lyncdiscover.contoso.com"],
    });
    const f = run(LYNC_DISCOVER_1, makePlan({ sfb: CONTOSO_SFB, components: [rp], existing: [old] }));
    expect(f.map((x) => x.names)).toEqual([["lyncdiscover.fabrikam.com"]]);
  });

  it("does not apply when mobility is off", () => {
    const old = existing({
      certificate: "rp",
      subjectCN: "webext.contoso.com",
      sans: ["webext.contoso.com"],
    });
    expect(
      run(
        LYNC_DISCOVER_1,
        makePlan({ sfb: { ...CONTOSO_SFB, mobility: false }, components: [rp], existing: [old] }),
      ),
    ).toEqual([]);
  });
});
