import { describe, expect, it } from "vitest";
import { DMZ, DMZ_EXISTING, dmzPlan } from "./fixtures";
import { PEXIP_POOL_DOMAIN_1 } from "./pexip-pool-domain-1";
import { runRule } from "./testing";

// https://docs.pexip.com/sfb/dmz_certs_dns.htm: "Each pool of Conferencing Nodes that are handling the signaling
// for a domain/subdomain must be dedicated to that domain/subdomain."
describe("PEXIP-POOL-DOMAIN-1", () => {
  it("warns when a second domain's federation record points to the same pool", () => {
    const f = runRule(
      PEXIP_POOL_DOMAIN_1,
      dmzPlan({
        sipDomains: ["vc.example.com", "video.example.org"],
        srv: [
          {
            service: "_sipfederationtls._tcp",
            domain: "vc.example.com",
            target: "px.vc.example.com",
            port: 5061,
          },
          {
            service: "_sipfederationtls._tcp",
            domain: "video.example.org",
            target: "px.vc.example.com",
            port: 5061,
          },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", certificate: "px", names: ["px.vc.example.com"] });
  });

  it("warns when the same nodes are planned for two domains", () => {
    const f = runRule(
      PEXIP_POOL_DOMAIN_1,
      dmzPlan({
        sipDomains: ["vc.example.com", "video.example.org"],
        components: [DMZ, { ...DMZ, id: "px2", sipDomain: "video.example.org" }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.names).toEqual(["px01.vc.example.com", "px02.vc.example.com"]);
  });

  it("warns on an existing certificate carrying two SIP domains", () => {
    const f = runRule(
      PEXIP_POOL_DOMAIN_1,
      dmzPlan({
        sipDomains: ["vc.example.com", "video.example.org"],
        existing: [{ ...DMZ_EXISTING, sans: [...DMZ_EXISTING.sans, "video.example.org"] }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: "existing", names: ["vc.example.com", "video.example.org"] });
  });

  it("silent for one pool per domain", () => {
    expect(
      runRule(
        PEXIP_POOL_DOMAIN_1,
        dmzPlan({ sipDomains: ["vc.example.com", "example.com"], existing: [DMZ_EXISTING] }),
      ),
    ).toEqual([]);
  });
});
