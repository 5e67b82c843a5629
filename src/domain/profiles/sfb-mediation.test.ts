import { describe, expect, it } from "vitest";
import type { CertificatePlan, Plan, SfbMediationComponent } from "../types";
import { planSfbMediation } from "./sfb-mediation";

const plan: Plan = {
  format: "san-planner/plan",
  version: 1,
  name: "test",
  issueDate: "2026-07-01",
  sipDomains: ["contoso.com", "fabrikam.com"],
  defaults: { caType: "internal" },
  components: [],
};

function run(c: SfbMediationComponent): CertificatePlan[] {
  const certs = planSfbMediation(c, { plan, issueDate: "2026-07-01" });
  for (const cert of certs) {
    expect(cert.sans[0]?.value).toBe(cert.subject.CN);
    for (const s of cert.sans)
      expect(s.reasons.filter((r) => r.trim().length > 0).length, s.value).toBeGreaterThan(0);
  }
  return certs;
}

// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// "Certificates for Stand-alone Mediation Server"
// | Default | FQDN of the pool | FQDN of the pool, FQDN of pool member server |
// |         |                  | SN=medsvr-pool.contoso.net; SAN=medsvr-pool.contoso.net; SAN=medsvr01.contoso.net |
describe("sfb-mediation", () => {
  it("reproduces the stand-alone Mediation Server table", () => {
    const certs = run({
      type: "sfb-mediation",
      id: "med",
      poolFqdn: "medsvr-pool.contoso.net",
      servers: ["medsvr01.contoso.net"],
    });
    expect(certs).toHaveLength(1);
    const cert = certs[0] as CertificatePlan;
    expect(cert.id).toBe("med/medsvr01.contoso.net");
    expect(cert.profile).toBe("sfb-mediation");
    expect(cert.title).toBe("Mediation — medsvr01.contoso.net");
    expect(cert.subject.CN).toBe("medsvr-pool.contoso.net");
    expect(new Set(cert.sans.map((s) => s.value))).toEqual(
      new Set(["medsvr-pool.contoso.net", "medsvr01.contoso.net"]),
    );
    expect(cert.sans.map((s) => s.reasons)).toEqual([
      ["Mediation pool FQDN"],
      ["Mediation Server medsvr01.contoso.net"],
    ]);
    expect(cert.eku).toEqual(["serverAuth"]);
    expect(cert.exportableKey).toBe(false);
    expect(cert.installOn).toEqual(["medsvr01.contoso.net"]);
    expect(cert.caType).toBe("internal");
  });

  it("plans one certificate per member, each with only its own server FQDN", () => {
    const certs = run({
      type: "sfb-mediation",
      id: "med",
      poolFqdn: "medsvr-pool.contoso.net",
      servers: ["medsvr01.contoso.net", "MEDSVR02.contoso.net"],
    });
    expect(certs.map((c) => c.id)).toEqual(["med/medsvr01.contoso.net", "med/medsvr02.contoso.net"]);
    expect(certs.map((c) => c.sans.map((s) => s.value))).toEqual([
      ["medsvr-pool.contoso.net", "medsvr01.contoso.net"],
      ["medsvr-pool.contoso.net", "medsvr02.contoso.net"],
    ]);
  });

  it("merges the pool and server names of a single-server pool", () => {
    const certs = run({
      type: "sfb-mediation",
      id: "med",
      poolFqdn: "med01.contoso.net",
      servers: ["med01.contoso.net"],
    });
    expect(certs[0]?.sans).toEqual([
      {
        type: "dns",
        value: "med01.contoso.net",
        reasons: ["Mediation pool FQDN", "Mediation Server med01.contoso.net"],
      },
    ]);
  });
});
