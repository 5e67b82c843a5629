import { describe, expect, it } from "vitest";
import { parsePlan } from "./plan-file";
import {
  COMPONENT_LABELS,
  componentTemplate,
  emptyPlan,
  freeComponentId,
  PRESETS,
  presetPlan,
} from "./presets";
import { planComponent } from "./profiles";
import { type CertificatePlan, COMPONENT_TYPES, type Plan } from "./types";

const ISSUE = "2026-07-01";

function certificates(plan: Plan): CertificatePlan[] {
  return plan.components.flatMap((c) => planComponent(c, { plan, issueDate: ISSUE }));
}

const sans = (c: CertificatePlan | undefined): string[] => (c?.sans ?? []).map((s) => s.value);

describe("presets", () => {
  it("has the eleven presets of the Start step, in order", () => {
    expect(PRESETS.map((p) => p.label)).toEqual([
      "SfB Edge",
      "SfB Front End pool",
      "SfB full site",
      "Pexip public DMZ",
      "Pexip on-prem",
      "CUCM cluster",
      "Expressway pair",
      "Teams Direct Routing (2 SBCs)",
      "Teams Direct Routing (wildcard)",
      "Webex Local Gateway (CUBE)",
      "Custom",
    ]);
  });

  for (const preset of PRESETS) {
    it(`${preset.label}: parsePlan accepts it unchanged (already normalised) and it plans certificates`, () => {
      const plan = preset.plan();
      const r = parsePlan(JSON.parse(JSON.stringify(plan)));
      expect(r.ok ? [] : r.errors).toEqual([]);
      if (r.ok) expect(r.plan).toEqual(plan);
      expect(plan.issueDate).toBeUndefined();
      expect(certificates(plan).length).toBeGreaterThan(0);
      expect(JSON.stringify(plan)).not.toMatch(/PRIVATE KEY/);
    });
  }

  it("returns a fresh object each time (editing one plan never changes the preset)", () => {
    const a = presetPlan("sfb-edge");
    a.sipDomains.push("x.example.com");
    expect(presetPlan("sfb-edge").sipDomains).toEqual(["contoso.com", "fabrikam.com"]);
  });

  // lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
  it("SfB Edge reproduces Microsoft's consolidated Edge table", () => {
    const [ext, int] = certificates(presetPlan("sfb-edge"));
    expect(ext?.id).toBe("edge/external");
    expect(ext?.subject.CN).toBe("sip.contoso.com");
    expect(new Set(sans(ext))).toEqual(
      new Set(["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]),
    );
    expect(int?.id).toBe("edge/internal");
    expect(sans(int)).toEqual(["lsedge.contoso.net"]);
  });

  // https://docs.pexip.com/lync/dmz_multi_domain.htm
  it("Pexip public DMZ reproduces Pexip's example", () => {
    const [px] = certificates(presetPlan("pexip-dmz"));
    expect(px?.subject.CN).toBe("px.vc.example.com");
    expect(sans(px)).toEqual([
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
  });

  it("Pexip on-prem: pool FQDN and the three nodes", () => {
    const [px] = certificates(presetPlan("pexip-on-prem"));
    expect(sans(px)).toEqual([
      "confpool-eu.vc.example.com",
      "conf01.vc.example.com",
      "conf02.vc.example.com",
      "conf03.vc.example.com",
    ]);
  });

  it("CUCM cluster: one Tomcat certificate per node", () => {
    const certs = certificates(presetPlan("cucm-cluster"));
    expect(certs.map((c) => c.id)).toEqual([
      "cucm/cucm-pub.example.com",
      "cucm/cucm-sub1.example.com",
      "cucm/cucm-sub2.example.com",
      "cucm/imp-pub.example.com",
    ]);
    for (const c of certs) expect(sans(c)).toEqual([c.subject.CN]);
  });

  it("Expressway pair: Expressway-E carries the MRA domain example.com", () => {
    const [c, e] = certificates(presetPlan("expressway-pair"));
    expect(sans(c)).toEqual(["expc.example.com", "expc1.example.com", "expc2.example.com"]);
    expect(sans(e)).toContain("example.com");
    expect(e?.subject.CN).toBe("expe.example.com");
  });

  it("SfB full site plans Edge, every Front End server and the reverse proxy", () => {
    const ids = certificates(presetPlan("sfb-full-site")).map((c) => c.id);
    expect(ids).toEqual([
      "edge/external",
      "edge/internal",
      "fe/fe01.contoso.net",
      "fe/fe02.contoso.net",
      "fe/fe03.contoso.net",
      "rp",
    ]);
  });

  it("the empty plan is valid and has nothing in it", () => {
    const r = parsePlan(emptyPlan());
    expect(r.ok).toBe(true);
    expect(emptyPlan().components).toEqual([]);
  });
});

describe("component templates", () => {
  it("labels every component type", () => {
    expect(Object.keys(COMPONENT_LABELS).sort()).toEqual([...COMPONENT_TYPES].sort());
  });

  for (const type of COMPONENT_TYPES) {
    it(`${type}: a template added to a preset keeps the plan valid, with a fresh id`, () => {
      const plan = presetPlan("sfb-full-site");
      const c = componentTemplate(type, plan);
      expect(plan.components.map((x) => x.id)).not.toContain(c.id);
      const next = { ...plan, components: [...plan.components, c] };
      const r = parsePlan(JSON.parse(JSON.stringify(next)));
      expect(r.ok ? [] : r.errors).toEqual([]);
      expect(certificates(next).length).toBeGreaterThan(plan.components.length);
    });
  }

  it("uses the plan's first SIP domain, or example.com", () => {
    const c = componentTemplate("sfb-sba", presetPlan("sfb-edge"));
    expect(c).toMatchObject({ fqdn: "sba01.contoso.com" });
    expect(componentTemplate("sfb-sba", emptyPlan())).toMatchObject({ fqdn: "sba01.example.com", id: "sba" });
  });

  it("finds a free id", () => {
    const plan = presetPlan("sfb-edge");
    expect(freeComponentId(plan, "edge")).toBe("edge-2");
    expect(freeComponentId(plan, "fe")).toBe("fe");
  });
});

describe("presets and the organizational unit (BR §7.1.2.7: no OU in publicly trusted TLS certificates)", () => {
  for (const preset of PRESETS) {
    it(`${preset.label}: no public certificate has an OU in its planned subject`, () => {
      const plan = preset.plan();
      for (const c of certificates(plan)) if (c.caType === "public") expect(c.subject.OU).toBeUndefined();
      // an all-public preset does not even ask for one
      if (plan.defaults?.caType === "public") expect(plan.subject?.OU).toBeUndefined();
    });
  }
});
