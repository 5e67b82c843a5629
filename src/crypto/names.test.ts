// Subject and SAN validation before anything is signed.

import { describe, expect, it } from "vitest";
import { countryCodeProblem, ISO_3166_ALPHA2 } from "./countries";
import { CryptoError } from "./errors";
import { normaliseDnsName, normaliseIpAddress, subjectAttributes } from "./names";

function errorOf(fn: () => unknown): CryptoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error("expected a CryptoError");
}

describe("country codes", () => {
  it("holds the 249 ISO 3166-1 alpha-2 codes", () => {
    expect(ISO_3166_ALPHA2.size).toBe(249);
    for (const code of ["US", "GB", "DE", "CH", "AX", "SS", "BQ", "CW", "SX"])
      expect(ISO_3166_ALPHA2.has(code)).toBe(true);
  });

  it("explains lower case, three-letter codes and common mistakes", () => {
    expect(countryCodeProblem("US")).toBeNull();
    expect(countryCodeProblem("us")).toMatch(/capital letters: "US"/);
    expect(countryCodeProblem("UK")).toMatch(/GB \(United Kingdom\)/);
    expect(countryCodeProblem("USA")).toMatch(/use US/);
    expect(countryCodeProblem("XX")).toMatch(/not an ISO 3166 two-letter country code/);
  });
});

describe("subjectAttributes", () => {
  it("orders C, ST, L, O, OU, CN, trims and omits empty attributes", () => {
    const attributes = subjectAttributes({ CN: " sip.contoso.com ", O: "Contoso", OU: "  ", C: "US", L: "" });
    expect(attributes.map((a) => [a.key, a.value])).toEqual([
      ["C", "US"],
      ["O", "Contoso"],
      ["CN", "sip.contoso.com"],
    ]);
  });

  it("uses PrintableString where it fits, else UTF8String", () => {
    const attributes = subjectAttributes({
      CN: "a.example.com",
      O: "Zürcher Kantonalbank",
      L: "O'Fallon (MO)",
    });
    expect(Object.fromEntries(attributes.map((a) => [a.key, a.encoding]))).toEqual({
      L: "printableString",
      O: "utf8String",
      CN: "printableString",
    });
    expect(subjectAttributes({ CN: "x", O: "AT&T" }).find((a) => a.key === "O")?.encoding).toBe("utf8String");
  });

  it("refuses a bad country, over-long values, control characters and a missing CN", () => {
    expect(errorOf(() => subjectAttributes({ CN: "a", C: "UK" })).code).toBe("invalid-subject");
    expect(errorOf(() => subjectAttributes({ CN: "a", C: "UK" })).message).toMatch(/GB/);
    expect(errorOf(() => subjectAttributes({ CN: `${"a".repeat(60)}.example.com` })).message).toMatch(
      /72 characters long; CAs accept at most 64/,
    );
    expect(errorOf(() => subjectAttributes({ CN: "a\nb" })).message).toMatch(/line break \(U\+000A\)/);
    // the same set the plan refuses: C1 controls, line separators and bidi controls too
    for (const ch of ["\u0085", "\u2028", "\u202e", "\u2067", "\u200f"])
      expect(errorOf(() => subjectAttributes({ CN: "a.example", O: `Con${ch}toso` })).message).toMatch(/U\+/);
    expect(errorOf(() => subjectAttributes({ O: "Contoso" })).message).toMatch(/no common name/);
  });
});

describe("SAN names", () => {
  it("converts IDNs to A-labels and keeps wildcards", () => {
    expect(normaliseDnsName("münchen.de")).toBe("xn--mnchen-3ya.de");
    expect(normaliseDnsName("*.münchen.de")).toBe("*.xn--mnchen-3ya.de");
    expect(normaliseDnsName("SIP.Contoso.com.")).toBe("sip.contoso.com");
    expect(normaliseDnsName("_sip._tls.contoso.com")).toBe("_sip._tls.contoso.com");
  });

  it("refuses names that are not DNS names", () => {
    for (const bad of [
      "a..b",
      "sip contoso.com",
      "foo.*.com",
      "-a.com",
      "a.com/",
      `${"a".repeat(64)}.com`,
      "",
    ]) {
      expect(errorOf(() => normaliseDnsName(bad)).code).toBe("invalid-name");
    }
    expect(errorOf(() => normaliseDnsName("foo.*.com")).message).toMatch(/whole first label/);
  });

  it("validates IPv4 and IPv6 addresses", () => {
    expect(normaliseIpAddress("192.0.2.10")).toBe("192.0.2.10");
    expect(normaliseIpAddress("2001:DB8:0:0::1")).toBe("2001:db8::1");
    for (const bad of ["192.0.2.256", "010.0.0.1", "1.2.3", "2001:db8::g", "host"]) {
      expect(errorOf(() => normaliseIpAddress(bad)).code).toBe("invalid-name");
    }
  });
});
