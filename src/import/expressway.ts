// Cisco Expressway REST API answers (configuration API, /api/provisioning/…), pasted or dropped:
//   GET /api/provisioning/common/dns/dns   → the system host name and domain name
//   GET /api/provisioning/common/domain    → the domains, each with the services enabled for it
// The two paths are those of Cisco's "Cisco Expressway REST API Reference Guide" (its table of contents lists
// "/common/dns/dns" and "/common/domain"). The full field descriptions of those pages could not be read here, so the
// field names below (SystemHostName, DomainName; Name, Sip, EdgeSip, EdgeXmpp, XmppFederation) are matched without
// regard to case and the preview shows what was read for the admin to confirm.

import { field, type Json, type JsonObject, listOf, text } from "./json";
import { cleanValue } from "./limits";

export interface ExpresswayDns {
  hostName: string;
  domain?: string;
  fqdn: string;
}

export interface ExpresswayDomain {
  name: string;
  sip: boolean;
  edgeSip: boolean;
  edgeXmpp: boolean;
  xmppFederation: boolean;
}

const on = (v: Json | undefined): boolean =>
  v === true || (typeof v === "string" && /^(on|true|yes|enabled?)$/i.test(v.trim()));

export function looksLikeExpresswayDns(v: Json): boolean {
  const list = listOf(v);
  return (
    list !== null &&
    list.length === 1 &&
    typeof text(field(list[0] as JsonObject, "SystemHostName")) === "string"
  );
}

export function looksLikeExpresswayDomains(v: Json): boolean {
  const list = listOf(v);
  return (
    list !== null &&
    list.length > 0 &&
    list.every(
      (o) =>
        typeof text(field(o, "Name")) === "string" &&
        ["Sip", "EdgeSip", "EdgeXmpp", "XmppFederation"].some((k) => field(o, k) !== undefined),
    )
  );
}

export function readExpresswayDns(v: Json): { dns?: ExpresswayDns; refused: string[] } {
  const refused: string[] = [];
  const o = (listOf(v) ?? [])[0];
  if (!o) return { refused };
  const host = cleanValue(text(field(o, "SystemHostName")) ?? "");
  const domain = cleanValue(text(field(o, "DomainName")) ?? "");
  if ("refused" in host) refused.push(`the system host name ${host.refused}`);
  if ("refused" in domain) refused.push(`the domain name ${domain.refused}`);
  if (!("value" in host) || host.value === "") return { refused };
  const d = "value" in domain && domain.value !== "" ? domain.value : undefined;
  const fqdn = host.value.includes(".") || !d ? host.value : `${host.value}.${d}`;
  return { dns: d ? { hostName: host.value, domain: d, fqdn } : { hostName: host.value, fqdn }, refused };
}

export function readExpresswayDomains(v: Json): { domains: ExpresswayDomain[]; refused: string[] } {
  const refused: string[] = [];
  const domains: ExpresswayDomain[] = [];
  for (const o of listOf(v) ?? []) {
    const n = cleanValue(text(field(o, "Name")) ?? "");
    if ("refused" in n) {
      refused.push(`a domain ${n.refused}`);
      continue;
    }
    if (n.value === "") continue;
    domains.push({
      name: n.value,
      sip: on(field(o, "Sip")),
      edgeSip: on(field(o, "EdgeSip")),
      edgeXmpp: on(field(o, "EdgeXmpp")),
      xmppFederation: on(field(o, "XmppFederation")),
    });
  }
  return { domains, refused };
}
