import { describe, expect, it } from "vitest";
import { LYNC_FE_WEBINT_1 } from "./lync-fe-webint-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Web internal row (Front End pool):
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// "SN=ee01.contoso.com; SAN=ee01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com; SAN=dialin.contoso.com;
//  SAN=admin.contoso.com" — using a wildcard: "SN=ee01.contoso.com; SAN=ee01.contoso.com; SAN=*.contoso.com"
describe("LYNC-FE-WEBINT-1", () => {
  const pool = contosoPool({ internalWebFqdn: "webint.contoso.com" });
  const plan = (ex?: ReturnType<typeof existing>[]) =>
    makePlan({ sfb: CONTOSO_SFB, components: [pool], existing: ex });

  it("does not fire when the internal web FQDN, dial-in and admin URLs are present", () => {
    const cert = contosoPoolCert(pool, {
      sans: [...contosoPoolCert(pool).sans.map((s) => s.value), "webint.contoso.com"],
    });
    expect(run(LYNC_FE_WEBINT_1, plan(), [cert])).toEqual([]);
  });

  it("accepts Microsoft's wildcard form for the simple URLs", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "ee01.contoso.com", "webint.contoso.com", "*.contoso.com"],
    });
    expect(run(LYNC_FE_WEBINT_1, plan([old]))).toEqual([]);
  });

  it("errors when the internal web FQDN and the admin URL are missing", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "ee01.contoso.com", "dialin.contoso.com"],
    });
    const f = run(LYNC_FE_WEBINT_1, plan([old]));
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        target: "existing",
        names: ["webint.contoso.com", "admin.contoso.com"],
      }),
    ]);
  });

  it("does not accept a wildcard for the internal web FQDN itself", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "*.contoso.com"],
    });
    expect(run(LYNC_FE_WEBINT_1, plan([old]))[0]?.names).toEqual(["webint.contoso.com"]);
  });
});
