import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_4 } from "./lync-edge-ext-4";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - Scaled consolidated edge, DNS load balancing with public IP addresses":
// "For each SIP domain in your organization, you need to add a corresponding FQDN listed in the certificate subject
// alternative name list." Table: SN sip.contoso.com; SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com.
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-scaled-consolidated-edge-dns-load-balancing-with-public-ip-addresses
describe("LYNC-EDGE-EXT-4", () => {
  const edge = contosoEdge({ servers: ["edge01.contoso.net", "edge02.contoso.net"] });

  it("does not fire on Microsoft's table (sip.contoso.com and sip.fabrikam.com)", () => {
    expect(run(LYNC_EDGE_EXT_4, makePlan({ components: [edge] }), [contosoEdgeExternal(edge)])).toEqual([]);
  });

  it("errors when the second SIP domain's sip.<domain> is missing", () => {
    const old = existing({
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "webcon.contoso.com"],
    });
    const f = run(LYNC_EDGE_EXT_4, makePlan({ components: [edge], existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({ severity: "error", target: "existing", names: ["sip.fabrikam.com"] }),
    ]);
  });

  it("leaves domains with SRV records to LYNC-SRV-1/2", () => {
    const plan = makePlan({
      components: [edge],
      srv: [
        {
          service: "_sipfederationtls._tcp",
          domain: "fabrikam.com",
          target: "access.fabrikam.com",
          port: 5061,
        },
      ],
    });
    const cert = contosoEdgeExternal(edge, {
      sans: ["sip.contoso.com", "webcon.contoso.com", "access.fabrikam.com"],
    });
    expect(run(LYNC_EDGE_EXT_4, plan, [cert])).toEqual([]);
  });

  it("ignores a SIP domain that a Pexip public-DMZ component federates", () => {
    const plan = makePlan({
      sipDomains: ["contoso.com", "vc.contoso.com"],
      components: [
        edge,
        {
          type: "pexip",
          id: "px",
          deployment: "public-dmz",
          sipDomain: "vc.contoso.com",
          nodes: [{ fqdn: "px01.vc.contoso.com" }],
        },
      ],
    });
    const cert = contosoEdgeExternal(edge, { sans: ["sip.contoso.com", "webcon.contoso.com"] });
    expect(run(LYNC_EDGE_EXT_4, plan, [cert])).toEqual([]);
  });
});
