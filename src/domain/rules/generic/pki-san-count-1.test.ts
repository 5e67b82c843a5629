import { describe, expect, it } from "vitest";
import { PKI_SAN_COUNT_1 } from "./pki-san-count-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// https://www.xolphin.com/support/Terminology/Multi_Domain_certificate: "Sectigo has a minimum of 2 and a maximum
// of 210 SAN's. Thawte and DigiCert have a minimum of 1 and a maximum of 25 SAN's." RULES.md 10: warn > 25,
// error > 100 (GlobalSign / GeoTrust, Let's Encrypt), hard error > 210 (Sectigo / most commercial CAs).
function names(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `node${i + 1}.vc.example.com`);
}

describe("PKI-SAN-COUNT-1", () => {
  it("25 SANs pass; 26 give a warning (DigiCert / Thawte products stop at 25)", () => {
    expect(run(PKI_SAN_COUNT_1, makePlan(), [makeCert({ id: "a", sans: names(25) })])).toEqual([]);
    const [f] = run(PKI_SAN_COUNT_1, makePlan(), [makeCert({ id: "a", sans: names(26) })]);
    expect(f).toMatchObject({ rule: "PKI-SAN-COUNT-1", severity: "warning" });
    expect(f?.message).toContain("at most 25 (DigiCert, Thawte)");
  });

  it("100 SANs warn; 101 are an error (many CAs stop at 100)", () => {
    expect(run(PKI_SAN_COUNT_1, makePlan(), [makeCert({ id: "a", sans: names(100) })])[0]?.severity).toBe(
      "warning",
    );
    const [f] = run(PKI_SAN_COUNT_1, makePlan(), [makeCert({ id: "a", sans: names(101) })]);
    expect(f).toMatchObject({ severity: "error" });
    expect(f?.message).toContain("stop at 100");
  });

  it("211 SANs on an existing certificate: most commercial CAs refuse (Sectigo: 210)", () => {
    const plan = makePlan({ existing: [existing({ certificate: "big", sans: names(211) })] });
    const [f] = run(PKI_SAN_COUNT_1, plan);
    expect(f).toMatchObject({ severity: "error", target: "existing" });
    expect(f?.message).toContain("most commercial CAs refuse");
  });

  it("does not count SANs of an internal-CA certificate", () => {
    expect(
      run(PKI_SAN_COUNT_1, makePlan(), [makeCert({ id: "a", sans: names(300), caType: "internal" })]),
    ).toEqual([]);
  });
});
