import { describe, expect, it } from "vitest";
import { LYNC_FE_DEFAULT_1 } from "./lync-fe-default-1";
import { CONTOSO_SFB, contosoPool, contosoPoolCert, existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Default certificate rows:
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// Standard Edition: "SN=se01.contoso.com; SAN=se01.contoso.com" ("the server FQDN is the same as the pool FQDN")
// Front End pool:   "SN=eepool.contoso.com; SAN=eepool.contoso.com; SAN=ee01.contoso.com"
// Auto-logon with strict DNS matching: "you also need SAN=sip.contoso.com; SAN=sip.fabrikam.com"
describe("LYNC-FE-DEFAULT-1", () => {
  const pool = contosoPool();

  it("does not fire on the Front End pool row (eepool / ee01)", () => {
    expect(
      run(LYNC_FE_DEFAULT_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]),
    ).toEqual([]);
  });

  it("does not fire on the Standard Edition row (se01 is pool and server)", () => {
    const se = contosoPool({
      id: "se",
      role: "standard-edition",
      poolFqdn: "se01.contoso.com",
      servers: ["se01.contoso.com"],
    });
    const cert = planned({
      id: "se/se01.contoso.com",
      component: se,
      profile: "sfb-standard-edition",
      cn: "se01.contoso.com",
      sans: ["se01.contoso.com"],
    });
    expect(run(LYNC_FE_DEFAULT_1, makePlan({ components: [se] }), [cert])).toEqual([]);
  });

  it("errors on an existing certificate without the server FQDN and with the server FQDN as subject name", () => {
    const old = existing({
      certificate: "fe/ee01.contoso.com",
      subjectCN: "ee01.contoso.com",
      sans: ["eepool.contoso.com"],
    });
    const f = run(LYNC_FE_DEFAULT_1, makePlan({ components: [pool], existing: [old] }));
    expect(f.map((x) => x.names)).toEqual([["ee01.contoso.com"], ["ee01.contoso.com"]]);
    expect(f.every((x) => x.severity === "error" && x.target === "existing")).toBe(true);
    expect(f[0]?.message).toMatch(/subject name is the pool FQDN eepool\.contoso\.com/);
  });

  it("requires sip.contoso.com and sip.fabrikam.com for the auto-logon pool with strict DNS naming", () => {
    const auto = contosoPool({ autoLogon: true });
    const f = run(LYNC_FE_DEFAULT_1, makePlan({ sfb: CONTOSO_SFB, components: [auto] }), [
      contosoPoolCert(auto),
    ]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", names: ["sip.contoso.com", "sip.fabrikam.com"] }),
    ]);
    const relaxed = makePlan({ sfb: CONTOSO_SFB, clients: { strictDnsNaming: false }, components: [auto] });
    expect(run(LYNC_FE_DEFAULT_1, relaxed, [contosoPoolCert(auto)])).toEqual([]);
  });
});
