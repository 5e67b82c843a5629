import { describe, expect, it } from "vitest";
import type { Plan } from "../../types";
import { LYNC_RP_1 } from "./lync-rp-1";
import { contosoPool, existing, makePlan, planned, run } from "./test-helpers";

// Microsoft, "Certificate summary - Reverse proxy in Lync Server 2013":
// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-reverse-proxy
// | Reverse Proxy | SN webext.contoso.com | SAN webext.contoso.com, webdirext.contoso.com, dialin.contoso.com, meet.contoso.com,
// |               |                       |     officewebapps01.contoso.com, lyncdiscover.contoso.com, (Optional):*.contoso.com |
// "Certificate must be issued by a public CA and with the server EKU." "The optional wildcard replaces both meet and dialin SAN"
const TABLE = [
  "webext.contoso.com",
  "webdirext.contoso.com",
  "dialin.contoso.com",
  "meet.contoso.com",
  "officewebapps01.contoso.com",
  "lyncdiscover.contoso.com",
];

describe("LYNC-RP-1", () => {
  const rp = {
    type: "sfb-reverse-proxy" as const,
    id: "rp",
    externalWebFqdns: ["webext.contoso.com", "webdirext.contoso.com"],
    officeOnlineFqdn: "officewebapps01.contoso.com",
  };
  const plan = (p: Partial<Plan> = {}) =>
    makePlan({
      sipDomains: ["contoso.com"],
      sfb: { simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"] } },
      components: [rp],
      ...p,
    });
  const cert = (sans: string[], caType: "public" | "internal" = "public") =>
    planned({
      id: "rp",
      component: rp,
      profile: "sfb-reverse-proxy",
      cn: "webext.contoso.com",
      sans,
      caType,
    });

  it("does not fire on Microsoft's table, nor with the optional wildcard replacing meet and dialin", () => {
    expect(run(LYNC_RP_1, plan(), [cert(TABLE)])).toEqual([]);
    const wild = [
      "webext.contoso.com",
      "webdirext.contoso.com",
      "officewebapps01.contoso.com",
      "lyncdiscover.contoso.com",
      "*.contoso.com",
    ];
    expect(run(LYNC_RP_1, plan(), [cert(wild)])).toEqual([]);
  });

  it("errors on an internal-CA certificate", () => {
    const f = run(LYNC_RP_1, plan(), [cert(TABLE, "internal")]);
    expect(f).toEqual([expect.objectContaining({ severity: "error", target: "plan", certificate: "rp" })]);
    expect(f[0]?.message).toMatch(/public CA/);
  });

  it("errors when a pool's external web FQDN is not published (not in the component, not on the certificate)", () => {
    const fe = contosoPool({ externalWebFqdn: "webpool2.contoso.com" });
    const f = run(LYNC_RP_1, plan({ components: [rp, fe] }), [cert(TABLE)]);
    expect(f).toEqual([expect.objectContaining({ severity: "error", names: ["webpool2.contoso.com"] })]);
  });

  it("errors on an existing certificate without the Office Web Apps FQDN", () => {
    const old = existing({
      certificate: "rp",
      subjectCN: "webext.contoso.com",
      sans: TABLE.filter((n) => !n.startsWith("officewebapps")),
    });
    const f = run(LYNC_RP_1, plan({ existing: [old] }));
    expect(f).toEqual([
      expect.objectContaining({
        severity: "error",
        target: "existing",
        names: ["officewebapps01.contoso.com"],
      }),
    ]);
  });
});
