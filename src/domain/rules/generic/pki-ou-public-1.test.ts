import { describe, expect, it } from "vitest";
import { planCertificates } from "../../plan";
import { PKI_OU_PUBLIC_1 } from "./pki-ou-public-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// BR v2.2.6 §7.1.2.7.4 (github.com/cabforum/servercert docs/BR.md): "organizationalUnitName | MUST NOT".
const cert = makeCert({ id: "web", sans: ["web.contoso.com"] });

describe("PKI-OU-PUBLIC-1", () => {
  it("planned: a public certificate of a plan with an OU gets a warning that says the OU is left out, and why", () => {
    const plan = makePlan({ subject: { O: "Contoso Ltd", OU: "IT", C: "US" } });
    const [f, ...rest] = run(PKI_OU_PUBLIC_1, plan, [cert]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "PKI-OU-PUBLIC-1",
      severity: "warning",
      target: "plan",
      certificate: "web",
    });
    expect(f?.message).toContain('The organizational unit "IT"');
    expect(f?.message).toContain("Baseline Requirements");
    expect(f?.source).toContain("github.com/cabforum/servercert");
    expect(f?.source).toContain("MUST NOT");
  });

  it("planned: quiet for an internal-CA certificate and for a plan without an OU", () => {
    const withOu = makePlan({ subject: { O: "Contoso Ltd", OU: "IT" } });
    expect(run(PKI_OU_PUBLIC_1, withOu, [{ ...cert, caType: "internal" }])).toEqual([]);
    expect(run(PKI_OU_PUBLIC_1, makePlan({ subject: { O: "Contoso Ltd" } }), [cert])).toEqual([]);
  });

  it("existing: a public certificate or CSR with an OU is linted; an internal one is not", () => {
    const plan = makePlan({
      existing: [
        existing({ certificate: "web", sans: ["web.contoso.com"], subjectOU: "Unified Communications" }),
        existing({ certificate: "lab", sans: ["lab.contoso.com"], subjectOU: "IT", kind: "csr" }),
        existing({ certificate: "int", sans: ["int.contoso.com"], subjectOU: "IT", caType: "internal" }),
        existing({ certificate: "no-ou", sans: ["x.contoso.com"] }),
      ],
    });
    const found = run(PKI_OU_PUBLIC_1, plan);
    expect(found.map((f) => [f.certificate, f.target])).toEqual([
      ["web", "existing"],
      ["lab", "existing"],
    ]);
    expect(found[0]?.message).toContain(
      'The existing certificate\'s subject has the organizational unit "Unified Communications"',
    );
    expect(found[1]?.message).toContain("The existing request's subject");
  });

  it("the planned subject itself: public certificates lose the OU, internal ones keep it", () => {
    const plan = makePlan({
      subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", C: "US" },
      components: [
        { type: "custom", id: "pub", commonName: "web.contoso.com", sans: [], caType: "public" },
        { type: "custom", id: "int", commonName: "app.contoso.net", sans: [], caType: "internal" },
      ],
    });
    const { certificates, findings } = planCertificates(plan);
    expect(certificates.map((c) => c.subject)).toEqual([
      { CN: "web.contoso.com", O: "Contoso Ltd", L: "Redmond", C: "US" },
      { CN: "app.contoso.net", O: "Contoso Ltd", OU: "IT", L: "Redmond", C: "US" },
    ]);
    expect(findings.filter((f) => f.rule === "PKI-OU-PUBLIC-1").map((f) => f.certificate)).toEqual(["pub"]);
  });
});
