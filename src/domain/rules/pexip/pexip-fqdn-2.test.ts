import { describe, expect, it } from "vitest";
import { DMZ, dmzPlan } from "./fixtures";
import { PEXIP_FQDN_2 } from "./pexip-fqdn-2";
import { runRule } from "./testing";

// https://docs.pexip.com/v24/admin/assigning_hostname_fqdn.htm: "The node's SIP TLS FQDN is used in SIP signaling
// (if configured) and MS-SIP signaling (mandatory)."
describe("PEXIP-FQDN-2", () => {
  it("error for a node whose SIP TLS FQDN is explicitly empty", () => {
    const f = runRule(
      PEXIP_FQDN_2,
      dmzPlan({
        components: [{ ...DMZ, nodes: [{ fqdn: "px01.vc.example.com", sipTlsFqdn: " " }, DMZ.nodes[1]!] }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", certificate: "px", names: ["px01.vc.example.com"] });
  });

  it("info reminder for nodes whose SIP TLS FQDN is not recorded", () => {
    const f = runRule(
      PEXIP_FQDN_2,
      dmzPlan({
        components: [{ ...DMZ, nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }] }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", names: ["px01.vc.example.com", "px02.vc.example.com"] });
  });

  it("silent when every node has its SIP TLS FQDN", () => {
    expect(runRule(PEXIP_FQDN_2, dmzPlan())).toEqual([]);
  });
});
