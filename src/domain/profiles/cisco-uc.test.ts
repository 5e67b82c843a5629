import { describe, expect, it } from "vitest";
import type { CiscoUcComponent, Plan } from "../types";
import { multiServerName, planCiscoUc } from "./cisco-uc";

const plan: Plan = {
  format: "san-planner/plan",
  version: 1,
  name: "CUCM",
  issueDate: "2026-07-01",
  sipDomains: [],
  xmppDomains: ["example.com"],
  components: [],
};
const ctx = { plan, issueDate: "2026-07-01" };

const base: Omit<CiscoUcComponent, "purpose" | "distribution"> = {
  type: "cisco-uc",
  id: "cucm",
  product: "cucm",
  publisher: "cucm-pub.example.com",
  subscribers: ["cucm-sub1.example.com", "cucm-sub2.example.com"],
  imPresenceNodes: ["imp-pub.example.com", "imp-sub.example.com"],
};

describe("multi-server naming", () => {
  // Cisco Collaboration Preferred Architecture 12.x, Security
  // (https://www.cisco.com/c/en/us/td/docs/solutions/CVD/Collaboration/enterprise/12x/120/collbcvd/security.html):
  //   "With a multi-server certificate, a "-ms" is appended after the hostname portion of the FQDN."
  it("appends -ms after the host name portion", () => {
    expect(multiServerName("cucm-pub.example.com")).toBe("cucm-pub-ms.example.com");
    expect(multiServerName("CUC1.Corp.Example.com.")).toBe("cuc1-ms.corp.example.com");
  });
});

// Cisco TechNote 118731 "Configure CA-Signed Multi-Server SAN"
// (https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html),
// Background Information:
//   "Tomcat - CUCM and IM&P / Cisco CallManager - Only CUCM / Cisco Unified Presence-Extensible Messaging and
//    Presence Protocol (CUP-XMPP) - Only IM&P / CUP-XMPP Server-to-Server (S2S) - Only IM&P"
// and: "Verify all the nodes of your cluster are listed for Tomcat: all CUCM and IM&P nodes"
describe("planCiscoUc — multi-server", () => {
  it("tomcat: CN cucm-pub-ms.example.com, SAN = CN + all CUCM and IM&P nodes", () => {
    const [cert, ...rest] = planCiscoUc({ ...base, purpose: "tomcat", distribution: "multi-server" }, ctx);
    expect(rest).toHaveLength(0);
    expect(cert?.id).toBe("cucm");
    expect(cert?.profile).toBe("cisco-tomcat");
    expect(cert?.subject.CN).toBe("cucm-pub-ms.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "cucm-pub-ms.example.com",
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
      "imp-pub.example.com",
      "imp-sub.example.com",
    ]);
    expect(cert?.installOn).toEqual([
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
      "imp-pub.example.com",
      "imp-sub.example.com",
    ]);
    expect(cert?.sans[1]?.reasons).toEqual(["node cucm-pub.example.com (CUCM publisher)"]);
    expect(cert?.sans[4]?.reasons).toEqual(["node imp-pub.example.com (IM and Presence node)"]);
  });

  it("CallManager: CUCM nodes only", () => {
    const [cert] = planCiscoUc({ ...base, purpose: "callmanager", distribution: "multi-server" }, ctx);
    expect(cert?.profile).toBe("cisco-callmanager");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "cucm-pub-ms.example.com",
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
    ]);
    expect(cert?.notIncluded?.map((n) => n.value)).toEqual(["imp-pub.example.com", "imp-sub.example.com"]);
  });

  it("cup-xmpp: IM&P nodes only, generated on the IM and Presence publisher", () => {
    const [cert] = planCiscoUc({ ...base, purpose: "cup-xmpp", distribution: "multi-server" }, ctx);
    expect(cert?.subject.CN).toBe("imp-pub-ms.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "imp-pub-ms.example.com",
      "imp-pub.example.com",
      "imp-sub.example.com",
    ]);
  });

  it("cup-xmpp-s2s: IM&P nodes plus the XMPP domains", () => {
    const [cert] = planCiscoUc({ ...base, purpose: "cup-xmpp-s2s", distribution: "multi-server" }, ctx);
    expect(cert?.profile).toBe("cisco-cup-xmpp-s2s");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "imp-pub-ms.example.com",
      "imp-pub.example.com",
      "imp-sub.example.com",
      "example.com",
    ]);
    expect(cert?.sans[3]?.reasons).toEqual(["XMPP domain example.com (server-to-server federation)"]);
  });

  it("Unity Connection tomcat: CUC nodes, -ms on the CUC publisher", () => {
    const [cert] = planCiscoUc(
      {
        type: "cisco-uc",
        id: "cuc",
        product: "cuc",
        purpose: "tomcat",
        distribution: "multi-server",
        publisher: "cuc-pub.example.com",
        subscribers: ["cuc-sub.example.com"],
        telephonyIntegration: "sip",
      },
      ctx,
    );
    expect(cert?.subject.CN).toBe("cuc-pub-ms.example.com");
    expect(cert?.sans.map((s) => s.value)).toEqual([
      "cuc-pub-ms.example.com",
      "cuc-pub.example.com",
      "cuc-sub.example.com",
    ]);
    expect(cert?.sans[1]?.reasons).toEqual(["node cuc-pub.example.com (Unity Connection publisher)"]);
  });

  it("CUCM-EKU-1: serverAuth + clientAuth, KU with dataEncipherment, key stays on the node", () => {
    const [cert] = planCiscoUc({ ...base, purpose: "tomcat", distribution: "multi-server" }, ctx);
    expect(cert?.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(cert?.keyUsage).toEqual(["digitalSignature", "keyEncipherment", "dataEncipherment"]);
    expect(cert?.exportableKey).toBe(false);
  });
});

describe("planCiscoUc — single-server", () => {
  // Jabber 12.6 Planning Guide (RULES.md CUCM-TOMCAT-1): "Each cluster node, subscriber, and publisher, runs a
  // Tomcat service and can present the client with an HTTP certificate."
  it("tomcat: one certificate per CUCM and IM&P node, CN = SAN = node FQDN", () => {
    const certs = planCiscoUc({ ...base, purpose: "tomcat", distribution: "single-server" }, ctx);
    expect(certs.map((c) => c.id)).toEqual([
      "cucm/cucm-pub.example.com",
      "cucm/cucm-sub1.example.com",
      "cucm/cucm-sub2.example.com",
      "cucm/imp-pub.example.com",
      "cucm/imp-sub.example.com",
    ]);
    for (const c of certs) {
      const node = c.id.split("/")[1] as string;
      expect(c.subject.CN).toBe(node);
      expect(c.sans.map((s) => s.value)).toEqual([node]);
      expect(c.installOn).toEqual([node]);
    }
  });

  it("CallManager: CUCM nodes only", () => {
    const certs = planCiscoUc({ ...base, purpose: "callmanager", distribution: "single-server" }, ctx);
    expect(certs.map((c) => c.subject.CN)).toEqual([
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
    ]);
  });

  it("plans nothing when a purpose has no node (reported by CUCM-TOMCAT-1)", () => {
    const noImp = { ...base, imPresenceNodes: [] };
    expect(planCiscoUc({ ...noImp, purpose: "cup-xmpp", distribution: "single-server" }, ctx)).toEqual([]);
    expect(
      planCiscoUc({ ...base, product: "cuc", purpose: "callmanager", distribution: "multi-server" }, ctx),
    ).toEqual([]);
  });
});
