import { describe, expect, it } from "vitest";
import { methodsAllowedOn, subjectCarriedText, validationMethodsText } from "./public-ca";
import type { Plan } from "./types";

const plan = (defaults: Plan["defaults"] = {}): Plan => ({
  format: "san-planner/plan",
  version: 1,
  name: "p",
  sipDomains: [],
  components: [],
  defaults,
});
const subject = { CN: "sip.contoso.com", O: "Contoso Ltd", L: "Redmond", ST: "Washington", C: "US" };

// BR v2.2.6 §3.2.2.4 as amended by SC-090: phone (§3.2.2.4.16/.17) "MUST NOT" from March 15, 2027; email
// (§3.2.2.4.4/.13/.14) from March 15, 2028. SC-088: §3.2.2.4.22 persistent DNS TXT record.
describe("domain validation methods on an issue date (BR §3.2.2.4, SC-090, SC-088)", () => {
  it("phone remains on March 14, 2027 and is gone on March 15, 2027", () => {
    expect(methodsAllowedOn("2027-03-14")).toContain("phone");
    expect(methodsAllowedOn("2027-03-15")).not.toContain("phone");
    expect(methodsAllowedOn("2027-03-15")).toContain("email");
  });

  it("email remains on March 14, 2028 and is gone on March 15, 2028; DNS (persistent too) and HTTP stay", () => {
    expect(methodsAllowedOn("2028-03-14")).toContain("email");
    const later = methodsAllowedOn("2028-03-15");
    expect(later).not.toContain("email");
    expect(later).toEqual(expect.arrayContaining(["dns-change", "dns-persistent", "http-file", "acme-http"]));
  });

  it("the worksheet sentence lists what remains and flags a chosen method that has ended", () => {
    const early = validationMethodsText(plan({ validationMethod: "phone" }), "2027-03-14");
    expect(early).toContain("_validation-persist");
    expect(early).toContain("phone until March 15, 2027");
    expect(early).not.toContain("no longer allowed");
    const late = validationMethodsText(plan({ validationMethod: "phone" }), "2027-03-15");
    expect(late).not.toContain("phone until");
    expect(late).toContain("email until March 15, 2028");
    expect(late).toContain("no longer allowed since March 15, 2027");
    expect(validationMethodsText(plan({ validationMethod: "email" }), "2028-03-15")).toContain(
      "no longer allowed since March 15, 2028",
    );
  });
});

// BR §7.1.2.7.2 (DV): countryName MAY, commonName NOT RECOMMENDED, "Any other attribute | MUST NOT".
describe("which subject fields the CA carries for the validation level", () => {
  it("DV: the names (and at most the country); OV (default) and EV: the verified organization fields; internal: as requested", () => {
    expect(subjectCarriedText(plan({ validationLevel: "DV" }), { caType: "public", subject })).toContain(
      "ignores Organization, Locality and State",
    );
    expect(subjectCarriedText(plan(), { caType: "public", subject })).toContain(
      "Organization validated (OV)",
    );
    expect(subjectCarriedText(plan(), { caType: "public", subject })).toContain("O, L, ST, C");
    expect(subjectCarriedText(plan({ validationLevel: "EV" }), { caType: "public", subject })).toContain(
      "EV",
    );
    expect(subjectCarriedText(plan({ validationLevel: "DV" }), { caType: "internal", subject })).toContain(
      "internal CA",
    );
  });
});
