// Renewal and added nodes (PRODUCT.md "Start from an existing certificate or CSR", step 5 "Renewal"): pure functions
// of a plan and its `existing` certificates (PLAN-FORMAT.md).
// - renewalDiff: the names of a planned certificate against the existing one: added / removed / kept, with reasons.
// - billedSans: what a public CA bills (the planned SAN count) and, with a price per SAN, a cost estimate.
// - guessComponent / proposePlan: from an existing certificate or CSR, the component that most likely produced it
//   and a plan that reproduces its names (the admin confirms the type before the plan replaces theirs).
// Adding a node to a Pexip or Expressway component then plans every original name plus the new one
// (PEXIP-RENEW-1, EXPWY-RENEW-1): the profiles include every node, and names of the old certificate that the plan
// no longer has are listed as "removed", never dropped silently.
import { ipVersion, isWildcard, normalizeName, parentDomain } from "./names";
import {
  type CaType,
  type CertificatePlan,
  type CiscoUcComponent,
  type Component,
  type ComponentType,
  type ExistingCertificate,
  type KeySpec,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Plan,
  type SubjectFields,
} from "./types";

// ---------------------------------------------------------------- the diff

export type NameChangeKind = "added" | "removed" | "kept";

export interface NameChange {
  value: string;
  change: NameChangeKind;
  /** why the name is (still) there, or why it goes */
  reason: string;
}

export interface RenewalDiff {
  certificate: string;
  existing: ExistingCertificate;
  /** planned order (CN first), then the removed names in the old certificate's order */
  rows: NameChange[];
  added: NameChange[];
  removed: NameChange[];
  kept: NameChange[];
  /** the Subject CN changes */
  cnChanged: boolean;
}

export const REMOVED_REASON = "on the old certificate, no longer planned";

/** Names compare as DNS names do: case-insensitive, without a trailing dot (RULES.md: SAN lists are sets). */
export function sameName(name: string): string {
  return normalizeName(name);
}

/** The `existing` entry filed under this certificate id, if any. */
export function existingFor(plan: Plan, certificateId: string): ExistingCertificate | undefined {
  return plan.existing?.find((e) => e.certificate === certificateId);
}

/** The planned names against the existing certificate's: added / removed / kept, with reasons. */
export function renewalDiff(cert: CertificatePlan, existing: ExistingCertificate): RenewalDiff {
  const old = new Map<string, string>();
  for (const n of existing.sans) {
    const key = sameName(n);
    if (key !== "" && !old.has(key)) old.set(key, n);
  }
  const planned = new Set<string>();
  const added: NameChange[] = [];
  const kept: NameChange[] = [];
  const rows: NameChange[] = [];
  for (const s of cert.sans) {
    const key = sameName(s.value);
    planned.add(key);
    const reason = s.reasons.join("; ");
    const row: NameChange = { value: s.value, change: old.has(key) ? "kept" : "added", reason };
    (row.change === "kept" ? kept : added).push(row);
    rows.push(row);
  }
  const removed: NameChange[] = [];
  for (const [key, value] of old) {
    if (planned.has(key)) continue;
    const row: NameChange = { value, change: "removed", reason: REMOVED_REASON };
    removed.push(row);
    rows.push(row);
  }
  return {
    certificate: cert.id,
    existing,
    rows,
    added,
    removed,
    kept,
    cnChanged: sameName(existing.subjectCN) !== sameName(cert.subject.CN),
  };
}

// ---------------------------------------------------------------- billing

export interface BilledSans {
  /** names the CA will bill: every planned SAN, the CN included */
  count: number;
  wildcards: number;
  ipAddresses: number;
  /** what was counted, in words */
  note: string;
  /** count × price, when a price per SAN is set */
  estimate?: number;
  /** "EUR 1,234.00" */
  estimateText?: string;
}

export const BILLING_NOTE =
  "Counted: every name in the SAN list, the Subject CN included (it is also one of the SANs). Many CAs bill " +
  "the CN as one of the SANs (a base price for the first name, then each additional SAN); some sell a wildcard " +
  "as a separate, dearer product. Check your CA's price list.";

export function formatMoney(amount: number, currency?: string): string {
  const value = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const c = currency?.trim();
  return c ? `${c} ${value}` : value;
}

/** The count of SANs the CA will bill for a planned certificate, and the cost with a price per SAN. */
export function billedSans(cert: CertificatePlan, billing?: Plan["billing"]): BilledSans {
  const count = cert.sans.length;
  const wildcards = cert.sans.filter((s) => isWildcard(s.value)).length;
  const ipAddresses = cert.sans.filter((s) => s.type === "ip").length;
  const out: BilledSans = { count, wildcards, ipAddresses, note: BILLING_NOTE };
  const price = billing?.pricePerSan;
  if (price !== undefined && Number.isFinite(price) && price >= 0) {
    // cents, to avoid 0.1 + 0.2 artefacts in the printed estimate
    out.estimate = Math.round(count * price * 100) / 100;
    out.estimateText = formatMoney(out.estimate, billing?.currency);
  }
  return out;
}

// ---------------------------------------------------------------- guessing the component

/** What an inspected certificate or CSR gives the planner (a subset of the crypto layer's summaries). */
export interface ExistingSummary {
  subjectCN: string;
  sans: string[];
  eku: string[];
  subjectFields?: SubjectFields & { CN?: string };
  key?: KeySpec | null;
  /** "certificate" or "csr"; a CSR says nothing about its CA */
  type?: "certificate" | "csr";
  /** a certificate's policy OIDs */
  policies?: string[];
}

/** The CA/B Forum's Reserved Certificate Policy Identifiers (BR §7.1.6.1: 2.23.140.1.1 EV, 2.23.140.1.2.1 DV,
 *  .2.2 OV, .2.3 IV) all sit under this arc. */
const CABF_POLICY_ARC = "2.23.140.1.";

/** The CA type of the certificate being renewed: a publicly-trusted TLS certificate always carries a CA/B Forum
 *  Reserved Certificate Policy Identifier (BR §7.1.2.7.9 Subscriber Certificate Certificate Policies: policyIdentifier
 *  "A Reserved Certificate Policy Identifier | MUST | The Reserved Certificate Policy Identifier (see Section
 *  7.1.6.1) associated with the given Subscriber Certificate type", github.com/cabforum/servercert, docs/BR.md), so
 *  a certificate without one comes from a private / enterprise CA. Undefined for a CSR: it names no CA. */
export function caTypeOfExisting(s: ExistingSummary): CaType | undefined {
  if (s.type !== "certificate") return undefined;
  return (s.policies ?? []).some((p) => p.startsWith(CABF_POLICY_ARC)) ? "public" : "internal";
}

/** The component types a proposal can be made for. */
export type ProposalType = Extract<
  ComponentType,
  "pexip" | "expressway" | "cisco-uc" | "sfb-edge" | "custom"
>;

export const PROPOSAL_TYPES: readonly { type: ProposalType; label: string }[] = [
  { type: "pexip", label: "Pexip Conferencing Nodes (public DMZ)" },
  { type: "expressway", label: "Cisco Expressway" },
  { type: "cisco-uc", label: "Cisco CUCM multi-server (SAN) Tomcat certificate" },
  { type: "sfb-edge", label: "Skype for Business Edge (external)" },
  { type: "custom", label: "Custom certificate (the names as they are)" },
];

export interface Guess {
  type: ProposalType;
  /** why, in words */
  reason: string;
}

/** Every DNS name of the certificate, CN first, normalised, without duplicates (IP addresses left out). */
function dnsNames(s: ExistingSummary): string[] {
  const out: string[] = [];
  for (const raw of [s.subjectCN, ...s.sans]) {
    const n = sameName(raw);
    if (n === "" || ipVersion(n) !== null || out.includes(n)) continue;
    out.push(n);
  }
  return out;
}

function firstLabel(name: string): string {
  const i = name.indexOf(".");
  return i < 0 ? name : name.slice(0, i);
}

/** The name that is the parent domain of the most other names ("vc.example.com" for px01.vc.example.com …). */
function bareDomain(names: string[]): { domain: string; children: number } | null {
  let best: { domain: string; children: number } | null = null;
  for (const candidate of names) {
    if (!candidate.includes(".")) continue;
    const children = names.filter((n) => n !== candidate && n.endsWith(`.${candidate}`)).length;
    if (children > 0 && (best === null || children > best.children)) best = { domain: candidate, children };
  }
  return best;
}

const EXPRESSWAY_LABEL = /^(exp|expressway|vcs)/;
const NODE_LABEL = /\d$/;

/** The component that most likely produced this certificate, from its names and EKUs. */
export function guessComponent(s: ExistingSummary): Guess {
  const names = dnsNames(s);
  const cn = sameName(s.subjectCN) || names[0] || "";
  const clientAuth = s.eku.includes("clientAuth");
  if (/^[^.]+-ms\./.test(cn)) {
    return {
      type: "cisco-uc",
      reason: `the CN ${cn} has the "-ms" suffix Cisco Unified OS gives multi-server (SAN) certificates`,
    };
  }
  const webcon = names.find((n) => /^webcon/.test(firstLabel(n)));
  if (firstLabel(cn) === "sip" && webcon) {
    return {
      type: "sfb-edge",
      reason: `the CN ${cn} is a sip.<domain> Access Edge name and ${webcon} a Web Conferencing Edge name${clientAuth ? "; clientAuth is present (public IM connectivity)" : ""}`,
    };
  }
  const collab = names.find((n) => n.startsWith("collab-edge."));
  const expName = names.find((n) => EXPRESSWAY_LABEL.test(firstLabel(n)));
  if (collab || expName) {
    return {
      type: "expressway",
      reason: collab
        ? `${collab} is a Mobile and Remote Access (CollabEdgeDNS) name`
        : `${expName} looks like an Expressway / VCS host name`,
    };
  }
  const bare = bareDomain(names);
  if (bare) {
    const nodes = names.filter(
      (n) =>
        n !== cn && n !== bare.domain && parentDomain(n) === bare.domain && NODE_LABEL.test(firstLabel(n)),
    );
    if (nodes.length >= 2) {
      return {
        type: "pexip",
        reason: `${nodes.length} node names (${nodes.slice(0, 3).join(", ")}${nodes.length > 3 ? ", …" : ""}) share the domain ${bare.domain}, which is itself a name on the certificate (the federated SIP domain of a Pexip public DMZ)`,
      };
    }
  }
  return { type: "custom", reason: "no platform pattern recognised: the names are kept as they are" };
}

// ---------------------------------------------------------------- the proposed plan

export interface Proposal {
  plan: Plan;
  /** the id of the planned certificate that corresponds to the existing one (its `existing` entry's id) */
  certificateId: string;
  /** what the admin should check or edit, in words */
  notes: string[];
}

const SUBJECT_KEYS = ["O", "OU", "L", "ST", "C"] as const;

/** The keys the app generates (the crypto layer's GENERATED_KEY_SPECS; the domain does not import it). */
const GENERATED_KEYS: readonly KeySpec[] = [
  { algorithm: "RSA", size: 2048 },
  { algorithm: "RSA", size: 3072 },
  { algorithm: "RSA", size: 4096 },
  { algorithm: "ECDSA", curve: "P-256" },
  { algorithm: "ECDSA", curve: "P-384" },
];

function subjectOf(s: ExistingSummary): SubjectFields | undefined {
  const out: SubjectFields = {};
  for (const k of SUBJECT_KEYS) {
    const v = s.subjectFields?.[k]?.trim();
    if (v) out[k] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function keyOf(s: ExistingSummary): KeySpec {
  const k = s.key;
  if (k && GENERATED_KEYS.some((g) => JSON.stringify(g) === JSON.stringify(k))) return { ...k };
  // an older or weaker key (RSA 1024, P-521) is renewed with the app's default
  return { algorithm: "RSA", size: 2048 };
}

function pexipProposal(names: string[], cn: string): { components: Component[]; extra: Partial<Plan> } {
  const bare = bareDomain(names)?.domain ?? parentDomain(cn);
  const target = cn !== bare ? cn : (names.find((n) => n !== bare) ?? cn);
  const nodes = names.filter((n) => n !== target && n !== bare);
  const extra: Partial<Plan> = { sipDomains: bare ? [bare] : [] };
  if (bare && target) {
    // PEXIP-DMZ-1: the CN is the target of _sipfederationtls._tcp.<domain>
    extra.srv = [
      { service: "_sipfederationtls._tcp", domain: bare, target, port: 5061, priority: 0, weight: 0 },
    ];
  }
  return {
    components: [
      {
        type: "pexip",
        id: "px",
        deployment: "public-dmz",
        nodes: (nodes.length > 0 ? nodes : [target]).map((fqdn) => ({ fqdn, sipTlsFqdn: fqdn })),
      },
    ],
    extra,
  };
}

function expresswayProposal(names: string[], cn: string): Component {
  const collab = names.filter((n) => n.startsWith("collab-edge."));
  const isE =
    collab.length > 0 || names.some((n) => /^(expe|exp-e|vcse|vcs-e|expressway-?e)/.test(firstLabel(n)));
  const peers = names.filter((n) => n !== cn && !collab.includes(n) && EXPRESSWAY_LABEL.test(firstLabel(n)));
  const component: Component = {
    type: "expressway",
    id: isE ? "exp-e" : "exp-c",
    role: isE ? "e" : "c",
    peers: peers.length > 0 ? peers : [cn],
  };
  if (peers.length > 0) component.clusterFqdn = cn;
  if (isE && collab.length > 0) {
    component.mraDomains = collab.map((n) => n.slice("collab-edge.".length));
    component.mraSanFormat = "collab-edge";
  }
  // every other name stays: "other FQDNs this Expressway is known by" (EXPWY-E-ALIAS-1)
  const taken = new Set([cn, ...peers, ...collab]);
  const aliases = names.filter((n) => !taken.has(n));
  if (aliases.length > 0) component.aliases = aliases;
  return component;
}

function ciscoProposal(names: string[], cn: string): CiscoUcComponent {
  const ms = /^([^.]+)-ms(\..+)$/.exec(cn);
  if (ms) {
    const publisher = `${ms[1]}${ms[2]}`;
    return {
      type: "cisco-uc",
      id: "cucm",
      product: "cucm",
      purpose: "tomcat",
      distribution: "multi-server",
      publisher,
      subscribers: names.filter((n) => n !== cn && n !== publisher),
    };
  }
  return {
    type: "cisco-uc",
    id: "cucm",
    product: "cucm",
    purpose: "tomcat",
    distribution: "single-server",
    publisher: cn,
    subscribers: names.filter((n) => n !== cn),
  };
}

function edgeProposal(
  names: string[],
  cn: string,
  clientAuth: boolean,
): { components: Component[]; extra: Partial<Plan> } {
  const domain = parentDomain(cn) || cn;
  const webcon = names.find((n) => /^webcon/.test(firstLabel(n))) ?? `webcon.${domain}`;
  const sipDomains: string[] = [];
  for (const n of [cn, ...names]) {
    if (firstLabel(n) === "sip" && n.includes(".")) {
      const d = parentDomain(n);
      if (d && !sipDomains.includes(d)) sipDomains.push(d);
    }
  }
  // XMPP federation: each XMPP domain is a bare domain on the certificate (LYNC-EDGE-EXT-6)
  const xmppDomains = names.filter((n) => n !== cn && sipDomains.includes(n));
  const extra: Partial<Plan> = { sipDomains, sfb: { version: "sfb-2015" } };
  if (xmppDomains.length > 0) extra.xmppDomains = xmppDomains;
  return {
    components: [
      {
        type: "sfb-edge",
        id: "edge",
        accessEdgeFqdn: cn,
        webConfEdgeFqdn: webcon,
        // not on the external certificate: a placeholder the admin replaces on the Components step
        internalFqdn: `edge-int.${domain}`,
        publicImConnectivity: clientAuth,
      },
    ],
    extra,
  };
}

function customProposal(s: ExistingSummary, names: string[], cn: string): Component {
  const ips = s.sans.map(sameName).filter((n) => ipVersion(n) !== null);
  const eku = s.eku.filter((e): e is "serverAuth" | "clientAuth" => e === "serverAuth" || e === "clientAuth");
  const component: Component = {
    type: "custom",
    id: "custom",
    commonName: cn,
    sans: [...names, ...ips.filter((ip, i) => ips.indexOf(ip) === i)],
  };
  if (eku.length > 0) component.eku = eku;
  return component;
}

/** A plan that reproduces the existing certificate's names with a component of `type` (without the `existing`
 *  entry: the caller adds it with the crypto layer's toExisting(info, certificateId)). */
export function proposePlan(s: ExistingSummary, type: ProposalType): Proposal {
  const names = dnsNames(s);
  const cn = sameName(s.subjectCN) || names[0] || "";
  const notes: string[] = [];
  let components: Component[];
  let extra: Partial<Plan> = {};
  let certificateId: string;
  switch (type) {
    case "pexip": {
      const p = pexipProposal(names, cn);
      components = p.components;
      extra = p.extra;
      certificateId = "px";
      notes.push(
        "Each node's SIP TLS FQDN is set to its own FQDN (PEXIP-FQDN-1). Add new Conferencing Nodes on the Components step: the new CSR then carries every original name plus the new nodes (PEXIP-RENEW-1).",
      );
      break;
    }
    case "expressway": {
      const c = expresswayProposal(names, cn);
      components = [c];
      certificateId = c.id;
      notes.push(
        "Names other than the cluster, the peers and collab-edge names are kept as aliases. Add a peer on the Components step: the new CSR carries every existing name plus the new ones (EXPWY-RENEW-1).",
      );
      break;
    }
    case "cisco-uc": {
      const c = ciscoProposal(names, cn);
      components = [c];
      certificateId = c.distribution === "multi-server" ? c.id : `${c.id}/${c.publisher}`;
      notes.push(
        "Check which nodes are CUCM subscribers and which are IM and Presence nodes on the Components step.",
      );
      break;
    }
    case "sfb-edge": {
      const p = edgeProposal(names, cn, s.eku.includes("clientAuth"));
      components = p.components;
      extra = p.extra;
      certificateId = "edge/external";
      notes.push(
        "The internal Edge FQDN is not on the external certificate: replace the placeholder on the Components step.",
      );
      break;
    }
    default: {
      components = [customProposal(s, names, cn)];
      certificateId = "custom";
    }
  }
  // the renewal goes to the same kind of CA as the certificate it replaces, unless the admin changes it
  const caType = caTypeOfExisting(s) ?? "public";
  if (caTypeOfExisting(s) === "internal")
    notes.push(
      "The existing certificate carries no CA/Browser Forum policy identifier, which every publicly-trusted TLS certificate has: it comes from a private (enterprise) CA, so the plan asks for one too (CA type: internal). Change the CA type on the Organization step if the renewal goes to a public CA.",
    );
  const plan: Plan = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: `Renewal of ${cn}`,
    sipDomains: [],
    defaults: { caType, key: keyOf(s) },
    components,
    ...extra,
  };
  const subject = subjectOf(s);
  if (subject) plan.subject = subject;
  return { plan, certificateId, notes };
}
