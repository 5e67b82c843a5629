// The plan file (PLAN-FORMAT.md, format v1): parse with every error at once and its JSON path,
// normalise names, refuse what a person must fix; serialise deterministically.
// This is the one schema of the plan: the wizard's form resolver calls it too.
import { controlCharMessage, findControlChar } from "./control-chars";
import { jsonSyntaxError, lineAndColumn } from "./json-syntax";
import { canonicalIp, domainProblem, fqdnProblem, ipVersion, type NameRole, normalizeName } from "./names";
import {
  type AcceptedFinding,
  type CertificateOptions,
  CLIENT_CERTIFICATE_MODES,
  COMPONENT_TYPES,
  type Component,
  type ExistingCertificate,
  type KeySpec,
  type ParseResult,
  PLAN_FORMAT,
  PLAN_VERSION,
  type Plan,
  PUBLIC_CAS,
  SBC_CERTIFICATE_MODES,
  SBC_PURPOSES,
  SBC_VENDORS,
  type SrvRecord,
  VALIDATION_METHODS,
} from "./types";

/** Plan files larger than this are refused before parsing (a real plan is a few kB; 1,000 nodes ≈ 100 kB). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export interface PlanError {
  path: string;
  message: string;
}

type Json = unknown;
type Obj = Record<string, Json>;

class Errors {
  readonly list: PlanError[] = [];
  /** fields already refused for a control character: one clear message each, not a second one about syntax */
  readonly refused = new Set<string>();
  /** the path itself or one of its parents (`a.b[2]` → `a.b[2]`, `a.b`, `a`) was refused */
  private underRefused(path: string): boolean {
    if (this.refused.has(path)) return true;
    for (let i = path.length - 1; i > 0; i--) {
      const c = path[i];
      if ((c === "." || c === "[") && this.refused.has(path.slice(0, i))) return true;
    }
    return false;
  }
  add(path: string, message: string): void {
    if (this.refused.size > 0 && this.underRefused(path)) return;
    this.list.push({ path: path === "" ? "(file)" : path, message });
  }
}

const join = (path: string, key: string | number): string =>
  typeof key === "number"
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${JSON.stringify(key)}]`;

function describeValue(v: Json): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function isObj(v: Json): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An object with exactly these fields: reports unknown fields (typos must not vanish) and missing required ones. */
function object(
  e: Errors,
  path: string,
  v: Json,
  required: readonly string[],
  optional: readonly string[],
): Obj | undefined {
  if (!isObj(v)) {
    e.add(path, `must be an object, not ${describeValue(v)}`);
    return undefined;
  }
  for (const key of Object.keys(v)) {
    if (!required.includes(key) && !optional.includes(key)) {
      const known = [...required, ...optional];
      const near = known.find((k) => k.toLowerCase() === key.toLowerCase());
      e.add(
        join(path, key),
        `unknown field "${key}"${near ? ` (did you mean "${near}"?)` : ""}; allowed here: ${known.join(", ")}`,
      );
    }
  }
  for (const key of required) if (v[key] === undefined) e.add(join(path, key), "is required");
  return v;
}

function text(
  e: Errors,
  path: string,
  v: Json,
  opts: { max?: number; nonEmpty?: boolean } = {},
): string | undefined {
  if (typeof v !== "string") {
    e.add(path, `must be text, not ${describeValue(v)}`);
    return undefined;
  }
  const t = v.trim();
  if (opts.nonEmpty && t === "") {
    e.add(path, "must not be empty");
    return undefined;
  }
  if (opts.max !== undefined && t.length > opts.max) {
    e.add(path, `is ${t.length} characters long; at most ${opts.max} are allowed`);
    return undefined;
  }
  return t;
}

function bool(e: Errors, path: string, v: Json): boolean | undefined {
  if (typeof v !== "boolean") {
    e.add(path, `must be true or false, not ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

function int(e: Errors, path: string, v: Json, min: number, max: number): number | undefined {
  if (typeof v !== "number" || !Number.isInteger(v)) {
    e.add(path, `must be a whole number, not ${describeValue(v)}`);
    return undefined;
  }
  if (v < min || v > max) {
    e.add(path, `must be between ${min} and ${max}, not ${v}`);
    return undefined;
  }
  return v;
}

function oneOf<T extends string>(e: Errors, path: string, v: Json, options: readonly T[]): T | undefined {
  if (typeof v !== "string" || !(options as readonly string[]).includes(v)) {
    e.add(path, `must be one of ${options.map((o) => `"${o}"`).join(", ")}, not ${describeValue(v)}`);
    return undefined;
  }
  return v as T;
}

interface NameOpts {
  wildcard?: boolean;
  ip?: boolean;
  /** accept anything non-empty (existing certificates: names as written) */
  asWritten?: boolean;
  /** "domain": a SIP/XMPP/MRA/federation/SRV domain, which must be a registrable domain or below one;
   *  "host" (default): a server name or SAN, which must not be a public suffix */
  role?: NameRole;
}

/** A host name field: normalised (trim, trailing dot, lower case, IDN → A-label) and syntax-checked. */
function hostName(e: Errors, path: string, v: Json, opts: NameOpts = {}): string | undefined {
  if (typeof v !== "string") {
    e.add(path, `must be a host name (text), not ${describeValue(v)}`);
    return undefined;
  }
  if (opts.asWritten) {
    const t = v.trim().toLowerCase();
    if (t === "") e.add(path, "must not be empty");
    return t === "" ? undefined : t;
  }
  const n = normalizeName(v);
  if (ipVersion(n) !== null) {
    if (opts.ip) return canonicalIp(n) ?? n;
    e.add(path, `"${v.trim()}" is an IP address; this field needs a fully qualified domain name`);
    return undefined;
  }
  const problem =
    fqdnProblem(n, { allowWildcard: opts.wildcard === true, allowSingleLabel: true }) ??
    domainProblem(n, opts.role ?? "host");
  if (problem) {
    const shown = v.trim().length > 60 ? `${v.trim().slice(0, 60)}…` : v.trim();
    e.add(path, shown === "" ? "This field is empty" : `"${shown}" ${problem}`);
    return undefined;
  }
  return n;
}

function list<T>(
  e: Errors,
  path: string,
  v: Json,
  item: (p: string, x: Json) => T | undefined,
  opts: { nonEmpty?: boolean; unique?: boolean } = {},
): T[] {
  if (!Array.isArray(v)) {
    e.add(path, `must be a list, not ${describeValue(v)}`);
    return [];
  }
  if (opts.nonEmpty && v.length === 0) e.add(path, "must list at least one entry");
  const out: T[] = [];
  const seen = new Map<string, number>();
  v.forEach((x, i) => {
    const r = item(join(path, i), x);
    if (r === undefined) return;
    if (opts.unique && typeof r === "string") {
      const first = seen.get(r);
      if (first !== undefined) {
        e.add(join(path, i), `"${r}" is listed twice (also at ${join(path, first)})`);
        return;
      }
      seen.set(r, i);
    }
    out.push(r);
  });
  return out;
}

const DOMAIN: NameOpts = { role: "domain" };

const hostList = (e: Errors, path: string, v: Json, opts: NameOpts & { nonEmpty?: boolean } = {}): string[] =>
  list(e, path, v, (p, x) => hostName(e, p, x, opts), { nonEmpty: opts.nonEmpty ?? false, unique: true });

const RSA_SIZES = { min: 512, max: 16384 };

function keySpec(e: Errors, path: string, v: Json): KeySpec | undefined {
  if (!isObj(v)) {
    e.add(
      path,
      `must be a key description such as {"algorithm": "RSA", "size": 2048}, not ${describeValue(v)}`,
    );
    return undefined;
  }
  if (v.algorithm === "RSA") {
    const o = object(e, path, v, ["algorithm", "size"], []);
    if (!o) return undefined;
    const size = int(e, join(path, "size"), o.size, RSA_SIZES.min, RSA_SIZES.max);
    return size === undefined ? undefined : { algorithm: "RSA", size };
  }
  if (v.algorithm === "ECDSA") {
    const o = object(e, path, v, ["algorithm", "curve"], []);
    if (!o) return undefined;
    const curve = oneOf(e, join(path, "curve"), o.curve, ["P-256", "P-384", "P-521"] as const);
    return curve === undefined ? undefined : { algorithm: "ECDSA", curve };
  }
  e.add(join(path, "algorithm"), `must be "RSA" or "ECDSA", not ${describeValue(v.algorithm)}`);
  return undefined;
}

/** Assign optional fields only when present, so that parse ∘ serialize is the identity. */
function opt<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

const ID_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(e: Errors, path: string, v: Json): string | undefined {
  const t = text(e, path, v);
  if (t === undefined) return undefined;
  const m = DATE_RE.exec(t);
  const d = m ? new Date(`${t}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) {
    e.add(path, `"${t}" is not a date; write it as YYYY-MM-DD, e.g. 2026-07-01`);
    return undefined;
  }
  return t;
}

function dateTime(e: Errors, path: string, v: Json): string | undefined {
  const t = text(e, path, v);
  if (t === undefined) return undefined;
  if (Number.isNaN(Date.parse(t))) {
    e.add(path, `"${t}" is not a date`);
    return undefined;
  }
  return t;
}

// ---------------------------------------------------------------- components

const BASE = ["type", "id"] as const;
const BASE_OPT = ["name", "caType", "key", "validityDays"] as const;

function componentBase(
  e: Errors,
  path: string,
  o: Obj,
): Pick<Component, "id" | "name" | "caType" | "key" | "validityDays"> | undefined {
  const id = text(e, join(path, "id"), o.id, { nonEmpty: true });
  if (id !== undefined && !ID_RE.test(id)) {
    e.add(
      join(path, "id"),
      `"${id}" may contain only letters, digits and "-" (at most 63), starting with a letter or digit`,
    );
  }
  const base: Pick<Component, "id" | "name" | "caType" | "key" | "validityDays"> = { id: id ?? "" };
  if (o.name !== undefined) opt(base, "name", text(e, join(path, "name"), o.name, { max: 200 }));
  if (o.caType !== undefined)
    opt(base, "caType", oneOf(e, join(path, "caType"), o.caType, ["public", "internal"] as const));
  if (o.key !== undefined) opt(base, "key", keySpec(e, join(path, "key"), o.key));
  if (o.validityDays !== undefined)
    opt(base, "validityDays", int(e, join(path, "validityDays"), o.validityDays, 1, 3650));
  return id === undefined ? undefined : base;
}

function parseComponent(e: Errors, path: string, v: Json): Component | undefined {
  if (!isObj(v)) {
    e.add(path, `must be a component object, not ${describeValue(v)}`);
    return undefined;
  }
  const type = oneOf(e, join(path, "type"), v.type, COMPONENT_TYPES);
  if (type === undefined) return undefined;
  const p = (k: string) => join(path, k);
  const before = e.list.length;
  let c: Component | undefined;
  switch (type) {
    case "sfb-edge": {
      const o = object(
        e,
        path,
        v,
        [...BASE, "accessEdgeFqdn", "webConfEdgeFqdn", "internalFqdn"],
        [...BASE_OPT, "avEdgeFqdn", "servers", "publicImConnectivity", "xmpp"],
      );
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        accessEdgeFqdn: hostName(e, p("accessEdgeFqdn"), o.accessEdgeFqdn) ?? "",
        webConfEdgeFqdn: hostName(e, p("webConfEdgeFqdn"), o.webConfEdgeFqdn) ?? "",
        internalFqdn: hostName(e, p("internalFqdn"), o.internalFqdn) ?? "",
      };
      if (o.avEdgeFqdn !== undefined) opt(x, "avEdgeFqdn", hostName(e, p("avEdgeFqdn"), o.avEdgeFqdn));
      if (o.servers !== undefined) x.servers = hostList(e, p("servers"), o.servers);
      if (o.publicImConnectivity !== undefined)
        opt(x, "publicImConnectivity", bool(e, p("publicImConnectivity"), o.publicImConnectivity));
      if (o.xmpp !== undefined) opt(x, "xmpp", bool(e, p("xmpp"), o.xmpp));
      c = x;
      break;
    }
    case "sfb-pool": {
      const o = object(
        e,
        path,
        v,
        [...BASE, "role", "poolFqdn", "servers"],
        [...BASE_OPT, "internalWebFqdn", "externalWebFqdn", "autoLogon"],
      );
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        role:
          oneOf(e, p("role"), o.role, ["front-end", "standard-edition", "director"] as const) ?? "front-end",
        poolFqdn: hostName(e, p("poolFqdn"), o.poolFqdn) ?? "",
        servers: hostList(e, p("servers"), o.servers, { nonEmpty: true }),
      };
      if (o.internalWebFqdn !== undefined)
        opt(x, "internalWebFqdn", hostName(e, p("internalWebFqdn"), o.internalWebFqdn));
      if (o.externalWebFqdn !== undefined)
        opt(x, "externalWebFqdn", hostName(e, p("externalWebFqdn"), o.externalWebFqdn));
      if (o.autoLogon !== undefined) opt(x, "autoLogon", bool(e, p("autoLogon"), o.autoLogon));
      c = x;
      break;
    }
    case "sfb-reverse-proxy": {
      const o = object(e, path, v, [...BASE, "externalWebFqdns"], [...BASE_OPT, "officeOnlineFqdn"]);
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        externalWebFqdns: hostList(e, p("externalWebFqdns"), o.externalWebFqdns, { nonEmpty: true }),
      };
      if (o.officeOnlineFqdn !== undefined)
        opt(x, "officeOnlineFqdn", hostName(e, p("officeOnlineFqdn"), o.officeOnlineFqdn));
      c = x;
      break;
    }
    case "sfb-mediation": {
      const o = object(e, path, v, [...BASE, "poolFqdn", "servers"], [...BASE_OPT]);
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      c = {
        type,
        ...(base ?? { id: "" }),
        poolFqdn: hostName(e, p("poolFqdn"), o.poolFqdn) ?? "",
        servers: hostList(e, p("servers"), o.servers, { nonEmpty: true }),
      };
      break;
    }
    case "sfb-sba": {
      const o = object(e, path, v, [...BASE, "fqdn"], [...BASE_OPT]);
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      c = { type, ...(base ?? { id: "" }), fqdn: hostName(e, p("fqdn"), o.fqdn) ?? "" };
      break;
    }
    case "pexip": {
      const o = object(e, path, v, [...BASE, "deployment", "nodes"], [...BASE_OPT, "sipDomain", "poolFqdn"]);
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const deployment = oneOf(e, p("deployment"), o.deployment, ["public-dmz", "on-prem"] as const);
      const seen = new Map<string, number>();
      const nodes = list(
        e,
        p("nodes"),
        o.nodes,
        (np, nv) => {
          const n = object(e, np, nv, ["fqdn"], ["sipTlsFqdn"]);
          if (!n) return undefined;
          const fqdn = hostName(e, join(np, "fqdn"), n.fqdn);
          if (fqdn === undefined) return undefined;
          const idx = Number(/\[(\d+)\]$/.exec(np)?.[1] ?? 0);
          const first = seen.get(fqdn);
          if (first !== undefined) {
            e.add(
              join(np, "fqdn"),
              `node "${fqdn}" is listed twice (also at ${join(p("nodes"), first)}.fqdn)`,
            );
            return undefined;
          }
          seen.set(fqdn, idx);
          const node: { fqdn: string; sipTlsFqdn?: string } = { fqdn };
          if (n.sipTlsFqdn !== undefined) {
            // an explicitly empty SIP TLS FQDN is meaningful ("not configured": PEXIP-FQDN-2), so keep it
            if (typeof n.sipTlsFqdn === "string" && n.sipTlsFqdn.trim() === "") node.sipTlsFqdn = "";
            else opt(node, "sipTlsFqdn", hostName(e, join(np, "sipTlsFqdn"), n.sipTlsFqdn));
          }
          return node;
        },
        { nonEmpty: true },
      );
      const x: Component = { type, ...(base ?? { id: "" }), deployment: deployment ?? "public-dmz", nodes };
      if (o.sipDomain !== undefined) opt(x, "sipDomain", hostName(e, p("sipDomain"), o.sipDomain, DOMAIN));
      if (o.poolFqdn !== undefined) opt(x, "poolFqdn", hostName(e, p("poolFqdn"), o.poolFqdn));
      if (deployment === "on-prem" && o.poolFqdn === undefined) {
        e.add(
          p("poolFqdn"),
          "is required for an on-prem deployment: the Trusted Application Pool FQDN (PEXIP-ONPREM-1)",
        );
      }
      c = x;
      break;
    }
    case "cisco-uc": {
      const o = object(
        e,
        path,
        v,
        [...BASE, "product", "purpose", "distribution", "publisher", "subscribers"],
        [...BASE_OPT, "imPresenceNodes", "telephonyIntegration", "clientCertificate"],
      );
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        product: oneOf(e, p("product"), o.product, ["cucm", "cuc"] as const) ?? "cucm",
        purpose:
          oneOf(e, p("purpose"), o.purpose, ["tomcat", "callmanager", "cup-xmpp", "cup-xmpp-s2s"] as const) ??
          "tomcat",
        distribution:
          oneOf(e, p("distribution"), o.distribution, ["single-server", "multi-server"] as const) ??
          "single-server",
        publisher: hostName(e, p("publisher"), o.publisher) ?? "",
        subscribers: hostList(e, p("subscribers"), o.subscribers),
      };
      if (o.imPresenceNodes !== undefined)
        x.imPresenceNodes = hostList(e, p("imPresenceNodes"), o.imPresenceNodes);
      if (o.telephonyIntegration !== undefined)
        opt(
          x,
          "telephonyIntegration",
          oneOf(e, p("telephonyIntegration"), o.telephonyIntegration, ["sip", "sccp"] as const),
        );
      if (o.clientCertificate !== undefined)
        opt(
          x,
          "clientCertificate",
          oneOf(e, p("clientCertificate"), o.clientCertificate, CLIENT_CERTIFICATE_MODES),
        );
      c = x;
      break;
    }
    case "expressway": {
      const o = object(
        e,
        path,
        v,
        [...BASE, "role", "peers"],
        [
          ...BASE_OPT,
          "clusterFqdn",
          "mraDomains",
          "mraSanFormat",
          "xmppFederationDomains",
          "chatNodeAliases",
          "phoneSecurityProfiles",
          "aliases",
          "clientCertificate",
        ],
      );
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        role: oneOf(e, p("role"), o.role, ["c", "e"] as const) ?? "c",
        peers: hostList(e, p("peers"), o.peers, { nonEmpty: true }),
      };
      if (o.clusterFqdn !== undefined) opt(x, "clusterFqdn", hostName(e, p("clusterFqdn"), o.clusterFqdn));
      if (o.mraDomains !== undefined) x.mraDomains = hostList(e, p("mraDomains"), o.mraDomains, DOMAIN);
      if (o.mraSanFormat !== undefined)
        opt(x, "mraSanFormat", oneOf(e, p("mraSanFormat"), o.mraSanFormat, ["dns", "collab-edge"] as const));
      if (o.xmppFederationDomains !== undefined)
        x.xmppFederationDomains = hostList(e, p("xmppFederationDomains"), o.xmppFederationDomains, DOMAIN);
      if (o.chatNodeAliases !== undefined)
        x.chatNodeAliases = hostList(e, p("chatNodeAliases"), o.chatNodeAliases);
      // Phone security profile names are free text in CUCM; EXPWY-C-PSP-1 lints the ones that are not FQDNs.
      if (o.phoneSecurityProfiles !== undefined) {
        x.phoneSecurityProfiles = list(
          e,
          p("phoneSecurityProfiles"),
          o.phoneSecurityProfiles,
          (pp, pv) => {
            const t = text(e, pp, pv, { nonEmpty: true, max: 253 });
            return t === undefined ? undefined : t.toLowerCase();
          },
          { unique: true },
        );
      }
      if (o.aliases !== undefined) x.aliases = hostList(e, p("aliases"), o.aliases);
      if (o.clientCertificate !== undefined)
        opt(
          x,
          "clientCertificate",
          oneOf(e, p("clientCertificate"), o.clientCertificate, CLIENT_CERTIFICATE_MODES),
        );
      c = x;
      break;
    }
    case "sbc": {
      const o = object(
        e,
        path,
        v,
        [...BASE, "purpose", "vendor", "sbcs"],
        [...BASE_OPT, "tenantDomains", "certificate"],
      );
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        purpose: oneOf(e, p("purpose"), o.purpose, SBC_PURPOSES) ?? "teams-direct-routing",
        vendor: oneOf(e, p("vendor"), o.vendor, SBC_VENDORS) ?? "other",
        sbcs: hostList(e, p("sbcs"), o.sbcs, { nonEmpty: true }),
      };
      if (o.tenantDomains !== undefined)
        x.tenantDomains = hostList(e, p("tenantDomains"), o.tenantDomains, DOMAIN);
      if (o.certificate !== undefined)
        opt(x, "certificate", oneOf(e, p("certificate"), o.certificate, SBC_CERTIFICATE_MODES));
      c = x;
      break;
    }
    case "custom": {
      const o = object(e, path, v, [...BASE, "commonName", "sans"], [...BASE_OPT, "eku", "installOn"]);
      if (!o) return undefined;
      const base = componentBase(e, path, o);
      const x: Component = {
        type,
        ...(base ?? { id: "" }),
        commonName: hostName(e, p("commonName"), o.commonName, { wildcard: true, ip: true }) ?? "",
        sans: hostList(e, p("sans"), o.sans, { wildcard: true, ip: true }),
      };
      if (o.eku !== undefined)
        x.eku = list(
          e,
          p("eku"),
          o.eku,
          (ep, ev) => oneOf(e, ep, ev, ["serverAuth", "clientAuth"] as const),
          { unique: true, nonEmpty: true },
        );
      if (o.installOn !== undefined) x.installOn = hostList(e, p("installOn"), o.installOn);
      c = x;
      break;
    }
  }
  return e.list.length === before ? c : undefined;
}

// ---------------------------------------------------------------- the rest of the plan

const SRV_SERVICE = /^_[a-z0-9][a-z0-9-]*\._(tcp|udp|tls)$/;

function parseSrv(e: Errors, path: string, v: Json): SrvRecord | undefined {
  const o = object(e, path, v, ["service", "domain", "target", "port"], ["priority", "weight"]);
  if (!o) return undefined;
  const service = text(e, join(path, "service"), o.service, { nonEmpty: true })?.toLowerCase();
  if (service !== undefined && !SRV_SERVICE.test(service)) {
    e.add(
      join(path, "service"),
      `"${service}" is not an SRV service label; write it like _sipfederationtls._tcp`,
    );
  }
  const r: SrvRecord = {
    service: service ?? "",
    domain: hostName(e, join(path, "domain"), o.domain, DOMAIN) ?? "",
    target: hostName(e, join(path, "target"), o.target) ?? "",
    port: int(e, join(path, "port"), o.port, 0, 65535) ?? 0,
  };
  if (o.priority !== undefined) opt(r, "priority", int(e, join(path, "priority"), o.priority, 0, 65535));
  if (o.weight !== undefined) opt(r, "weight", int(e, join(path, "weight"), o.weight, 0, 65535));
  return r;
}

function parseExisting(e: Errors, path: string, v: Json): ExistingCertificate | undefined {
  const o = object(
    e,
    path,
    v,
    ["certificate", "subjectCN", "sans"],
    [
      "eku",
      "key",
      "validityDays",
      "exportableKey",
      "caType",
      "subjectOU",
      "notBefore",
      "notAfter",
      "issuer",
      "serialNumber",
      "kind",
    ],
  );
  if (!o) return undefined;
  const asWritten = { asWritten: true };
  const x: ExistingCertificate = {
    certificate: text(e, join(path, "certificate"), o.certificate, { nonEmpty: true }) ?? "",
    subjectCN:
      typeof o.subjectCN === "string"
        ? o.subjectCN.trim().toLowerCase()
        : (text(e, join(path, "subjectCN"), o.subjectCN) ?? ""),
    sans: list(e, join(path, "sans"), o.sans, (sp, sv) => hostName(e, sp, sv, asWritten)),
    eku:
      o.eku === undefined
        ? []
        : list(e, join(path, "eku"), o.eku, (ep, ev) => text(e, ep, ev, { nonEmpty: true })),
  };
  if (o.key !== undefined) opt(x, "key", keySpec(e, join(path, "key"), o.key));
  if (o.validityDays !== undefined)
    opt(x, "validityDays", int(e, join(path, "validityDays"), o.validityDays, 1, 36500));
  if (o.exportableKey !== undefined)
    opt(x, "exportableKey", bool(e, join(path, "exportableKey"), o.exportableKey));
  if (o.caType !== undefined)
    opt(x, "caType", oneOf(e, join(path, "caType"), o.caType, ["public", "internal"] as const));
  if (o.subjectOU !== undefined) {
    const ou = text(e, join(path, "subjectOU"), o.subjectOU, { max: 1024 });
    if (ou) x.subjectOU = ou;
  }
  if (o.notBefore !== undefined) opt(x, "notBefore", dateTime(e, join(path, "notBefore"), o.notBefore));
  if (o.notAfter !== undefined) opt(x, "notAfter", dateTime(e, join(path, "notAfter"), o.notAfter));
  if (o.issuer !== undefined) opt(x, "issuer", text(e, join(path, "issuer"), o.issuer, { max: 1024 }));
  if (o.serialNumber !== undefined)
    opt(x, "serialNumber", text(e, join(path, "serialNumber"), o.serialNumber, { max: 128 }));
  if (o.kind !== undefined)
    opt(x, "kind", oneOf(e, join(path, "kind"), o.kind, ["certificate", "csr"] as const));
  if (o.eku === undefined)
    e.add(join(path, "eku"), "is required (an empty list when the certificate has no extended key usage)");
  return x;
}

const DN_LIMITS = { O: 64, OU: 64, L: 128, ST: 128 } as const;

function parseSubject(e: Errors, path: string, v: Json): Plan["subject"] {
  const o = object(e, path, v, [], ["O", "OU", "L", "ST", "C"]);
  if (!o) return undefined;
  const s: NonNullable<Plan["subject"]> = {};
  for (const k of ["O", "OU", "L", "ST"] as const) {
    if (o[k] === undefined) continue;
    const t = text(e, join(path, k), o[k], { max: DN_LIMITS[k] });
    if (t) s[k] = t;
  }
  if (o.C !== undefined) {
    const c = text(e, join(path, "C"), o.C);
    if (c !== undefined && c !== "") {
      if (!/^[A-Za-z]{2}$/.test(c))
        e.add(join(path, "C"), `"${c}" is not a two-letter ISO 3166 country code (e.g. US, GB, DE)`);
      else s.C = c.toUpperCase();
    }
  }
  return s;
}

const TOP_REQUIRED = ["format", "version", "name", "sipDomains", "components"] as const;
const TOP_OPTIONAL = [
  "issueDate",
  "subject",
  "xmppDomains",
  "srv",
  "hosts",
  "clients",
  "sfb",
  "defaults",
  "existing",
  "acceptedFindings",
  "certificateOptions",
  "billing",
  "schedule",
  "origins",
] as const;

/** Refuse a control character (control-chars.ts) in every text of the plan, at any depth — values, list items and
 *  field names alike — before anything is parsed: no writer may ever receive one. Iterative, so a deeply nested
 *  file cannot overflow the stack. */
function refuseControlChars(e: Errors, json: Obj): void {
  const stack: [string, Json][] = [["", json]];
  while (stack.length > 0) {
    const [path, v] = stack.pop() as [string, Json];
    if (typeof v === "string") {
      const c = findControlChar(v);
      if (c) {
        e.add(path, controlCharMessage(c));
        e.refused.add(path);
      }
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([join(path, i), v[i]]);
    } else if (isObj(v)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string;
        const c = findControlChar(k);
        if (c) {
          const p = join(path, k);
          e.add(p, `has a field name that ${controlCharMessage(c)}`);
          e.refused.add(p);
        } else stack.push([join(path, k), v[k]]);
      }
    }
  }
}

/** Parse a plan that has already been read as JSON. Never throws; reports every problem with its JSON path. */
export function parsePlan(json: unknown): ParseResult {
  const e = new Errors();
  try {
    return parseInto(e, json);
  } catch (err) {
    // defensive: a bug here must not lose the user's work or blank the page
    e.add("", `could not be read: ${err instanceof Error ? err.message : String(err)}`);
    return { ok: false, errors: e.list };
  }
}

function parseInto(e: Errors, json: unknown): ParseResult {
  if (!isObj(json)) {
    e.add("", `is not a SAN Planner plan: expected a JSON object, found ${describeValue(json)}`);
    return { ok: false, errors: e.list };
  }
  if (json.format !== PLAN_FORMAT) {
    e.add(
      "format",
      `is ${json.format === undefined ? "missing" : describeValue(json.format)}; a SAN Planner plan file has "format": "${PLAN_FORMAT}"`,
    );
    return { ok: false, errors: e.list };
  }
  const version = json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    e.add("version", `must be a whole number ≥ 1, not ${describeValue(version)}`);
    return { ok: false, errors: e.list };
  }
  if (version > PLAN_VERSION) {
    e.add(
      "version",
      `this plan was written by a newer SAN Planner (plan format version ${version}); this app reads version ${PLAN_VERSION} and older. Open it with a newer SAN Planner.`,
    );
    return { ok: false, errors: e.list };
  }
  // Version 1 is the first format: there is nothing older to migrate yet. A migration step goes here.
  refuseControlChars(e, json);
  const o = object(e, "", json, TOP_REQUIRED, TOP_OPTIONAL) as Obj;

  const plan: Plan = {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name: o.name === undefined ? "" : (text(e, "name", o.name, { max: 200 }) ?? ""),
    sipDomains: o.sipDomains === undefined ? [] : hostList(e, "sipDomains", o.sipDomains, DOMAIN),
    components: [],
  };
  if (o.issueDate !== undefined) opt(plan, "issueDate", isoDate(e, "issueDate", o.issueDate));
  if (o.subject !== undefined) opt(plan, "subject", parseSubject(e, "subject", o.subject));
  if (o.xmppDomains !== undefined) plan.xmppDomains = hostList(e, "xmppDomains", o.xmppDomains, DOMAIN);
  if (o.srv !== undefined) plan.srv = list(e, "srv", o.srv, (p, v) => parseSrv(e, p, v));
  if (o.hosts !== undefined) {
    const h = object(e, "hosts", o.hosts, [], Object.keys(isObj(o.hosts) ? o.hosts : {}));
    if (h) {
      const hosts: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(h)) {
        const name = hostName(e, join("hosts", k), k);
        const targets = list(e, join("hosts", k), v, (p, x) => hostName(e, p, x, { ip: true }), {
          unique: true,
        });
        if (name !== undefined) hosts[name] = targets;
      }
      plan.hosts = hosts;
    }
  }
  if (o.clients !== undefined) {
    const c = object(e, "clients", o.clients, [], ["lyncPhoneEdition", "strictDnsNaming"]);
    if (c) {
      const clients: NonNullable<Plan["clients"]> = {};
      if (c.lyncPhoneEdition !== undefined)
        opt(clients, "lyncPhoneEdition", bool(e, "clients.lyncPhoneEdition", c.lyncPhoneEdition));
      if (c.strictDnsNaming !== undefined)
        opt(clients, "strictDnsNaming", bool(e, "clients.strictDnsNaming", c.strictDnsNaming));
      plan.clients = clients;
    }
  }
  if (o.sfb !== undefined) {
    const s = object(e, "sfb", o.sfb, [], ["version", "simpleUrls", "mobility", "wildcardSimpleUrls"]);
    if (s) {
      const sfb: NonNullable<Plan["sfb"]> = {};
      if (s.version !== undefined)
        opt(
          sfb,
          "version",
          oneOf(e, "sfb.version", s.version, ["lync-2010", "lync-2013", "sfb-2015", "sfb-2019"] as const),
        );
      if (s.simpleUrls !== undefined) {
        const u = object(e, "sfb.simpleUrls", s.simpleUrls, [], ["meet", "dialin", "admin"]);
        if (u) {
          const urls: NonNullable<NonNullable<Plan["sfb"]>["simpleUrls"]> = {};
          if (u.meet !== undefined) urls.meet = hostList(e, "sfb.simpleUrls.meet", u.meet);
          if (u.dialin !== undefined) urls.dialin = hostList(e, "sfb.simpleUrls.dialin", u.dialin);
          if (u.admin !== undefined) opt(urls, "admin", hostName(e, "sfb.simpleUrls.admin", u.admin));
          sfb.simpleUrls = urls;
        }
      }
      if (s.mobility !== undefined) opt(sfb, "mobility", bool(e, "sfb.mobility", s.mobility));
      if (s.wildcardSimpleUrls !== undefined)
        opt(sfb, "wildcardSimpleUrls", bool(e, "sfb.wildcardSimpleUrls", s.wildcardSimpleUrls));
      plan.sfb = sfb;
    }
  }
  if (o.defaults !== undefined) {
    const d = object(
      e,
      "defaults",
      o.defaults,
      [],
      ["caType", "publicCa", "validationLevel", "validationMethod", "key", "validityDays"],
    );
    if (d) {
      const defaults: NonNullable<Plan["defaults"]> = {};
      if (d.caType !== undefined)
        opt(defaults, "caType", oneOf(e, "defaults.caType", d.caType, ["public", "internal"] as const));
      if (d.publicCa !== undefined)
        opt(defaults, "publicCa", oneOf(e, "defaults.publicCa", d.publicCa, PUBLIC_CAS));
      if (d.validationLevel !== undefined)
        opt(
          defaults,
          "validationLevel",
          oneOf(e, "defaults.validationLevel", d.validationLevel, ["DV", "OV", "EV"] as const),
        );
      if (d.validationMethod !== undefined)
        opt(
          defaults,
          "validationMethod",
          oneOf(e, "defaults.validationMethod", d.validationMethod, VALIDATION_METHODS),
        );
      if (d.key !== undefined) opt(defaults, "key", keySpec(e, "defaults.key", d.key));
      if (d.validityDays !== undefined)
        opt(defaults, "validityDays", int(e, "defaults.validityDays", d.validityDays, 1, 3650));
      plan.defaults = defaults;
    }
  }
  if (o.components !== undefined) {
    const ids = new Map<string, number>();
    plan.components = list(e, "components", o.components, (p, v) => {
      const c = parseComponent(e, p, v);
      const id = isObj(v) && typeof v.id === "string" ? v.id.trim() : undefined;
      if (id !== undefined && id !== "") {
        const i = Number(/\[(\d+)\]$/.exec(p)?.[1] ?? 0);
        const first = ids.get(id);
        if (first !== undefined)
          e.add(
            join(p, "id"),
            `component id "${id}" is already used by components[${first}]; ids must be unique`,
          );
        else ids.set(id, i);
      }
      return c;
    });
  }
  if (o.existing !== undefined)
    plan.existing = list(e, "existing", o.existing, (p, v) => parseExisting(e, p, v));
  if (o.acceptedFindings !== undefined) {
    plan.acceptedFindings = list(e, "acceptedFindings", o.acceptedFindings, (p, v) => {
      const a = object(e, p, v, ["rule", "reason"], ["certificate", "target", "acceptedBy", "acceptedAt"]);
      if (!a) return undefined;
      const x: AcceptedFinding = {
        rule: text(e, join(p, "rule"), a.rule, { nonEmpty: true }) ?? "",
        reason: text(e, join(p, "reason"), a.reason, { nonEmpty: true, max: 2000 }) ?? "",
      };
      if (a.certificate !== undefined)
        opt(x, "certificate", text(e, join(p, "certificate"), a.certificate, { nonEmpty: true }));
      if (a.target !== undefined)
        opt(x, "target", oneOf(e, join(p, "target"), a.target, ["plan", "existing"] as const));
      if (a.acceptedBy !== undefined)
        opt(x, "acceptedBy", text(e, join(p, "acceptedBy"), a.acceptedBy, { max: 200 }));
      if (a.acceptedAt !== undefined) opt(x, "acceptedAt", dateTime(e, join(p, "acceptedAt"), a.acceptedAt));
      return x;
    });
  }
  if (o.certificateOptions !== undefined) {
    const co = object(
      e,
      "certificateOptions",
      o.certificateOptions,
      [],
      Object.keys(isObj(o.certificateOptions) ? o.certificateOptions : {}),
    );
    if (co) {
      const out: Record<string, CertificateOptions> = {};
      for (const [id, v] of Object.entries(co)) {
        const p = join("certificateOptions", id);
        if (id === "__proto__") {
          // JSON.parse keeps "__proto__" as a field; assigning it would replace the object's prototype instead
          e.add(p, `"__proto__" is not a certificate id; remove this entry`);
          continue;
        }
        const x = object(e, p, v, [], ["key", "caType", "publicCa", "keyLocation"]);
        if (!x) continue;
        const opts: CertificateOptions = {};
        if (x.key !== undefined) opt(opts, "key", keySpec(e, join(p, "key"), x.key));
        if (x.caType !== undefined)
          opt(opts, "caType", oneOf(e, join(p, "caType"), x.caType, ["public", "internal"] as const));
        if (x.publicCa !== undefined)
          opt(opts, "publicCa", oneOf(e, join(p, "publicCa"), x.publicCa, PUBLIC_CAS));
        if (x.keyLocation !== undefined)
          opt(
            opts,
            "keyLocation",
            oneOf(e, join(p, "keyLocation"), x.keyLocation, [
              "browser",
              "certreq",
              "sfb-shell",
              "openssl",
              "appliance",
            ] as const),
          );
        out[id] = opts;
      }
      plan.certificateOptions = out;
    }
  }
  if (o.billing !== undefined) {
    const b = object(e, "billing", o.billing, [], ["pricePerSan", "currency"]);
    if (b) {
      const billing: NonNullable<Plan["billing"]> = {};
      if (b.pricePerSan !== undefined) {
        if (typeof b.pricePerSan !== "number" || !Number.isFinite(b.pricePerSan) || b.pricePerSan < 0)
          e.add("billing.pricePerSan", `must be a number ≥ 0, not ${describeValue(b.pricePerSan)}`);
        else billing.pricePerSan = b.pricePerSan;
      }
      if (b.currency !== undefined)
        opt(billing, "currency", text(e, "billing.currency", b.currency, { max: 8 }));
      plan.billing = billing;
    }
  }
  if (o.schedule !== undefined) {
    const sc = object(e, "schedule", o.schedule, [], ["hoursPerIssuance"]);
    if (sc) {
      const schedule: NonNullable<Plan["schedule"]> = {};
      const h = sc.hoursPerIssuance;
      if (h !== undefined) {
        if (typeof h !== "number" || !Number.isFinite(h) || h <= 0 || h > 1000)
          e.add(
            "schedule.hoursPerIssuance",
            `must be a number of hours above 0 and at most 1000, not ${describeValue(h)}`,
          );
        else schedule.hoursPerIssuance = h;
      }
      plan.schedule = schedule;
    }
  }
  if (o.origins !== undefined) {
    const or = object(e, "origins", o.origins, [], Object.keys(isObj(o.origins) ? o.origins : {}));
    if (or) {
      const origins: Record<string, string> = {};
      const keys = Object.keys(or);
      if (keys.length > MAX_ORIGINS)
        e.add("origins", `lists ${keys.length} names; at most ${MAX_ORIGINS} are kept`);
      else
        for (const k of keys) {
          const name = hostName(e, join("origins", k), k, { wildcard: true, ip: true });
          const from = text(e, join("origins", k), or[k], { nonEmpty: true, max: 500 });
          if (name !== undefined && from !== undefined) origins[name] = from;
        }
      plan.origins = origins;
    }
  }
  return e.list.length > 0 ? { ok: false, errors: e.list } : { ok: true, plan };
}

/** Names whose origin a plan records at most (an imported 1,000-node deployment has about 1,200 names). */
const MAX_ORIGINS = 20_000;

function byteLength(s: string): number {
  // exact UTF-8 length without allocating a copy of a large string
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
}

/** Parse the text of a plan file: refuses files over 5 MB before parsing, reports JSON syntax errors with line and column. */
export function parsePlanText(textIn: string): ParseResult {
  const size = byteLength(textIn);
  if (size > MAX_PLAN_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: "(file)",
          message: `this file is ${formatBytes(size)}; a plan file is at most ${formatBytes(MAX_PLAN_BYTES)} (a 1,000-node plan is about 100 kB). Is it the right file?`,
        },
      ],
    };
  }
  const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const syntax = jsonSyntaxError(text);
    const message = syntax
      ? (() => {
          const { line, column } = lineAndColumn(text, syntax.offset);
          return `is not valid JSON at line ${line}, column ${column}: ${syntax.reason}`;
        })()
      : `is not valid JSON: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, errors: [{ path: "(file)", message }] };
  }
  return parsePlan(json);
}

const KEY_ORDER = [
  "format",
  "version",
  "name",
  "issueDate",
  "subject",
  "sipDomains",
  "xmppDomains",
  "srv",
  "hosts",
  "clients",
  "sfb",
  "defaults",
  "components",
  "existing",
  "acceptedFindings",
  "certificateOptions",
  "billing",
  "schedule",
  "origins",
];

/** The plan as a file: stable key order, two-space indentation, trailing newline. Never contains a key. */
export function serializePlan(plan: Plan): string {
  const ordered: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = (plan as unknown as Record<string, unknown>)[k];
    if (v !== undefined) ordered[k] = v;
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
