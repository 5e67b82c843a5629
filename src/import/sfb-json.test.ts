import { describe, expect, it } from "vitest";
import { readSource } from "./detect";
import { SIMPLE_URL_JSON, SIP_DOMAIN_JSON } from "./test-fixtures";

describe("Skype for Business Management Shell JSON", () => {
  it("reads Get-CsSimpleUrlConfiguration | ConvertTo-Json -Depth 5", () => {
    const s = readSource(SIMPLE_URL_JSON, "simpleurls.json");
    if (s.kind !== "sfb-simple-urls") throw new Error(`read as ${s.kind}`);
    expect(s.urls).toEqual({
      meet: ["https://meet.contoso.com"],
      dialin: ["https://dialin.contoso.com"],
      admin: "https://admin.contoso.com",
      refused: [],
    });
  });
  it("reads Get-CsSipDomain | ConvertTo-Json, the default first, and a single domain (one object)", () => {
    const s = readSource(SIP_DOMAIN_JSON, "sipdomains.json");
    if (s.kind !== "sfb-sip-domains") throw new Error(`read as ${s.kind}`);
    expect(s.domains).toEqual([
      { name: "contoso.com", isDefault: true },
      { name: "fabrikam.com", isDefault: false },
    ]);
    const one = readSource(
      JSON.stringify({ Identity: "contoso.com", Name: "contoso.com", IsDefault: true }),
      "one.json",
    );
    expect(one.kind).toBe("sfb-sip-domains");
  });
});

describe("hostile or wrong JSON", () => {
  it("names what is read when the JSON has another shape", () => {
    expect(() => readSource(JSON.stringify({ hello: "world" }), "other.json")).toThrow(
      /is JSON, but not one of the exports this page reads \(a Skype for Business topology/,
    );
    expect(() => readSource("[1, 2, 3]", "numbers.json")).toThrow(/not one of the exports/);
  });
  it("refuses broken JSON, deep nesting and multi-MB pastes with a clear message", () => {
    expect(() => readSource('{"SimpleUrl": [', "broken.json")).toThrow(/is not valid JSON/);
    expect(() => readSource(`${"[".repeat(100)}${"]".repeat(100)}`, "deep.json")).toThrow(
      /nested more than 64 levels/,
    );
    expect(() => readSource(`[${'"x",'.repeat(900_000)}"x"]`, "big.json")).toThrow(
      /is 3\.4 MB; an export of a deployment is at most 3\.0 MB/,
    );
    expect(() => readSource(`[${"0,".repeat(250_000)}0]`, "many.json")).toThrow(/more than 200,000 values/);
  });
});
