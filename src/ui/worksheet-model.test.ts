import { describe, expect, it } from "vitest";
import { planCertificates } from "../domain";
import { presetPlan } from "../domain/presets";
import { safeFileName } from "./download";
import { fileStems } from "./keys/zip";
import {
  buildWorksheet,
  isZoneApex,
  registrableDomain,
  SIGN_OFF,
  validatedDomainsText,
  worksheetHtml,
} from "./worksheet-model";

describe("registrable domains", () => {
  it("uses the last two labels, or three under a known two-level suffix", () => {
    expect(registrableDomain("sip.contoso.com")).toBe("contoso.com");
    expect(registrableDomain("*.contoso.com")).toBe("contoso.com");
    expect(registrableDomain("meet.contoso.co.uk")).toBe("contoso.co.uk");
    expect(registrableDomain("vc.example.com")).toBe("example.com");
    expect(registrableDomain("contoso.com")).toBe("contoso.com");
  });
});

describe("file names", () => {
  it("derive from certificate ids with safe characters only", () => {
    expect(safeFileName("edge/external")).toBe("edge_external");
    expect(safeFileName("cucm/cucm-pub.example.com")).toBe("cucm_cucm-pub.example.com");
    expect(safeFileName("../x")).toBe("__x");
    expect([...fileStems(["a/b", "a_b", "plan"], () => "2026-12-07T10:00:00Z").values()]).toEqual([
      "a_b-2026-12-07",
      "a_b-2026-12-07-2",
      "plan-2026-12-07",
    ]);
  });
});

describe("the worksheet", () => {
  const plan = presetPlan("pexip-dmz");
  const result = planCertificates(plan, { today: "2026-07-01" });
  const fp = () => "x";

  it("has one page per certificate with numbered SANs, DNS records and the domains the CA validates", () => {
    const ws = buildWorksheet(plan, result, {}, fp, "2026-07-01");
    expect(ws.certificates).toHaveLength(1);
    const c = ws.certificates[0];
    expect(c?.sans.map((s) => [s.n, s.value])).toEqual([
      [1, "px.vc.example.com"],
      [2, "px01.vc.example.com"],
      [3, "px02.vc.example.com"],
      [4, "vc.example.com"],
    ]);
    expect(c?.csrSha256).toBeNull();
    expect(c?.keyAlgorithm).toBe("RSA 2048 (planned)");
    expect(c?.dnsRecords).toContainEqual({
      type: "SRV",
      name: "_sipfederationtls._tcp.vc.example.com",
      value: "0 0 5061 px.vc.example.com",
    });
    expect(c?.dnsRecords).toContainEqual({
      type: "A / CNAME",
      name: "px.vc.example.com",
      value: "px01.vc.example.com, px02.vc.example.com",
    });
    expect(c?.validatedDomains).toEqual(["example.com"]);
  });

  it("prints the fingerprints of a generated CSR and accepted findings with their reasons, escaped", () => {
    const accepted = {
      ...plan,
      acceptedFindings: [
        {
          rule: "PEXIP-X-1",
          certificate: "px",
          target: "plan" as const,
          reason: "Because <lab> & test",
          acceptedBy: "J. Smith <UC team>",
          acceptedAt: "2026-11-23T15:00:00.000Z",
        },
      ],
    };
    const generated = {
      px: {
        spec: { algorithm: "ECDSA" as const, curve: "P-256" as const },
        csrSha256: "AA:BB",
        spkiSha256: "CC:DD",
        planFingerprint: "x",
      },
    };
    const ws = buildWorksheet(accepted, result, generated, fp, "2026-07-01");
    expect(ws.certificates[0]?.keyAlgorithm).toBe("ECDSA P-256");
    const html = worksheetHtml(ws);
    expect(html).toContain("AA:BB");
    expect(html).toContain("CC:DD");
    expect(html).toContain("Because &lt;lab&gt; &amp; test");
    expect(html).toContain("<br>Accepted by J. Smith &lt;UC team&gt; on 2026-11-23</li>");
    expect(html).not.toContain("<script");
  });

  it("says a public CA validates the registrable domains, and an internal CA does not", () => {
    const domains = ["contoso.com", "fabrikam.com"];
    expect(validatedDomainsText({ caType: "public", validatedDomains: domains })).toBe(
      "contoso.com, fabrikam.com",
    );
    expect(validatedDomainsText({ caType: "internal", validatedDomains: domains })).toBe(
      "None: an internal (enterprise) CA issues this certificate without public domain validation (registrable domains of its names: contoso.com, fabrikam.com).",
    );
    expect(validatedDomainsText({ caType: "public", validatedDomains: [] })).toBe("—");
  });
});

describe("the worksheet's promises", () => {
  const plan = presetPlan("pexip-dmz");
  const result = planCertificates(plan, { today: "2026-07-01" });
  const fp = () => "x";

  it("says the key was created in this browser only once it exists", () => {
    const before = buildWorksheet(plan, result, {}, fp, "2026-07-01").certificates[0];
    expect(before?.keyCreated).not.toBe("in this browser");
    expect(before?.keyCreated).toMatch(/^not yet/);
    const id = result.certificates[0]?.id ?? "";
    const generated = {
      [id]: {
        spec: { alg: "RSA", size: 2048 } as never,
        csrSha256: "AA",
        spkiSha256: "BB",
        planFingerprint: "x",
      },
    };
    expect(buildWorksheet(plan, result, generated, fp, "2026-07-01").certificates[0]?.keyCreated).toBe(
      "in this browser",
    );
  });

  it("gives a zone apex addresses only, never CNAME advice", () => {
    expect(isZoneApex("contoso.com")).toBe(true);
    expect(isZoneApex("contoso.co.uk")).toBe(true);
    expect(isZoneApex("sip.contoso.com")).toBe(false);
    expect(isZoneApex("*.contoso.com")).toBe(false);
    const web = {
      ...plan,
      components: [
        {
          type: "custom",
          id: "web",
          commonName: "www.contoso.com",
          sans: ["www.contoso.com", "contoso.com"],
        },
      ],
    } as unknown as typeof plan;
    const ws = buildWorksheet(web, planCertificates(web, { today: "2026-07-01" }), {}, fp, "2026-07-01");
    const records = ws.certificates[0]?.dnsRecords ?? [];
    expect(records.find((r) => r.name === "contoso.com")?.type).toBe("A / AAAA");
    expect(records.find((r) => r.name === "www.contoso.com")?.type).toBe("A / AAAA or CNAME");
  });

  it("ends every certificate's page with a sign-off block, in the HTML file too", () => {
    const html = worksheetHtml(buildWorksheet(plan, result, {}, fp, "2026-07-01"));
    for (const label of SIGN_OFF) expect(html).toContain(`<th>${label}</th>`);
    expect(html).toContain("<h3>Sign-off</h3>");
  });
});

describe("the worksheet: the subject the CA issues and the validation methods on the issue date", () => {
  it("a DV order from a named CA: names only, the methods BR §3.2.2.4 still allows, a phone plan flagged after 2027-03-15", () => {
    const plan = presetPlan("pexip-dmz");
    plan.issueDate = "2027-03-15";
    plan.defaults = {
      ...plan.defaults,
      publicCa: "digicert",
      validationLevel: "DV",
      validationMethod: "phone",
    };
    const ws = buildWorksheet(plan, planCertificates(plan), {}, () => "x", "2027-03-15");
    const c = ws.certificates[0];
    expect(c?.publicCa).toBe("DigiCert (also GeoTrust, Thawte, RapidSSL)");
    expect(c?.subjectCarried).toContain("Domain validated (DV)");
    expect(c?.validationMethods).toContain("_validation-persist");
    expect(c?.validationMethods).toContain("no longer allowed since March 15, 2027");
    const html = ws.certificates.length > 0 ? worksheetHtml(ws) : "";
    expect(html).toContain("Subject the CA issues");
    expect(html).toContain("email until March 15, 2028");
  });

  it("an internal certificate: the subject as requested, no public validation methods", () => {
    const plan = presetPlan("pexip-on-prem");
    const ws = buildWorksheet(
      plan,
      planCertificates(plan, { today: "2026-12-07" }),
      {},
      () => "x",
      "2026-12-07",
    );
    const c = ws.certificates.find((x) => x.caType === "internal");
    expect(c?.subjectCarried).toContain("internal CA");
    expect(c?.validationMethods).toBeUndefined();
  });
});

describe("the worksheet file's domain-validation page", () => {
  const fromHtml = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");

  it("a public plan: the reuse window, the domains, and the same zone-file and PowerShell text the Review offers", () => {
    const plan = presetPlan("sfb-edge");
    plan.issueDate = "2027-03-15";
    const ws = buildWorksheet(plan, planCertificates(plan), {}, () => "x", "2027-03-15");
    expect(ws.validation?.reuseDays).toBe(100);
    const html = worksheetHtml(ws);
    expect(html).toContain("<h2>Domain validation</h2>");
    expect(html).toContain("may reuse a domain validation for 100 days");
    const pres = [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => fromHtml(m[1] ?? ""));
    expect(pres[0]).toBe(ws.validation?.zoneFile);
    expect(pres[1]).toBe(ws.validation?.powershell.replace(/\r\n/g, "\n"));
    expect(pres[0]).toContain("_validation-persist.contoso.com.");
    // the quote marks of the TXT values are escaped in the HTML, never raw markup
    expect(html).not.toMatch(/<pre>[^<]*"[^<]*<\/pre>/);
  });

  it("an internal-CA plan has no such page", () => {
    const plan = presetPlan("pexip-on-prem");
    plan.defaults = { ...plan.defaults, caType: "internal" };
    plan.components = plan.components.map((c) => ({ ...c, caType: "internal" as const }));
    const ws = buildWorksheet(plan, planCertificates(plan), {}, () => "x", "2026-12-07");
    expect(ws.validation).toBeNull();
    expect(worksheetHtml(ws)).not.toContain("Domain validation");
  });
});

describe("the worksheet of a Teams Direct Routing SBC", () => {
  const plan = presetPlan("teams-dr-2-sbcs");
  const result = planCertificates(plan, { today: "2026-12-07" });
  const ws = buildWorksheet(plan, result, {}, () => "fp", "2026-12-07");

  it("says what to order, what the SBC must trust, where the certificate goes and where Teams shows the TLS status", () => {
    const c = ws.certificates.find((x) => x.id === "dr/sbc1.contoso.com");
    expect(c?.sbc?.order).toContain("Microsoft Trusted Root Program");
    expect(c?.sbc?.order).toContain("Server Authentication and Client Authentication");
    expect(c?.sbc?.trust).toContain("DigiCert Global Root G2");
    expect(c?.sbc?.upload).toContain("TLS Contexts");
    expect(c?.sbc?.status).toContain("TLS connectivity status");
    const html = worksheetHtml(ws);
    expect(html).toContain("<th>What the SBC must trust</th>");
    expect(html).toContain("<th>TLS status in Teams</th>");
  });

  it("other platforms carry no SBC rows", () => {
    const px = presetPlan("pexip-dmz");
    const w = buildWorksheet(px, planCertificates(px, { today: "2026-07-01" }), {}, () => "fp", "2026-07-01");
    expect(w.certificates.every((c) => c.sbc === undefined)).toBe(true);
    expect(worksheetHtml(w)).not.toContain("What the SBC must trust");
  });
});
