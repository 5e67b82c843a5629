import { describe, expect, it } from "vitest";
import { LYNC_FE_MEET_1 } from "./lync-fe-meet-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013": "If you have multiple Meet simple
// URLs, you must include all of them as subject alternative names." Example SANs: meet.contoso.com, meet.fabrikam.com.
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-FE-MEET-1", () => {
  const pool = contosoPool();

  it("does not fire when both meet URLs are on the certificate", () => {
    expect(
      run(LYNC_FE_MEET_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("errors when meet.fabrikam.com is neither listed nor covered (*.contoso.com covers only contoso.com)", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "eepool.contoso.com",
      sans: ["eepool.contoso.com", "*.contoso.com"],
    });
    const f = run(LYNC_FE_MEET_1, makePlan({ sfb: CONTOSO_SFB, components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["meet.fabrikam.com"] }),
    ]);
  });

  it("also checks the reverse proxy", () => {
    const rp = { type: "sfb-reverse-proxy" as const, id: "rp", externalWebFqdns: ["webext.contoso.com"] };
    const old = existing({
      certificate: "rp",
      subjectCN: "webext.contoso.com",
      sans: ["webext.contoso.com", "meet.contoso.com"],
    });
    const f = run(LYNC_FE_MEET_1, makePlan({ sfb: CONTOSO_SFB, components: [rp], existing: [old] }));
    expect(f.map((x) => x.names)).toEqual([["meet.fabrikam.com"]]);
  });
});
