import { describe, expect, it } from "vitest";
import { LYNC_FE_SIPINT_1 } from "./lync-fe-sipint-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013": "If you have configured
// sipinternal.contoso.com or sipexternal.contoso.com in your DNS, you will need to add them in the certificate's
// Subject Alternative Name."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-FE-SIPINT-1", () => {
  const pool = contosoPool();
  const hosts = { "sipinternal.contoso.com": ["eepool.contoso.com"] };

  it("warns when sipinternal.contoso.com is in DNS but not on the pool's certificate", () => {
    const f = run(LYNC_FE_SIPINT_1, makePlan({ sfb: CONTOSO_SFB, hosts, components: [pool] }), [
      contosoPoolCert(pool),
    ]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "warning", target: "plan", names: ["sipinternal.contoso.com"] }),
    ]);
  });

  it("does not fire when the name is a SAN, or when DNS has no such record", () => {
    const cert = contosoPoolCert(pool, {
      sans: ["eepool.contoso.com", "ee01.contoso.com", "sipinternal.contoso.com"],
    });
    expect(run(LYNC_FE_SIPINT_1, makePlan({ sfb: CONTOSO_SFB, hosts, components: [pool] }), [cert])).toEqual(
      [],
    );
    const other = { "www.contoso.com": ["192.0.2.1"] };
    expect(
      run(LYNC_FE_SIPINT_1, makePlan({ hosts: other, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("asks it only of the pool the name resolves to", () => {
    const other = contosoPool({ id: "fe2", poolFqdn: "pool2.contoso.com", servers: ["fe21.contoso.com"] });
    const f = run(LYNC_FE_SIPINT_1, makePlan({ hosts, components: [pool, other] }), [
      contosoPoolCert(pool),
      contosoPoolCert(other),
    ]);
    expect(f.map((x) => x.certificate)).toEqual(["fe/ee01.contoso.com"]);
  });
});
