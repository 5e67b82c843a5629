import { describe, expect, it } from "vitest";
import type { CertificatePlan, Plan, SfbSbaComponent } from "../types";
import { planSfbSba } from "./sfb-sba";

function run(sipDomains: string[]): CertificatePlan {
  const plan: Plan = { format: "san-planner/plan", version: 1, name: "test", sipDomains, components: [] };
  const c: SfbSbaComponent = { type: "sfb-sba", id: "sba", fqdn: "sba01.contoso.net" };
  const certs = planSfbSba(c, { plan, issueDate: "2026-07-01" });
  expect(certs).toHaveLength(1);
  const cert = certs[0] as CertificatePlan;
  expect(cert.sans[0]?.value).toBe(cert.subject.CN);
  for (const s of cert.sans)
    expect(s.reasons.filter((r) => r.trim().length > 0).length, s.value).toBeGreaterThan(0);
  return cert;
}

// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// "Certificates for Survivable Branch Appliance"
// | Default | FQDN of the appliance | SIP.<sipdomain> (need one entry per SIP domain) |
// |         |                       | SN=sba01.contoso.net; SAN=sip.contoso.com; SAN=sip.fabrikam.com |
// Deviation (PKI-CN-IN-SAN-1, RULES.md rule 1 and 16): the subject name sba01.contoso.net is also the first SAN.
describe("sfb-sba", () => {
  it("reproduces the Survivable Branch Appliance table (plus the CN as first SAN)", () => {
    const cert = run(["contoso.com", "fabrikam.com"]);
    expect(cert.id).toBe("sba");
    expect(cert.profile).toBe("sfb-sba");
    expect(cert.title).toBe("Survivable Branch Appliance — sba01.contoso.net");
    expect(cert.subject.CN).toBe("sba01.contoso.net");
    expect(new Set(cert.sans.map((s) => s.value))).toEqual(
      new Set(["sba01.contoso.net", "sip.contoso.com", "sip.fabrikam.com"]),
    );
    expect(cert.sans.find((s) => s.value === "sip.fabrikam.com")?.reasons).toEqual([
      "SIP domain fabrikam.com (sip.<domain>)",
    ]);
    expect(cert.eku).toEqual(["serverAuth"]);
    expect(cert.exportableKey).toBe(false);
    expect(cert.installOn).toEqual(["sba01.contoso.net"]);
  });

  it("adds one sip.<domain> per SIP domain", () => {
    expect(run(["contoso.com"]).sans.map((s) => s.value)).toEqual(["sba01.contoso.net", "sip.contoso.com"]);
    expect(run([]).sans.map((s) => s.value)).toEqual(["sba01.contoso.net"]);
  });
});
