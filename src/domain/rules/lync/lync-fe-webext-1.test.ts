import { describe, expect, it } from "vitest";
import { LYNC_FE_WEBEXT_1 } from "./lync-fe-webext-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Web external row:
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// "SN=ee01.contoso.com; SAN=webcon01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com; SAN=dialin.contoso.com"
// Using a wildcard: "SN=ee01.contoso.com; SAN=webcon01.contoso.com; SAN=*.contoso.com" (the web FQDN stays explicit)
describe("LYNC-FE-WEBEXT-1", () => {
  const pool = contosoPool();

  it("does not fire when webcon01.contoso.com is a SAN", () => {
    expect(
      run(LYNC_FE_WEBEXT_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("errors when the external web services FQDN is missing (a wildcard does not stand in for it)", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "ee01.contoso.com", "*.contoso.com"],
    });
    const f = run(LYNC_FE_WEBEXT_1, makePlan({ components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["webcon01.contoso.com"] }),
    ]);
  });

  it("does not apply to a pool without an external web FQDN", () => {
    const internalOnly = contosoPool({ externalWebFqdn: undefined });
    expect(
      run(LYNC_FE_WEBEXT_1, makePlan({ components: [internalOnly] }), [contosoPoolCert(internalOnly)]),
    ).toEqual([]);
  });
});
