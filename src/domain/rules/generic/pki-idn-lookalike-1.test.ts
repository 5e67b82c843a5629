import { describe, expect, it } from "vitest";
import { normalizeName } from "../../names";
import { PKI_IDN_LOOKALIKE_1 } from "./pki-idn-lookalike-1";
import { makeCert, makePlan, run } from "./test-helpers";

// Unicode TS #39 §5.1: a label that mixes Latin with Cyrillic or Greek letters is a classic look-alike;
// Latin mixed with Han/Hiragana/Katakana is ordinary Japanese and must stay quiet.
describe("PKI-IDN-LOOKALIKE-1", () => {
  it("fires on a node name with a Cyrillic х in place of the Latin x, showing both forms", () => {
    const name = normalizeName("p\u044501.vc.example.com");
    expect(name).toBe("xn--p01-lfd.vc.example.com");
    const findings = run(PKI_IDN_LOOKALIKE_1, makePlan(), [
      makeCert({ id: "px", sans: ["px.vc.example.com", name] }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("warning");
    expect(findings[0]?.names).toEqual([name]);
    expect(findings[0]?.message).toContain(
      "p\u044501.vc.example.com (xn--p01-lfd.vc.example.com on the certificate)",
    );
    expect(findings[0]?.message).toContain("mixes Latin and Cyrillic letters");
  });

  it("fires on a whole-Cyrillic label made only of Latin look-alikes (рау → pay)", () => {
    const name = normalizeName("\u0440\u0430\u0443.example.com");
    const findings = run(PKI_IDN_LOOKALIKE_1, makePlan(), [makeCert({ id: "c", sans: [name] })]);
    expect(findings[0]?.message).toContain("Cyrillic letters that all look like Latin ones");
  });

  it("stays quiet on genuine IDNs: German, Russian, Japanese, and on ASCII names", () => {
    const names = ["münchen.de", "пример.рф", "例え.テスト", "sip.contoso.com"].map(normalizeName);
    expect(run(PKI_IDN_LOOKALIKE_1, makePlan(), [makeCert({ id: "c", sans: names })])).toEqual([]);
  });
});
