import { describe, expect, it } from "vitest";
import { LYNC_LPE_1 } from "./lync-lpe-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, makePlan, run } from "./test-helpers";

// Jeff Schertz, "Lync Phone Edition incompatible with wildcard certificates": "Lync Phone Edition devices do not
// support the use of wildcard entries in certificates on any Lync Server role."
// http://blog.schertz.name/2011/02/lync-phone-edition-incompatible-wildcard-certificates/
describe("LYNC-LPE-1", () => {
  const pool = contosoPool();
  const wild = contosoPoolCert(pool, {
    sans: ["eepool.contoso.com", "ee01.contoso.com", "webcon01.contoso.com", "*.contoso.com"],
  });

  it("warns on the pool's simple-URL wildcard (allowed by Microsoft) when Lync Phone Edition devices are present", () => {
    const plan = makePlan({ sfb: CONTOSO_SFB, clients: { lyncPhoneEdition: true }, components: [pool] });
    const f = run(LYNC_LPE_1, plan, [wild]);
    expect(f).toEqual([expect.objectContaining({ severity: "warning", names: ["*.contoso.com"] })]);
  });

  it("does not fire without Lync Phone Edition devices, or without wildcards", () => {
    expect(run(LYNC_LPE_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [wild])).toEqual([]);
    const plan = makePlan({ sfb: CONTOSO_SFB, clients: { lyncPhoneEdition: true }, components: [pool] });
    expect(run(LYNC_LPE_1, plan, [contosoPoolCert(pool)])).toEqual([]);
  });
});
