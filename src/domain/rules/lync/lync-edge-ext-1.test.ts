import { describe, expect, it } from "vitest";
import { LYNC_EDGE_EXT_1 } from "./lync-edge-ext-1";
import { contosoEdge, contosoEdgeExternal, existing, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - Single consolidated edge with public IP addresses" (Lync Server 2013)
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses
// | Component                                 | Subject name (SN) | SAN                                                   |
// | Single consolidated Edge (External Edge)  | sip.contoso.com   | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |
describe("LYNC-EDGE-EXT-1", () => {
  const edge = contosoEdge();
  const plan = (ex = makePlan().existing) => makePlan({ components: [edge], existing: ex });

  it("does not fire on Microsoft's example (SN = Access Edge FQDN sip.contoso.com)", () => {
    expect(run(LYNC_EDGE_EXT_1, plan(), [contosoEdgeExternal(edge)])).toEqual([]);
  });

  it("errors on a wildcard subject name (existing certificate, no planned counterpart)", () => {
    const f = run(
      LYNC_EDGE_EXT_1,
      plan([existing({ certificate: "edge/external", subjectCN: "*.contoso.com", sans: ["*.contoso.com"] })]),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "LYNC-EDGE-EXT-1",
      severity: "error",
      target: "existing",
      certificate: "edge/external",
      names: ["*.contoso.com"],
    });
    expect(f[0]?.message).toMatch(/explicit subject name/);
  });

  it("errors on a wildcard subject name on the planned certificate", () => {
    const f = run(LYNC_EDGE_EXT_1, plan(), [contosoEdgeExternal(edge, { cn: "*.contoso.com" })]);
    expect(f.map((x) => x.severity)).toEqual(["error"]);
  });

  it("is an info when the subject name is another explicit name (no longer required since Lync 2013)", () => {
    const f = run(
      LYNC_EDGE_EXT_1,
      plan([
        existing({
          certificate: "edge/external",
          subjectCN: "webcon.contoso.com",
          sans: ["sip.contoso.com", "webcon.contoso.com"],
        }),
      ]),
      [contosoEdgeExternal(edge)],
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", target: "existing", names: ["webcon.contoso.com"] });
    expect(f[0]?.message).toMatch(/Office Communications Server/);
  });

  it("does not apply to other certificates", () => {
    const internal = existing({ certificate: "edge/internal", subjectCN: "*.contoso.net", sans: [] });
    expect(run(LYNC_EDGE_EXT_1, plan([internal]))).toEqual([]);
  });
});
