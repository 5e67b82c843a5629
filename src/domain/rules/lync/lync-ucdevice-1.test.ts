import { describe, expect, it } from "vitest";
import { LYNC_UCDEVICE_1 } from "./lync-ucdevice-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Wildcard certificate support in Lync Server 2013": "To retain the functionality of unified
// communications (UC) devices (for example, desk phones), you should test the deployed certificate carefully to ensure
// that devices function properly after you implement a wildcard certificate."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-wildcard-certificate-support
describe("LYNC-UCDEVICE-1", () => {
  const pool = contosoPool();

  it("warns on any wildcard SAN of a Lync/SfB certificate", () => {
    const cert = contosoPoolCert(pool, { sans: ["eepool.contoso.com", "ee01.contoso.com", "*.contoso.com"] });
    const f = run(LYNC_UCDEVICE_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [cert]);
    expect(f).toEqual([expect.objectContaining({ severity: "warning", names: ["*.contoso.com"] })]);
  });

  it("does not fire without wildcards, nor on other platforms' certificates", () => {
    const custom = {
      type: "custom" as const,
      id: "web",
      commonName: "www.contoso.com",
      sans: ["*.contoso.com"],
    };
    const other = planned({
      id: "web",
      component: custom,
      profile: "custom",
      cn: "www.contoso.com",
      sans: ["www.contoso.com", "*.contoso.com"],
    });
    expect(
      run(LYNC_UCDEVICE_1, makePlan({ sfb: CONTOSO_SFB, components: [pool, custom] }), [
        contosoPoolCert(pool),
        other,
      ]),
    ).toEqual([]);
  });
});
