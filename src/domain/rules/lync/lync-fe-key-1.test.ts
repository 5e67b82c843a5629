import { describe, expect, it } from "vitest";
import { LYNC_FE_KEY_1 } from "./lync-fe-key-1";
import {
  CONTOSO_SFB,
  contosoEdge,
  contosoEdgeExternal,
  contosoPool,
  contosoPoolCert,
  existing,
  makePlan,
  run,
} from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013": "All these are standard web server
// certificates, private key, non-exportable." / "Each certificate Friendly Name must be unique in the computer store."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-FE-KEY-1", () => {
  const pool = contosoPool();

  it("hints on each planned Front End certificate", () => {
    const f = run(LYNC_FE_KEY_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [contosoPoolCert(pool)]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "info", certificate: "fe/ee01.contoso.com", target: "plan" }),
    ]);
    expect(f[0]?.message).toMatch(/non-exportable/);
    expect(f[0]?.message).toMatch(/friendly name/);
  });

  it("says nothing for existing certificates or Edge certificates", () => {
    const edge = contosoEdge();
    const old = existing({ certificate: "fe/ee01.contoso.com", subjectCN: "eepool.contoso.com", sans: [] });
    expect(
      run(LYNC_FE_KEY_1, makePlan({ components: [pool, edge], existing: [old] }), [
        contosoEdgeExternal(edge),
      ]),
    ).toEqual([]);
  });
});
