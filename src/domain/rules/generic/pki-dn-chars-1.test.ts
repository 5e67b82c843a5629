import { describe, expect, it } from "vitest";
import { PKI_DN_CHARS_1 } from "./pki-dn-chars-1";
import { makePlan, run } from "./test-helpers";

// Cisco Jabber 12.6 Planning Guide: "Do not contain certain characters, such as @&! , in the Organization , OU , or
// other fields."; DigiCert KB SO16317: "Do not abbreviate or use any of these symbols: ! @ # $ % ^ * ( ) ~ ? > < / \."
// RULES.md 12: "Country must be a 2-letter ISO code (GB not UK)."
describe("PKI-DN-CHARS-1", () => {
  it("warns about DigiCert's forbidden symbols in O and OU, naming the field", () => {
    const plan = makePlan({
      subject: { O: "Smith & Jones (UK) Ltd", OU: "IT/Telephony", L: "London", C: "GB" },
    });
    const findings = run(PKI_DN_CHARS_1, plan);
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({ rule: "PKI-DN-CHARS-1", severity: "warning", target: "plan" });
    expect(findings[0]?.certificate).toBeUndefined();
    expect(findings[0]?.message).toContain(
      'Organization (O) "Smith & Jones (UK) Ltd" contains "&", "(" and ")"',
    );
    expect(findings[0]?.message).toContain('write "and" instead of "&"');
    expect(findings[1]?.message).toContain('Organizational unit (OU) "IT/Telephony" contains "/"');
  });

  it('suggests GB for the country "UK", and capitals for "de"', () => {
    const [uk] = run(PKI_DN_CHARS_1, makePlan({ subject: { C: "UK" } }));
    expect(uk?.message).toContain('Use "GB"');
    expect(uk?.names).toEqual(["UK"]);
    const [de] = run(PKI_DN_CHARS_1, makePlan({ subject: { C: "de" } }));
    expect(de?.message).toContain('Use "DE"');
    const [usa] = run(PKI_DN_CHARS_1, makePlan({ subject: { C: "USA" } }));
    expect(usa?.message).toContain('Use "US"');
  });

  it("is quiet for a clean Subject (dots, commas, hyphens and apostrophes are fine)", () => {
    const plan = makePlan({
      subject: { O: "Contoso, Inc.", OU: "Unified Communications", L: "Redmond", ST: "Washington", C: "US" },
    });
    expect(run(PKI_DN_CHARS_1, plan)).toEqual([]);
    expect(run(PKI_DN_CHARS_1, makePlan({ subject: { O: "O'Brien-Smith GmbH", C: "DE" } }))).toEqual([]);
  });
});
