import { describe, expect, it } from "vitest";
import type { PexipComponent, Plan } from "../types";
import { planPexip } from "./pexip";

function plan(over: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "Pexip",
    issueDate: "2026-07-01",
    subject: { O: "Example Corp", C: "GB" },
    sipDomains: ["vc.example.com"],
    components: [],
    ...over,
  };
}

const ctx = (p: Plan) => ({ plan: p, issueDate: p.issueDate ?? "2026-07-01" });

describe("planPexip — public DMZ", () => {
  // https://docs.pexip.com/lync/dmz_multi_domain.htm (RULES.md PEXIP-DMZ-1):
  //   "commonName = px.vc.example.com
  //    altNames = px.vc.example.com, px01.vc.example.com, px02.vc.example.com, vc.example.com"
  // with _sipfederationtls._tcp.vc.example.com → px.vc.example.com (round-robin A record to the nodes).
  const p = plan({
    srv: [
      {
        service: "_sipfederationtls._tcp",
        domain: "vc.example.com",
        target: "px.vc.example.com",
        port: 5061,
      },
    ],
  });
  const px: PexipComponent = {
    type: "pexip",
    id: "px",
    deployment: "public-dmz",
    nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }],
  };

  it("reproduces Pexip's px.vc.example.com example exactly", () => {
    const [cert, ...rest] = planPexip(px, ctx(p));
    expect(rest).toHaveLength(0);
    expect(cert?.id).toBe("px");
    expect(cert?.profile).toBe("pexip-public-dmz");
    expect(cert?.subject.CN).toBe("px.vc.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
  });

  it("explains every SAN in the admin's terms", () => {
    const [cert] = planPexip(px, ctx(p));
    expect(cert?.sans.map((s) => s.reasons)).toEqual([
      ["target of _sipfederationtls._tcp.vc.example.com"],
      ["node px01.vc.example.com"],
      ["node px02.vc.example.com"],
      ["SIP domain vc.example.com (federated SIP domain)"],
    ]);
  });

  it("plans serverAuth + clientAuth, an exportable key, installed on every node", () => {
    const [cert] = planPexip(px, ctx(p));
    expect(cert?.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(cert?.exportableKey).toBe(true);
    expect(cert?.installOn).toEqual(["px01.vc.example.com", "px02.vc.example.com"]);
    expect(cert?.subject).toEqual({ CN: "px.vc.example.com", O: "Example Corp", C: "GB" });
  });

  it("uses the component's own SIP domain and the SRV record of that domain", () => {
    const p2 = plan({
      sipDomains: ["example.com", "vc.example.com"],
      srv: [
        { service: "_sipfederationtls._tcp", domain: "example.com", target: "sip.example.com", port: 5061 },
        {
          service: "_sipfederationtls._tcp",
          domain: "vc.example.com",
          target: "px.vc.example.com",
          port: 5061,
        },
      ],
    });
    const [cert] = planPexip({ ...px, sipDomain: "vc.example.com" }, ctx(p2));
    expect(cert?.subject.CN).toBe("px.vc.example.com");
    expect(cert?.sans.map((s) => s.value)).not.toContain("sip.example.com");
    expect(cert?.sans.map((s) => s.value)).toContain("vc.example.com");
  });

  it("lets poolFqdn override the SRV target, and lists the replaced target as not included", () => {
    const [cert] = planPexip({ ...px, poolFqdn: "pexip.vc.example.com" }, ctx(p));
    expect(cert?.subject.CN).toBe("pexip.vc.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "pexip.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
    expect(cert?.notIncluded?.map((n) => n.value)).toEqual(["px.vc.example.com"]);
  });

  it("without an SRV record or pool FQDN, takes the first node FQDN as CN (and invents no name)", () => {
    const [cert] = planPexip(px, ctx(plan()));
    expect(cert?.subject.CN).toBe("px01.vc.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
    expect(cert?.sans[0]?.reasons[0]).toContain("no _sipfederationtls._tcp record");
  });

  it("does not add a differing SIP TLS FQDN silently (PEXIP-FQDN-1)", () => {
    const [cert] = planPexip(
      {
        ...px,
        nodes: [
          { fqdn: "px01.vc.example.com", sipTlsFqdn: "conf.vc.example.com" },
          { fqdn: "px02.vc.example.com" },
        ],
      },
      ctx(p),
    );
    expect(cert?.sans.map((s) => s.value)).not.toContain("conf.vc.example.com");
    expect(cert?.notIncluded?.[0]?.value).toBe("conf.vc.example.com");
  });
});

describe("planPexip — on-prem (Trusted Application Pool)", () => {
  // https://docs.pexip.com/sfb/on_prem_example.htm (RULES.md PEXIP-ONPREM-1):
  //   "Pexip Conferencing Nodes confpool-eu.vc.example.com containing: conf01.vc.example.com
  //    conf02.vc.example.com conf03.vc.example.com"
  const onPrem: PexipComponent = {
    type: "pexip",
    id: "pexip-eu",
    deployment: "on-prem",
    poolFqdn: "confpool-eu.vc.example.com",
    nodes: [
      { fqdn: "conf01.vc.example.com" },
      { fqdn: "conf02.vc.example.com" },
      { fqdn: "conf03.vc.example.com" },
    ],
    caType: "internal",
  };

  it("CN = pool FQDN, SAN = pool FQDN + each node of the pool", () => {
    const [cert] = planPexip(onPrem, ctx(plan()));
    expect(cert?.profile).toBe("pexip-on-prem");
    expect(cert?.subject.CN).toBe("confpool-eu.vc.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "confpool-eu.vc.example.com",
      "conf01.vc.example.com",
      "conf02.vc.example.com",
      "conf03.vc.example.com",
    ]);
    expect(cert?.sans[0]?.reasons).toEqual(["Trusted Application Pool FQDN"]);
    expect(cert?.caType).toBe("internal");
    expect(cert?.installOn).toHaveLength(3);
  });

  it("does not add the SIP domain on-prem", () => {
    const [cert] = planPexip(onPrem, ctx(plan()));
    expect(cert?.sans.map((s) => s.value)).not.toContain("vc.example.com");
  });
});
