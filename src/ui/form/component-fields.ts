// The form of each component type (PLAN-FORMAT.md, "Components"): which fields, how a field's text becomes the
// plan's value, and where parsePlan's errors for `components[i].…` go.
import type { PlanError } from "../../domain/plan-file";
import type { Component, ComponentType } from "../../domain/types";
import { joinList, lineMessage, numberOrText, type PathToken, splitLines, splitList } from "./plan-resolver";

export type FieldKind = "fqdn" | "text" | "list" | "nodes" | "select" | "bool" | "tristate" | "int" | "eku";

export interface FieldDesc {
  key: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: readonly { value: string; label: string }[];
  hint?: string;
}

export type ComponentValues = Record<string, string | boolean>;

const CA_OPTIONS = [
  { value: "", label: "Plan default" },
  { value: "public", label: "Public CA" },
  { value: "internal", label: "Internal / enterprise CA" },
] as const;

const COMMON: FieldDesc[] = [
  {
    key: "id",
    label: "Component id",
    kind: "text",
    required: true,
    hint: "Letters, digits and “-”; certificate ids and file names start with it.",
  },
  { key: "name", label: "Display name", kind: "text", hint: "Optional: shown in certificate titles." },
  { key: "caType", label: "Certificate authority", kind: "select", options: CA_OPTIONS },
  { key: "validityDays", label: "Validity (days)", kind: "int", hint: "Empty: the plan default." },
];

const FIELDS: Record<ComponentType, FieldDesc[]> = {
  "sfb-edge": [
    {
      key: "accessEdgeFqdn",
      label: "Access Edge external FQDN",
      kind: "fqdn",
      required: true,
      hint: "The Subject name of the external certificate, e.g. sip.contoso.com.",
    },
    { key: "webConfEdgeFqdn", label: "Web Conferencing Edge external FQDN", kind: "fqdn", required: true },
    {
      key: "avEdgeFqdn",
      label: "A/V Edge external FQDN",
      kind: "fqdn",
      hint: "Not put on the certificate: the A/V Edge service does not use the certificate's names. Kept for the worksheet.",
    },
    {
      key: "internalFqdn",
      label: "Edge internal FQDN",
      kind: "fqdn",
      required: true,
      hint: "The internal interface certificate's Subject (Edge pool FQDN).",
    },
    {
      key: "servers",
      label: "Edge pool members",
      kind: "list",
      hint: "One internal FQDN per line; empty for a single Edge Server.",
    },
    {
      key: "publicImConnectivity",
      label: "Public IM connectivity with AOL (ended June 30, 2014): adds the client EKU",
      kind: "bool",
      hint: "Microsoft ended public IM connectivity with AOL and Yahoo! on June 30, 2014, and public CAs no longer issue the client EKU. Leave this off: only AOL required the client EKU.",
    },
    {
      key: "xmpp",
      label: "XMPP federation through this Edge",
      kind: "tristate",
      options: [
        { value: "", label: "Automatic (when the plan has XMPP domains)" },
        { value: "true", label: "Yes" },
        { value: "false", label: "No" },
      ],
    },
  ],
  "sfb-pool": [
    {
      key: "role",
      label: "Role",
      kind: "select",
      required: true,
      options: [
        { value: "front-end", label: "Front End pool (Enterprise Edition)" },
        { value: "standard-edition", label: "Standard Edition server" },
        { value: "director", label: "Director pool" },
      ],
    },
    { key: "poolFqdn", label: "Pool FQDN", kind: "fqdn", required: true },
    {
      key: "servers",
      label: "Servers",
      kind: "list",
      required: true,
      hint: "One FQDN per line (paste many at once). Each gets its own certificate.",
    },
    {
      key: "internalWebFqdn",
      label: "Internal web services FQDN",
      kind: "fqdn",
      hint: "Empty: the pool FQDN.",
    },
    { key: "externalWebFqdn", label: "External web services FQDN", kind: "fqdn" },
    { key: "autoLogon", label: "Auto-logon server with strict DNS (adds sip.<domain>)", kind: "bool" },
  ],
  "sfb-reverse-proxy": [
    {
      key: "externalWebFqdns",
      label: "External web services FQDNs",
      kind: "list",
      required: true,
      hint: "Of every Front End pool and Director, one per line.",
    },
    { key: "officeOnlineFqdn", label: "Office Online Server FQDN", kind: "fqdn" },
  ],
  "sfb-mediation": [
    { key: "poolFqdn", label: "Mediation pool FQDN", kind: "fqdn", required: true },
    { key: "servers", label: "Servers", kind: "list", required: true, hint: "One FQDN per line." },
  ],
  "sfb-sba": [{ key: "fqdn", label: "Appliance FQDN", kind: "fqdn", required: true }],
  pexip: [
    {
      key: "deployment",
      label: "Deployment",
      kind: "select",
      required: true,
      options: [
        { value: "public-dmz", label: "Public DMZ (federation)" },
        { value: "on-prem", label: "On-prem (Trusted Application Pool)" },
      ],
    },
    {
      key: "nodes",
      label: "Conferencing Nodes",
      kind: "nodes",
      required: true,
      hint: "One node FQDN per line (paste many at once). Optionally followed by its SIP TLS FQDN, or “-” when none is configured.",
    },
    {
      key: "sipDomain",
      label: "Federated SIP domain (public DMZ)",
      kind: "fqdn",
      hint: "Empty: the plan's first SIP domain.",
    },
    {
      key: "poolFqdn",
      label: "Pool FQDN",
      kind: "fqdn",
      hint: "On-prem: the Trusted Application Pool FQDN (required). Public DMZ: replaces the _sipfederationtls._tcp target.",
    },
  ],
  "cisco-uc": [
    {
      key: "product",
      label: "Product",
      kind: "select",
      required: true,
      options: [
        { value: "cucm", label: "CUCM (with IM and Presence)" },
        { value: "cuc", label: "Unity Connection" },
      ],
    },
    {
      key: "purpose",
      label: "Certificate purpose",
      kind: "select",
      required: true,
      options: [
        { value: "tomcat", label: "tomcat" },
        { value: "callmanager", label: "CallManager" },
        { value: "cup-xmpp", label: "cup-xmpp" },
        { value: "cup-xmpp-s2s", label: "cup-xmpp-s2s" },
      ],
    },
    {
      key: "distribution",
      label: "Distribution",
      kind: "select",
      required: true,
      options: [
        { value: "single-server", label: "Single-server (one certificate per node)" },
        { value: "multi-server", label: "Multi-server (SAN)" },
      ],
    },
    { key: "publisher", label: "Publisher FQDN", kind: "fqdn", required: true },
    {
      key: "subscribers",
      label: "Subscribers",
      kind: "list",
      hint: "One FQDN per line (paste many at once).",
    },
    {
      key: "imPresenceNodes",
      label: "IM and Presence nodes",
      kind: "list",
      hint: "CUCM only; one FQDN per line.",
    },
    {
      key: "telephonyIntegration",
      label: "Telephony integration (Unity Connection)",
      kind: "select",
      options: [
        { value: "", label: "Not set" },
        { value: "sip", label: "SIP" },
        { value: "sccp", label: "SCCP" },
      ],
    },
    {
      key: "clientCertificate",
      label: "Client certificate",
      kind: "select",
      options: [
        { value: "", label: "Default (one certificate for server and client)" },
        { value: "combined", label: "One certificate for server and client" },
        {
          value: "separate",
          label: "Separate: server certificate + a client certificate per node from your CA",
        },
      ],
      hint: "Separate only once your release supports it (Cisco field notice FN74345); we could not confirm which release ships it.",
    },
  ],
  expressway: [
    {
      key: "role",
      label: "Role",
      kind: "select",
      required: true,
      options: [
        { value: "c", label: "Expressway-C" },
        { value: "e", label: "Expressway-E" },
      ],
    },
    { key: "clusterFqdn", label: "Cluster FQDN", kind: "fqdn", hint: "Empty for a single peer." },
    { key: "peers", label: "Peers", kind: "list", required: true, hint: "One FQDN per line." },
    {
      key: "mraDomains",
      label: "Unified CM registration (MRA) domains",
      kind: "list",
      hint: "Expressway-E; one per line.",
    },
    {
      key: "mraSanFormat",
      label: "MRA domain format",
      kind: "select",
      options: [
        { value: "", label: "Default (DNS format)" },
        { value: "dns", label: "DNS format (the domain)" },
        { value: "collab-edge", label: "CollabEdgeDNS format (collab-edge.<domain>)" },
      ],
    },
    { key: "xmppFederationDomains", label: "XMPP federation domains", kind: "list" },
    { key: "chatNodeAliases", label: "IM and Presence chat node aliases", kind: "list" },
    {
      key: "phoneSecurityProfiles",
      label: "Phone security profile names",
      kind: "list",
      hint: "Expressway-C; FQDN form.",
    },
    { key: "aliases", label: "Other names of this Expressway", kind: "list", hint: "E.g. B2B SRV targets." },
    {
      key: "clientCertificate",
      label: "Client certificate",
      kind: "select",
      options: [
        { value: "", label: "Default (one certificate for server and client)" },
        { value: "combined", label: "One certificate for server and client" },
        {
          value: "separate",
          label: "Separate: server certificate + a client certificate per peer from your CA",
        },
      ],
      hint: "Separate needs X15.5 or later (server and client certificate stores).",
    },
  ],
  sbc: [
    {
      key: "purpose",
      label: "Connects to",
      kind: "select",
      required: true,
      options: [
        { value: "teams-direct-routing", label: "Microsoft Teams Direct Routing" },
        { value: "webex-local-gateway", label: "Webex Calling Local Gateway (Cisco CUBE)" },
        { value: "sip-trunk", label: "SIP trunk to a carrier" },
      ],
    },
    {
      key: "vendor",
      label: "SBC vendor",
      kind: "select",
      required: true,
      options: [
        { value: "audiocodes", label: "AudioCodes Mediant" },
        { value: "ribbon", label: "Ribbon SBC Edge / SWe" },
        { value: "anynode", label: "anynode" },
        { value: "oracle", label: "Oracle Enterprise SBC" },
        { value: "cisco-cube", label: "Cisco CUBE (IOS-XE)" },
        { value: "other", label: "Other" },
      ],
    },
    {
      key: "sbcs",
      label: "SBC FQDNs",
      kind: "list",
      required: true,
      hint: "One per line: the public names the SBCs are paired with (Teams) or known by, e.g. sbc1.contoso.com.",
    },
    {
      key: "tenantDomains",
      label: "Domains registered in the Microsoft 365 tenant",
      kind: "list",
      hint: "Teams Direct Routing: one per line, as listed under Domains in the Microsoft 365 admin center (never *.onmicrosoft.com).",
    },
    {
      key: "certificate",
      label: "Certificates",
      kind: "select",
      required: true,
      options: [
        { value: "per-sbc", label: "One certificate per SBC" },
        { value: "shared", label: "One certificate with every SBC as a SAN" },
        { value: "wildcard", label: "One wildcard certificate (*.domain)" },
      ],
    },
  ],
  custom: [
    { key: "commonName", label: "Common name (CN)", kind: "fqdn", required: true },
    {
      key: "sans",
      label: "Subject alternative names",
      kind: "list",
      required: true,
      hint: "One name per line; the CN is added first if missing.",
    },
    { key: "eku", label: "Extended key usage", kind: "eku" },
    {
      key: "installOn",
      label: "Install on",
      kind: "list",
      hint: "Hosts that get the certificate, one per line.",
    },
  ],
};

export function fieldsOf(type: ComponentType): FieldDesc[] {
  return [...COMMON, ...FIELDS[type]];
}

/** Form values of a component (every value is text or a checkbox). */
export function componentValues(c: Component): ComponentValues {
  const src = c as unknown as Record<string, unknown>;
  const out: ComponentValues = {};
  for (const f of fieldsOf(c.type)) {
    const v = src[f.key];
    switch (f.kind) {
      case "list":
        out[f.key] = joinList(v as string[] | undefined);
        break;
      case "nodes":
        out[f.key] = ((v as { fqdn: string; sipTlsFqdn?: string }[] | undefined) ?? [])
          .map((n) =>
            n.sipTlsFqdn === undefined ? n.fqdn : `${n.fqdn} ${n.sipTlsFqdn === "" ? "-" : n.sipTlsFqdn}`,
          )
          .join("\n");
        break;
      case "bool":
        out[f.key] = v === true;
        break;
      case "tristate":
        out[f.key] = v === undefined ? "" : String(v);
        break;
      case "eku": {
        const eku = (v as string[] | undefined) ?? ["serverAuth"];
        out.ekuServerAuth = eku.includes("serverAuth");
        out.ekuClientAuth = eku.includes("clientAuth");
        break;
      }
      case "int":
        out[f.key] = v === undefined ? "" : String(v);
        break;
      default:
        out[f.key] = v === undefined ? "" : String(v);
    }
  }
  return out;
}

/** The component JSON the form's values describe (parsePlan checks it). Fields the form does not show (the
 *  component's key override) are kept from the original. */
export function componentFromValues(
  type: ComponentType,
  v: ComponentValues,
  original: Component,
): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  const orig = original as unknown as Record<string, unknown>;
  if (orig.key !== undefined) out.key = orig.key;
  const text = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");
  for (const f of fieldsOf(type)) {
    const t = text(f.key);
    switch (f.kind) {
      case "list": {
        const items = splitList(t).items;
        if (f.required || items.length > 0 || orig[f.key] !== undefined || f.key === "subscribers")
          out[f.key] = items;
        break;
      }
      case "nodes":
        out[f.key] = splitLines(t).items.map((line) => {
          const [fqdn, sip] = line.split(/[\s,;]+/);
          const node: Record<string, string> = { fqdn: fqdn ?? "" };
          if (sip !== undefined) node.sipTlsFqdn = sip === "-" ? "" : sip;
          return node;
        });
        break;
      case "bool":
        if (v[f.key] === true) out[f.key] = true;
        else if (orig[f.key] === false) out[f.key] = false;
        break;
      case "tristate":
        if (t !== "") out[f.key] = t === "true";
        break;
      case "eku": {
        const eku: string[] = [];
        if (v.ekuServerAuth === true) eku.push("serverAuth");
        if (v.ekuClientAuth === true) eku.push("clientAuth");
        out.eku = eku;
        break;
      }
      case "int":
        if (t.trim() !== "") out[f.key] = numberOrText(t);
        break;
      default:
        if (f.required || t.trim() !== "") out[f.key] = t;
    }
  }
  return out;
}

/** Where parsePlan's error `components[i].<rest>` goes in component i's form. */
export function componentErrorField(
  type: ComponentType,
  rest: PathToken[],
  e: PlanError,
  v: ComponentValues,
): { field: string; message: string } {
  const [key, index] = rest;
  if (typeof key !== "string") return { field: "", message: e.message };
  if (key === "type") return { field: "", message: `type ${e.message}` };
  const desc = fieldsOf(type).find((f) => f.key === key);
  if (!desc) return { field: "", message: `${key} ${e.message}` };
  if (desc.kind === "eku") return { field: "ekuServerAuth", message: e.message };
  const t = typeof v[key] === "string" ? (v[key] as string) : "";
  if (typeof index === "number" && desc.kind === "list")
    return { field: key, message: lineMessage(splitList(t), index, e.message) };
  if (typeof index === "number" && desc.kind === "nodes")
    return { field: key, message: lineMessage(splitLines(t), index, e.message) };
  return { field: key, message: e.message };
}
