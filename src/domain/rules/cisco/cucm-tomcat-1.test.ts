import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CUCM_TOMCAT_1 } from "./cucm-tomcat-1";
import { ciscoPlan, cucm } from "./fixtures";

// Jabber 12.6 Planning Guide: "Each cluster node, subscriber, and publisher, runs a Tomcat service and can present
// the client with an HTTP certificate." → single-server: CN = SAN = node FQDN on every node.
describe("CUCM-TOMCAT-1", () => {
  const single = cucm({ distribution: "single-server" });

  it("silent on the planned per-node certificates and correct existing ones", () => {
    const plan = ciscoPlan({
      components: [single],
      existing: [
        {
          certificate: "cucm/cucm-pub.example.com",
          subjectCN: "cucm-pub.example.com",
          sans: ["cucm-pub.example.com"],
          eku: [],
        },
      ],
    });
    expect(runRule(CUCM_TOMCAT_1, plan)).toEqual([]);
  });

  it("fires when an existing node certificate does not name its node", () => {
    const plan = ciscoPlan({
      components: [single],
      existing: [
        {
          certificate: "cucm/cucm-sub1.example.com",
          subjectCN: "cucm-pub.example.com",
          sans: ["cucm-pub.example.com"],
          eku: [],
        },
      ],
    });
    const f = runRule(CUCM_TOMCAT_1, plan);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      target: "existing",
      certificate: "cucm/cucm-sub1.example.com",
      names: ["cucm-sub1.example.com"],
    });
  });

  it("fires when a purpose has no node: cup-xmpp without IM and Presence nodes, CallManager on Unity Connection", () => {
    const plan = ciscoPlan({
      components: [
        cucm({ purpose: "cup-xmpp", imPresenceNodes: [] }),
        cucm({ id: "cuc", product: "cuc", purpose: "callmanager" }),
      ],
    });
    const f = runRule(CUCM_TOMCAT_1, plan);
    expect(f.map((x) => x.certificate)).toEqual(["cucm", "cuc"]);
    expect(f[0]?.message).toContain("No IM and Presence node");
    expect(f[1]?.message).toContain("Unity Connection has no CallManager certificate");
  });
});
