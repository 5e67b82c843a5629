import { describe, expect, it } from "vitest";
import type { Plan } from "../types";
import { SanList } from "./common";
import {
  addSummarisable,
  mobilityEnabled,
  ownerOf,
  sfbSipDomains,
  simpleUrlHost,
  simpleUrls,
} from "./sfb-common";

const base: Plan = {
  format: "san-planner/plan",
  version: 1,
  name: "t",
  sipDomains: ["contoso.com"],
  components: [],
};

describe("sfb-common", () => {
  // Lync simple URLs may be host-based (https://meet.contoso.com) or path-based (https://contoso.com/meet)
  it("takes the host of a simple URL however it is written", () => {
    expect(simpleUrlHost("meet.contoso.com")).toBe("meet.contoso.com");
    expect(simpleUrlHost(" https://Meet.Contoso.com/ ")).toBe("meet.contoso.com");
    expect(simpleUrlHost("https://contoso.com/meet")).toBe("contoso.com");
    expect(simpleUrlHost("dialin.contoso.com/abc")).toBe("dialin.contoso.com");
    expect(
      simpleUrls({ ...base, sfb: { simpleUrls: { meet: ["https://meet.contoso.com"], admin: " " } } }),
    ).toEqual({
      meet: ["meet.contoso.com"],
      dialin: [],
    });
  });

  it("treats mobility as on unless the plan says false", () => {
    expect(mobilityEnabled(base)).toBe(true);
    expect(mobilityEnabled({ ...base, sfb: { mobility: true } })).toBe(true);
    expect(mobilityEnabled({ ...base, sfb: { mobility: false } })).toBe(false);
  });

  it("adds names as they are without the wildcard option", () => {
    const sans = new SanList().add("pool.contoso.com", "pool");
    const left = addSummarisable(sans, [{ value: "meet.contoso.com", reason: "meet simple URL" }], false);
    expect(left).toEqual([]);
    expect(sans.entries().map((e) => e.value)).toEqual(["pool.contoso.com", "meet.contoso.com"]);
  });

  it("summarises one wildcard per parent domain and keeps names already on the certificate explicit", () => {
    const sans = new SanList()
      .add("pool.contoso.com", "pool")
      .add("dialin.contoso.com", "external web services FQDN");
    const left = addSummarisable(
      sans,
      [
        { value: "meet.contoso.com", reason: "meet simple URL" },
        { value: "meet.lync.fabrikam.com", reason: "meet simple URL" },
        { value: "dialin.contoso.com", reason: "dial-in simple URL" },
        { value: "lyncdiscover.contoso.com", reason: "autodiscover" },
      ],
      true,
    );
    expect(sans.entries()).toEqual([
      { type: "dns", value: "pool.contoso.com", reasons: ["pool"] },
      {
        type: "dns",
        value: "dialin.contoso.com",
        reasons: ["external web services FQDN", "dial-in simple URL"],
      },
      {
        type: "dns",
        value: "*.contoso.com",
        reasons: [
          "wildcard for the simple URLs and autodiscover names (wildcardSimpleUrls): summarises meet.contoso.com, lyncdiscover.contoso.com",
        ],
      },
      {
        type: "dns",
        value: "*.lync.fabrikam.com",
        reasons: [
          "wildcard for the simple URLs and autodiscover names (wildcardSimpleUrls): summarises meet.lync.fabrikam.com",
        ],
      },
    ]);
    expect(left.map((l) => l.value)).toEqual([
      "meet.contoso.com",
      "lyncdiscover.contoso.com",
      "meet.lync.fabrikam.com",
    ]);
    expect(left[0]?.reason).toBe("covered by *.contoso.com (wildcardSimpleUrls): meet simple URL");
  });

  it("keeps the SIP domains Lync serves: all but one a Pexip public-DMZ component federates", () => {
    const p: Plan = {
      ...base,
      sipDomains: ["Contoso.com", "vc.example.com", "contoso.com"],
      components: [
        {
          type: "pexip",
          id: "px",
          deployment: "public-dmz",
          nodes: [{ fqdn: "px01.vc.example.com" }],
          sipDomain: "vc.example.com",
        },
      ],
    };
    expect(sfbSipDomains(p)).toEqual(["contoso.com"]);
    expect(sfbSipDomains({ ...p, components: [] })).toEqual(["contoso.com", "vc.example.com"]);
  });

  it("finds the component that owns a name, directly or through the plan's host facts", () => {
    const edge = {
      type: "sfb-edge" as const,
      id: "edge",
      accessEdgeFqdn: "sip.contoso.com",
      webConfEdgeFqdn: "webcon.contoso.com",
      internalFqdn: "edge.contoso.net",
    };
    const p: Plan = {
      ...base,
      hosts: { "px.vc.example.com": ["PX01.vc.example.com"] },
      components: [
        edge,
        { type: "pexip", id: "px", deployment: "public-dmz", nodes: [{ fqdn: "px01.vc.example.com" }] },
        {
          type: "expressway",
          id: "exp-e",
          role: "e",
          peers: ["expe01.contoso.com"],
          aliases: ["b2b.contoso.com"],
        },
        {
          type: "sfb-edge",
          id: "edge2",
          accessEdgeFqdn: "sip.fabrikam.com",
          webConfEdgeFqdn: "w.fabrikam.com",
          internalFqdn: "e2.contoso.net",
        },
      ],
    };
    expect(ownerOf(p, edge, "px.vc.example.com")?.id).toBe("px");
    expect(ownerOf(p, edge, "b2b.contoso.com")?.id).toBe("exp-e");
    expect(ownerOf(p, edge, "sip.fabrikam.com")?.id).toBe("edge2");
    expect(ownerOf(p, edge, "sip.contoso.com")).toBeUndefined();
    expect(ownerOf(p, edge, "sip.northwind.com")).toBeUndefined();
  });
});
