// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { emptyPlan, PRESETS } from "../domain/presets";
import type { Plan, SfbPoolComponent } from "../domain/types";
import { readSource } from "./detect";
import { applyImport, buildPreview, DEFAULT_CHOICES, type ImportChoices } from "./mapping";
import {
  CLUSTER_WITH_DOMAIN,
  EXPRESSWAY_DNS_JSON,
  EXPRESSWAY_DOMAINS_JSON,
  PEXIP_LOCATION_JSON,
  PEXIP_WORKER_VM_JSON,
  TBXML,
} from "./test-fixtures";

const all = (p: ReturnType<typeof buildPreview>) => new Set(p.items.map((i) => i.key));
const NEW: ImportChoices = { ...DEFAULT_CHOICES, mode: "new" };

function imported(choices: ImportChoices, plan: Plan, ...files: [string, string][]) {
  const sources = files.map(([text, name]) => readSource(text, name));
  const preview = buildPreview(sources, plan, choices);
  return { preview, apply: (keep = all(preview)) => applyImport(preview, plan, choices, keep, "Imported") };
}

describe("importing a Topology Builder file into a new plan", () => {
  const { preview, apply } = imported(NEW, emptyPlan(), [TBXML, "contoso.tbxml"]);

  it("previews each component to create, with where each value came from", () => {
    expect(preview.items.map((i) => [i.key, i.action])).toEqual([
      ["sfb-pool:pool01.contoso.com", "create"],
      ["sfb-pool:se01.contoso.com", "create"],
      ["sfb-edge:edgepool01.contoso.com", "create"],
      ["sip-domains", "create"],
      ["simple-urls", "create"],
    ]);
    const edge = preview.items.find((i) => i.key.startsWith("sfb-edge"));
    expect(edge?.rows.find((r) => r.label === "Web Conferencing Edge FQDN")).toEqual({
      label: "Web Conferencing Edge FQDN",
      value: "webconf.contoso.com",
      from: "the topology file “contoso.tbxml”: the external port of the Web Conferencing Edge service of Edge pool edgepool01.contoso.com",
    });
    expect(preview.notes.join(" ")).toMatch(/Office Online Server oos01\.contoso\.com/);
    expect(preview.notes.join(" ")).toMatch(/Survivable Branch Appliances/);
  });

  it("makes a plan that parsePlan accepts, whose SAN reasons name the topology file", () => {
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.name).toBe("Imported");
    expect(r.plan.sipDomains).toEqual(["contoso.com", "fabrikam.com"]);
    expect(r.plan.sfb?.simpleUrls).toEqual({
      meet: ["meet.contoso.com", "meet.fabrikam.com"],
      dialin: ["dialin.contoso.com"],
      admin: "admin.contoso.com",
    });
    const { certificates } = planCertificates(r.plan, { today: "2026-12-07" });
    const ext = certificates.find((c) => c.profile === "sfb-edge-external");
    expect(ext?.subject.CN).toBe("sip.contoso.com");
    expect(ext?.installOn).toEqual(["edge01.contoso.com", "edge02.contoso.com"]);
    expect(ext?.sans.find((s) => s.value === "sip.contoso.com")?.reasons).toContain(
      "from the topology file “contoso.tbxml”: Access Edge external FQDN of Edge pool edgepool01.contoso.com",
    );
    expect(ext?.notIncluded?.map((n) => n.value)).toContain("av.contoso.com");
    const fe02 = certificates.find((c) => c.id.endsWith("/fe02.contoso.com"));
    expect(fe02?.sans.find((s) => s.value === "fe02.contoso.com")?.reasons).toContain(
      "from the topology file “contoso.tbxml”: Front End server of pool pool01.contoso.com",
    );
    expect(fe02?.sans.find((s) => s.value === "meet.fabrikam.com")?.reasons.join("; ")).toMatch(
      /from the topology file/,
    );
    expect(certificates.filter((c) => c.profile === "sfb-standard-edition").map((c) => c.subject.CN)).toEqual(
      ["se01.contoso.com"],
    );
  });

  it("applies only the items the admin kept", () => {
    const r = apply(new Set(["sfb-edge:edgepool01.contoso.com", "sip-domains"]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components.map((c) => c.type)).toEqual(["sfb-edge"]);
    expect(r.plan.sfb).toBeUndefined();
  });
});

describe("merging into the current plan", () => {
  const base: Plan = {
    ...emptyPlan(),
    name: "Contoso",
    sipDomains: ["contoso.com"],
    components: [
      {
        type: "sfb-pool",
        id: "fe",
        role: "front-end",
        poolFqdn: "pool01.contoso.com",
        servers: ["fe01.contoso.com", "fe02.contoso.com"],
        caType: "internal",
      },
    ],
  };

  it("shows a change to an existing component as before → after, and keeps the admin's other fields", () => {
    const { preview, apply } = imported(DEFAULT_CHOICES, base, [TBXML, "contoso.tbxml"]);
    const pool = preview.items.find((i) => i.key === "sfb-pool:pool01.contoso.com");
    expect(pool?.action).toBe("change");
    expect(pool?.title).toBe("Front End pool pool01.contoso.com (component “fe” of your plan)");
    expect(pool?.changes).toEqual([
      {
        label: "servers",
        before: "fe01.contoso.com, fe02.contoso.com",
        after: "fe01.contoso.com, fe02.contoso.com, fe03.contoso.com",
      },
      { label: "external web services FQDN", before: "(not set)", after: "webext.contoso.com" },
    ]);
    const sip = preview.items.find((i) => i.key === "sip-domains");
    expect(sip?.changes).toEqual([
      { label: "SIP domains", before: "contoso.com", after: "contoso.com, fabrikam.com" },
    ]);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const fe = r.plan.components.find((c) => c.id === "fe") as SfbPoolComponent;
    expect(fe.servers).toHaveLength(3);
    expect(fe.caType).toBe("internal");
    expect(r.plan.name).toBe("Contoso");
  });

  it("leaves a component unchanged when the admin unticks it", () => {
    const { preview, apply } = imported(DEFAULT_CHOICES, base, [TBXML, "contoso.tbxml"]);
    const keep = all(preview);
    keep.delete("sfb-pool:pool01.contoso.com");
    const r = apply(keep);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect((r.plan.components.find((c) => c.id === "fe") as SfbPoolComponent).servers).toHaveLength(2);
  });

  it("gives new components ids that do not collide with the plan's", () => {
    const preset = PRESETS[0]?.plan() as Plan;
    const { apply } = imported(DEFAULT_CHOICES, preset, [TBXML, "contoso.tbxml"]);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const ids = r.plan.components.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the same export read twice", () => {
  it("keeps the first reading of each pool, Edge and setting, and says so", () => {
    const { preview, apply } = imported(NEW, emptyPlan(), [TBXML, "a.tbxml"], [TBXML, "b.tbxml"]);
    expect(preview.items.map((i) => i.key)).toEqual([
      "sfb-pool:pool01.contoso.com",
      "sfb-pool:se01.contoso.com",
      "sfb-edge:edgepool01.contoso.com",
      "sip-domains",
      "simple-urls",
    ]);
    expect(preview.notes).toContain(
      "Edge pool edgepool01.contoso.com was read more than once; the first reading is used.",
    );
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components).toHaveLength(3);
  });
});

describe("the same checks as typed names", () => {
  it("blocks a component whose name is refused, and imports the rest", () => {
    const bad = TBXML.replace('Fqdn="se01.contoso.com"', 'Fqdn="co.uk"');
    const { preview, apply } = imported(NEW, emptyPlan(), [bad, "bad.tbxml"]);
    const se = preview.items.find((i) => i.key === "sfb-pool:co.uk");
    expect(se?.blocked).toMatch(/“co\.uk” is a public suffix/);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components.some((c) => c.type === "sfb-pool" && c.poolFqdn === "co.uk")).toBe(false);
  });
});

describe("Pexip, Cisco and Expressway", () => {
  it("makes one Pexip component from the node list, with locations named", () => {
    const { preview, apply } = imported(
      NEW,
      emptyPlan(),
      [PEXIP_WORKER_VM_JSON, "worker_vm.json"],
      [PEXIP_LOCATION_JSON, "system_location.json"],
    );
    const px = preview.items.find((i) => i.key === "pexip");
    expect(px?.rows.find((r) => r.value === "px03.fabrikam.com")?.from).toMatch(/location London/);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const c = r.plan.components[0];
    expect(c?.type === "pexip" && c.nodes).toEqual([
      { fqdn: "px01.contoso.com", sipTlsFqdn: "px01-sip.contoso.com" },
      { fqdn: "px02.contoso.com", sipTlsFqdn: "" },
      { fqdn: "px03.fabrikam.com", sipTlsFqdn: "" },
    ]);
  });

  it("asks for the Trusted Application Pool FQDN of an on-prem Pexip deployment", () => {
    const { preview } = imported({ ...NEW, pexipDeployment: "on-prem" }, emptyPlan(), [
      PEXIP_WORKER_VM_JSON,
      "w.json",
    ]);
    expect(preview.items[0]?.blocked).toMatch(/needs the Trusted Application Pool FQDN/);
    const ok = imported(
      { ...NEW, pexipDeployment: "on-prem", pexipPoolFqdn: "pexip.contoso.com" },
      emptyPlan(),
      [PEXIP_WORKER_VM_JSON, "w.json"],
    );
    const r = ok.apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components[0]).toMatchObject({ deployment: "on-prem", poolFqdn: "pexip.contoso.com" });
  });

  it("makes a Cisco UC component with publisher, subscribers and IM and Presence nodes", () => {
    const { apply } = imported(NEW, emptyPlan(), [CLUSTER_WITH_DOMAIN, "cluster.txt"]);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components[0]).toMatchObject({
      type: "cisco-uc",
      publisher: "cucm-pub.contoso.com",
      subscribers: ["cucm-sub1.contoso.com"],
      imPresenceNodes: ["imp-pub.contoso.com", "imp-sub.contoso.com"],
    });
  });

  it("makes an Expressway component from the DNS settings and the domains", () => {
    const { preview, apply } = imported(
      { ...NEW, expresswayRole: "e" },
      emptyPlan(),
      [EXPRESSWAY_DNS_JSON, "dns.json"],
      [EXPRESSWAY_DOMAINS_JSON, "domains.json"],
    );
    expect(preview.items).toHaveLength(1);
    const r = apply();
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.components[0]).toMatchObject({
      type: "expressway",
      role: "e",
      peers: ["expe01.contoso.com"],
      mraDomains: ["contoso.com"],
      xmppFederationDomains: ["contoso.com"],
    });
  });
});
