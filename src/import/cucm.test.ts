import { describe, expect, it } from "vitest";
import { readSource } from "./detect";
import { CLUSTER_WITH_DOMAIN, CLUSTER_WITHOUT_DOMAIN } from "./test-fixtures";

describe("Cisco show network cluster", () => {
  it("reads the publisher, the subscribers and the IM and Presence nodes of a cluster with a domain", () => {
    const s = readSource(CLUSTER_WITH_DOMAIN, "cluster.txt");
    if (s.kind !== "cucm-cluster") throw new Error(`read as ${s.kind}`);
    const c = s.cluster;
    expect(c.publisher).toMatchObject({
      name: "cucm-pub.contoso.com",
      address: "10.1.1.10",
      hasDomain: true,
      line: 2,
    });
    expect(c.subscribers.map((n) => n.name)).toEqual(["cucm-sub1.contoso.com"]);
    expect(c.imPresence.map((n) => [n.name, n.db])).toEqual([
      ["imp-pub.contoso.com", "DBPub"],
      ["imp-sub.contoso.com", "DBSub"],
    ]);
    // another product's node is kept apart, shown but not imported
    expect(c.otherProducts.map((n) => [n.name, n.product])).toEqual([["cer01.contoso.com", "ciscoer"]]);
    // the wrapped "authenticated…" line, the headings and the processnode table are not "unrecognised"
    expect(c.unrecognised).toEqual([]);
  });

  it("reads a cluster without a domain (empty FQDN column): the host name is the node's name", () => {
    const s = readSource(CLUSTER_WITHOUT_DOMAIN, "nodomain.txt");
    if (s.kind !== "cucm-cluster") throw new Error(`read as ${s.kind}`);
    expect(s.cluster.publisher).toMatchObject({ name: "CUCMPUB", hasDomain: false });
    expect(s.cluster.subscribers.map((n) => n.name)).toEqual(["CUCMSUB"]);
  });

  it("keeps unrecognised lines visible for the admin", () => {
    const s = readSource(
      `${CLUSTER_WITHOUT_DOMAIN}10.106.61.122 CUCMSUB2 Subscriber ??? something odd\nwarning: replication is slow\n`,
      "odd.txt",
    );
    if (s.kind !== "cucm-cluster") throw new Error(`read as ${s.kind}`);
    expect(s.cluster.unrecognised.map((u) => u.line)).toEqual([4, 5]);
    expect(s.cluster.unrecognised[1]?.text).toBe("warning: replication is slow");
  });

  it("refuses text that is not an export at all", () => {
    expect(() => readSource("hello world\nnothing here", "notes.txt")).toThrow(/was not recognised/);
  });
});
