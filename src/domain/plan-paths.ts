// Where a plan-file error is, in the admin's words: "sipDomains[0]" → "the first SIP domain",
// "components[2].accessEdgeFqdn" → "the third component's access Edge FQDN". The JSON path stays in PlanError.path
// (tests and tools use it); the wizard shows this.

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
/** "the first SIP domain", "SIP domain 12" */
const entry = (i: number, what: string): string =>
  ORDINALS[i] ? `the ${ORDINALS[i]} ${what}` : `${what} ${i + 1}`;

/** Names of list entries and fields, where the field name alone does not read well. */
const ENTRY: Record<string, string> = {
  sipDomains: "SIP domain",
  xmppDomains: "XMPP domain",
  srv: "SRV record",
  components: "component",
  existing: "existing certificate",
  acceptedFindings: "accepted finding",
  nodes: "node",
  servers: "server",
  subscribers: "subscriber",
  peers: "peer",
  sans: "subject alternative name",
  eku: "extended key usage",
  meet: "meet simple URL",
  dialin: "dial-in simple URL",
  mraDomains: "Unified CM registration domain",
  xmppFederationDomains: "XMPP federation domain",
  chatNodeAliases: "chat node alias",
  phoneSecurityProfiles: "phone security profile",
  aliases: "alias",
  externalWebFqdns: "external web FQDN",
  imPresenceNodes: "IM and Presence node",
  installOn: "server to install on",
  sbcs: "SBC FQDN",
  tenantDomains: "tenant domain",
};

const FIELD: Record<string, string> = {
  name: "name",
  issueDate: "issue date",
  subject: "subject",
  O: "Organization (O)",
  OU: "Organizational unit (OU)",
  L: "Locality (L)",
  ST: "State or province (ST)",
  C: "Country (C)",
  defaults: "plan defaults",
  caType: "certificate authority",
  publicCa: "public CA",
  validationLevel: "validation level",
  validationMethod: "domain validation method",
  validityDays: "validity",
  keyLocation: "key location",
  certificateOptions: "certificate choices",
  subjectCN: "subject common name",
  subjectOU: "subject organizational unit",
  sfb: "Skype for Business settings",
  simpleUrls: "simple URLs",
  clients: "clients",
  hosts: "host records",
  billing: "billing",
  origins: "where imported names came from",
  pricePerSan: "price per SAN",
  format: "file format",
  version: "format version",
  type: "type",
  id: "id",
  purpose: "purpose (what it connects to)",
  vendor: "SBC vendor",
  certificate: "certificates",
};

const ACRONYMS: [RegExp, string][] = [
  [/\bfqdns?\b/gi, "FQDN"],
  [/\bsip\b/gi, "SIP"],
  [/\bxmpp\b/gi, "XMPP"],
  [/\bmra\b/gi, "MRA"],
  [/\bip\b/gi, "IP"],
  [/\bcn\b/gi, "CN"],
  [/\bsan\b/gi, "SAN"],
  [/\bedge\b/gi, "Edge"],
  [/\bav\b/gi, "A/V"],
  [/\btls\b/gi, "TLS"],
  [/\bcsr\b/gi, "CSR"],
];

function words(key: string): string {
  if (FIELD[key]) return FIELD[key];
  if (ENTRY[key]) return `${ENTRY[key]}s`;
  let w = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  for (const [re, to] of ACRONYMS) w = w.replace(re, to);
  return w;
}

/** "sipDomains[0]" → "the first SIP domain"; "(file)" → "the file". */
export function describePath(path: string): string {
  if (path === "(file)" || path === "") return "the file";
  const tokens: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) tokens.push(m[1]);
    else if (m[2] !== undefined) tokens.push(Number(m[2]));
    else if (m[3] !== undefined) tokens.push(m[3]);
  }
  const parts: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string | number;
    const next = tokens[i + 1];
    if (typeof t === "string" && typeof next === "number") {
      parts.push(entry(next, ENTRY[t] ?? words(t).replace(/s$/, "")));
      i++;
    } else if (t === "defaults" && typeof next === "string") {
      parts.push(`the default ${words(next)}`);
      i++;
    } else if (t === "certificateOptions" && typeof next === "string") {
      const field = tokens[i + 2];
      parts.push(
        typeof field === "string"
          ? `the ${words(field)} chosen for certificate “${next}”`
          : `the choices for certificate “${next}”`,
      );
      i += typeof field === "string" ? 2 : 1;
    } else if (typeof t === "string" && tokens[i - 1] === "hosts") {
      parts.push(`the host record of ${t}`);
    } else if (typeof t === "number") {
      parts.push(`entry ${t + 1}`);
    } else {
      parts.push(`the ${words(t)}`);
    }
  }
  // "the first component", "the id" → "the first component's id"
  return parts.reduce((acc, p, i) => (i === 0 ? p : `${acc}’s ${p.replace(/^the /, "")}`), "");
}
