// Preset plans for the wizard's Start step: realistic example values, taken from the vendor examples that
// RULES.md cites, so that each preset produces the documented table (and the admin edits the names).
// Pure: no React, no DOM. Every preset is a valid Plan (parsePlan accepts it: see presets.test.ts).
// issueDate is left absent: "today" (PLAN-FORMAT.md).
import { normalizeName } from "./names";
import {
  type Component,
  type ComponentType,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Plan,
  type SubjectFields,
} from "./types";

export type PresetId =
  | "sfb-edge"
  | "sfb-front-end"
  | "sfb-full-site"
  | "pexip-dmz"
  | "pexip-on-prem"
  | "cucm-cluster"
  | "expressway-pair"
  | "teams-dr-2-sbcs"
  | "teams-dr-wildcard"
  | "webex-lgw-cube"
  | "custom";

export interface Preset {
  id: PresetId;
  /** the button's text on the Start step */
  label: string;
  /** one line: what the preset plans */
  description: string;
  plan: () => Plan;
}

const CONTOSO_SUBJECT = { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" };
const EXAMPLE_SUBJECT = { O: "Example Corp", OU: "Unified Communications", L: "Oslo", C: "NO" };
/** The subject of a plan whose certificates come from a public CA: no OU, which the CA/B Forum Baseline
 *  Requirements forbid in publicly trusted TLS certificates (§7.1.2.7, ballot SC47v2). */
function publicSubject(s: SubjectFields): SubjectFields {
  const { OU: _ou, ...rest } = s;
  return rest;
}

function base(name: string, extra: Partial<Plan>): Plan {
  return { format: PLAN_FORMAT, version: PLAN_VERSION, name, sipDomains: [], components: [], ...extra };
}

// lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses:
// SN sip.contoso.com, SAN webcon.contoso.com, sip.contoso.com, sip.fabrikam.com; internal lsedge.contoso.net.
const edgeComponent = (): Component => ({
  type: "sfb-edge",
  id: "edge",
  accessEdgeFqdn: "sip.contoso.com",
  webConfEdgeFqdn: "webcon.contoso.com",
  avEdgeFqdn: "av.contoso.com",
  internalFqdn: "lsedge.contoso.net",
});

// edge-environmental-requirements, DNS table: _sipfederationtls._tcp.contoso.com → sip.contoso.com:5061,
// _sip._tls.contoso.com → sip.contoso.com:443 (and the same for the second SIP domain).
const edgeSrv = () => [
  {
    service: "_sipfederationtls._tcp",
    domain: "contoso.com",
    target: "sip.contoso.com",
    port: 5061,
    priority: 0,
    weight: 0,
  },
  {
    service: "_sip._tls",
    domain: "contoso.com",
    target: "sip.contoso.com",
    port: 443,
    priority: 0,
    weight: 0,
  },
  {
    service: "_sipfederationtls._tcp",
    domain: "fabrikam.com",
    target: "sip.fabrikam.com",
    port: 5061,
    priority: 0,
    weight: 0,
  },
  {
    service: "_sip._tls",
    domain: "fabrikam.com",
    target: "sip.fabrikam.com",
    port: 443,
    priority: 0,
    weight: 0,
  },
];

// lync-server-2013-certificate-requirements-for-internal-servers: meet per SIP domain, dialin, admin.
const sfbSettings = (): Plan["sfb"] => ({
  version: "sfb-2015",
  simpleUrls: {
    meet: ["meet.contoso.com", "meet.fabrikam.com"],
    dialin: ["dialin.contoso.com"],
    admin: "admin.contoso.com",
  },
  mobility: true,
});

const frontEndComponent = (): Component => ({
  type: "sfb-pool",
  id: "fe",
  role: "front-end",
  poolFqdn: "pool01.contoso.net",
  servers: ["fe01.contoso.net", "fe02.contoso.net", "fe03.contoso.net"],
  externalWebFqdn: "webext.contoso.com",
  caType: "internal",
});

export const PRESETS: readonly Preset[] = [
  {
    id: "sfb-edge",
    label: "SfB Edge",
    description:
      "Skype for Business Edge Server: external (Access, Web Conferencing, A/V) and internal certificates, two SIP domains.",
    plan: () =>
      base("Contoso Skype for Business Edge", {
        subject: publicSubject(CONTOSO_SUBJECT),
        sipDomains: ["contoso.com", "fabrikam.com"],
        srv: edgeSrv(),
        sfb: { version: "sfb-2015" },
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [edgeComponent()],
      }),
  },
  {
    id: "sfb-front-end",
    label: "SfB Front End pool",
    description:
      "Enterprise Edition Front End pool with three servers: Default, web internal and web external names.",
    plan: () =>
      base("Contoso Front End pool", {
        subject: { ...CONTOSO_SUBJECT },
        sipDomains: ["contoso.com", "fabrikam.com"],
        sfb: sfbSettings(),
        defaults: { caType: "internal", key: { algorithm: "RSA", size: 2048 } },
        components: [frontEndComponent()],
      }),
  },
  {
    id: "sfb-full-site",
    label: "SfB full site",
    description: "Edge, Front End pool and reverse proxy of one Skype for Business site.",
    plan: () =>
      base("Contoso Skype for Business site", {
        subject: publicSubject(CONTOSO_SUBJECT),
        sipDomains: ["contoso.com", "fabrikam.com"],
        srv: edgeSrv(),
        sfb: sfbSettings(),
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          edgeComponent(),
          frontEndComponent(),
          // lync-server-2013-certificate-summary-reverse-proxy: external web FQDN of every pool, Office Online.
          {
            type: "sfb-reverse-proxy",
            id: "rp",
            externalWebFqdns: ["webext.contoso.com"],
            officeOnlineFqdn: "oos.contoso.com",
          },
        ],
      }),
  },
  {
    id: "pexip-dmz",
    label: "Pexip public DMZ",
    description:
      "Pexip Conferencing Nodes federating with Skype for Business: CN from the _sipfederationtls._tcp target.",
    plan: () =>
      // https://docs.pexip.com/lync/dmz_multi_domain.htm: "commonName = px.vc.example.com altNames =
      // px.vc.example.com, px01.vc.example.com, px02.vc.example.com, vc.example.com"
      base("Pexip public DMZ vc.example.com", {
        subject: publicSubject(EXAMPLE_SUBJECT),
        sipDomains: ["vc.example.com"],
        srv: [
          {
            service: "_sipfederationtls._tcp",
            domain: "vc.example.com",
            target: "px.vc.example.com",
            port: 5061,
            priority: 0,
            weight: 0,
          },
        ],
        hosts: { "px.vc.example.com": ["px01.vc.example.com", "px02.vc.example.com"] },
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "pexip",
            id: "px",
            deployment: "public-dmz",
            nodes: [
              { fqdn: "px01.vc.example.com", sipTlsFqdn: "px01.vc.example.com" },
              { fqdn: "px02.vc.example.com", sipTlsFqdn: "px02.vc.example.com" },
            ],
          },
        ],
      }),
  },
  {
    id: "pexip-on-prem",
    label: "Pexip on-prem",
    description:
      "Pexip Conferencing Nodes in a Trusted Application Pool of an on-premises Skype for Business deployment.",
    plan: () =>
      // https://docs.pexip.com/sfb/on_prem_example.htm: "confpool-eu.vc.example.com containing:
      // conf01.vc.example.com conf02.vc.example.com conf03.vc.example.com"
      base("Pexip on-prem confpool-eu", {
        subject: { ...EXAMPLE_SUBJECT },
        sipDomains: ["example.com"],
        defaults: { caType: "internal", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "pexip",
            id: "confpool-eu",
            deployment: "on-prem",
            poolFqdn: "confpool-eu.vc.example.com",
            nodes: [
              { fqdn: "conf01.vc.example.com", sipTlsFqdn: "conf01.vc.example.com" },
              { fqdn: "conf02.vc.example.com", sipTlsFqdn: "conf02.vc.example.com" },
              { fqdn: "conf03.vc.example.com", sipTlsFqdn: "conf03.vc.example.com" },
            ],
          },
        ],
      }),
  },
  {
    id: "cucm-cluster",
    label: "CUCM cluster",
    description: "Cisco CUCM publisher, subscribers and IM and Presence: one Tomcat certificate per node.",
    plan: () =>
      // Cisco TechNote 118731 naming: cucm-pub / cucm-sub / IM&P nodes in one domain.
      base("CUCM cluster example.com", {
        subject: { ...EXAMPLE_SUBJECT },
        xmppDomains: [],
        defaults: { caType: "internal", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "cisco-uc",
            id: "cucm",
            product: "cucm",
            purpose: "tomcat",
            distribution: "single-server",
            publisher: "cucm-pub.example.com",
            subscribers: ["cucm-sub1.example.com", "cucm-sub2.example.com"],
            imPresenceNodes: ["imp-pub.example.com"],
          },
        ],
      }),
  },
  {
    id: "expressway-pair",
    label: "Expressway pair",
    description:
      "Cisco Expressway-C and Expressway-E clusters for Mobile and Remote Access with the domain example.com.",
    plan: () =>
      base("Expressway MRA example.com", {
        subject: publicSubject(EXAMPLE_SUBJECT),
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "expressway",
            id: "exp-c",
            role: "c",
            clusterFqdn: "expc.example.com",
            peers: ["expc1.example.com", "expc2.example.com"],
            caType: "internal",
          },
          {
            type: "expressway",
            id: "exp-e",
            role: "e",
            clusterFqdn: "expe.example.com",
            peers: ["expe1.example.com", "expe2.example.com"],
            mraDomains: ["example.com"],
            mraSanFormat: "dns",
          },
        ],
      }),
  },
  {
    id: "teams-dr-2-sbcs",
    label: "Teams Direct Routing (2 SBCs)",
    description:
      "Two SBCs paired with Microsoft Teams Direct Routing, one public certificate each (CN = the SBC FQDN).",
    plan: () =>
      // Plan Direct Routing, "SBC domain names": contoso.com registered in the tenant, valid names sbc1.contoso.com …
      base("Teams Direct Routing contoso.com", {
        subject: publicSubject(CONTOSO_SUBJECT),
        sipDomains: ["contoso.com"],
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "sbc",
            id: "dr",
            purpose: "teams-direct-routing",
            vendor: "audiocodes",
            sbcs: ["sbc1.contoso.com", "sbc2.contoso.com"],
            tenantDomains: ["contoso.com"],
            certificate: "per-sbc",
          },
        ],
      }),
  },
  {
    id: "teams-dr-wildcard",
    label: "Teams Direct Routing (wildcard)",
    description:
      "SBCs directly under contoso.com covered by one *.contoso.com certificate, as in Microsoft's example.",
    plan: () =>
      // Plan Direct Routing: "*.contoso.com, which would match the SBC FQDN sbc.contoso.com"
      base("Teams Direct Routing wildcard contoso.com", {
        subject: publicSubject(CONTOSO_SUBJECT),
        sipDomains: ["contoso.com"],
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "sbc",
            id: "dr",
            purpose: "teams-direct-routing",
            vendor: "anynode",
            sbcs: ["sbc.contoso.com", "sbc2.contoso.com"],
            tenantDomains: ["contoso.com"],
            certificate: "wildcard",
          },
        ],
      }),
  },
  {
    id: "webex-lgw-cube",
    label: "Webex Local Gateway (CUBE)",
    description: "A Cisco CUBE as Webex Calling Local Gateway: its own certificate, CSR made on the router.",
    plan: () =>
      base("Webex Local Gateway example.com", {
        subject: publicSubject(EXAMPLE_SUBJECT),
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "sbc",
            id: "lgw",
            purpose: "webex-local-gateway",
            vendor: "cisco-cube",
            sbcs: ["cube1.example.com"],
            certificate: "per-sbc",
          },
        ],
      }),
  },
  {
    id: "custom",
    label: "Custom",
    description: "One certificate with the Subject and SAN list you type.",
    plan: () =>
      base("Custom certificate", {
        subject: publicSubject(EXAMPLE_SUBJECT),
        defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 } },
        components: [
          {
            type: "custom",
            id: "web",
            commonName: "www.example.com",
            sans: ["www.example.com", "example.com"],
            eku: ["serverAuth"],
          },
        ],
      }),
  },
];

export function presetPlan(id: PresetId): Plan {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p.plan();
}

/** An empty plan: no components, no domains. */
export function emptyPlan(): Plan {
  return base("", {});
}

export const COMPONENT_LABELS: Record<ComponentType, string> = {
  "sfb-edge": "Skype for Business Edge",
  "sfb-pool": "Skype for Business pool (Front End, Standard Edition, Director)",
  "sfb-reverse-proxy": "Skype for Business reverse proxy",
  "sfb-mediation": "Skype for Business Mediation pool",
  "sfb-sba": "Skype for Business Survivable Branch Appliance",
  pexip: "Pexip Conferencing Nodes",
  "cisco-uc": "Cisco CUCM / IM and Presence / Unity Connection",
  expressway: "Cisco Expressway",
  sbc: "Session border controllers (Teams Direct Routing, Webex Local Gateway, SIP trunk)",
  custom: "Custom certificate",
};

/** A component id not used by the plan yet: "edge", "edge-2", "edge-3"... */
export function freeComponentId(plan: Plan, stem: string): string {
  const used = new Set(plan.components.map((c) => c.id));
  if (!used.has(stem)) return stem;
  for (let i = 2; ; i++) if (!used.has(`${stem}-${i}`)) return `${stem}-${i}`;
}

/** A new component of `type` with example values in the plan's first SIP domain (or example.com), valid as it
 *  stands, so that the wizard can add it to the plan at once and the admin edits it. */
export function componentTemplate(type: ComponentType, plan: Plan): Component {
  const domain = normalizeName(plan.sipDomains[0] ?? "example.com") || "example.com";
  const id = (stem: string) => freeComponentId(plan, stem);
  switch (type) {
    case "sfb-edge":
      return {
        type,
        id: id("edge"),
        accessEdgeFqdn: `sip.${domain}`,
        webConfEdgeFqdn: `webcon.${domain}`,
        avEdgeFqdn: `av.${domain}`,
        internalFqdn: `edge-int.${domain}`,
      };
    case "sfb-pool":
      return {
        type,
        id: id("fe"),
        role: "front-end",
        poolFqdn: `pool01.${domain}`,
        servers: [`fe01.${domain}`, `fe02.${domain}`],
      };
    case "sfb-reverse-proxy":
      return { type, id: id("rp"), externalWebFqdns: [`webext.${domain}`] };
    case "sfb-mediation":
      return { type, id: id("med"), poolFqdn: `medpool.${domain}`, servers: [`med01.${domain}`] };
    case "sfb-sba":
      return { type, id: id("sba"), fqdn: `sba01.${domain}` };
    case "pexip":
      return {
        type,
        id: id("px"),
        deployment: "public-dmz",
        nodes: [
          { fqdn: `px01.${domain}`, sipTlsFqdn: `px01.${domain}` },
          { fqdn: `px02.${domain}`, sipTlsFqdn: `px02.${domain}` },
        ],
      };
    case "cisco-uc":
      return {
        type,
        id: id("cucm"),
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: `cucm-pub.${domain}`,
        subscribers: [`cucm-sub1.${domain}`],
      };
    case "expressway":
      return { type, id: id("exp"), role: "e", peers: [`expe1.${domain}`] };
    case "sbc":
      return {
        type,
        id: id("sbc"),
        purpose: "teams-direct-routing",
        vendor: "audiocodes",
        sbcs: [`sbc1.${domain}`],
        tenantDomains: [domain],
        certificate: "per-sbc",
      };
    case "custom":
      return { type, id: id("custom"), commonName: `www.${domain}`, sans: [`www.${domain}`] };
  }
}
