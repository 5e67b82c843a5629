import { describe, expect, it } from "vitest";
import { LYNC_DIR_2 } from "./lync-dir-2";
import { contosoPool, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Director web external row: "The
// Director external web FQDN must be different from the Front End pool or Front End Server." Example:
// SAN=directorwebcon01.contoso.com (Director) vs SAN=webcon01.contoso.com (Front End).
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-DIR-2", () => {
  const fe = contosoPool();
  const dir = (ext: string) =>
    contosoPool({
      id: "dir",
      role: "director",
      poolFqdn: "dir-pool.contoso.com",
      servers: ["dir01.contoso.com"],
      externalWebFqdn: ext,
    });

  it("does not fire on Microsoft's example names", () => {
    expect(run(LYNC_DIR_2, makePlan({ components: [fe, dir("directorwebcon01.contoso.com")] }))).toEqual([]);
  });

  it("errors when the Director reuses the Front End pool's external web FQDN", () => {
    const f = run(LYNC_DIR_2, makePlan({ components: [fe, dir("webcon01.contoso.com")] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "plan", names: ["webcon01.contoso.com"] }),
    ]);
    expect(f[0]?.certificate).toBeUndefined();
  });

  it("errors when it is the Front End pool FQDN", () => {
    expect(run(LYNC_DIR_2, makePlan({ components: [fe, dir("eepool.contoso.com")] }))).toHaveLength(1);
  });
});
