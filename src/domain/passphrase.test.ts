import { describe, expect, it } from "vitest";
import { PASSPHRASE_MIN_LENGTH, passphraseAccepted, passphraseLength, passphraseProblem } from "./passphrase";

describe("the passphrase that protects a key", () => {
  it("refuses the one-character passphrases the review found accepted ('a' for a key file, '1' for a PFX), saying why", () => {
    for (const p of ["a", "1"]) {
      expect(passphraseAccepted(p)).toBe(false);
      expect(passphraseProblem(p)).toMatch(/^Too short: 1 character, at least 15 are needed\./);
      expect(passphraseProblem(p)).toContain("NIST SP 800-63B-4 §3.1.1.2");
    }
  });

  it("needs 15 characters: 14 are refused, 15 accepted, and nothing else (no composition rule)", () => {
    expect(PASSPHRASE_MIN_LENGTH).toBe(15);
    expect(passphraseProblem("staple tree 42")).toMatch(/^Too short: 14 characters/);
    expect(passphraseProblem("staple tree 42!")).toBeNull();
    expect(passphraseAccepted("aaaaaaaaaaaaaaa")).toBe(true);
    expect(passphraseAccepted("correct horse battery")).toBe(true);
  });

  it("counts Unicode code points, not UTF-16 units", () => {
    const p = "🔑".repeat(8); // 16 UTF-16 units, 8 code points
    expect(p.length).toBe(16);
    expect(passphraseLength(p)).toBe(8);
    expect(passphraseAccepted(p)).toBe(false);
    expect(passphraseAccepted("Grüße aus Zürich")).toBe(true);
  });

  it("refuses spaces only, and leaves an empty one (no passphrase) to the caller", () => {
    expect(passphraseProblem(" ".repeat(20))).toBe("A passphrase of spaces only is not accepted.");
    expect(passphraseProblem("")).toBeNull();
    expect(passphraseAccepted("")).toBe(false);
  });
});
