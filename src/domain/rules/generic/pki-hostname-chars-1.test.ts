import { describe, expect, it } from "vitest";
import type { SfbEdgeComponent } from "../../types";
import { PKI_HOSTNAME_CHARS_1 } from "./pki-hostname-chars-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Skype for Business Server environmental requirements
// (https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements):
// "And definitely don't use Unicode characters or underscores." / "Skype for Business Server 2015 doesn't support
// internationalized domain names (IDNs)." RFC 1123 §2.1: letters, digits, hyphens; labels ≤ 63, names ≤ 253.
const edge: SfbEdgeComponent = {
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.xn--mnchen-3ya.de",
  webConfEdgeFqdn: "webcon.contoso.com",
  internalFqdn: "edge.contoso.net",
};

describe("PKI-HOSTNAME-CHARS-1", () => {
  it("fires once per bad name: underscore, short name, leading hyphen, space, over-long label", () => {
    const long = `${"a".repeat(64)}.contoso.com`;
    const plan = makePlan({
      existing: [
        existing({
          certificate: "x",
          subjectCN: "sip_01.contoso.com",
          sans: ["sip_01.contoso.com", "lyncpool", "-edge.contoso.com", "exa mple.com", long],
        }),
      ],
    });
    const findings = run(PKI_HOSTNAME_CHARS_1, plan);
    expect(findings.map((f) => f.names)).toEqual([
      ["sip_01.contoso.com"],
      ["lyncpool"],
      ["-edge.contoso.com"],
      ["exa mple.com"],
      [long],
    ]);
    expect(findings.every((f) => f.severity === "error" && f.target === "existing")).toBe(true);
    expect(findings[0]?.message).toContain('The subject CN "sip_01.contoso.com" has an underscore');
    expect(findings[1]?.message).toContain("single-label (short) name");
    expect(findings[3]?.message).toContain('has a space inside the name, after "exa" (character 4)');
    expect(findings[4]?.message).toContain("a label has at most 63");
  });

  it("leaves wildcards to TLS-RFC9525-1: *.contoso.com and even f*.contoso.com pass here", () => {
    const cert = makeCert({ id: "rp", sans: ["www.contoso.com", "*.contoso.com", "f*.contoso.com"] });
    expect(run(PKI_HOSTNAME_CHARS_1, makePlan(), [cert])).toEqual([]);
  });

  it("flags an IP address written as a DNS-name SAN", () => {
    const cert = { ...makeCert({ id: "a", sans: ["a.contoso.com"] }) };
    cert.sans = [...cert.sans, { type: "dns", value: "10.0.0.1", reasons: ["test"] }];
    const [f] = run(PKI_HOSTNAME_CHARS_1, makePlan(), [cert]);
    expect(f?.message).toContain("The DNS-name SAN 10.0.0.1 is an IP address");
  });

  it("refuses IDNs on a Skype for Business certificate, but not elsewhere", () => {
    const sfb = makeCert({
      id: "edge/external",
      componentId: "edge",
      componentType: "sfb-edge",
      profile: "sfb-edge-external",
      sans: ["sip.xn--mnchen-3ya.de", "webcon.contoso.com"],
    });
    const [f, ...rest] = run(PKI_HOSTNAME_CHARS_1, makePlan({ components: [edge] }), [sfb]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "error", names: ["sip.xn--mnchen-3ya.de"] });
    expect(f?.message).toContain(
      "Skype for Business Server does not support internationalized domain names (IDNs)",
    );
    // an existing name written in Unicode is recognised as an IDN too
    const plan = makePlan({
      components: [edge],
      existing: [
        existing({ certificate: "edge/external", subjectCN: "sip.münchen.de", sans: ["sip.münchen.de"] }),
      ],
    });
    expect(run(PKI_HOSTNAME_CHARS_1, plan)[0]?.message).toContain("sip.xn--mnchen-3ya.de is an IDN");
    const web = makeCert({ id: "web", sans: ["www.xn--mnchen-3ya.de"] });
    expect(run(PKI_HOSTNAME_CHARS_1, makePlan(), [web])).toEqual([]);
  });
});
