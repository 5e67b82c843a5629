import { describe, expect, it } from "vitest";
import { DMZ, dmzPlan } from "./fixtures";
import { PEXIP_FQDN_1 } from "./pexip-fqdn-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/dmz_certs_dns.htm: "The Configured FQDN setting on each Conferencing Node must match
// the node's DNS FQDN and it must be unique per node."
describe("PEXIP-FQDN-1", () => {
  it("fires when a node's SIP TLS FQDN differs from its FQDN", () => {
    const f = runRule(
      PEXIP_FQDN_1,
      dmzPlan({
        components: [
          {
            ...DMZ,
            nodes: [
              { fqdn: "px01.vc.example.com", sipTlsFqdn: "px.vc.example.com" },
              { fqdn: "px02.vc.example.com" },
            ],
          },
        ],
      }),
    );
    // px.vc.example.com differs from px01 (one hit); it is not a duplicate (one node only)
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      certificate: "px",
      names: ["px.vc.example.com", "px01.vc.example.com"],
    });
  });

  it("fires when two nodes share one SIP TLS FQDN, and on a node listed twice", () => {
    const f = runRule(
      PEXIP_FQDN_1,
      dmzPlan({
        components: [
          {
            ...DMZ,
            nodes: [
              { fqdn: "px01.vc.example.com", sipTlsFqdn: "px01.vc.example.com" },
              { fqdn: "px02.vc.example.com", sipTlsFqdn: "px01.vc.example.com" },
              { fqdn: "px02.vc.example.com" },
            ],
          },
        ],
      }),
    );
    const messages = f.map((x) => x.message).join("\n");
    expect(messages).toContain("must be unique per node");
    expect(messages).toContain("px02.vc.example.com is listed 2 times");
  });

  it("does not fire on Pexip's example nodes", () => {
    expect(runRule(PEXIP_FQDN_1, dmzPlan())).toEqual([]);
  });
});
