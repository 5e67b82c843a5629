import { describe, expect, it } from "vitest";
import type { CertificatePlan, Plan, SfbReverseProxyComponent } from "../types";
import { planSfbReverseProxy } from "./sfb-reverse-proxy";

function plan(p: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test",
    issueDate: "2026-07-01",
    sipDomains: ["contoso.com"],
    sfb: {
      simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"], admin: "admin.contoso.com" },
    },
    components: [],
    ...p,
  };
}

const rp: SfbReverseProxyComponent = {
  type: "sfb-reverse-proxy",
  id: "rp",
  externalWebFqdns: ["webext.contoso.com", "webdirext.contoso.com"],
  officeOnlineFqdn: "officewebapps01.contoso.com",
};

function run(c: SfbReverseProxyComponent, p: Plan): CertificatePlan {
  const certs = planSfbReverseProxy(c, { plan: p, issueDate: p.issueDate ?? "2026-07-01" });
  expect(certs).toHaveLength(1);
  const cert = certs[0] as CertificatePlan;
  // CN first, no duplicates, every SAN with a non-empty reason
  expect(cert.sans[0]?.value).toBe(cert.subject.CN);
  expect(new Set(cert.sans.map((s) => s.value)).size).toBe(cert.sans.length);
  for (const s of cert.sans) {
    expect(s.reasons.length, s.value).toBeGreaterThan(0);
    for (const r of s.reasons) expect(r.trim().length, s.value).toBeGreaterThan(0);
  }
  return cert;
}

const sanSet = (cert: CertificatePlan): Set<string> => new Set(cert.sans.map((s) => s.value));

// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-reverse-proxy
// "Reverse Proxy: External Interface"
// | Reverse Proxy | webext.contoso.com | webext.contoso.com, webdirext.contoso.com, dialin.contoso.com, meet.contoso.com,
// |               |                    | officewebapps01.contoso.com, lyncdiscover.contoso.com, (Optional):*.contoso.com |
// "Certificate must be issued by a public CA and with the server EKU." ... "The optional wildcard replaces both meet
// and dialin SAN"
describe("sfb-reverse-proxy: Microsoft example table", () => {
  it("reproduces the reverse proxy table (mobility on by default; no admin URL)", () => {
    const cert = run(rp, plan());
    expect(cert.id).toBe("rp");
    expect(cert.profile).toBe("sfb-reverse-proxy");
    expect(cert.title).toBe("Reverse proxy — webext.contoso.com");
    expect(cert.subject.CN).toBe("webext.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set([
        "webext.contoso.com",
        "webdirext.contoso.com",
        "dialin.contoso.com",
        "meet.contoso.com",
        "officewebapps01.contoso.com",
        "lyncdiscover.contoso.com",
      ]),
    );
    expect(cert.eku).toEqual(["serverAuth"]);
    expect(cert.caType).toBe("public");
  });

  it("reproduces the table with the optional wildcard replacing meet and dialin", () => {
    const p = plan();
    const cert = run(rp, { ...p, sfb: { ...p.sfb, wildcardSimpleUrls: true } });
    expect(cert.subject.CN).toBe("webext.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set([
        "webext.contoso.com",
        "webdirext.contoso.com",
        "officewebapps01.contoso.com",
        "lyncdiscover.contoso.com",
        "*.contoso.com",
      ]),
    );
    expect(cert.sans.find((s) => s.value === "*.contoso.com")?.reasons[0]).toContain(
      "summarises meet.contoso.com, dialin.contoso.com",
    );
    expect(new Set(cert.notIncluded?.map((n) => n.value))).toEqual(
      new Set(["meet.contoso.com", "dialin.contoso.com"]),
    );
  });
});

describe("sfb-reverse-proxy: edge cases", () => {
  it("adds lyncdiscover.<domain> for every SIP domain, none with mobility: false", () => {
    const p = plan({ sipDomains: ["contoso.com", "fabrikam.com"] });
    const on = run(rp, p);
    expect(sanSet(on).has("lyncdiscover.contoso.com")).toBe(true);
    expect(sanSet(on).has("lyncdiscover.fabrikam.com")).toBe(true);
    const off = run(rp, { ...p, sfb: { ...p.sfb, mobility: false } });
    expect([...sanSet(off)].some((n) => n.startsWith("lyncdiscover"))).toBe(false);
  });

  it("keeps the plan's CA type (LYNC-RP-1 lints an internal CA) and merges duplicate names", () => {
    const cert = run(
      { ...rp, caType: "internal", externalWebFqdns: ["webext.contoso.com", "WebExt.contoso.com."] },
      plan(),
    );
    expect(cert.caType).toBe("internal");
    expect(cert.sans.filter((s) => s.value === "webext.contoso.com")).toHaveLength(1);
  });

  it("publishes one meet URL per SIP domain", () => {
    const cert = run(
      rp,
      plan({
        sipDomains: ["contoso.com", "fabrikam.com"],
        sfb: {
          simpleUrls: { meet: ["meet.contoso.com", "meet.fabrikam.com"], dialin: ["dialin.contoso.com"] },
        },
      }),
    );
    expect(sanSet(cert).has("meet.fabrikam.com")).toBe(true);
    expect(cert.sans.find((s) => s.value === "meet.fabrikam.com")?.reasons).toEqual(["meet simple URL"]);
  });
});
