import { describe, expect, it } from "vitest";
import { LYNC_OAUTH_1 } from "./lync-oauth-1";
import { contosoEdge, contosoPool, makePlan, run } from "./test-helpers";

// Microsoft, "Certificate summary - Single Director in Lync Server 2013":
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-director
// | OAuthTokenIssuer | SN dir01.contoso.net | No Entry | "Note that the minimum key length is 1024, but you may receive a
// warning that the minimum recommended key length is 2048 bits." ... "The certificate is required."
describe("LYNC-OAUTH-1", () => {
  it("hints once per plan with a Lync 2013+ pool", () => {
    const f = run(
      LYNC_OAUTH_1,
      makePlan({ sfb: { version: "sfb-2015" }, components: [contosoPool(), contosoPool({ id: "fe2" })] }),
    );
    expect(f).toEqual([expect.objectContaining({ severity: "info", target: "plan" })]);
    expect(f[0]?.message).toMatch(/2048/);
  });

  it("does not fire for Lync 2010 or a plan without a pool", () => {
    expect(
      run(LYNC_OAUTH_1, makePlan({ sfb: { version: "lync-2010" }, components: [contosoPool()] })),
    ).toEqual([]);
    expect(run(LYNC_OAUTH_1, makePlan({ components: [contosoEdge()] }))).toEqual([]);
  });
});
