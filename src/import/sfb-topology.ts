// Skype for Business Server / Lync Server topology: the Topology Builder file (.tbxml, root TopologyBuilder of
// urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008) and the published topology
// ((Get-CsTopology -AsXml).ToString(), root Topology of urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008).
// The structure was learnt from public samples (a Topology Builder file and scripts that write or read the published
// XML); the fixtures of the tests are our own, written in that structure.
import { cleanValue, ImportError } from "./limits";
import { attr, child, children, descendants, parseXml } from "./xml";

const NS_PREFIX = "urn:schema:Microsoft.Rtc.Management.";

export type SfbPoolRole = "front-end" | "standard-edition" | "director";

export interface SfbPoolInfo {
  fqdn: string;
  servers: string[];
  role: SfbPoolRole;
  site?: string;
  externalWeb?: string;
  internalWeb?: string;
  /** the Mediation Server role runs on this pool (collocated) */
  mediationCollocated: boolean;
  /** how the role was decided, for the preview */
  roleWhy: string;
}

export interface SfbEdgeInfo {
  fqdn: string;
  servers: string[];
  site?: string;
  accessEdge?: string;
  webConfEdge?: string;
  avEdge?: string;
  xmpp: boolean;
  /** external NAT addresses configured per member (NetInterface/@ConfiguredIPAddress) */
  nat: { server: string; address: string }[];
}

export interface SfbTopology {
  format: "tbxml" | "published";
  sipDomains: { name: string; isDefault: boolean }[];
  pools: SfbPoolInfo[];
  edges: SfbEdgeInfo[];
  mediationPools: { fqdn: string; servers: string[] }[];
  officeOnline: { fqdn: string; discoveryUrl: string }[];
  simpleUrls?: { meet: string[]; dialin: string[]; admin?: string };
  /** distinct Service/@ServiceVersion values */
  serviceVersions: string[];
  /** what was seen but not imported, or imported without a real sample to confirm the structure */
  notes: string[];
  /** values refused (control characters, absurd length), with where they were */
  refused: string[];
}

interface ClusterInfo {
  key: string;
  fqdn: string;
  servers: string[];
  /** a machine had no Fqdn (a Standard Edition server is its pool) */
  machineWithoutFqdn: boolean;
  singleMachineOnly: boolean;
  site?: string;
  central: boolean;
  nat: { server: string; address: string }[];
  roles: Set<string>;
}

export function parseSfbTopology(text: string, fileName: string): SfbTopology {
  const what = `“${fileName}”`;
  const doc = parseXml(text, what);
  const root = doc.documentElement;
  const ns = root.namespaceURI ?? "";
  let format: SfbTopology["format"];
  let scope: Element;
  if (root.localName === "TopologyBuilder" && ns.startsWith(NS_PREFIX)) {
    format = "tbxml";
    // the topology being edited; an already-published copy may sit beside it as OldTopology
    const partial =
      child(child(root, "NewTopology") ?? root, "PartialTopology") ?? descendants(root, "PartialTopology")[0];
    if (!partial) throw new ImportError(`${what} is a Topology Builder file without a topology in it.`);
    scope = partial;
  } else if (root.localName === "Topology" && ns.startsWith(NS_PREFIX)) {
    format = "published";
    scope = root;
  } else {
    throw new ImportError(
      `${what} is XML but not a Skype for Business or Lync topology (its root element is <${root.localName}>${ns ? ` of ${ns}` : ""}).`,
    );
  }
  const out: SfbTopology = {
    format,
    sipDomains: [],
    pools: [],
    edges: [],
    mediationPools: [],
    officeOnline: [],
    serviceVersions: [],
    notes: [],
    refused: [],
  };
  const take = (raw: string | undefined, where: string): string | undefined => {
    if (raw === undefined) return undefined;
    const p = cleanValue(raw);
    if ("refused" in p) {
      out.refused.push(`${where} ${p.refused}`);
      return undefined;
    }
    return p.value === "" ? undefined : p.value;
  };

  // ---------------------------------------------------------------- SIP domains (default first)
  const domains = child(scope, "InternalDomains") ?? descendants(scope, "InternalDomains")[0];
  if (domains) {
    const def = take(attr(domains, "DefaultDomain"), "the default SIP domain");
    const names: string[] = [];
    for (const d of children(domains, "InternalDomain")) {
      const n = take(attr(d, "Name"), "a SIP domain");
      if (n && !names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
    }
    if (def && !names.some((x) => x.toLowerCase() === def.toLowerCase())) names.unshift(def);
    const ordered = def ? [def, ...names.filter((n) => n.toLowerCase() !== def.toLowerCase())] : names;
    out.sipDomains = ordered.map((name) => ({
      name,
      isDefault: def !== undefined && name.toLowerCase() === def.toLowerCase(),
    }));
  }

  // ---------------------------------------------------------------- sites and clusters
  const siteNames = new Map<string, { name: string; central: boolean }>();
  const clusters: ClusterInfo[] = [];
  if (format === "tbxml") {
    for (const site of descendants(scope, "CentralSite")) {
      const name = child(site, "Name")?.textContent?.trim() ?? "";
      const siteName = take(name, "a site name");
      for (const c of descendants(child(site, "Clusters") ?? site, "Cluster")) {
        if (hasAncestor(c, "RemoteSites", site)) continue;
        const info = readCluster(c, attr(c, "UniqueId") ?? "", siteName, true, take);
        if (info) clusters.push(info);
      }
      const remote = child(site, "RemoteSites");
      if (remote?.firstElementChild) {
        const fqdns = descendants(remote, "Cluster")
          .map((c) => take(attr(c, "Fqdn"), "a branch site server"))
          .filter((f): f is string => f !== undefined);
        out.notes.push(
          `The topology has branch sites${siteName ? ` under ${siteName}` : ""}${fqdns.length ? ` (${fqdns.join(", ")})` : ""}. Survivable Branch Appliances and branch servers were not imported: their structure could not be confirmed from a real topology file. Add them on the Components step.`,
        );
      }
    }
  } else {
    const sites = child(scope, "Sites");
    for (const s of sites ? Array.from(sites.children) : []) {
      const id = attr(s, "SiteId") ?? "";
      const name = take(child(s, "Name")?.textContent ?? "", "a site name") ?? id;
      siteNames.set(id, { name, central: s.localName === "CentralSite" });
    }
    for (const c of descendants(scope, "Cluster")) {
      const id = child(c, "ClusterId");
      const key = `${attr(id, "SiteId") ?? ""}:${attr(id, "Number") ?? ""}`;
      const site = siteNames.get(attr(id, "SiteId") ?? "");
      const info = readCluster(c, key, site?.name, site ? site.central : true, take);
      if (info) clusters.push(info);
    }
    const branch = [...siteNames.values()].filter((s) => !s.central);
    if (branch.length > 0) {
      out.notes.push(
        `The topology has ${branch.length} site${branch.length === 1 ? "" : "s"} that ${branch.length === 1 ? "is" : "are"} not a central site (${branch.map((b) => b.name).join(", ")}). Survivable Branch Appliances and branch servers were not imported: their structure could not be confirmed from a real topology. Add them on the Components step.`,
      );
    }
  }
  const byKey = new Map(clusters.map((c) => [c.key, c]));

  // ---------------------------------------------------------------- services
  const services = descendants(scope, "Service");
  const versions = new Set<string>();
  const registrar = new Map<string, { director: boolean }>();
  const web = new Map<string, { external?: string; internal?: string }>();
  const edgePorts = new Map<string, { access?: string; webConf?: string; av?: string; xmpp: boolean }>();
  for (const s of services) {
    const role = format === "tbxml" ? attr(s, "RoleName") : attr(child(s, "ServiceId"), "RoleName");
    const installedOn =
      format === "tbxml"
        ? attr(s, "InstalledOn")
        : (() => {
            const on = child(s, "InstalledOn");
            const id = on ? child(on, "ClusterId") : undefined;
            return id ? `${attr(id, "SiteId") ?? ""}:${attr(id, "Number") ?? ""}` : undefined;
          })();
    const v = attr(s, "ServiceVersion");
    if (v && /^\d{1,3}$/.test(v)) versions.add(v);
    if (!role || installedOn === undefined) continue;
    const cluster = byKey.get(installedOn);
    if (!cluster) continue;
    cluster.roles.add(role);
    if (role === "Registrar") {
      const r = child(s, "RegistrarService");
      registrar.set(cluster.key, { director: attr(r, "IsDirector")?.toLowerCase() === "true" });
    } else if (role === "WebServices") {
      const w = child(s, "WebService");
      web.set(cluster.key, {
        external: take(
          attr(w ? child(w, "ExternalSettings") : undefined, "Host"),
          "the external web services FQDN",
        ),
        internal: take(
          attr(w ? child(w, "InternalSettings") : undefined, "Host"),
          "the internal web services FQDN",
        ),
      });
    } else if (role === "EdgeServer") {
      const ports = { xmpp: false } as { access?: string; webConf?: string; av?: string; xmpp: boolean };
      for (const p of descendants(s, "Port")) {
        const owner = attr(p, "Owner");
        if (owner === "urn:component:XmppFederationProxy") ports.xmpp = true;
        if (attr(p, "InterfaceSide") !== "External") continue;
        const fqdn = attr(p, "ConfiguredFqdn");
        if (fqdn === undefined) continue;
        if (owner === "urn:component:AccessEdge")
          ports.access ??= take(fqdn, "the Access Edge external FQDN");
        else if (owner === "urn:component:DataEdge")
          ports.webConf ??= take(fqdn, "the Web Conferencing Edge external FQDN");
        else if (owner === "urn:component:MediaRelayEdge")
          ports.av ??= take(fqdn, "the A/V Edge external FQDN");
      }
      edgePorts.set(cluster.key, ports);
    } else if (role === "WacService") {
      const w = child(s, "WacService");
      const url = take(attr(w, "DiscoveryUrl"), "the Office Online Server discovery URL");
      if (url) {
        let host = "";
        try {
          host = new URL(url).hostname;
        } catch {
          out.notes.push(
            `The Office Online Server discovery URL “${url}” is not a URL; it was not imported.`,
          );
        }
        if (host) out.officeOnline.push({ fqdn: host, discoveryUrl: url });
      }
    }
  }
  out.serviceVersions = [...versions].sort();

  // ---------------------------------------------------------------- simple URLs (Topology Builder file only)
  const simple = descendants(scope, "SimpleUrl");
  if (simple.length > 0) {
    const urls: { meet: string[]; dialin: string[]; admin?: string } = { meet: [], dialin: [] };
    for (const u of simple) {
      const component = (attr(u, "Component") ?? "").toLowerCase();
      const url = take(attr(u, "ActiveUrl"), "a simple URL");
      if (!url) continue;
      if (component === "meet") {
        if (!urls.meet.includes(url)) urls.meet.push(url);
      } else if (component === "dialin") {
        if (!urls.dialin.includes(url)) urls.dialin.push(url);
      } else if (component === "cscp") urls.admin ??= url;
    }
    out.simpleUrls = urls;
  }

  // ---------------------------------------------------------------- pools, Edges, Mediation
  for (const c of clusters) {
    if (!c.central) continue;
    const reg = registrar.get(c.key);
    if (reg) {
      const single = c.servers.length === 1;
      const se =
        !reg.director &&
        single &&
        (c.singleMachineOnly || c.machineWithoutFqdn || c.servers[0]?.toLowerCase() === c.fqdn.toLowerCase());
      const role: SfbPoolRole = reg.director ? "director" : se ? "standard-edition" : "front-end";
      const w = web.get(c.key);
      const pool: SfbPoolInfo = {
        fqdn: c.fqdn,
        servers: c.servers,
        role,
        mediationCollocated: c.roles.has("MediationServer"),
        roleWhy: reg.director
          ? "Registrar with IsDirector=true"
          : se
            ? "one server that is its own pool"
            : `Registrar on ${c.servers.length} server${c.servers.length === 1 ? "" : "s"}`,
      };
      if (c.site) pool.site = c.site;
      if (w?.external) pool.externalWeb = w.external;
      if (w?.internal) pool.internalWeb = w.internal;
      out.pools.push(pool);
      if (reg.director) {
        out.notes.push(
          `${c.fqdn} is read as a Director (its Registrar has IsDirector=true). No real topology with a Director could be read to confirm this structure: check its role on the Components step.`,
        );
      }
      continue;
    }
    const edge = edgePorts.get(c.key);
    if (edge) {
      const e: SfbEdgeInfo = { fqdn: c.fqdn, servers: c.servers, xmpp: edge.xmpp, nat: c.nat };
      if (c.site) e.site = c.site;
      if (edge.access) e.accessEdge = edge.access;
      if (edge.webConf) e.webConfEdge = edge.webConf;
      if (edge.av) e.avEdge = edge.av;
      out.edges.push(e);
      continue;
    }
    if (c.roles.has("MediationServer")) {
      out.mediationPools.push({ fqdn: c.fqdn, servers: c.servers });
      out.notes.push(
        `${c.fqdn} is read as a stand-alone Mediation pool. No real topology with a stand-alone Mediation pool could be read to confirm this structure: check it on the Components step.`,
      );
    }
  }
  return out;
}

function hasAncestor(el: Element, localName: string, stop: Element): boolean {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement)
    if (p.localName === localName) return true;
  return false;
}

function readCluster(
  c: Element,
  key: string,
  site: string | undefined,
  central: boolean,
  take: (raw: string | undefined, where: string) => string | undefined,
): ClusterInfo | undefined {
  const fqdn = take(attr(c, "Fqdn"), "a pool FQDN");
  if (!fqdn || key === "" || key === ":") return undefined;
  const servers: string[] = [];
  const nat: { server: string; address: string }[] = [];
  let machineWithoutFqdn = false;
  for (const m of descendants(c, "Machine")) {
    const raw = attr(m, "Fqdn");
    const f = raw === undefined || raw.trim() === "" ? undefined : take(raw, `a server of ${fqdn}`);
    if (raw === undefined || raw.trim() === "") machineWithoutFqdn = true;
    const server = f ?? fqdn;
    if (!servers.some((s) => s.toLowerCase() === server.toLowerCase())) servers.push(server);
    for (const ni of children(m, "NetInterface")) {
      if (attr(ni, "InterfaceSide") !== "External") continue;
      const address = take(attr(ni, "ConfiguredIPAddress"), `the NAT address of ${server}`);
      if (address) nat.push({ server, address });
    }
  }
  if (servers.length === 0) servers.push(fqdn);
  const info: ClusterInfo = {
    key,
    fqdn,
    servers,
    machineWithoutFqdn,
    singleMachineOnly: attr(c, "IsSingleMachineOnly")?.toLowerCase() === "true",
    central,
    nat,
    roles: new Set(),
  };
  if (site) info.site = site;
  return info;
}
