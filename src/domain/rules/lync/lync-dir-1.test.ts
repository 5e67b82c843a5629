import { describe, expect, it } from "vitest";
import { LYNC_DIR_1 } from "./lync-dir-1";
import { existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Certificate summary - Single Director in Lync Server 2013":
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-director
// | Default | SN dir01.contoso.net | SAN dir01.contoso.net, dialin.contoso.com, meet.contoso.com,
// |         |                      |     lyncdiscoverinternal.contoso.com, lyncdiscover.contoso.com, (Optionally) *.contoso.com |
const TABLE = [
  "dir01.contoso.net",
  "dialin.contoso.com",
  "meet.contoso.com",
  "lyncdiscoverinternal.contoso.com",
  "lyncdiscover.contoso.com",
];

describe("LYNC-DIR-1", () => {
  const dir = {
    type: "sfb-pool" as const,
    id: "dir",
    role: "director" as const,
    poolFqdn: "dir01.contoso.net",
    servers: ["dir01.contoso.net"],
  };
  const plan = (p = {}) =>
    makePlan({
      sipDomains: ["contoso.com"],
      sfb: { simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"] } },
      components: [dir],
      ...p,
    });
  const cert = (sans: string[], cn = "dir01.contoso.net") =>
    planned({ id: "dir/dir01.contoso.net", component: dir, profile: "sfb-director", cn, sans });

  it("does not fire on Microsoft's single Director table, nor on its wildcard variant", () => {
    expect(run(LYNC_DIR_1, plan(), [cert(TABLE)])).toEqual([]);
    expect(run(LYNC_DIR_1, plan(), [cert(["dir01.contoso.net", "*.contoso.com"])])).toEqual([]);
  });

  it("errors on a Director pool certificate without the Director's FQDN (internal servers table: dir-pool / dir01)", () => {
    // "SN=dir-pool.contoso.com; SAN=dir-pool.contoso.com; SAN=dir01.contoso.com" (certificate requirements for internal servers)
    const pool = { ...dir, poolFqdn: "dir-pool.contoso.com", servers: ["dir01.contoso.com"] };
    const old = existing({
      certificate: "dir/dir01.contoso.com",
      subjectCN: "dir-pool.contoso.com",
      sans: ["dir-pool.contoso.com", "dialin.contoso.com"],
    });
    const f = run(LYNC_DIR_1, plan({ components: [pool], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["dir01.contoso.com"] }),
    ]);
  });

  it("errors on the external web FQDN and dial-in URL missing, and on a wrong subject name", () => {
    const withExt = { ...dir, externalWebFqdn: "directorwebcon01.contoso.com" };
    const f = run(LYNC_DIR_1, plan({ components: [withExt] }), [
      planned({
        id: "dir/dir01.contoso.net",
        component: withExt,
        profile: "sfb-director",
        cn: "directorwebcon01.contoso.com",
        sans: ["dir01.contoso.net", "meet.contoso.com"],
      }),
    ]);
    // the subject name is a topology name but not the Director pool FQDN; a name outside the topology is LYNC-NAME-1
    expect(f.map((x) => x.names)).toEqual([
      ["directorwebcon01.contoso.com"],
      ["directorwebcon01.contoso.com", "dialin.contoso.com"],
    ]);
    expect(f.every((x) => x.severity === "error")).toBe(true);
  });
});
