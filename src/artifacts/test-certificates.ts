// CertificatePlan and Plan literals for the artifact tests (written by hand, independent of the planning engine).
import type {
  CertificatePlan,
  CiscoUcComponent,
  Component,
  ExpresswayComponent,
  Plan,
  SanEntry,
} from "../domain/types";

export function sans(...names: string[]): SanEntry[] {
  return names.map((value) => ({
    type: /^[0-9.]+$|:/.test(value) ? ("ip" as const) : ("dns" as const),
    value,
    reasons: ["test"],
  }));
}

export function plan(components: Component[] = [], p: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "Contoso UC certificates 2026",
    issueDate: "2026-07-01",
    subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
    sipDomains: ["contoso.com", "fabrikam.com"],
    components,
    ...p,
  };
}

/** Microsoft's single consolidated Edge example: sip.contoso.com, webcon.contoso.com, sip.fabrikam.com. */
export function edgeExternal(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "edge/external",
    componentId: "edge",
    componentType: "sfb-edge",
    profile: "sfb-edge-external",
    title: "Edge external — sip.contoso.com",
    subject: { CN: "sip.contoso.com", O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
    sans: sans("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"),
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 200,
    exportableKey: true,
    installOn: ["edge01.contoso.net", "edge02.contoso.net"],
    ...c,
  };
}

export function edgeInternal(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return edgeExternal({
    id: "edge/internal",
    profile: "sfb-edge-internal",
    title: "Edge internal — lsedge.contoso.net",
    subject: {
      CN: "lsedge.contoso.net",
      O: "Contoso Ltd",
      OU: "IT",
      L: "Redmond",
      ST: "Washington",
      C: "US",
    },
    sans: sans("lsedge.contoso.net"),
    caType: "internal",
    ...c,
  });
}

export function frontEnd(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "fe/fe01.contoso.net",
    componentId: "fe",
    componentType: "sfb-pool",
    profile: "sfb-front-end",
    title: "Front End — fe01.contoso.net",
    subject: { CN: "pool01.contoso.net", O: "Contoso Ltd", C: "US" },
    sans: sans(
      "pool01.contoso.net",
      "fe01.contoso.net",
      "webext.contoso.com",
      "meet.contoso.com",
      "dialin.contoso.com",
      "lyncdiscover.contoso.com",
    ),
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "internal",
    validityDays: 730,
    exportableKey: false,
    installOn: ["fe01.contoso.net"],
    ...c,
  };
}

export function ciscoTomcatMulti(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "cucm",
    componentId: "cucm",
    componentType: "cisco-uc",
    profile: "cisco-tomcat",
    title: "CUCM tomcat (multi-server) — cucm-pub-ms.example.com",
    subject: {
      CN: "cucm-pub-ms.example.com",
      O: "Example Inc",
      OU: "Collab",
      L: "San Jose",
      ST: "California",
      C: "US",
    },
    sans: sans(
      "cucm-pub-ms.example.com",
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
      "imp01.example.com",
    ),
    eku: ["serverAuth", "clientAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment", "dataEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 200,
    exportableKey: false,
    installOn: [
      "cucm-pub.example.com",
      "cucm-sub1.example.com",
      "cucm-sub2.example.com",
      "imp01.example.com",
    ],
    ...c,
  };
}

export const cucmComponent: CiscoUcComponent = {
  type: "cisco-uc",
  id: "cucm",
  product: "cucm",
  purpose: "tomcat",
  distribution: "multi-server",
  publisher: "cucm-pub.example.com",
  subscribers: ["cucm-sub1.example.com", "cucm-sub2.example.com"],
  imPresenceNodes: ["imp01.example.com"],
};

export function expresswayE(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "expe",
    componentId: "expe",
    componentType: "expressway",
    profile: "expressway-e",
    title: "Expressway-E — expe.example.com",
    subject: { CN: "expe.example.com", O: "Example Inc", C: "US" },
    sans: sans(
      "expe.example.com",
      "expe1.example.com",
      "expe2.example.com",
      "collab-edge.example.com",
      "example.com",
      "chat.example.com",
      "b2b.example.com",
    ),
    eku: ["serverAuth", "clientAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 4096 },
    caType: "public",
    validityDays: 200,
    exportableKey: true,
    installOn: ["expe1.example.com", "expe2.example.com"],
    ...c,
  };
}

export const expresswayEComponent: ExpresswayComponent = {
  type: "expressway",
  id: "expe",
  role: "e",
  clusterFqdn: "expe.example.com",
  peers: ["expe1.example.com", "expe2.example.com"],
  mraDomains: ["example.com"],
  mraSanFormat: "collab-edge",
  xmppFederationDomains: ["example.com"],
  chatNodeAliases: ["chat.example.com"],
  aliases: ["b2b.example.com"],
};

export function pexipDmz(c: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "px",
    componentId: "px",
    componentType: "pexip",
    profile: "pexip-public-dmz",
    title: "Pexip Conferencing Nodes (public DMZ) — px.vc.example.com",
    subject: { CN: "px.vc.example.com", O: "Example Inc", C: "US" },
    sans: sans("px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"),
    eku: ["serverAuth", "clientAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 200,
    exportableKey: true,
    installOn: ["px01.vc.example.com", "px02.vc.example.com"],
    ...c,
  };
}

/** A custom certificate with `n` SANs (CN first): san01.contoso.com … */
export function manySans(n: number, c: Partial<CertificatePlan> = {}): CertificatePlan {
  const names = Array.from({ length: n }, (_, i) => `san${String(i + 1).padStart(2, "0")}.contoso.com`);
  return {
    id: "big",
    componentId: "big",
    componentType: "custom",
    profile: "custom",
    title: `Custom — ${names[0]}`,
    subject: { CN: names[0] as string, O: "Contoso Ltd", C: "US" },
    sans: sans(...names),
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 200,
    exportableKey: false,
    installOn: [names[0] as string],
    ...c,
  };
}
