import { describe, expect, it } from "vitest";
import { LYNC_MED_1 } from "./lync-med-1";
import { existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Certificates for Stand-alone
// Mediation Server: | Default | FQDN of the pool | FQDN of the pool, FQDN of pool member server |
// "SN=medsvr-pool.contoso.net; SAN=medsvr-pool.contoso.net; SAN=medsvr01.contoso.net"
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-MED-1", () => {
  const med = {
    type: "sfb-mediation" as const,
    id: "med",
    poolFqdn: "medsvr-pool.contoso.net",
    servers: ["medsvr01.contoso.net", "medsvr02.contoso.net"],
  };
  const cert = planned({
    id: "med/medsvr01.contoso.net",
    component: med,
    profile: "sfb-mediation",
    cn: "medsvr-pool.contoso.net",
    sans: ["medsvr-pool.contoso.net", "medsvr01.contoso.net"],
  });

  it("does not fire on Microsoft's example", () => {
    expect(run(LYNC_MED_1, makePlan({ components: [med] }), [cert])).toEqual([]);
  });

  it("errors on a member certificate without the pool FQDN and with the member as subject name", () => {
    const old = existing({
      certificate: "med/medsvr02.contoso.net",
      subjectCN: "medsvr02.contoso.net",
      sans: ["medsvr02.contoso.net"],
    });
    const f = run(LYNC_MED_1, makePlan({ components: [med], existing: [old] }), [cert]);
    expect(f.map((x) => `${x.severity} ${x.target} ${x.names?.join(",")}`)).toEqual([
      "error existing medsvr02.contoso.net",
      "error existing medsvr-pool.contoso.net",
    ]);
  });
});
