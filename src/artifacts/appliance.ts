// Field sheets for appliances that generate the key and CSR themselves: what to enter, field by field, on the
// platform's own CSR page so that the request carries exactly the planned names.
//
// Pexip Infinity: Management Node certificate signing requests — fields as documented for the management API
//   resource /api/admin/configuration/v1/certificate_signing_request/ (subject_name "The Common Name field of the
//   requested certificate's subject", dn, additional_subject_alt_names "A comma-separated list of subject
//   alternative names", private_key_type "RSA2048, RSA4096, ECDSAP256 or UPLOAD", ad_compatible); one certificate
//   on every node: https://docs.pexip.com/sfb/certificates.htm (PEXIP-UC-1, PEXIP-EKU-1).
// CUCM / IM and Presence / Unity Connection: Cisco Unified OS Administration > Security > Certificate Management >
//   Generate CSR (Certificate Purpose, Distribution, Common Name, Subject Alternate Names: Auto-populated Domains,
//   Parent Domain, Other Domains; Key Type, Key Length, Hash Algorithm):
//   https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html
//   https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/connection/15/os_administration/guide/b_15cucosagx/b_14cucosagx_chapter_0101.html
// Expressway: Maintenance > Security > Server certificate > Generate CSR (Common name, Alternative name,
//   Additional alternative names, Unified CM registration domains, Alternative name as DNS / CollabEdgeDNS, XMPP
//   federation domains, IM and Presence chat node aliases, Unified CM phone security profile names, Key length,
//   Digest algorithm, Country … Organizational unit):
//   https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html
import type {
  CertificatePlan,
  CiscoUcComponent,
  Component,
  ExpresswayComponent,
  PexipComponent,
  Plan,
} from "../domain/types";
import {
  assertLines,
  assertNoControlChar,
  extraSans,
  fileBase,
  hashFor,
  keyBits,
  sameName,
  splitFqdn,
  subjectValue,
  type TextFile,
} from "./common";
import { sbcSheet } from "./sbc-sheets";

export type AppliancePlatform =
  | "pexip"
  | "cucm"
  | "cuc"
  | "expressway"
  | "audiocodes"
  | "ribbon"
  | "anynode"
  | "oracle"
  | "cisco-cube";

export interface SheetField {
  label: string;
  value: string;
  note?: string;
}

export interface ApplianceSheet {
  platform: AppliancePlatform;
  /** "Cisco Expressway-E CSR page" */
  title: string;
  /** Where the page is: node and menu path */
  where: string;
  fields: SheetField[];
  notes: string[];
  /** configuration to paste (Cisco IOS-XE): each block copyable on its own, and part of the sheet's text */
  commands?: { label: string; command: string }[];
}

function componentOf<T extends Component["type"]>(
  plan: Plan | undefined,
  cert: CertificatePlan,
  type: T,
): Extract<Component, { type: T }> | undefined {
  const c = plan?.components.find((x) => x.id === cert.componentId);
  return c && c.type === type ? (c as Extract<Component, { type: T }>) : undefined;
}

const list = (xs: string[]): string => (xs.length > 0 ? xs.join(", ") : "(none)");

function norm(xs: string[] | undefined): string[] {
  return [
    ...new Set((xs ?? []).map((x) => x.trim().replace(/\.$/, "").toLowerCase()).filter((x) => x !== "")),
  ];
}

function onCert(cert: CertificatePlan, name: string): boolean {
  return cert.sans.some((s) => sameName(s.value, name));
}

// ---------------------------------------------------------------- Pexip

/** An attribute value in an RFC 4514 string: backslash before , + " \\ < > ; and a leading # or space or a
 *  trailing space. */
export function rfc4514Value(value: string): string {
  assertNoControlChar(value, "A Subject value");
  return value
    .replace(/[,+"\\<>;]/g, (c) => `\\${c}`)
    .replace(/^[#\s]/, (c) => `\\${c}`)
    .replace(/\s$/, (c) => `\\${c}`);
}

function pexipKeyType(cert: CertificatePlan): { value: string; note?: string } {
  const k = cert.key;
  if (k.algorithm === "RSA" && k.size === 2048) return { value: "RSA 2048-bit" };
  if (k.algorithm === "RSA" && k.size === 4096) return { value: "RSA 4096-bit" };
  if (k.algorithm === "ECDSA" && k.curve === "P-256") return { value: "ECDSA NIST P-256" };
  return {
    value: "Upload",
    note: `${k.algorithm === "RSA" ? `RSA ${k.size}` : `ECDSA ${k.curve}`} is not among the key types Pexip generates (RSA 2048, RSA 4096, ECDSA P-256): create the key with the OpenSSL config and upload it here.`,
  };
}

function pexipSheet(cert: CertificatePlan, plan: Plan | undefined): ApplianceSheet {
  const comp: PexipComponent | undefined = componentOf(plan, cert, "pexip");
  const extra = extraSans(cert);
  const key = pexipKeyType(cert);
  const dn = ["CN", "OU", "O", "L", "ST", "C"]
    .map((k) => {
      const v = subjectValue(cert.subject, k as "CN");
      return v === undefined ? undefined : `${k}=${rfc4514Value(v)}`;
    })
    .filter((x): x is string => x !== undefined)
    .join(",");
  const fields: SheetField[] = [
    { label: "Subject name", value: cert.subject.CN },
    {
      label: "Distinguished name",
      value: dn,
      note: "The subject's distinguished name (at most 250 characters), if your version shows the field.",
    },
    {
      label: "Additional subject alternative names",
      value: extra.join(", "),
      note: `Comma-separated. With the subject name the request must carry these ${cert.sans.length} names.`,
    },
    { label: "Private key type", value: key.value, ...(key.note ? { note: key.note } : {}) },
    {
      label: "AD compatible",
      value: cert.caType === "internal" ? "Yes (a Microsoft enterprise CA signs it)" : "No",
      note: "Adds the Microsoft certificate template extension, for an AD CS enterprise CA.",
    },
  ];
  const deployment = comp?.deployment ?? (cert.profile === "pexip-public-dmz" ? "public-dmz" : "on-prem");
  return {
    platform: "pexip",
    title: `Pexip Infinity certificate signing request (${deployment === "public-dmz" ? "public DMZ" : "on-prem"})`,
    where:
      "Pexip Infinity Administrator (Management Node) > Certificates > Certificate signing requests > Add",
    fields,
    notes: [
      `After the CA answers, upload the certificate under Certificates > TLS certificates and assign it to every Conferencing Node that carries it: ${list(cert.installOn)}.`,
      `Check the decoded request: ${cert.sans.length} SAN${cert.sans.length === 1 ? "" : "s"}, and both Server and Client Authentication EKUs (PEXIP-EKU-1).`,
    ],
  };
}

// ---------------------------------------------------------------- CUCM / IM and Presence / Unity Connection

const CISCO_PURPOSE: Partial<Record<CertificatePlan["profile"], string>> = {
  "cisco-tomcat": "tomcat",
  "cisco-callmanager": "CallManager",
  "cisco-cup-xmpp": "cup-xmpp",
  "cisco-cup-xmpp-s2s": "cup-xmpp-s2s",
};

function ciscoSheet(cert: CertificatePlan, plan: Plan | undefined): ApplianceSheet {
  const comp: CiscoUcComponent | undefined = componentOf(plan, cert, "cisco-uc");
  const product = comp?.product ?? "cucm";
  const productLabel = product === "cuc" ? "Cisco Unity Connection" : "Cisco Unified Communications Manager";
  const basePurpose = CISCO_PURPOSE[cert.profile] ?? "tomcat";
  const ecdsa = cert.key.algorithm === "ECDSA";
  const purpose = ecdsa ? `${basePurpose}-ECDSA` : basePurpose;
  const multi = comp ? comp.distribution === "multi-server" : cert.installOn.length > 1;
  const generator = cert.installOn[0] ?? cert.subject.CN;
  const nodes = cert.installOn;
  const others = extraSans(cert).filter((n) => !nodes.some((x) => sameName(x, n)));
  const parent = splitFqdn(multi ? cert.subject.CN : generator).domain;

  const fields: SheetField[] = [
    { label: "Certificate Purpose", value: purpose },
    {
      label: "Distribution",
      value: multi ? "Multi-server(SAN)" : splitFqdn(generator).host,
      note: multi ? undefined : `The node ${generator}, as listed under System > Server.`,
    },
    {
      label: "Common Name",
      value: cert.subject.CN,
      note: multi ? 'Filled in by the page: the host name with "-ms" appended (CUCM-MULTISAN-1).' : undefined,
    },
  ];
  if (multi) {
    fields.push({
      label: "Auto-populated Domains",
      value: list(nodes),
      note: "The page lists these nodes by itself; if one is missing, add it to the cluster before you generate the CSR.",
    });
  }
  fields.push(
    { label: "Parent Domain", value: parent === "" ? "(none)" : parent },
    {
      label: "Other Domains",
      value: list(others),
      note: others.length > 0 ? "Add each name; the page puts them in the SAN list." : undefined,
    },
    { label: "Key Type", value: ecdsa ? "EC" : "RSA" },
    { label: "Key Length", value: String(keyBits(cert.key)) },
    { label: "Hash Algorithm", value: hashFor(cert.key).toUpperCase() },
  );
  for (const f of fields) if (f.note === undefined) delete f.note;

  const notes = [
    multi
      ? `Generate the CSR once, on ${generator}; the signed certificate is uploaded there and replicated to ${list(nodes.slice(1))}.`
      : `Generate the CSR on ${generator} itself (one CSR per node).`,
    `The subject's O, OU, L, ST and C come from the node's security settings (set at installation; "set web-security" changes them): expected ${
      ["O", "OU", "L", "ST", "C"]
        .map((k) => {
          const v = subjectValue(cert.subject, k as "O");
          return v === undefined ? undefined : `${k}=${v}`;
        })
        .filter((x) => x !== undefined)
        .join(", ") || "none"
    }.`,
    `Expected in the CSR: ${cert.sans.length} SAN${cert.sans.length === 1 ? "" : "s"}, EKU TLS Web Server and Client Authentication (CUCM-EKU-1).`,
  ];
  return {
    platform: product === "cuc" ? "cuc" : "cucm",
    title: `${productLabel} ${purpose} CSR${multi ? " (multi-server)" : ""}`,
    where: `Cisco Unified OS Administration on ${generator} > Security > Certificate Management > Generate CSR`,
    fields,
    notes,
  };
}

// ---------------------------------------------------------------- Expressway

function expresswaySheet(cert: CertificatePlan, plan: Plan | undefined): ApplianceSheet {
  const comp: ExpresswayComponent | undefined = componentOf(plan, cert, "expressway");
  const role = comp?.role ?? (cert.profile === "expressway-e" ? "e" : "c");
  const roleLabel = role === "e" ? "Expressway-E" : "Expressway-C";
  const peers = norm(comp?.peers).length > 0 ? norm(comp?.peers) : cert.installOn;
  const cluster = comp?.clusterFqdn ? norm([comp.clusterFqdn])[0] : undefined;
  const clustered = peers.length > 1 || cluster !== undefined;
  const collab = comp?.mraSanFormat === "collab-edge";
  const mra = norm(comp?.mraDomains).filter((d) => onCert(cert, collab ? `collab-edge.${d}` : d));
  const xmpp = norm(comp?.xmppFederationDomains).filter((d) => onCert(cert, d));
  const chat = norm(comp?.chatNodeAliases).filter((d) => onCert(cert, d));
  const psp = norm(comp?.phoneSecurityProfiles).filter((d) => onCert(cert, d));

  const covered = new Set<string>([cert.subject.CN.toLowerCase(), ...peers]);
  if (cluster) covered.add(cluster);
  for (const d of mra) covered.add(collab ? `collab-edge.${d}` : d);
  for (const d of [...xmpp, ...chat, ...psp]) covered.add(d);
  const additional = cert.sans.map((s) => s.value).filter((v) => !covered.has(v.toLowerCase()));

  const fields: SheetField[] = [
    {
      label: "Common name",
      value: clustered && cluster ? "FQDN of Expressway cluster" : "FQDN of Expressway",
      note: `The proposed certificate must show CN=${cert.subject.CN}.`,
    },
    {
      label: "Alternative name",
      value: clustered ? "FQDN of Expressway cluster plus FQDNs of all peers in the cluster" : "None",
      note: clustered
        ? `${[cluster, ...peers].filter((x) => x !== undefined).join(", ")} (EXPWY-CLUSTER-1).`
        : `Check that the proposed certificate lists ${cert.subject.CN} as an alternative name; if not, add it below.`,
    },
    {
      label: "Additional alternative names (comma separated)",
      value: additional.join(", "),
    },
  ];
  if (role === "e") {
    fields.push(
      { label: "Unified CM registration domains", value: mra.join(", ") },
      {
        label: "Alternative name as",
        value: collab ? "CollabEdgeDNS" : "DNS",
        note: collab ? "Adds the collab-edge. prefix to each domain (EXPWY-E-MRA-1)." : undefined,
      },
      { label: "XMPP federation domains", value: xmpp.join(", ") },
    );
  }
  fields.push({ label: "IM and Presence chat node aliases (federated group chat)", value: chat.join(", ") });
  if (role === "c") fields.push({ label: "Unified CM phone security profile names", value: psp.join(", ") });
  fields.push(
    {
      label: "Key length (in bits)",
      value: cert.key.algorithm === "RSA" ? String(cert.key.size) : String(keyBits(cert.key)),
      note:
        cert.key.algorithm === "ECDSA"
          ? `Planned ECDSA ${cert.key.curve}: if the page offers RSA lengths only, create the key with the OpenSSL config and upload it with the certificate.`
          : undefined,
    },
    { label: "Digest algorithm", value: hashFor(cert.key).toUpperCase().replace("SHA", "SHA-") },
    { label: "Country", value: subjectValue(cert.subject, "C") ?? "" },
    { label: "State or province", value: subjectValue(cert.subject, "ST") ?? "" },
    { label: "Locality (town name)", value: subjectValue(cert.subject, "L") ?? "" },
    { label: "Organization (company name)", value: subjectValue(cert.subject, "O") ?? "" },
    { label: "Organizational unit", value: subjectValue(cert.subject, "OU") ?? "" },
  );
  for (const f of fields) if (f.note === undefined) delete f.note;

  const notes = [
    `The Expressway adds the client and server authentication EKUs itself (EXPWY-EKU-1). Expected: ${cert.sans.length} SAN${cert.sans.length === 1 ? "" : "s"}.`,
  ];
  if (cert.exportableKey && peers.length > 1) {
    notes.push(
      `One certificate for ${peers.join(", ")}: a CSR generated on the Expressway keeps its key on that peer (it cannot be downloaded). To install the same certificate on every peer, create the key and CSR with the OpenSSL config and upload certificate and key on each peer (the key unencrypted: openssl pkey -in ${fileBase(cert)}.key -out ${fileBase(cert)}-upload.key).`,
    );
  }
  notes.push("Restart the Expressway after uploading the new server certificate.");
  return {
    platform: "expressway",
    title: `Cisco ${roleLabel} CSR`,
    where: `${roleLabel} web interface on ${peers[0] ?? cert.subject.CN} > Maintenance > Security > Server certificate > Generate CSR`,
    fields,
    notes,
  };
}

// ---------------------------------------------------------------- dispatch

export function applianceSheet(cert: CertificatePlan, plan?: Plan): ApplianceSheet | null {
  switch (cert.profile) {
    case "pexip-public-dmz":
    case "pexip-on-prem":
      return pexipSheet(cert, plan);
    case "cisco-tomcat":
    case "cisco-callmanager":
    case "cisco-cup-xmpp":
    case "cisco-cup-xmpp-s2s":
      return ciscoSheet(cert, plan);
    case "expressway-c":
    case "expressway-e":
      return expresswaySheet(cert, plan);
    case "sbc-teams":
    case "sbc-webex-lgw":
    case "sbc-sip-trunk":
      return sbcSheet(cert);
    default:
      return null;
  }
}

/** The sheet as a plain-text file (one "Label: value" per line, notes indented). */
export function applianceSheetText(sheet: ApplianceSheet): string {
  const lines = [sheet.title, `Where: ${sheet.where}`, ""];
  const width = Math.max(...sheet.fields.map((f) => f.label.length));
  for (const f of sheet.fields) {
    lines.push(`${`${f.label}:`.padEnd(width + 2)}${f.value === "" ? "(leave empty)" : f.value}`);
    if (f.note) lines.push(`${" ".repeat(width + 2)}(${f.note})`);
  }
  if (sheet.notes.length > 0) {
    lines.push("");
    for (const n of sheet.notes) lines.push(`- ${n}`);
  }
  for (const c of sheet.commands ?? []) lines.push("", `${c.label}:`, ...c.command.split("\n"));
  // the sheet is read and typed, not run; still, a line break in a value would show a field that is not planned
  assertLines(lines, "the CSR field sheet");
  return `${lines.join("\n")}\n`;
}

export function applianceSheetFile(cert: CertificatePlan, sheet: ApplianceSheet): TextFile {
  const text = applianceSheetText(sheet);
  return {
    fileName: `${fileBase(cert)}-csr-fields.txt`,
    text,
    mimeType: "text/plain",
    lineEnding: "crlf",
    encoding: "utf-8",
  };
}
