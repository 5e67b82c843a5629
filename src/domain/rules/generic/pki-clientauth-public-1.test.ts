import { describe, expect, it } from "vitest";
import type { ExpresswayComponent, PexipComponent, PublicCa } from "../../types";
import { PKI_CLIENTAUTH_PUBLIC_1 } from "./pki-clientauth-public-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Chrome Root Program Policy v1.8 §1.3.2 (github.com/GoogleChrome/chromerootprogram content/index.md): "All
// corresponding subscriber certificates issued on or after March 15, 2027, MUST ... only assert an
// extendedKeyUsage purpose of id-kp-serverAuth." The CAs' own dates: see the rule's file.
const pexip: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [{ fqdn: "px01.vc.example.com" }],
};
const pxCert = makeCert({
  id: "px",
  componentId: "px",
  componentType: "pexip",
  profile: "pexip-public-dmz",
  sans: ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"],
  eku: ["serverAuth", "clientAuth"],
});

function on(issueDate: string, publicCa?: PublicCa) {
  const plan = makePlan({ issueDate, components: [pexip], ...(publicCa ? { defaults: { publicCa } } : {}) });
  return run(PKI_CLIENTAUTH_PUBLIC_1, plan, [publicCa ? { ...pxCert, publicCa } : pxCert]);
}

describe("PKI-CLIENTAUTH-PUBLIC-1", () => {
  it("no CA named: a warning the day before March 15, 2027, an error from that day (Chrome Root Program)", () => {
    const [before] = on("2027-03-14");
    expect(before).toMatchObject({ severity: "warning", target: "plan", certificate: "px" });
    expect(before?.message).toContain("most public CAs have already stopped");
    expect(before?.message).toContain("Pexip nodes and Skype for Business");
    expect(before?.message).toContain("Name your public CA");
    const [after] = on("2027-03-15");
    expect(after?.severity).toBe("error");
    expect(after?.message).toContain("no publicly trusted CA may issue it on March 15, 2027");
    expect(after?.source).toContain("Chrome Root Program Policy v1.8, §1.3.2");
    expect(after?.source).not.toMatch(/pages\.dev|digitorus/);
  });

  it.each([
    ["digicert", "2027-02-28", "2027-03-01", "DigiCert", "knowledge.digicert.com"],
    ["sectigo", "2026-05-14", "2026-05-15", "Sectigo", "sectigo.com"],
    ["letsencrypt", "2026-07-07", "2026-07-08", "Let's Encrypt", "letsencrypt.org"],
  ] as const)(
    "%s: its own date decides (warning on %s, error on %s), quoted from the CA's own page",
    (ca, before, after, name, host) => {
      const [w] = on(before, ca);
      expect(w?.severity).toBe("warning");
      expect(w?.message).toContain(`${name} can still issue it on`);
      expect(w?.source).toContain(host);
      const [e] = on(after, ca);
      expect(e?.severity).toBe("error");
      expect(e?.message).toContain(`${name} no longer issues it`);
    },
  );

  it("GlobalSign: its date is unconfirmed, so the Chrome date decides", () => {
    const [w] = on("2027-03-14", "globalsign");
    expect(w?.severity).toBe("warning");
    expect(w?.message).toContain("we could not confirm the date GlobalSign itself stops");
    expect(w?.source).toContain("support.globalsign.com");
    expect(on("2027-03-15", "globalsign")[0]?.severity).toBe("error");
    const [other] = on("2026-12-01", "other");
    expect(other?.message).toContain("Check your CA's own announcement");
  });

  it("says it once in a renewal: the planned certificate's finding, not a second one for the certificate it renews", () => {
    const plan = makePlan({
      issueDate: "2026-12-07",
      components: [pexip],
      existing: [
        existing({
          certificate: "px",
          sans: pxCert.sans.map((s) => s.value),
          eku: ["serverAuth", "clientAuth"],
        }),
      ],
    });
    const findings = run(PKI_CLIENTAUTH_PUBLIC_1, plan, [pxCert]);
    expect(findings.map((f) => [f.target, f.certificate])).toEqual([["plan", "px"]]);
  });

  it("is quiet for internal CAs and for serverAuth-only certificates", () => {
    const plan = makePlan({ issueDate: "2027-06-01", components: [pexip] });
    expect(run(PKI_CLIENTAUTH_PUBLIC_1, plan, [{ ...pxCert, caType: "internal" }])).toEqual([]);
    expect(run(PKI_CLIENTAUTH_PUBLIC_1, plan, [{ ...pxCert, eku: ["serverAuth"] }])).toEqual([]);
  });

  it("an existing Expressway certificate with clientAuth (as an OID): its renewal loses it; Cisco's field notice says what to do", () => {
    const expe: ExpresswayComponent = {
      type: "expressway",
      id: "expe",
      role: "e",
      peers: ["expe01.contoso.com"],
    };
    const plan = makePlan({
      issueDate: "2027-04-01",
      components: [expe],
      existing: [
        existing({
          certificate: "expe",
          sans: ["expe01.contoso.com"],
          eku: ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"],
        }),
      ],
    });
    const [f] = run(PKI_CLIENTAUTH_PUBLIC_1, plan);
    expect(f).toMatchObject({ severity: "warning", target: "existing" });
    expect(f?.message).toContain("traversal and neighbour zones");
    expect(f?.message).toContain("X15.5");
    // the wizard can plan the split the field notice describes
    expect(f?.message).toContain('set "Client certificate" to "Separate" on the Components step');
    expect(f?.source).toContain("www.cisco.com/c/en/us/support/docs/field-notices/743/fn74362.html");
  });
});
