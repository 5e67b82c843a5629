import { describe, expect, it } from "vitest";
import { LYNC_SBA_1 } from "./lync-sba-1";
import { existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Certificate requirements for internal servers in Lync Server 2013", Certificates for Survivable Branch
// Appliance: | Default | FQDN of the appliance | SIP.<sipdomain> (need one entry per SIP domain) |
// "SN=sba01.contoso.net; SAN=sip.contoso.com; SAN=sip.fabrikam.com"
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
describe("LYNC-SBA-1", () => {
  const sba = { type: "sfb-sba" as const, id: "sba", fqdn: "sba01.contoso.net" };

  it("does not fire on Microsoft's example", () => {
    const cert = planned({
      id: "sba",
      component: sba,
      profile: "sfb-sba",
      cn: "sba01.contoso.net",
      sans: ["sip.contoso.com", "sip.fabrikam.com"],
    });
    expect(run(LYNC_SBA_1, makePlan({ components: [sba] }), [cert])).toEqual([]);
  });

  it("errors when a SIP domain's sip.<domain> is missing", () => {
    const old = existing({
      certificate: "sba",
      subjectCN: "sba01.contoso.net",
      sans: ["sba01.contoso.net", "sip.contoso.com"],
    });
    const f = run(LYNC_SBA_1, makePlan({ components: [sba], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["sip.fabrikam.com"] }),
    ]);
  });
});
