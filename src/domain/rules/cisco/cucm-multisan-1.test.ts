import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CUCM_MULTISAN_1 } from "./cucm-multisan-1";
import { ciscoPlan, cucm } from "./fixtures";

// TechNote 118731: "Verify all the nodes of your cluster are listed for Tomcat: all CUCM and IM&P nodes";
// Preferred Architecture 12.x: "a "-ms" is appended after the hostname portion of the FQDN".
describe("CUCM-MULTISAN-1", () => {
  const good = {
    certificate: "cucm",
    subjectCN: "cucm-pub-ms.example.com",
    sans: ["cucm-pub-ms.example.com", "cucm-pub.example.com", "cucm-sub1.example.com", "imp-pub.example.com"],
    eku: ["serverAuth", "clientAuth"],
  };

  it("fires when an existing multi-server tomcat certificate misses the IM&P node", () => {
    const f = runRule(
      CUCM_MULTISAN_1,
      ciscoPlan({ components: [cucm()], existing: [{ ...good, sans: good.sans.slice(0, 3) }] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "existing", names: ["imp-pub.example.com"] });
  });

  it("does not require IM&P nodes on a CallManager certificate", () => {
    const f = runRule(
      CUCM_MULTISAN_1,
      ciscoPlan({
        components: [cucm({ purpose: "callmanager" })],
        existing: [{ ...good, sans: good.sans.slice(0, 3) }],
      }),
    );
    expect(f).toEqual([]);
  });

  it("fires for a cup-xmpp-s2s certificate without the XMPP domain", () => {
    const f = runRule(
      CUCM_MULTISAN_1,
      ciscoPlan({
        components: [cucm({ purpose: "cup-xmpp-s2s" })],
        existing: [
          {
            certificate: "cucm",
            subjectCN: "imp-pub-ms.example.com",
            sans: ["imp-pub-ms.example.com", "imp-pub.example.com"],
            eku: [],
          },
        ],
      }),
    );
    expect(f[0]?.names).toEqual(["example.com"]);
  });

  it("silent on a complete existing certificate and on the plan", () => {
    expect(runRule(CUCM_MULTISAN_1, ciscoPlan({ components: [cucm()], existing: [good] }))).toEqual([]);
  });
});
