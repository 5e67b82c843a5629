import { describe, expect, it } from "vitest";
import type { SfbEdgeComponent } from "../../types";
import { existing, makeCert, makePlan, run } from "./test-helpers";
import { TLS_RFC9525_1, wildcardProblem } from "./tls-rfc9525-1";

// RFC 9525 §6.3 (https://www.rfc-editor.org/rfc/rfc9525#section-6.3): the wildcard must be the complete left-most
// label ("*.example.com", not "f*.example.com"); do not match one in another label ("bar.*.example.net"); "A wildcard
// in a presented identifier can only match one label in a reference identifier."
//
// RULES.md E.1 — Lync Server 2013 "Certificate summary - Single consolidated edge with public IP addresses",
// table "Certificate Summary for Extensible Messaging and Presence Protocol"
// (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses):
//   | Access Edge | SN sip.contoso.com | SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com |
//   "The contoso.com is the entry required for federation with the XMPP partner at the root domain level."
// *.contoso.com does not cover contoso.com: the SIP/XMPP page's bare contoso.com is what the plan carries.
const edge: SfbEdgeComponent = {
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.contoso.com",
  webConfEdgeFqdn: "webcon.contoso.com",
  internalFqdn: "lsedge.contoso.net",
};

describe("TLS-RFC9525-1", () => {
  it("refuses partial, repeated, non-left-most and TLD wildcards, one finding per name", () => {
    const cert = makeCert({
      id: "x",
      sans: [
        "www.contoso.com",
        "f*.contoso.com",
        "*.*.contoso.com",
        "www.*.contoso.com",
        "*.com",
        "*.contoso.com",
      ],
    });
    const findings = run(TLS_RFC9525_1, makePlan(), [cert]);
    expect(findings.map((f) => f.names?.[0])).toEqual([
      "f*.contoso.com",
      "*.*.contoso.com",
      "www.*.contoso.com",
      "*.com",
    ]);
    expect(findings.every((f) => f.severity === "error")).toBe(true);
    expect(findings[0]?.message).toContain('partial wildcard label "f*"');
    expect(findings[1]?.message).toContain("more than one wildcard");
    expect(findings[2]?.message).toContain("other than the left-most");
    expect(findings[3]?.message).toContain("directly under a top-level domain");
  });

  it("accepts a well-formed wildcard", () => {
    expect(wildcardProblem("*.contoso.com")).toBeNull();
    expect(
      run(TLS_RFC9525_1, makePlan(), [makeCert({ id: "rp", sans: ["www.contoso.com", "*.contoso.com"] })]),
    ).toEqual([]);
  });

  it("E.1: an existing Edge certificate copied from the XMPP table relies on *.contoso.com for the XMPP domain contoso.com", () => {
    const planned = makeCert({
      id: "edge/external",
      componentId: "edge",
      componentType: "sfb-edge",
      profile: "sfb-edge-external",
      sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "contoso.com"],
    });
    const plan = makePlan({
      sipDomains: ["contoso.com", "fabrikam.com"],
      xmppDomains: ["contoso.com"],
      components: [edge],
      existing: [
        existing({
          certificate: "edge/external",
          subjectCN: "sip.contoso.com",
          sans: [
            "webcon.contoso.com",
            "sip.contoso.com",
            "sip.fabrikam.com",
            "xmpp.contoso.com",
            "*.contoso.com",
          ],
        }),
      ],
    });
    const [f, ...rest] = run(TLS_RFC9525_1, plan, [planned]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "error",
      target: "existing",
      certificate: "edge/external",
      names: ["contoso.com", "*.contoso.com"],
    });
    expect(f?.message).toContain("it never covers the domain contoso.com itself");
  });

  it("flags a wildcard relied on two labels down, and not one relied on for exactly one label", () => {
    const planned = makeCert({ id: "rp", sans: ["meet.contoso.com", "lyncdiscover.eu.contoso.com"] });
    const plan = makePlan({
      existing: [existing({ certificate: "rp", subjectCN: "*.contoso.com", sans: ["*.contoso.com"] })],
    });
    const findings = run(TLS_RFC9525_1, plan, [planned]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.names).toEqual(["lyncdiscover.eu.contoso.com", "*.contoso.com"]);
    expect(findings[0]?.message).toContain("two or more labels below contoso.com");
  });
});
