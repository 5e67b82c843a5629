import { describe, expect, it } from "vitest";
import { LYNC_NAME_1 } from "./lync-name-1";
import {
  CONTOSO_SFB,
  contosoEdge,
  contosoEdgeExternal,
  contosoPool,
  contosoPoolCert,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Environmental requirements for Skype for Business Server 2015": "we can't have any short-names in the
// environment, and must have FQDNs for Topology Builder."
// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements
describe("LYNC-NAME-1", () => {
  const pool = contosoPool();
  const edge = contosoEdge();

  it("does not fire when subject names are topology FQDNs (pool FQDN; the SRV-target style sip.contoso.com)", () => {
    const plan = makePlan({ sfb: CONTOSO_SFB, components: [pool, edge] });
    expect(run(LYNC_NAME_1, plan, [contosoPoolCert(pool), contosoEdgeExternal(edge)])).toEqual([]);
  });

  it("errors on a short name", () => {
    const old = existing({ certificate: "fe/ee01.contoso.com", subjectCN: "eepool", sans: ["eepool"] });
    const f = run(LYNC_NAME_1, makePlan({ components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["eepool"] }),
    ]);
    expect(f[0]?.message).toMatch(/short name/);
  });

  it("errors on a subject name the topology does not know", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "lync.contoso.com",
      sans: ["lync.contoso.com"],
    });
    const f = run(LYNC_NAME_1, makePlan({ components: [pool], existing: [old] }));
    expect(f).toEqual([expect.objectContaining({ severity: "error", names: ["lync.contoso.com"] })]);
    expect(f[0]?.message).toMatch(/not an FQDN of this topology/);
  });

  it("leaves wildcard subject names to LYNC-WILDCARD-2", () => {
    const old = existing({ certificate: "fe/ee01.contoso.com", subjectCN: "*.contoso.com", sans: [] });
    expect(run(LYNC_NAME_1, makePlan({ components: [pool], existing: [old] }))).toEqual([]);
  });
});
