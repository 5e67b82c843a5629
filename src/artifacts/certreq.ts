// Windows `certreq -new` policy file (.inf) carrying exactly the planned Subject, SANs, EKUs and key parameters.
//
// Syntax: "certreq" (Windows Commands reference),
//   https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certreq_1
//   [NewRequest] keys Subject, Exportable, HashAlgorithm, KeyAlgorithm, KeyLength, KeySpec, KeyUsage, MachineKeySet,
//   ProviderName, ProviderType, RequestType, FriendlyName, SMIME; [Extensions] "2.5.29.17 = "{text}"" with
//   "_continue_" lines; `certreq -new policyfilein requestfileout`, `certreq -accept [-machine] certfilein`.
// Subject string: CertStrToName / CertNameToStr (X.500 string rules),
//   https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/nf-wincrypt-certstrtonamea
//   https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/nf-wincrypt-certnametostra
//   Values containing , + = " \n < > # ; or leading/trailing blanks are quoted with "…"; an inner " is doubled.
// INF quoting: https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-strings-section
//   a " inside a quoted value is written "", a literal % is written %% (INF %strkey% substitution).
import type { CertificatePlan, KeySpec, Plan } from "../domain/types";
import {
  assertLines,
  assertNoControlChar,
  EKU_LABEL,
  EKU_OID,
  fileBase,
  friendlyName,
  hashFor,
  isAscii,
  keyBits,
  SUBJECT_KEYS,
  type SubjectKey,
  subjectValue,
  type TextFile,
} from "./common";

/** certreq's attribute keys: the state is "S" in Microsoft's examples (CertStrToName also accepts "ST"). */
const CERTREQ_RDN: Record<SubjectKey, string> = { CN: "CN", OU: "OU", O: "O", L: "L", ST: "S", C: "C" };

const KEY_USAGE_FLAG: Record<string, string> = {
  digitalSignature: "CERT_DIGITAL_SIGNATURE_KEY_USAGE",
  nonRepudiation: "CERT_NON_REPUDIATION_KEY_USAGE",
  keyEncipherment: "CERT_KEY_ENCIPHERMENT_KEY_USAGE",
  dataEncipherment: "CERT_DATA_ENCIPHERMENT_KEY_USAGE",
  keyAgreement: "CERT_KEY_AGREEMENT_KEY_USAGE",
};

/** RSA keys: the legacy CryptoAPI SChannel provider (ProviderType 12, the provider Microsoft's own certreq and IIS
 *  examples use for TLS server keys). Every Lync/SfB release and every Windows Server the app targets reads it,
 *  and its keys export to PFX files that Windows Server 2012 R2/2016 import. ECDSA keys need CNG: the Microsoft
 *  Software Key Storage Provider (the default KSP certreq names in its own warning). */
export const RSA_PROVIDER = "Microsoft RSA SChannel Cryptographic Provider";
export const RSA_PROVIDER_TYPE = 12;
export const KSP_PROVIDER = "Microsoft Software Key Storage Provider";

export interface CertreqArtifact extends TextFile {
  /** The request file certreq writes, and the answer file the CA sends back (names the commands use). */
  requestFile: string;
  certificateFile: string;
  commands: {
    /** certreq -new <inf> <req> */
    new: string;
    /** certreq -accept -machine <cer> */
    accept: string;
    /** for an internal (AD CS) CA: certreq -submit with the WebServer template */
    submit?: string;
  };
  notes: string[];
}

/** One RDN value in CertStrToName's X.500 string syntax. */
export function x500Value(value: string): string {
  // CertStrToName would take a quoted line break as part of the value, but the .inf around it would not
  assertNoControlChar(value, "A Subject value");
  const needsQuotes = /[,+="\n<>#;]/.test(value) || /^\s|\s$/.test(value) || value === "";
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The Subject as certreq reads it: CN first, then OU, O, L, S, C — the order of Microsoft's examples
 *  ("CN=…, OU=…, O=…, L=…, S=…, C=US"). CertStrToName keeps the string's order in the encoded name. */
export function certreqSubject(subject: CertificatePlan["subject"]): string {
  const parts: string[] = [];
  for (const key of SUBJECT_KEYS) {
    const v = subjectValue(subject, key);
    if (v !== undefined) parts.push(`${CERTREQ_RDN[key]}=${x500Value(v)}`);
  }
  return parts.join(", ");
}

/** An INF value in double quotes: inner " doubled, % doubled. */
export function infQuote(value: string): string {
  assertNoControlChar(value, "A value of the certreq .inf");
  return `"${value.replace(/"/g, '""').replace(/%/g, "%%")}"`;
}

function keyLines(key: KeySpec): string[] {
  if (key.algorithm === "RSA") {
    return [
      "KeyAlgorithm = RSA",
      `KeyLength = ${key.size}`,
      // AT_KEYEXCHANGE: a CryptoAPI SChannel key must be able to do key exchange for TLS.
      "KeySpec = 1",
    ];
  }
  const bits = keyBits(key);
  return [`KeyAlgorithm = ECDSA_P${bits}`, `KeyLength = ${bits}`];
}

function providerLines(key: KeySpec): string[] {
  return key.algorithm === "RSA"
    ? [`ProviderName = ${infQuote(RSA_PROVIDER)}`, `ProviderType = ${RSA_PROVIDER_TYPE}`]
    : [`ProviderName = ${infQuote(KSP_PROVIDER)}`];
}

/** Key usage flags for the plan's usages, e.g. "CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE". */
export function certreqKeyUsage(keyUsage: readonly string[]): string {
  return keyUsage.map((u) => KEY_USAGE_FLAG[u] ?? u).join(" | ");
}

/** The SAN lines: `2.5.29.17 = "{text}"` then one `_continue_` line per name, each but the last ending in "&"
 *  (the separator of the {text} syntax). One name per line keeps every line short however many SANs there are. */
export function certreqSanLines(sans: CertificatePlan["sans"]): string[] {
  if (sans.length === 0) return [];
  const lines = ['2.5.29.17 = "{text}"'];
  sans.forEach((s, i) => {
    // "&" separates the names of the {text} syntax: a name containing one would become two SANs
    if (/[&"]/.test(s.value)) throw new Error(`The name "${s.value}" cannot be written in a certreq .inf.`);
    const entry = `${s.type === "ip" ? "ipaddress" : "dns"}=${s.value}${i < sans.length - 1 ? "&" : ""}`;
    lines.push(`_continue_ = ${infQuote(entry)}`);
  });
  return lines;
}

export function certreqInf(cert: CertificatePlan, plan?: Plan): CertreqArtifact {
  const base = fileBase(cert);
  const fileName = `${base}.inf`;
  const requestFile = `${base}.req`;
  const certificateFile = `${base}.cer`;
  const commands: CertreqArtifact["commands"] = {
    new: `certreq -new ${fileName} ${requestFile}`,
    accept: `certreq -accept -machine ${certificateFile}`,
  };
  if (cert.caType === "internal") {
    commands.submit = `certreq -submit -attrib "CertificateTemplate:WebServer" ${requestFile} ${certificateFile}`;
  }

  const lines: string[] = [
    `; certreq policy file for certificate ${cert.id} (CN ${cert.subject.CN}), from the SAN Planner plan.`,
    "; Subject, names, EKUs and key parameters are exactly as planned: do not retype them.",
    "; In an elevated Command Prompt on the server that will hold the key:",
    `;   ${commands.new}`,
    `; Send ${requestFile} to the CA, then install its answer on the same server:`,
    `;   ${commands.accept}`,
    "",
    "[Version]",
    'Signature = "$Windows NT$"',
    "",
    "[NewRequest]",
    `Subject = ${infQuote(certreqSubject(cert.subject))}`,
    `FriendlyName = ${infQuote(friendlyName(cert))}`,
    ...keyLines(cert.key),
    `KeyUsage = ${infQuote(certreqKeyUsage(cert.keyUsage))}`,
    `Exportable = ${cert.exportableKey ? "TRUE" : "FALSE"}`,
    "MachineKeySet = TRUE",
    ...providerLines(cert.key),
    "RequestType = PKCS10",
    `HashAlgorithm = ${hashFor(cert.key)}`,
    "SMIME = FALSE",
  ];
  if (cert.eku.length > 0) {
    lines.push("", "[EnhancedKeyUsageExtension]");
    for (const eku of cert.eku) lines.push(`; ${EKU_LABEL[eku]}`, `OID = ${EKU_OID[eku]}`);
  }
  if (cert.sans.length > 0)
    lines.push("", "[Extensions]", "; Subject Alternative Name", ...certreqSanLines(cert.sans));
  assertLines(lines, fileName);
  const text = `${lines.join("\n")}\n`;

  const unicode = !isAscii(text);
  const notes: string[] = [];
  const where = cert.installOn[0];
  notes.push(
    `Run both commands in an elevated Command Prompt on ${where ?? "the server that will use the certificate"}: MachineKeySet = TRUE creates the key in the computer's store, where the services can read it.`,
  );
  if (cert.exportableKey) {
    notes.push(
      cert.installOn.length > 1
        ? `Exportable = TRUE: after certreq -accept, export the certificate with its private key (PFX) and import it on ${cert.installOn.slice(1).join(", ")}.`
        : "Exportable = TRUE, as planned: the private key can be exported with the certificate (PFX) later.",
    );
  } else {
    notes.push("Exportable = FALSE, as planned: the private key never leaves this server.");
  }
  if (unicode) {
    notes.push(
      'The file contains non-ASCII characters: the download is saved as Unicode (UTF-16 LE with byte-order mark), which certreq reads. If you paste the text instead, save it in Notepad with the encoding "UTF-16 LE".',
    );
  }
  if (commands.submit) {
    notes.push(
      `Internal CA: ${commands.submit} submits the request to an enterprise CA (add -config "<CA host>\\<CA name>" to choose one); use your own template name if it is not WebServer.`,
    );
  }
  if (plan?.name) notes.push(`Plan: ${plan.name}.`);

  return {
    fileName,
    text,
    mimeType: "text/plain",
    lineEnding: "crlf",
    encoding: unicode ? "utf-16le" : "utf-8",
    requestFile,
    certificateFile,
    commands,
    notes,
  };
}
