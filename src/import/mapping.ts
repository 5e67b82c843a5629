// What an import does to a plan: a preview first (per component: created, changed or unchanged, every value with
// where it came from and any problem with it), then, for the items the admin keeps, a new plan that goes through
// parsePlan — the same name checks and control-character refusal as a typed or opened plan. Nothing is written
// to the current plan until the admin applies, and a change to an existing component is shown as before → after.
import { domainProblem, fqdnProblem, ipVersion, normalizeName } from "../domain/names";
import { parsePlan } from "../domain/plan-file";
import { emptyPlan } from "../domain/presets";
import { simpleUrlHost } from "../domain/profiles/sfb-common";
import type {
  CiscoUcComponent,
  Component,
  ExpresswayComponent,
  ParseResult,
  PexipComponent,
  Plan,
  SfbEdgeComponent,
  SfbMediationComponent,
  SfbPoolComponent,
} from "../domain/types";
import type { ImportSource } from "./detect";
import type { PexipNodeInfo } from "./pexip";

export interface ImportChoices {
  /** add to the current plan, or start a new plan with only what was imported */
  mode: "merge" | "new";
  pexipDeployment: "public-dmz" | "on-prem";
  /** the Trusted Application Pool FQDN of an on-prem Pexip deployment (not in the API answers) */
  pexipPoolFqdn: string;
  /** the Expressway answers do not say whether the system is an Expressway-C or -E */
  expresswayRole: "c" | "e";
}

export const DEFAULT_CHOICES: ImportChoices = {
  mode: "merge",
  pexipDeployment: "public-dmz",
  pexipPoolFqdn: "",
  expresswayRole: "c",
};

export interface ValueRow {
  label: string;
  value: string;
  /** where the value came from, in the admin's words */
  from: string;
  /** why this value will be refused (same checks as typed names) */
  problem?: string;
}

export interface ImportItem {
  key: string;
  action: "create" | "change" | "unchanged" | "not-imported";
  title: string;
  rows: ValueRow[];
  /** an existing component or setting that the import would change: before → after */
  changes: { label: string; before: string; after: string }[];
  /** why it cannot be imported (shown; the item cannot be selected) */
  blocked?: string;
  apply?: (draft: Plan) => void;
  origins: Record<string, string>;
}

export interface ImportPreview {
  items: ImportItem[];
  notes: string[];
  refused: string[];
  unrecognised: { source: string; line: number; text: string }[];
}

const sourceLabel = (s: ImportSource): string => {
  switch (s.kind) {
    case "sfb-topology":
      return `the topology file “${s.name}”`;
    case "sfb-simple-urls":
      return `the simple URL export “${s.name}”`;
    case "sfb-sip-domains":
      return `the SIP domain export “${s.name}”`;
    case "cucm-cluster":
      return `the show network cluster output “${s.name}”`;
    case "expressway-dns":
    case "expressway-domains":
      return `the Expressway API answer “${s.name}”`;
    default:
      return `the Pexip API answer “${s.name}”`;
  }
};

function nameProblem(raw: string, role: "host" | "domain" = "host"): string | undefined {
  const n = normalizeName(raw);
  if (ipVersion(n) !== null) return "is an IP address; a certificate here needs the name";
  return fqdnProblem(n, { allowSingleLabel: true }) ?? domainProblem(n, role) ?? undefined;
}

function row(
  label: string,
  value: string,
  from: string,
  role: "host" | "domain" | "info" = "host",
): ValueRow {
  const r: ValueRow = { label, value, from };
  if (role !== "info") {
    const p = nameProblem(value, role);
    if (p) r.problem = `“${value}” ${p}`;
  }
  return r;
}

const ID_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})$/;

class Ids {
  private readonly used: Set<string>;
  constructor(plan: Plan) {
    this.used = new Set(plan.components.map((c) => c.id.toLowerCase()));
  }
  make(prefix: string, fqdn: string): string {
    const label =
      normalizeName(fqdn)
        .split(".")[0]
        ?.replace(/[^a-z0-9-]/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40) ?? "";
    const base = label ? `${prefix}-${label}` : prefix;
    let id = ID_RE.test(base) ? base : prefix;
    for (let i = 2; this.used.has(id.toLowerCase()); i++) id = `${base.slice(0, 56)}-${i}`;
    this.used.add(id.toLowerCase());
    return id;
  }
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => normalizeName(x) === normalizeName(b[i] as string));
const show = (v: unknown): string =>
  v === undefined || v === ""
    ? "(not set)"
    : Array.isArray(v)
      ? v.length
        ? v.join(", ")
        : "(none)"
      : String(v);

/** Create `fresh`, or change the plan's matching component: the import's fields win, the admin's others stay. */
function componentItem(
  plan: Plan,
  mode: ImportChoices["mode"],
  key: string,
  title: string,
  fresh: Component,
  matches: (c: Component) => boolean,
  labels: Record<string, string>,
  rows: ValueRow[],
  origins: Record<string, string>,
): ImportItem {
  const existing =
    mode === "merge" ? plan.components.find((c) => c.type === fresh.type && matches(c)) : undefined;
  const blockedBy = rows.find((r) => r.problem);
  const base = { key, title, rows, origins } as const;
  if (!existing) {
    const item: ImportItem = {
      ...base,
      action: "create",
      changes: [],
      apply: (d) => {
        d.components.push(structuredClone(fresh));
      },
    };
    if (blockedBy?.problem) item.blocked = blockedBy.problem;
    return item;
  }
  const after = { ...existing } as Record<string, unknown>;
  const changes: ImportItem["changes"] = [];
  for (const [k, v] of Object.entries(fresh)) {
    if (k === "id" || k === "type") continue;
    const before = (existing as unknown as Record<string, unknown>)[k];
    const equal =
      Array.isArray(v) && Array.isArray(before) ? same(v as string[], before as string[]) : before === v;
    if (!equal) {
      changes.push({ label: labels[k] ?? k, before: show(before), after: show(v) });
      after[k] = v;
    }
  }
  const item: ImportItem = {
    ...base,
    title: `${title} (component “${existing.id}” of your plan)`,
    action: changes.length ? "change" : "unchanged",
    changes,
    apply: (d) => {
      const i = d.components.findIndex((c) => c.id === existing.id);
      if (i >= 0) d.components[i] = structuredClone(after) as unknown as Component;
    },
  };
  if (blockedBy?.problem) item.blocked = blockedBy.problem;
  return item;
}

const POOL_LABELS = {
  role: "role",
  poolFqdn: "pool FQDN",
  servers: "servers",
  externalWebFqdn: "external web services FQDN",
  internalWebFqdn: "internal web services FQDN",
};
const EDGE_LABELS = {
  accessEdgeFqdn: "Access Edge FQDN",
  webConfEdgeFqdn: "Web Conferencing Edge FQDN",
  avEdgeFqdn: "A/V Edge FQDN",
  internalFqdn: "internal FQDN",
  servers: "Edge pool members",
  xmpp: "XMPP federation",
};
const ROLE_LABEL = {
  "front-end": "Front End",
  "standard-edition": "Standard Edition",
  director: "Director",
} as const;

export function buildPreview(
  sources: readonly ImportSource[],
  plan: Plan,
  choices: ImportChoices,
): ImportPreview {
  const base = choices.mode === "new" ? emptyPlan() : plan;
  const ids = new Ids(base);
  const out: ImportPreview = { items: [], notes: [], refused: [], unrecognised: [] };
  const importedDomains: { name: string; isDefault: boolean; from: string }[] = [];
  let simpleUrls: { meet: string[]; dialin: string[]; admin?: string; from: string } | undefined;

  for (const s of sources) {
    for (const r of s.refused) out.refused.push(`${sourceLabel(s)}: ${r}`);
  }

  for (const s of sources) {
    const from = sourceLabel(s);
    if (s.kind === "sfb-topology") {
      const t = s.topology;
      for (const d of t.sipDomains) importedDomains.push({ ...d, from });
      if (t.simpleUrls) simpleUrls = { ...t.simpleUrls, from };
      for (const p of t.pools) {
        const role = ROLE_LABEL[p.role];
        const servers = p.role === "standard-edition" ? [p.fqdn] : p.servers;
        const c: SfbPoolComponent = {
          type: "sfb-pool",
          id: ids.make(p.role === "director" ? "dir" : p.role === "standard-edition" ? "se" : "fe", p.fqdn),
          role: p.role,
          poolFqdn: p.fqdn,
          servers,
        };
        const rows = [
          row("Role", role, `${from}: ${p.roleWhy}`, "info"),
          row("Pool FQDN", p.fqdn, `${from}: the pool's FQDN`),
          ...servers.map((sv) =>
            row(
              "Server",
              sv,
              p.role === "standard-edition"
                ? `${from}: the Standard Edition server is its pool`
                : `${from}: a machine of the pool`,
            ),
          ),
        ];
        const origins: Record<string, string> = { [p.fqdn]: `${from}: ${role} pool ${p.fqdn}` };
        for (const sv of servers)
          if (sv !== p.fqdn) origins[sv] = `${from}: ${role} server of pool ${p.fqdn}`;
        if (p.externalWeb) {
          c.externalWebFqdn = p.externalWeb;
          rows.push(
            row("External web services FQDN", p.externalWeb, `${from}: the pool's external web services`),
          );
          origins[p.externalWeb] = `${from}: external web services of pool ${p.fqdn}`;
        }
        if (p.internalWeb) {
          c.internalWebFqdn = p.internalWeb;
          rows.push(
            row(
              "Internal web services FQDN",
              p.internalWeb,
              `${from}: the pool's internal web services override`,
            ),
          );
          origins[p.internalWeb] = `${from}: internal web services of pool ${p.fqdn}`;
        }
        if (p.mediationCollocated)
          rows.push(
            row(
              "Mediation Server",
              "collocated on this pool",
              `${from}: the pool runs the Mediation Server role, which uses the pool's certificate`,
              "info",
            ),
          );
        out.items.push(
          componentItem(
            base,
            choices.mode,
            `sfb-pool:${p.fqdn}`,
            `${role} pool ${p.fqdn}`,
            c,
            (x) => x.type === "sfb-pool" && normalizeName(x.poolFqdn) === normalizeName(p.fqdn),
            POOL_LABELS,
            rows,
            origins,
          ),
        );
      }
      for (const e of t.edges) {
        const rows = [
          row("Internal FQDN", e.fqdn, `${from}: the Edge pool's FQDN`),
          ...e.servers.map((sv) => row("Edge pool member", sv, `${from}: a machine of the Edge pool`)),
        ];
        const origins: Record<string, string> = { [e.fqdn]: `${from}: Edge pool ${e.fqdn} (internal FQDN)` };
        const ext = [
          ["Access Edge FQDN", e.accessEdge, "Access Edge", "AccessEdge"],
          ["Web Conferencing Edge FQDN", e.webConfEdge, "Web Conferencing Edge", "DataEdge"],
          ["A/V Edge FQDN", e.avEdge, "A/V Edge", "MediaRelayEdge"],
        ] as const;
        const missing: string[] = [];
        for (const [label, value, service, owner] of ext) {
          if (!value) {
            if (owner !== "MediaRelayEdge") missing.push(label);
            continue;
          }
          rows.push(
            row(label, value, `${from}: the external port of the ${service} service of Edge pool ${e.fqdn}`),
          );
          // one FQDN may serve several services (single-FQDN Edge): the reasons say each
          origins[value] =
            origins[value] && origins[value] !== origins[e.fqdn]
              ? `${origins[value]}, ${service}`
              : `${from}: ${service} external FQDN of Edge pool ${e.fqdn}`;
        }
        for (const n of e.nat)
          rows.push(
            row(
              "External NAT address",
              `${n.address} (${n.server})`,
              `${from}: the member's external interface (not a certificate name)`,
              "info",
            ),
          );
        if (e.xmpp)
          rows.push(
            row(
              "XMPP federation",
              "the Edge has an XMPP proxy",
              `${from}: the Edge's XMPP federation port`,
              "info",
            ),
          );
        const c: SfbEdgeComponent = {
          type: "sfb-edge",
          id: ids.make("edge", e.fqdn),
          accessEdgeFqdn: e.accessEdge ?? "",
          webConfEdgeFqdn: e.webConfEdge ?? e.accessEdge ?? "",
          internalFqdn: e.fqdn,
          servers: e.servers,
        };
        if (e.avEdge) c.avEdgeFqdn = e.avEdge;
        if (e.xmpp) c.xmpp = true;
        const item = componentItem(
          base,
          choices.mode,
          `sfb-edge:${e.fqdn}`,
          `Edge pool ${e.fqdn}`,
          c,
          (x) =>
            x.type === "sfb-edge" &&
            (normalizeName(x.internalFqdn) === normalizeName(e.fqdn) ||
              (!!e.accessEdge && normalizeName(x.accessEdgeFqdn) === normalizeName(e.accessEdge))),
          EDGE_LABELS,
          rows,
          origins,
        );
        if (missing.length)
          item.blocked = `the topology gives no ${missing.join(" and no ")} for this Edge pool (no external port with a configured FQDN); enter it on the Components step`;
        out.items.push(item);
      }
      for (const m of t.mediationPools) {
        const c: SfbMediationComponent = {
          type: "sfb-mediation",
          id: ids.make("med", m.fqdn),
          poolFqdn: m.fqdn,
          servers: m.servers,
        };
        const origins: Record<string, string> = { [m.fqdn]: `${from}: Mediation pool ${m.fqdn}` };
        for (const sv of m.servers)
          if (sv !== m.fqdn) origins[sv] = `${from}: Mediation server of pool ${m.fqdn}`;
        out.items.push(
          componentItem(
            base,
            choices.mode,
            `sfb-mediation:${m.fqdn}`,
            `Mediation pool ${m.fqdn}`,
            c,
            (x) => x.type === "sfb-mediation" && normalizeName(x.poolFqdn) === normalizeName(m.fqdn),
            { poolFqdn: "pool FQDN", servers: "servers" },
            [
              row("Pool FQDN", m.fqdn, `${from}: the pool's FQDN`),
              ...m.servers.map((sv) => row("Server", sv, `${from}: a machine of the pool`)),
            ],
            origins,
          ),
        );
      }
      for (const o of t.officeOnline) {
        out.notes.push(
          `Office Online Server ${o.fqdn} (discovery URL ${o.discoveryUrl}, from ${from}) was read but not added: its own certificate is made on that server. If it is published to the internet through your reverse proxy, add its external FQDN on the reverse proxy component.`,
        );
      }
      if (t.serviceVersions.length > 0) {
        out.notes.push(
          `The services in ${from} report ServiceVersion ${t.serviceVersions.join(", ")}. This app could not confirm from a Microsoft page which release each value means, so the product version is not set from it: choose it on the Components step.`,
        );
      }
      out.notes.push(...t.notes.map((n) => `${n} (${from})`));
      if (t.format === "published" && !t.simpleUrls)
        out.notes.push(
          `A published topology has no simple URLs. To import them, add the output of Get-CsSimpleUrlConfiguration | ConvertTo-Json -Depth 5 too.`,
        );
    } else if (s.kind === "sfb-simple-urls") {
      simpleUrls = {
        meet: s.urls.meet,
        dialin: s.urls.dialin,
        from,
        ...(s.urls.admin ? { admin: s.urls.admin } : {}),
      };
    } else if (s.kind === "sfb-sip-domains") {
      for (const d of s.domains) importedDomains.push({ ...d, from });
    } else if (s.kind === "cucm-cluster") {
      const cl = s.cluster;
      for (const u of cl.unrecognised) out.unrecognised.push({ source: s.name, line: u.line, text: u.text });
      for (const o of cl.otherProducts)
        out.notes.push(
          `Line ${o.line} of ${from} is a node of another product (${o.product}: ${o.name}); it was not imported.`,
        );
      if (!cl.publisher) {
        out.items.push({
          key: `cucm:${s.name}`,
          action: "not-imported",
          title: `Cisco UC cluster from ${from}`,
          rows: [],
          changes: [],
          origins: {},
          blocked:
            "the output has no Unified CM publisher line (Publisher callmanager); run show network cluster on the publisher",
        });
        continue;
      }
      const pub = cl.publisher;
      const c: CiscoUcComponent = {
        type: "cisco-uc",
        id: ids.make("cucm", pub.name),
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: pub.name,
        subscribers: cl.subscribers.map((n) => n.name),
      };
      if (cl.imPresence.length) c.imPresenceNodes = cl.imPresence.map((n) => n.name);
      const why = (n: { line: number; hasDomain: boolean }) =>
        `${from}, line ${n.line}${n.hasDomain ? "" : " (no domain is set on the node: the host name is used)"}`;
      const rows = [
        row("Publisher", pub.name, why(pub)),
        ...cl.subscribers.map((n) => row("Subscriber", n.name, why(n))),
        ...cl.imPresence.map((n) =>
          row(`IM and Presence ${n.db === "DBPub" ? "publisher" : "subscriber"}`, n.name, why(n)),
        ),
        row(
          "Certificate",
          "tomcat, one per node",
          "the usual choice; change the purpose or make it multi-server on the Components step",
          "info",
        ),
      ];
      const origins: Record<string, string> = { [pub.name]: `${from}: Unified CM publisher` };
      for (const n of cl.subscribers) origins[n.name] = `${from}: Unified CM subscriber`;
      for (const n of cl.imPresence) origins[n.name] = `${from}: IM and Presence node`;
      out.items.push(
        componentItem(
          base,
          choices.mode,
          `cucm:${pub.name}`,
          `Cisco UC cluster ${pub.name}`,
          c,
          (x) => x.type === "cisco-uc" && normalizeName(x.publisher) === normalizeName(pub.name),
          {
            publisher: "publisher",
            subscribers: "subscribers",
            imPresenceNodes: "IM and Presence nodes",
            product: "product",
            purpose: "certificate purpose",
            distribution: "distribution",
          },
          rows,
          origins,
        ),
      );
    }
  }

  // ---------------------------------------------------------------- Pexip: every node list, one component
  const workers = sources.filter((s) => s.kind === "pexip-workers");
  if (workers.length > 0) {
    const locations = new Map<string, string>();
    for (const s of sources)
      if (s.kind === "pexip-locations") for (const [k, v] of s.locations) locations.set(k, v);
    const nodes: (PexipNodeInfo & { from: string })[] = [];
    for (const s of workers)
      for (const n of s.nodes)
        if (!nodes.some((x) => normalizeName(x.fqdn) === normalizeName(n.fqdn)))
          nodes.push({ ...n, from: sourceLabel(s) });
    const c: PexipComponent = {
      type: "pexip",
      id: ids.make("px", nodes[0]?.fqdn ?? "pexip"),
      deployment: choices.pexipDeployment,
      nodes: nodes.map((n) => ({ fqdn: n.fqdn, sipTlsFqdn: n.sipTlsFqdn ?? "" })),
    };
    if (choices.pexipDeployment === "on-prem" && choices.pexipPoolFqdn.trim() !== "")
      c.poolFqdn = choices.pexipPoolFqdn.trim();
    const rows: ValueRow[] = [];
    const origins: Record<string, string> = {};
    for (const n of nodes) {
      const where = n.location
        ? (locations.get(n.location) ?? "a location whose list was not imported")
        : "no location";
      rows.push(
        row(
          "Node",
          n.fqdn,
          `${n.from}: ${n.fqdnWhy}; ${n.nodeType ? `${n.nodeType.toLowerCase()} node, ` : ""}location ${where}`,
        ),
      );
      origins[n.fqdn] = `${n.from}: Conferencing Node ${n.name}`;
      if (n.sipTlsFqdn) {
        rows.push(row("SIP TLS FQDN", n.sipTlsFqdn, `${n.from}: the node's SIP TLS FQDN (alternative_fqdn)`));
        origins[n.sipTlsFqdn] = `${n.from}: SIP TLS FQDN of node ${n.name}`;
      } else
        rows.push(
          row("SIP TLS FQDN", `none on ${n.fqdn}`, `${n.from}: the node has no SIP TLS FQDN`, "info"),
        );
    }
    if (choices.pexipDeployment === "on-prem") {
      if (c.poolFqdn) rows.push(row("Trusted Application Pool FQDN", c.poolFqdn, "typed on this page"));
      else
        rows.push({
          label: "Trusted Application Pool FQDN",
          value: "(not set)",
          from: "not in the API answers",
          problem: "an on-prem deployment needs the Trusted Application Pool FQDN: type it above",
        });
    }
    if (sources.some((s) => s.kind === "pexip-global"))
      out.notes.push(
        "The Pexip global settings were read, but no field in them could be confirmed here as the Skype for Business domain, so none was taken from them: the certificate uses your plan's SIP domain.",
      );
    const fqdns = new Set(nodes.map((n) => normalizeName(n.fqdn)));
    out.items.push(
      componentItem(
        base,
        choices.mode,
        "pexip",
        `Pexip Conferencing Nodes (${nodes.length})`,
        c,
        (x) => x.type === "pexip" && x.nodes.some((n) => fqdns.has(normalizeName(n.fqdn))),
        { nodes: "nodes", deployment: "deployment", poolFqdn: "Trusted Application Pool FQDN" },
        rows,
        origins,
      ),
    );
    const pxChange = out.items[out.items.length - 1];
    // nodes are objects: show them as names in the before → after list
    if (pxChange)
      for (const ch of pxChange.changes)
        if (ch.label === "nodes") {
          const existing = base.components.find(
            (x): x is PexipComponent =>
              x.type === "pexip" && x.nodes.some((n) => fqdns.has(normalizeName(n.fqdn))),
          );
          ch.before = existing
            ? existing.nodes
                .map((n) => n.fqdn + (n.sipTlsFqdn ? ` (SIP TLS ${n.sipTlsFqdn})` : ""))
                .join(", ")
            : ch.before;
          ch.after = c.nodes
            .map((n) => n.fqdn + (n.sipTlsFqdn ? ` (SIP TLS ${n.sipTlsFqdn})` : ""))
            .join(", ");
        }
  } else if (sources.some((s) => s.kind === "pexip-locations" || s.kind === "pexip-global")) {
    out.notes.push(
      "Pexip locations or global settings alone create nothing: add the worker_vm answer (the Conferencing Nodes) too.",
    );
  }

  // ---------------------------------------------------------------- Expressway: DNS settings + domains
  const dns = sources.find((s) => s.kind === "expressway-dns");
  const domainSrc = sources.find((s) => s.kind === "expressway-domains");
  if (dns && dns.kind === "expressway-dns") {
    const from = sourceLabel(dns);
    const c: ExpresswayComponent = {
      type: "expressway",
      id: ids.make(choices.expresswayRole === "e" ? "expe" : "expc", dns.dns.fqdn),
      role: choices.expresswayRole,
      peers: [dns.dns.fqdn],
    };
    const rows = [
      row(
        "System",
        dns.dns.fqdn,
        `${from}: ${dns.dns.domain && !dns.dns.hostName.includes(".") ? "system host name + domain name" : "system host name"}`,
      ),
      row(
        "Role",
        choices.expresswayRole === "e" ? "Expressway-E" : "Expressway-C",
        "chosen on this page (the answers do not say)",
        "info",
      ),
    ];
    const origins: Record<string, string> = {
      [dns.dns.fqdn]: `${from}: the Expressway's system host name and domain`,
    };
    if (domainSrc && domainSrc.kind === "expressway-domains") {
      const dFrom = sourceLabel(domainSrc);
      const mra = domainSrc.domains.filter((d) => d.edgeSip || d.edgeXmpp).map((d) => d.name);
      const fed = domainSrc.domains.filter((d) => d.xmppFederation).map((d) => d.name);
      if (mra.length) c.mraDomains = mra;
      if (fed.length) c.xmppFederationDomains = fed;
      for (const d of mra)
        rows.push(
          row("Mobile and remote access domain", d, `${dFrom}: Edge SIP or Edge XMPP is on for it`, "domain"),
        );
      for (const d of fed)
        rows.push(row("XMPP federation domain", d, `${dFrom}: XMPP federation is on for it`, "domain"));
      for (const d of [...mra, ...fed]) origins[d] ??= `${dFrom}: domain ${d}`;
    }
    out.items.push(
      componentItem(
        base,
        choices.mode,
        `expressway:${dns.dns.fqdn}`,
        `Expressway ${dns.dns.fqdn}`,
        c,
        (x) =>
          x.type === "expressway" && x.peers.some((p) => normalizeName(p) === normalizeName(dns.dns.fqdn)),
        {
          role: "role",
          peers: "peers",
          mraDomains: "mobile and remote access domains",
          xmppFederationDomains: "XMPP federation domains",
        },
        rows,
        origins,
      ),
    );
  } else if (domainSrc) {
    out.notes.push(
      "The Expressway domain list alone creates nothing: add the DNS settings answer (system host name and domain) too.",
    );
  }

  // ---------------------------------------------------------------- plan-wide: SIP domains, simple URLs
  if (importedDomains.length > 0) {
    const ordered: typeof importedDomains = [];
    for (const d of [...importedDomains].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)))
      if (!ordered.some((x) => normalizeName(x.name) === normalizeName(d.name))) ordered.push(d);
    const current = base.sipDomains;
    const added = ordered.filter((d) => !current.some((c) => normalizeName(c) === normalizeName(d.name)));
    const after =
      current.length === 0 ? ordered.map((d) => d.name) : [...current, ...added.map((d) => d.name)];
    const rows = ordered.map((d) =>
      row(d.isDefault ? "Default SIP domain" : "SIP domain", d.name, d.from, "domain"),
    );
    const item: ImportItem = {
      key: "sip-domains",
      action: current.length === 0 ? "create" : added.length ? "change" : "unchanged",
      title: "SIP domains",
      rows,
      changes:
        current.length && added.length
          ? [{ label: "SIP domains", before: show(current), after: show(after) }]
          : [],
      origins: Object.fromEntries(
        ordered.map((d) => [d.name, `${d.from}: SIP domain${d.isDefault ? " (the default)" : ""}`]),
      ),
      apply: (d) => {
        d.sipDomains = [...after];
      },
    };
    const bad = rows.find((r) => r.problem);
    if (bad?.problem) item.blocked = bad.problem;
    const def = ordered.find((d) => d.isDefault);
    if (current.length && def && normalizeName(current[0] as string) !== normalizeName(def.name))
      out.notes.push(
        `Your plan's first SIP domain stays ${current[0]}; the imported default SIP domain is ${def.name}. Reorder them on the Domains step if the default should come first.`,
      );
    out.items.push(item);
  }
  if (simpleUrls) {
    const from = simpleUrls.from;
    const urls: NonNullable<NonNullable<Plan["sfb"]>["simpleUrls"]> = {
      meet: simpleUrls.meet.map(simpleUrlHost),
      dialin: simpleUrls.dialin.map(simpleUrlHost),
    };
    if (simpleUrls.admin) urls.admin = simpleUrlHost(simpleUrls.admin);
    const rows = [
      ...simpleUrls.meet.map((u) => row("Meet", simpleUrlHost(u), `${from}: the active meet URL ${u}`)),
      ...simpleUrls.dialin.map((u) =>
        row("Dial-in", simpleUrlHost(u), `${from}: the active dial-in URL ${u}`),
      ),
      ...(simpleUrls.admin
        ? [row("Admin", simpleUrlHost(simpleUrls.admin), `${from}: the active admin URL ${simpleUrls.admin}`)]
        : []),
    ];
    const before = base.sfb?.simpleUrls;
    const flat = (u: typeof before) => [...(u?.meet ?? []), "|", ...(u?.dialin ?? []), "|", u?.admin ?? ""];
    const hasBefore = !!before && flat(before).some((x) => x !== "|" && x !== "");
    const equal = hasBefore && same(flat(before), flat(urls));
    const describeUrls = (u: typeof before) =>
      `meet ${show(u?.meet)}; dial-in ${show(u?.dialin)}; admin ${show(u?.admin)}`;
    const origins: Record<string, string> = {};
    for (const r of rows) origins[r.value] = `${from}: ${r.label.toLowerCase()} simple URL`;
    const item: ImportItem = {
      key: "simple-urls",
      action: !hasBefore ? "create" : equal ? "unchanged" : "change",
      title: "Simple URLs",
      rows,
      changes:
        hasBefore && !equal
          ? [{ label: "simple URLs", before: describeUrls(before), after: describeUrls(urls) }]
          : [],
      origins,
      apply: (d) => {
        d.sfb = { ...d.sfb, simpleUrls: structuredClone(urls) };
      },
    };
    const bad = rows.find((r) => r.problem);
    if (bad?.problem) item.blocked = bad.problem;
    out.items.push(item);
  }
  // the same pool, Edge, cluster or setting read twice (the same file dropped again, or a .tbxml and the published
  // topology of one deployment): the first reading is kept, and the preview says so
  const seen = new Map<string, ImportItem>();
  out.items = out.items.filter((item) => {
    const first = seen.get(item.key);
    if (!first) {
      seen.set(item.key, item);
      return true;
    }
    out.notes.push(`${item.title} was read more than once; the first reading is used.`);
    return false;
  });
  return out;
}

/** The plan the import makes from the items the admin kept, checked by parsePlan like an opened plan file. */
export function applyImport(
  preview: ImportPreview,
  plan: Plan,
  choices: ImportChoices,
  keep: ReadonlySet<string>,
  planName: string,
): ParseResult {
  const draft: Plan = choices.mode === "new" ? { ...emptyPlan(), name: planName } : structuredClone(plan);
  const origins: Record<string, string> = { ...(draft.origins ?? {}) };
  for (const item of preview.items) {
    if (!keep.has(item.key) || item.blocked || !item.apply) continue;
    item.apply(draft);
    for (const [name, from] of Object.entries(item.origins)) origins[normalizeName(name)] = from;
  }
  if (Object.keys(origins).length > 0) draft.origins = origins;
  if (draft.name.trim() === "") draft.name = planName;
  // through the plan's one schema: names are normalised and checked, control characters refused
  return parsePlan(JSON.parse(JSON.stringify(draft)));
}
