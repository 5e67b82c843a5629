import { describe, expect, it } from "vitest";
import { LYNC_WILDCARD_1 } from "./lync-wildcard-1";
import {
  CONTOSO_SFB,
  contosoEdge,
  contosoEdgeExternal,
  contosoEdgeInternal,
  contosoPool,
  contosoPoolCert,
  existing,
  makePlan,
  planned,
  run,
} from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers", Front End pool, Web internal with a wildcard:
// "SN=ee01.contoso.com; SAN=ee01.contoso.com; SAN=*.contoso.com" — "Wildcard entries are supported for the simple URL
// entries." "Plan for Edge Server certificates": "Wildcard certificates are not supported in Lync Server, except where
// used to summarize the Simple URLs through the reverse proxy."
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-WILDCARD-1", () => {
  const edge = contosoEdge();
  const pool = contosoPool();

  it("allows a wildcard that summarises the simple URLs on the combined pool certificate", () => {
    const cert = contosoPoolCert(pool, {
      sans: [
        "eepool.contoso.com",
        "ee01.contoso.com",
        "webcon01.contoso.com",
        "*.contoso.com",
        "*.fabrikam.com",
      ],
    });
    expect(run(LYNC_WILDCARD_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [cert])).toEqual([]);
  });

  it("errors on any wildcard on the Edge external certificate (the XMPP table's *.contoso.com, RULES.md E.1)", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: [
        "webcon.contoso.com",
        "sip.contoso.com",
        "sip.fabrikam.com",
        "xmpp.contoso.com",
        "*.contoso.com",
      ],
    });
    const f = run(LYNC_WILDCARD_1, makePlan({ components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["*.contoso.com"] }),
    ]);
  });

  it("does not count the other pool members as this per-server certificate's SIP names", () => {
    const two = contosoPool({ servers: ["ee01.contoso.com", "ee02.contoso.com"] });
    const cert = contosoPoolCert(two, {
      sans: [
        "eepool.contoso.com",
        "ee01.contoso.com",
        "webcon01.contoso.com",
        "*.contoso.com",
        "*.fabrikam.com",
      ],
    });
    expect(run(LYNC_WILDCARD_1, makePlan({ sfb: CONTOSO_SFB, components: [two] }), [cert])).toEqual([]);
  });

  it("errors when a pool certificate relies on the wildcard for its SIP names", () => {
    const cert = contosoPoolCert(pool, { sans: ["eepool.contoso.com", "*.contoso.com"] });
    const f = run(LYNC_WILDCARD_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [cert]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", names: ["*.contoso.com", "ee01.contoso.com"] }),
    ]);
  });

  it("errors on a pool wildcard that summarises nothing Microsoft allows", () => {
    const cert = contosoPoolCert(pool, {
      sans: ["eepool.contoso.com", "ee01.contoso.com", "*.corp.contoso.com"],
    });
    const f = run(LYNC_WILDCARD_1, makePlan({ sfb: CONTOSO_SFB, components: [pool] }), [cert]);
    expect(f).toEqual([expect.objectContaining({ severity: "error", names: ["*.corp.contoso.com"] })]);
  });

  it("errors on Mediation and SBA wildcards, and leaves the internal Edge to LYNC-EDGE-INT-2", () => {
    const med = {
      type: "sfb-mediation" as const,
      id: "med",
      poolFqdn: "medsvr-pool.contoso.net",
      servers: ["medsvr01.contoso.net"],
    };
    const medCert = planned({
      id: "med/medsvr01.contoso.net",
      component: med,
      profile: "sfb-mediation",
      cn: "medsvr-pool.contoso.net",
      sans: ["medsvr-pool.contoso.net", "*.contoso.net"],
    });
    const internal = contosoEdgeInternal(edge, { sans: ["lsedge.contoso.net", "*.contoso.net"] });
    const f = run(LYNC_WILDCARD_1, makePlan({ components: [edge, med] }), [medCert, internal]);
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", certificate: "med/medsvr01.contoso.net" }),
    ]);
  });

  it("does not fire on Microsoft's Edge table without wildcards", () => {
    expect(run(LYNC_WILDCARD_1, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)])).toEqual([]);
  });
});
