import { describe, expect, it } from "vitest";
import { LYNC_WILDCARD_2 } from "./lync-wildcard-2";
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

// Microsoft, "Wildcard certificate support in Lync Server 2013": "There is no support for a wildcard entry as the
// subject name (also referred to as the common name or CN) for any role."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-wildcard-certificate-support
describe("LYNC-WILDCARD-2", () => {
  const pool = contosoPool();

  it("does not fire when the subject name is the pool FQDN", () => {
    expect(
      run(LYNC_WILDCARD_2, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("errors on a wildcard subject name on a Front End certificate (existing, found through its component)", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "*.contoso.com",
      sans: ["*.contoso.com", "eepool.contoso.com"],
    });
    const f = run(LYNC_WILDCARD_2, makePlan({ components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        target: "existing",
        certificate: "fe/ee01.contoso.com",
        names: ["*.contoso.com"],
      }),
    ]);
  });

  it("leaves the Edge external certificate to LYNC-EDGE-EXT-1", () => {
    const edge = contosoEdge();
    expect(
      run(LYNC_WILDCARD_2, makePlan({ components: [edge] }), [
        contosoEdgeExternal(edge, { cn: "*.contoso.com" }),
      ]),
    ).toEqual([]);
  });
});
