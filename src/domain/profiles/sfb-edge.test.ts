import { describe, expect, it } from "vitest";
import type { CertificatePlan, Plan, SfbEdgeComponent } from "../types";
import { planSfbEdge } from "./sfb-edge";

function plan(p: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test",
    issueDate: "2026-07-01",
    sipDomains: ["contoso.com", "fabrikam.com"],
    components: [],
    ...p,
  };
}

function edge(c: Partial<SfbEdgeComponent> = {}): SfbEdgeComponent {
  return {
    type: "sfb-edge",
    id: "edge",
    accessEdgeFqdn: "sip.contoso.com",
    webConfEdgeFqdn: "webcon.contoso.com",
    avEdgeFqdn: "av.contoso.com",
    internalFqdn: "lsedge.contoso.net",
    ...c,
  };
}

function run(c: SfbEdgeComponent, p: Plan): { external: CertificatePlan; internal: CertificatePlan } {
  const certs = planSfbEdge(c, { plan: p, issueDate: p.issueDate ?? "2026-07-01" });
  expect(certs.map((x) => x.id)).toEqual([`${c.id}/external`, `${c.id}/internal`]);
  const [external, internal] = certs as [CertificatePlan, CertificatePlan];
  for (const cert of certs) wellFormed(cert);
  return { external, internal };
}

/** CN first, no duplicate names, every SAN with a non-empty reason. */
function wellFormed(cert: CertificatePlan): void {
  expect(cert.sans[0]?.value).toBe(cert.subject.CN);
  expect(new Set(cert.sans.map((s) => s.value)).size).toBe(cert.sans.length);
  for (const s of cert.sans) {
    expect(s.reasons.length, s.value).toBeGreaterThan(0);
    for (const r of s.reasons) expect(r.trim().length, s.value).toBeGreaterThan(0);
  }
}

const sanSet = (cert: CertificatePlan): Set<string> => new Set(cert.sans.map((s) => s.value));
const reasonsOf = (cert: CertificatePlan, name: string): string[] =>
  cert.sans.find((s) => s.value === name)?.reasons ?? [];

describe("sfb-edge: Microsoft example tables", () => {
  // https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
  // "Certificates Required for Single Consolidated Edge with Public IP Addresses"
  // | Component                                 | Subject name (SN)  | Subject alternative names (SAN)/Order                   |
  // | Single consolidated Edge (External Edge)  | sip.contoso.com    | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com   |
  // | Single consolidated Edge (Internal Edge)  | lsedge.contoso.net | No SAN required                                         |
  // "The internal interface certificate uses only the SN and does not need or use SAN entries."
  // Deviation (PLAN-FORMAT.md "sfb-edge internal: Subject only (the SAN list holds just the CN)"): our internal SAN
  // list holds lsedge.contoso.net, the CN, and nothing else.
  it("reproduces the single consolidated Edge (public IP addresses) table", () => {
    const { external, internal } = run(edge(), plan());
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(new Set(["webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com"]));
    expect(internal.subject.CN).toBe("lsedge.contoso.net");
    expect(internal.sans.map((s) => s.value)).toEqual(["lsedge.contoso.net"]);
    expect(external.profile).toBe("sfb-edge-external");
    expect(internal.profile).toBe("sfb-edge-internal");
    expect(external.title).toBe("Edge external — sip.contoso.com");
    expect(internal.title).toBe("Edge internal — lsedge.contoso.net");
    // "must have the server EKU and client EKU if public IM connectivity with AOL is to be deployed": no PIC here.
    expect(external.eku).toEqual(["serverAuth"]);
    expect(internal.eku).toEqual(["serverAuth"]);
    // "the certificate's private key must be exportable, regardless of whether it is used on one Edge Server or many"
    expect(external.exportableKey).toBe(true);
    expect(internal.exportableKey).toBe(true);
    // single Edge: installed on the Edge itself (its internal FQDN)
    expect(external.installOn).toEqual(["lsedge.contoso.net"]);
    // LYNC-EDGE-EXT-5: av.contoso.com is not on the certificate, and the plan says why
    expect(sanSet(external).has("av.contoso.com")).toBe(false);
    expect(external.notIncluded).toEqual([
      { value: "av.contoso.com", reason: expect.stringContaining("does not use the subject name") },
    ]);
    // the Subject fields come from plan.subject; the caType from the plan (LYNC-EDGE-EXT-7 lints internal)
    expect(external.caType).toBe("public");
  });

  // Same page, "Certificate Summary – Public Instant Messaging Connectivity":
  // | External/Access Edge | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |
  // "must have the server EKU and client EKU if public IM connectivity with AOL is to be deployed"
  it("reproduces the public IM connectivity table, with the client EKU", () => {
    const { external, internal } = run(edge({ publicImConnectivity: true }), plan());
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]));
    expect(external.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(internal.eku).toEqual(["serverAuth"]);
  });

  // https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-scaled-consolidated-edge-dns-load-balancing-with-public-ip-addresses
  // | Scaled consolidated Edge (External Edge) | sip.contoso.com    | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |
  // | Scaled consolidated Edge (Internal Edge) | lsedge.contoso.net | No SAN required                                       |
  // "for scaled Edge Servers, the certificate private key must be exportable and the certificate and private key
  // copied to each Edge Server."
  it("reproduces the scaled consolidated Edge (DNS load balancing) table: same certificate on every member", () => {
    const servers = ["edge01.contoso.net", "edge02.contoso.net"];
    const { external, internal } = run(edge({ servers }), plan());
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(new Set(["webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com"]));
    expect(internal.subject.CN).toBe("lsedge.contoso.net");
    expect(internal.sans.map((s) => s.value)).toEqual(["lsedge.contoso.net"]);
    expect(external.exportableKey).toBe(true);
    expect(internal.exportableKey).toBe(true);
    expect(external.installOn).toEqual(servers);
    expect(internal.installOn).toEqual(servers);
  });

  // https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging
  // | External/Access Edge | sip.contoso.com | sip.contoso.com, webcon.contoso.com,
  // |                      |                 | contoso.com ("To support the contoso.com XMPP namespace"),
  // |                      |                 | sip.fabrikam.com ("To support the fabrikam.com SIP namespace"),
  // |                      |                 | fabrikam.com ("To support the fabrikam.com XMPP namespace") |
  // "The record that is included on the certificate as a subject alternative name (SAN) will be the domain that can
  // participate in XMPP communications."
  it("reproduces the SIP, XMPP federation and public IM table (bare XMPP domains)", () => {
    const p = plan({ sfb: { version: "lync-2013" }, xmppDomains: ["contoso.com", "fabrikam.com"] });
    const { external } = run(edge({ publicImConnectivity: true }), p);
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(
      new Set(["sip.contoso.com", "webcon.contoso.com", "contoso.com", "sip.fabrikam.com", "fabrikam.com"]),
    );
    expect(reasonsOf(external, "contoso.com")).toEqual(["XMPP domain contoso.com"]);
    expect(reasonsOf(external, "fabrikam.com")).toEqual(["XMPP domain fabrikam.com"]);
    expect(external.eku).toEqual(["serverAuth", "clientAuth"]);
  });

  // https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
  // "Certificate Summary for Extensible Messaging and Presence Protocol"
  // | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com |
  // |   webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com |
  // "The contoso.com is the entry required for federation with the XMPP partner at the root domain level."
  // Deviation (RULES.md E.1, LYNC-EDGE-EXT-6, TLS-RFC9525-1): *.contoso.com does not cover contoso.com and Edge
  // wildcards are not supported, so we plan the bare contoso.com the comment asks for instead of *.contoso.com.
  // xmpp.contoso.com is there because `_xmpp-server._tcp.contoso.com` targets it (edge-environmental-requirements,
  // "DNS records for extensible messaging and presence protocol": _xmpp-server._tcp.contoso.com → xmpp.contoso.com).
  it("reproduces the XMPP table with contoso.com in place of the *.contoso.com wildcard (RULES.md E.1)", () => {
    const p = plan({
      sfb: { version: "lync-2013" },
      xmppDomains: ["contoso.com"],
      srv: [{ service: "_xmpp-server._tcp", domain: "contoso.com", target: "xmpp.contoso.com", port: 5269 }],
    });
    const { external } = run(edge(), p);
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(
      new Set([
        "webcon.contoso.com",
        "sip.contoso.com",
        "sip.fabrikam.com",
        "xmpp.contoso.com",
        "contoso.com",
      ]),
    );
    expect(external.sans.some((s) => s.value.includes("*"))).toBe(false);
    expect(reasonsOf(external, "xmpp.contoso.com")).toEqual(["target of _xmpp-server._tcp.contoso.com"]);
  });

  // https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
  // "Edge Certificate table":
  // | External Edge | sip.contoso.com     | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |
  // | Internal Edge | sfbedge.contoso.com | NA                                                    |
  // DNS table of the same page: _sip._tls.contoso.com (443) → sip.contoso.com;
  // _sipfederationtls._tcp.contoso.com (5061) → sip.contoso.com.
  // (RULES.md E.4: the DNS table names the internal Edge sfvedge.contoso.net; we use the certificate table's name.)
  it("reproduces the Skype for Business Server Edge certificate table from SRV records", () => {
    const p = plan({
      sfb: { version: "sfb-2015" },
      srv: [
        { service: "_sip._tls", domain: "contoso.com", target: "sip.contoso.com", port: 443 },
        { service: "_sipfederationtls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 },
      ],
    });
    const { external, internal } = run(edge({ internalFqdn: "sfbedge.contoso.com" }), p);
    expect(external.subject.CN).toBe("sip.contoso.com");
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]));
    expect(internal.subject.CN).toBe("sfbedge.contoso.com");
    expect(internal.sans.map((s) => s.value)).toEqual(["sfbedge.contoso.com"]);
    // one name, every reason it is needed for
    expect(reasonsOf(external, "sip.contoso.com")).toEqual([
      "Access Edge FQDN",
      "target of _sipfederationtls._tcp.contoso.com",
      "target of _sip._tls.contoso.com",
    ]);
    // fabrikam.com has no record: the conventional name
    expect(reasonsOf(external, "sip.fabrikam.com")).toEqual(["SIP domain fabrikam.com (sip.<domain>)"]);
  });
});

describe("sfb-edge: edge cases", () => {
  it("uses sip.<domain> for a SIP domain with no SRV record, and the SRV target when there is one", () => {
    const p = plan({
      sipDomains: ["contoso.com", "fabrikam.com", "northwind.com"],
      srv: [
        {
          service: "_sipfederationtls._tcp",
          domain: "fabrikam.com",
          target: "access.fabrikam.com",
          port: 5061,
        },
      ],
    });
    const { external } = run(edge(), p);
    expect(sanSet(external)).toEqual(
      new Set(["sip.contoso.com", "webcon.contoso.com", "access.fabrikam.com", "sip.northwind.com"]),
    );
    expect(sanSet(external).has("sip.fabrikam.com")).toBe(false);
    expect(reasonsOf(external, "sip.contoso.com")).toEqual([
      "Access Edge FQDN",
      "SIP domain contoso.com (sip.<domain>)",
    ]);
    expect(reasonsOf(external, "access.fabrikam.com")).toEqual([
      "target of _sipfederationtls._tcp.fabrikam.com",
    ]);
    expect(reasonsOf(external, "sip.northwind.com")).toEqual(["SIP domain northwind.com (sip.<domain>)"]);
  });

  it("adds an SRV target outside the SIP domain as written, merged with the name it equals", () => {
    // fabrikam.com federates through contoso's Access Edge: both records point at sip.contoso.com
    const p = plan({
      srv: [
        { service: "_sipfederationtls._tcp", domain: "fabrikam.com", target: "sip.contoso.com.", port: 5061 },
        { service: "_sip._tls", domain: "fabrikam.com", target: "SIP.Contoso.com", port: 443 },
      ],
    });
    const { external } = run(edge(), p);
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com"]));
    expect(reasonsOf(external, "sip.contoso.com")).toEqual([
      "Access Edge FQDN",
      "SIP domain contoso.com (sip.<domain>)",
      "target of _sipfederationtls._tcp.fabrikam.com",
      "target of _sip._tls.fabrikam.com",
    ]);
  });

  // A plan that also holds a Pexip public-DMZ deployment (PEXIP-DMZ-1, https://docs.pexip.com/lync/dmz_multi_domain.htm):
  // vc.example.com federates through the Pexip nodes, not through this Edge.
  it("leaves a SIP domain federated by Pexip, and SRV targets owned by Pexip, off the Edge certificate", () => {
    const nodes = [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }];
    const srv = [
      {
        service: "_sipfederationtls._tcp",
        domain: "vc.example.com",
        target: "px.vc.example.com",
        port: 5061,
      },
    ];
    const hosts = { "px.vc.example.com": ["px01.vc.example.com", "px02.vc.example.com"] };

    // explicit Pexip sipDomain: the domain is not a Lync/SfB SIP domain at all
    const explicit = plan({
      sipDomains: ["contoso.com", "vc.example.com"],
      srv,
      hosts,
      components: [{ type: "pexip", id: "px", deployment: "public-dmz", nodes, sipDomain: "vc.example.com" }],
    });
    expect(sanSet(run(edge(), explicit).external)).toEqual(
      new Set(["sip.contoso.com", "webcon.contoso.com"]),
    );

    // no sipDomain on the Pexip component: the record's target resolves to the Pexip nodes
    const implicit = plan({
      sipDomains: ["contoso.com", "vc.example.com"],
      srv,
      hosts,
      components: [{ type: "pexip", id: "px", deployment: "public-dmz", nodes }],
    });
    const { external } = run(edge(), implicit);
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com"]));
    expect(external.notIncluded?.find((n) => n.value === "px.vc.example.com")?.reason).toBe(
      'target of _sipfederationtls._tcp.vc.example.com: not added, it belongs to Pexip component "px"',
    );
  });

  it("ignores SRV records of domains that are not SIP domains", () => {
    const p = plan({
      sipDomains: ["contoso.com"],
      srv: [
        {
          service: "_sipfederationtls._tcp",
          domain: "other.example",
          target: "sip.other.example",
          port: 5061,
        },
      ],
    });
    const { external } = run(edge(), p);
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com"]));
  });

  // https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/edge-server-deployments/edge-environmental-requirements
  // "XMPP Gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in
  // Skype for Business Server 2019." (LYNC-XMPP-SFB2019-1)
  it("adds no XMPP names for Skype for Business Server 2019, and says why", () => {
    const p = plan({
      sfb: { version: "sfb-2019" },
      xmppDomains: ["contoso.com"],
      srv: [{ service: "_xmpp-server._tcp", domain: "contoso.com", target: "xmpp.contoso.com", port: 5269 }],
    });
    const { external } = run(edge(), p);
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]));
    const left = new Map((external.notIncluded ?? []).map((n) => [n.value, n.reason]));
    expect(left.get("contoso.com")).toContain("no longer supports XMPP federation");
    expect(left.get("xmpp.contoso.com")).toContain("no longer supports XMPP federation");
    expect(left.get("av.contoso.com")).toContain("does not use the subject name");
  });

  it("adds no XMPP names when the Edge has xmpp: false", () => {
    const p = plan({ sfb: { version: "sfb-2015" }, xmppDomains: ["contoso.com"] });
    const { external } = run(edge({ xmpp: false }), p);
    expect(sanSet(external).has("contoso.com")).toBe(false);
    expect(external.notIncluded?.find((n) => n.value === "contoso.com")?.reason).toContain(
      "XMPP federation is off",
    );
  });

  it("adds the XMPP names when xmppDomains is set and the version is not given (xmpp defaults to true)", () => {
    const p = plan({ xmppDomains: ["corp.contoso.com"] });
    const { external } = run(edge(), p);
    // a child domain as the XMPP namespace ("can be selected child domains (for example, corp.contoso.com ...)")
    expect(sanSet(external).has("corp.contoso.com")).toBe(true);
  });

  it("adds no XMPP names for Lync Server 2010 (XMPP goes through a separate gateway, not the Edge)", () => {
    const p = plan({ sfb: { version: "lync-2010" }, xmppDomains: ["contoso.com"] });
    const { external } = run(edge(), p);
    expect(sanSet(external).has("contoso.com")).toBe(false);
    expect(external.notIncluded?.find((n) => n.value === "contoso.com")?.reason).toContain(
      "Lync Server 2010",
    );
  });

  it("does not list the A/V Edge FQDN as left off when it is also the Access Edge FQDN", () => {
    const { external } = run(edge({ avEdgeFqdn: "sip.contoso.com" }), plan());
    expect(external.notIncluded).toBeUndefined();
  });

  it("normalises names (case, trailing dot) and fills the Subject from the plan", () => {
    const p = plan({ subject: { O: "Contoso Ltd", C: "US" } });
    const { external, internal } = run(
      edge({
        accessEdgeFqdn: "SIP.Contoso.com.",
        webConfEdgeFqdn: "WebCon.contoso.com",
        internalFqdn: "LSEdge.contoso.net",
      }),
      p,
    );
    expect(external.subject).toEqual({ CN: "sip.contoso.com", O: "Contoso Ltd", C: "US" });
    expect(internal.subject).toEqual({ CN: "lsedge.contoso.net", O: "Contoso Ltd", C: "US" });
    expect(sanSet(external)).toEqual(new Set(["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]));
  });
});
