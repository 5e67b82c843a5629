// Plans for the Cisco UC / Expressway rule tests. Composition per:
// - Cisco TechNote 118731 (multi-server SAN): "Tomcat - CUCM and IM&P / Cisco CallManager - Only CUCM /
//   CUP-XMPP - Only IM&P / CUP-XMPP S2S - Only IM&P"; Preferred Architecture 12.x: '"-ms" is appended after the
//   hostname portion of the FQDN'.
// - Expressway "CSR alternative name" elements: Unified CM registration domains and XMPP federation domains on
//   Expressway-E, phone security profile names on Expressway-C (X15.5), chat node aliases on both.
import type { CiscoUcComponent, ExpresswayComponent, Plan } from "../../types";
import { basePlan } from "../pexip/testing";

export const CUCM_BASE = {
  type: "cisco-uc",
  id: "cucm",
  product: "cucm",
  publisher: "cucm-pub.example.com",
  subscribers: ["cucm-sub1.example.com"],
  imPresenceNodes: ["imp-pub.example.com"],
} as const;

export function cucm(over: Partial<CiscoUcComponent> = {}): CiscoUcComponent {
  return {
    ...CUCM_BASE,
    subscribers: [...CUCM_BASE.subscribers],
    imPresenceNodes: [...CUCM_BASE.imPresenceNodes],
    purpose: "tomcat",
    distribution: "multi-server",
    ...over,
  };
}

export const EXP_C: ExpresswayComponent = {
  type: "expressway",
  id: "exp-c",
  role: "c",
  clusterFqdn: "expc.example.com",
  peers: ["expc1.example.com", "expc2.example.com"],
  chatNodeAliases: ["chat.example.com"],
  phoneSecurityProfiles: ["secure-phones.example.com"],
};

export const EXP_E: ExpresswayComponent = {
  type: "expressway",
  id: "exp-e",
  role: "e",
  clusterFqdn: "expe.example.com",
  peers: ["expe1.example.com", "expe2.example.com"],
  mraDomains: ["example.com"],
  xmppFederationDomains: ["example.com"],
  chatNodeAliases: ["chat.example.com"],
  aliases: ["b2b.example.com"],
};

/** The planned Expressway-E certificate's names, as an existing certificate would list them. */
export const EXP_E_NAMES = [
  "expe.example.com",
  "expe1.example.com",
  "expe2.example.com",
  "example.com",
  "chat.example.com",
  "b2b.example.com",
];
export const EXP_C_NAMES = [
  "expc.example.com",
  "expc1.example.com",
  "expc2.example.com",
  "chat.example.com",
  "secure-phones.example.com",
];

export function ciscoPlan(over: Partial<Plan> = {}): Plan {
  return basePlan({ defaults: { caType: "public" }, xmppDomains: ["example.com"], ...over });
}
