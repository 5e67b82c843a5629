// Pexip Infinity management API answers (configuration API, v1), pasted or dropped:
//   GET /api/admin/configuration/v1/worker_vm/        → { "meta": {...}, "objects": [ { "hostname", "domain",
//        "alternative_fqdn", "node_type", "system_location": "/api/admin/configuration/v1/system_location/<id>/" } ] }
//   GET /api/admin/configuration/v1/system_location/  → { "objects": [ { "id", "name", "resource_uri" } ] }
//   GET /api/admin/configuration/v1/global/           → the platform's global settings
// Field names from the public Pexip Terraform provider and Go SDK (github.com/pexip), which mirror the API.

import { field, type Json, type JsonObject, listOf, text } from "./json";
import { cleanValue, takeValue } from "./limits";

export interface PexipNodeInfo {
  name: string;
  fqdn: string;
  /** the node's SIP TLS FQDN (alternative_fqdn); absent when empty */
  sipTlsFqdn?: string;
  nodeType?: string;
  /** the location's API address, resolved to its name when the location list is imported too */
  location?: string;
  /** how the FQDN was made, for the preview */
  fqdnWhy: string;
}

const uri = (o: JsonObject) => text(field(o, "resource_uri")) ?? "";

export function looksLikeWorkers(v: Json): boolean {
  const list = listOf(v);
  return (
    list !== null &&
    list.length > 0 &&
    list.every(
      (o) =>
        typeof text(field(o, "hostname")) === "string" && (uri(o).includes("/worker_vm/") || "domain" in o),
    )
  );
}

export function looksLikeLocations(v: Json): boolean {
  const list = listOf(v);
  return list !== null && list.length > 0 && list.every((o) => uri(o).includes("/system_location/"));
}

export function looksLikeGlobal(v: Json): boolean {
  const list = listOf(v);
  return (
    list !== null && list.length === 1 && uri(list[0] as JsonObject).includes("/configuration/v1/global/")
  );
}

export function readWorkers(v: Json): { nodes: PexipNodeInfo[]; refused: string[] } {
  const refused: string[] = [];
  const nodes: PexipNodeInfo[] = [];
  for (const o of listOf(v) ?? []) {
    const hostname = takeValue(text(field(o, "hostname")), "a node host name", refused);
    if (!hostname) continue;
    const domain = takeValue(text(field(o, "domain")), `the domain of ${hostname}`, refused);
    // a host name that already holds a dot is taken as the FQDN; the domain is not appended twice
    const already = hostname.includes(".");
    const fqdn = already || !domain ? hostname : `${hostname}.${domain}`;
    const node: PexipNodeInfo = {
      name: takeValue(text(field(o, "name")), "a node name", refused) ?? hostname,
      fqdn,
      fqdnWhy: already
        ? "host name (already a full name)"
        : domain
          ? "host name + domain"
          : "host name (no domain is set on the node)",
    };
    const alt = takeValue(text(field(o, "alternative_fqdn")), `the SIP TLS FQDN of ${fqdn}`, refused);
    if (alt) node.sipTlsFqdn = alt;
    const type = text(field(o, "node_type"));
    if (type) node.nodeType = type;
    const loc = text(field(o, "system_location"));
    if (loc) node.location = loc;
    nodes.push(node);
  }
  return { nodes, refused };
}

/** Location API address → name. */
export function readLocations(v: Json): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of listOf(v) ?? []) {
    const name = text(field(o, "name"));
    const p = name === undefined ? undefined : cleanValue(name);
    if (p && "value" in p) out.set(uri(o), p.value);
  }
  return out;
}
