// Plans for the Pexip rule tests, built from Pexip's own examples:
// - public DMZ, https://docs.pexip.com/lync/dmz_multi_domain.htm:
//   "commonName = px.vc.example.com altNames = px.vc.example.com, px01.vc.example.com, px02.vc.example.com, vc.example.com"
// - on-prem, https://docs.pexip.com/sfb/on_prem_example.htm:
//   "Pexip Conferencing Nodes confpool-eu.vc.example.com containing: conf01.vc.example.com conf02.vc.example.com conf03.vc.example.com"
import type { ExistingCertificate, PexipComponent, Plan } from "../../types";
import { basePlan } from "./testing";

export const DMZ: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [
    { fqdn: "px01.vc.example.com", sipTlsFqdn: "px01.vc.example.com" },
    { fqdn: "px02.vc.example.com", sipTlsFqdn: "px02.vc.example.com" },
  ],
};

export const ON_PREM: PexipComponent = {
  type: "pexip",
  id: "pexip-eu",
  deployment: "on-prem",
  poolFqdn: "confpool-eu.vc.example.com",
  caType: "internal",
  nodes: [
    { fqdn: "conf01.vc.example.com", sipTlsFqdn: "conf01.vc.example.com" },
    { fqdn: "conf02.vc.example.com", sipTlsFqdn: "conf02.vc.example.com" },
    { fqdn: "conf03.vc.example.com", sipTlsFqdn: "conf03.vc.example.com" },
  ],
};

/** Pexip's documented DMZ certificate, as an existing certificate. */
export const DMZ_EXISTING: ExistingCertificate = {
  certificate: "px",
  subjectCN: "px.vc.example.com",
  sans: ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
  eku: ["serverAuth", "clientAuth"],
  caType: "public",
};

export function dmzPlan(over: Partial<Plan> = {}): Plan {
  return basePlan({
    sipDomains: ["vc.example.com"],
    srv: [
      {
        service: "_sipfederationtls._tcp",
        domain: "vc.example.com",
        target: "px.vc.example.com",
        port: 5061,
      },
    ],
    defaults: { caType: "public" },
    components: [DMZ],
    ...over,
  });
}

export function onPremPlan(over: Partial<Plan> = {}): Plan {
  return basePlan({ sipDomains: ["vc.example.com"], components: [ON_PREM], ...over });
}
