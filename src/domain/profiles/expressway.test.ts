import { describe, expect, it } from "vitest";
import type { ExpresswayComponent, Plan } from "../types";
import { planExpressway } from "./expressway";

const plan: Plan = {
  format: "san-planner/plan",
  version: 1,
  name: "Expressway",
  issueDate: "2026-07-01",
  sipDomains: [],
  components: [],
};
const ctx = { plan, issueDate: "2026-07-01" };

// Cisco, "Generate CSR and upload signed certificate" (TechNote 215670, RULES.md EXPWY-CLUSTER-1):
//   "FQDN of VCS cluster plus FQDNs of all peers in the cluster (for clustered setups)"
// Cisco VCS / Expressway "CSR alternative name" table (X8.x, the element ↔ feature matrix):
//   Unified CM registrations domains — (Expressway-E only); XMPP federation domains — (Expressway-E only);
//   IM and Presence chat node aliases (federated group chat) — both; Unified CM phone security profile names —
//   (Control only). Expressway X15.5 guide: "You may select CollabEdgeDNS format instead, which simply adds the
//   prefix collab-edge. to the domain that you enter."
describe("planExpressway — Expressway-E cluster", () => {
  const e: ExpresswayComponent = {
    type: "expressway",
    id: "exp-e",
    role: "e",
    clusterFqdn: "expe.example.com",
    peers: ["expe1.example.com", "expe2.example.com"],
    mraDomains: ["example.com"],
    xmppFederationDomains: ["example.com", "chat.example.com"],
    chatNodeAliases: ["conference-2-standalone.example.com"],
    aliases: ["b2b.example.com"],
  };

  it("CN = cluster FQDN; SAN = cluster + peers + MRA domain + XMPP domains + chat aliases + aliases", () => {
    const [cert, ...rest] = planExpressway(e, ctx);
    expect(rest).toHaveLength(0);
    expect(cert?.id).toBe("exp-e");
    expect(cert?.profile).toBe("expressway-e");
    expect(cert?.subject.CN).toBe("expe.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "expe.example.com",
      "expe1.example.com",
      "expe2.example.com",
      "example.com",
      "chat.example.com",
      "conference-2-standalone.example.com",
      "b2b.example.com",
    ]);
    // one name, two reasons
    expect(cert?.sans[3]?.reasons).toEqual([
      "Unified CM registration domain example.com (MRA)",
      "XMPP federation domain example.com (DNS format)",
    ]);
    expect(cert?.installOn).toEqual(["expe1.example.com", "expe2.example.com"]);
    expect(cert?.exportableKey).toBe(true);
    expect(cert?.eku).toEqual(["serverAuth", "clientAuth"]);
  });

  it("CollabEdgeDNS format adds collab-edge.<domain>", () => {
    const [cert] = planExpressway({ ...e, mraSanFormat: "collab-edge", xmppFederationDomains: [] }, ctx);
    expect(cert?.sans.map((s) => s.value)).toContain("collab-edge.example.com");
    expect(cert?.sans.map((s) => s.value)).not.toContain("example.com");
  });

  it("leaves an internal (.local) MRA domain off, with the reason", () => {
    const [cert] = planExpressway({ ...e, mraDomains: ["example.com", "corp.local"] }, ctx);
    expect(cert?.sans.map((s) => s.value)).not.toContain("corp.local");
    expect(cert?.notIncluded?.map((n) => n.value)).toEqual(["corp.local"]);
  });

  it("puts phone security profiles on the Expressway-C, not the E", () => {
    const [cert] = planExpressway({ ...e, phoneSecurityProfiles: ["secure-phones.example.com"] }, ctx);
    expect(cert?.sans.map((s) => s.value)).not.toContain("secure-phones.example.com");
    expect(cert?.notIncluded?.map((n) => n.value)).toContain("secure-phones.example.com");
  });
});

describe("planExpressway — Expressway-C", () => {
  const c: ExpresswayComponent = {
    type: "expressway",
    id: "exp-c",
    role: "c",
    clusterFqdn: "expc.example.com",
    peers: ["expc1.example.com", "expc2.example.com"],
    mraDomains: ["example.com"],
    chatNodeAliases: ["conference-2-standalone.example.com"],
    phoneSecurityProfiles: ["Secure-Phones.example.com", "Cisco 8865 - Standard SIP Secure Profile"],
  };

  it("SAN = cluster + peers + chat aliases + FQDN phone security profiles; no MRA domains", () => {
    const [cert] = planExpressway(c, ctx);
    expect(cert?.profile).toBe("expressway-c");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "expc.example.com",
      "expc1.example.com",
      "expc2.example.com",
      "conference-2-standalone.example.com",
      "secure-phones.example.com",
    ]);
    expect(cert?.sans[4]?.reasons).toEqual([
      "Unified CM phone security profile secure-phones.example.com (encrypted MRA endpoints)",
    ]);
    expect(cert?.notIncluded?.map((n) => n.value)).toEqual([
      "example.com",
      "cisco 8865 - standard sip secure profile",
    ]);
  });

  it("single node: CN = the node FQDN, key not exportable", () => {
    const [cert] = planExpressway(
      { type: "expressway", id: "x", role: "c", peers: ["expc1.example.com"] },
      ctx,
    );
    expect(cert?.subject.CN).toBe("expc1.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual(["expc1.example.com"]);
    expect(cert?.sans[0]?.reasons).toEqual(["Expressway-C FQDN"]);
    expect(cert?.exportableKey).toBe(false);
  });

  it("two peers without a cluster FQDN: CN falls back to the first peer", () => {
    const [cert] = planExpressway(
      { type: "expressway", id: "x", role: "c", peers: ["expc1.example.com", "expc2.example.com"] },
      ctx,
    );
    expect(cert?.subject.CN).toBe("expc1.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual(["expc1.example.com", "expc2.example.com"]);
  });
});
