import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CISCO_CSR_ONEPERFQDN_1 } from "./cisco-csr-oneperfqdn-1";
import { ciscoPlan, cucm } from "./fixtures";

// Jabber 12.6 Planning Guide: "Some public CAs sign only one certificate per fully qualified domain name (FQDN)."
describe("CISCO-CSR-ONEPERFQDN-1", () => {
  it("warns when tomcat and CallManager on one node share the CN at a public CA", () => {
    const f = runRule(
      CISCO_CSR_ONEPERFQDN_1,
      ciscoPlan({
        components: [
          cucm({ id: "tomcat", distribution: "single-server" }),
          cucm({ id: "cm", purpose: "callmanager", distribution: "single-server" }),
        ],
      }),
    );
    // cucm-pub and cucm-sub1 each carry two purposes: 2 nodes × 2 certificates
    expect(f).toHaveLength(4);
    expect(f[0]).toMatchObject({
      severity: "warning",
      certificate: "tomcat/cucm-pub.example.com",
      names: ["cucm-pub.example.com"],
    });
    expect(f[0]?.message).toContain('CallManager ("cm/cucm-pub.example.com")');
  });

  it("silent with an internal CA or distinct CNs", () => {
    expect(
      runRule(
        CISCO_CSR_ONEPERFQDN_1,
        ciscoPlan({
          components: [
            cucm({ id: "tomcat", distribution: "single-server", caType: "internal" }),
            cucm({ id: "cm", purpose: "callmanager", distribution: "single-server", caType: "internal" }),
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      runRule(CISCO_CSR_ONEPERFQDN_1, ciscoPlan({ components: [cucm({ distribution: "single-server" })] })),
    ).toEqual([]);
  });
});
