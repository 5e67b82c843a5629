import { describe, expect, it } from "vitest";
import type { SrvRecord } from "../../types";
import { LYNC_SRV_3 } from "./lync-srv-3";
import { contosoPool, existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "DNS requirements for automatic client sign-in in Lync Server 2013", "Example of DNS Records Required for
// Automatic Client Sign-in with Multiple SIP Domains":
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-dns-requirements-for-automatic-client-sign-in
// | FQDN of Front End pool | SIP domain         | DNS SRV record                                                          |
// | pool01.contoso.com     | contoso.com        | _sipinternaltls._tcp.contoso.com over port 5061 that maps to pool01.contoso.com        |
// | pool01.contoso.com     | retail.contoso.com | _sipinternaltls._tcp.retail.contoso.com over port 5061 that maps to pool01.contoso.com |
// "By default, queries for DNS records adhere to strict domain name matching between the domain in the user name and
// the SRV record."
const SRV: SrvRecord[] = [
  { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "pool01.contoso.com", port: 5061 },
  { service: "_sipinternaltls._tcp", domain: "retail.contoso.com", target: "pool01.contoso.com", port: 5061 },
];

describe("LYNC-SRV-3", () => {
  const pool = contosoPool({
    poolFqdn: "pool01.contoso.com",
    servers: ["fe01.contoso.com"],
    externalWebFqdn: undefined,
  });
  const cert = planned({
    id: "fe/fe01.contoso.com",
    component: pool,
    profile: "sfb-front-end",
    cn: "pool01.contoso.com",
    sans: ["pool01.contoso.com", "fe01.contoso.com"],
  });
  const base = { sipDomains: ["contoso.com", "retail.contoso.com"], srv: SRV, components: [pool] };

  it("reproduces Microsoft's example: the target is covered; retail.contoso.com breaks strict DNS naming (warning)", () => {
    const f = run(LYNC_SRV_3, makePlan(base), [cert]);
    expect(f).toEqual([
      expect.objectContaining({
        rule: "LYNC-SRV-3",
        severity: "warning",
        target: "plan",
        names: ["pool01.contoso.com"],
      }),
    ]);
    expect(f[0]?.message).toMatch(/_sipinternaltls\._tcp\.retail\.contoso\.com/);
    expect(f[0]?.certificate).toBeUndefined();
  });

  it("does not warn when the plan says strict DNS naming is off", () => {
    expect(run(LYNC_SRV_3, makePlan({ ...base, clients: { strictDnsNaming: false } }), [cert])).toEqual([]);
  });

  it("errors on the answering pool's existing certificate that lacks the target", () => {
    const old = existing({
      certificate: "fe/fe01.contoso.com",
      subjectCN: "fe01.contoso.com",
      sans: ["fe01.contoso.com"],
    });
    const plan = makePlan({ ...base, sipDomains: ["contoso.com"], existing: [old] });
    const f = run(LYNC_SRV_3, plan, [cert]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        certificate: "fe/fe01.contoso.com",
        target: "existing",
        names: ["pool01.contoso.com"],
      }),
    ]);
  });

  it("errors on the planned certificate when the target reaches the pool through DNS but the pool is not auto-logon", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com"],
      srv: [
        { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 },
      ],
      hosts: { "sip.contoso.com": ["pool01.contoso.com"] },
      components: [pool],
    });
    const f = run(LYNC_SRV_3, plan, [cert]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        certificate: "fe/fe01.contoso.com",
        target: "plan",
        names: ["sip.contoso.com"],
      }),
    ]);
    expect(f[0]?.message).toMatch(/autoLogon/);
  });

  it("errors plan-wide when no pool answers and no pool certificate carries the target", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com"],
      srv: [
        { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 },
      ],
      components: [pool],
    });
    const f = run(LYNC_SRV_3, plan, [cert]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "plan", names: ["sip.contoso.com"] }),
    ]);
    expect(f[0]?.certificate).toBeUndefined();
  });

  it("is satisfied by an auto-logon pool that carries sip.<domain>", () => {
    const auto = { ...pool, autoLogon: true };
    const autoCert = planned({
      ...cert,
      id: cert.id,
      component: auto,
      profile: "sfb-front-end",
      cn: "pool01.contoso.com",
      sans: ["pool01.contoso.com", "fe01.contoso.com", "sip.contoso.com"],
    });
    const plan = makePlan({
      sipDomains: ["contoso.com"],
      srv: [
        { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 },
      ],
      components: [auto],
    });
    expect(run(LYNC_SRV_3, plan, [autoCert])).toEqual([]);
  });
});
