// OpenSSL request configuration and the `openssl req -new -newkey` command that uses it.
//
// Syntax: openssl-req(1) "CONFIGURATION FILE FORMAT" (prompt, distinguished_name, req_extensions, default_md,
//   utf8, string_mask) and config(5) (sections, "\" escapes, "$var" expansion, "#" comments),
//   https://docs.openssl.org/3.0/man1/openssl-req/  https://docs.openssl.org/3.0/man5/config/
//   x509v3_config(5): subjectAltName = @alt_names, DNS.n / IP.n, extendedKeyUsage, keyUsage = critical, …
//   https://docs.openssl.org/3.0/man5/x509v3_config/
// The unit tests run this config and command with openssl and read the CSR back (openssl.test.ts).
import type { CertificatePlan, KeySpec } from "../domain/types";
import { assertLines, assertNoControlChar, fileBase, hashFor, subjectValue, type TextFile } from "./common";

export interface OpensslArtifact extends TextFile {
  keyFile: string;
  csrFile: string;
  /** openssl req -new -newkey … -config <cnf> -keyout <key> -out <csr> */
  command: string;
  notes: string[];
}

/** Conventional DER order (most significant first): C, ST, L, O, OU, CN — the order the app's own CSRs use.
 *  With prompt = no, openssl encodes the attributes in the order of the section. */
const DN_ORDER = ["C", "ST", "L", "O", "OU", "CN"] as const;

/** A config value: a backslash before the characters config(5) would otherwise interpret (\ # $ " ' ;), and
 *  before the backtick, which OpenSSL's config parser also takes as a quote (found by the round-trip property
 *  test: "a`b`c" reached the CSR as "abc"), so that a value is taken literally. A control character is refused
 *  (thrown), never written: a line break would start a new line of the file — a new section, a hidden SAN, or an
 *  openssl_conf directive that loads a module when the admin runs `openssl req -config`. */
export function opensslValue(value: string): string {
  assertNoControlChar(value, "A value of the OpenSSL configuration");
  return value.replace(/[\\#$"';`]/g, (c) => `\\${c}`);
}

export function opensslNewKeyArgs(key: KeySpec): string {
  return key.algorithm === "RSA"
    ? `-newkey rsa:${key.size}`
    : `-newkey ec -pkeyopt ec_paramgen_curve:${key.curve}`;
}

export function opensslConfig(cert: CertificatePlan): OpensslArtifact {
  const base = fileBase(cert);
  const fileName = `${base}.cnf`;
  const keyFile = `${base}.key`;
  const csrFile = `${base}.csr`;
  // No -nodes: openssl asks for a pass phrase and writes the key encrypted (PKCS#8, AES-256-CBC), so the key
  // file is never left in clear on disk. Decrypt it only where a platform needs it (see the notes).
  const command = `openssl req -new ${opensslNewKeyArgs(cert.key)} -config ${fileName} -keyout ${keyFile} -out ${csrFile}`;

  const dn: string[] = [];
  for (const key of DN_ORDER) {
    const v = subjectValue(cert.subject, key);
    if (v !== undefined) dn.push(`${key} = ${opensslValue(v)}`);
  }

  const v3: string[] = [];
  if (cert.sans.length > 0) v3.push("subjectAltName = @alt_names");
  if (cert.eku.length > 0) v3.push(`extendedKeyUsage = ${cert.eku.join(", ")}`);
  if (cert.keyUsage.length > 0) v3.push(`keyUsage = critical, ${cert.keyUsage.join(", ")}`);

  const alt: string[] = [];
  let dns = 0;
  let ip = 0;
  for (const s of cert.sans) {
    if (s.type === "ip") alt.push(`IP.${++ip} = ${opensslValue(s.value)}`);
    else alt.push(`DNS.${++dns} = ${opensslValue(s.value)}`);
  }

  const lines = [
    `# OpenSSL request configuration for certificate ${cert.id} (CN ${cert.subject.CN}), from the SAN Planner plan.`,
    "# Subject, names, EKUs and key usage are exactly as planned: do not retype them.",
    `#   ${command}`,
    "",
    "[ req ]",
    "prompt = no",
    "distinguished_name = req_distinguished_name",
    "req_extensions = v3_req",
    `default_md = ${hashFor(cert.key)}`,
    "utf8 = yes",
    "string_mask = utf8only",
    "",
    "[ req_distinguished_name ]",
    ...dn,
    "",
    "[ v3_req ]",
    ...v3,
  ];
  if (alt.length > 0) lines.push("", "[ alt_names ]", ...alt);
  assertLines(lines, fileName);
  const text = `${lines.join("\n")}\n`;

  const notes = [
    `${command} asks for a pass phrase and writes ${keyFile} encrypted; ${csrFile} goes to the CA. Check it with: openssl req -noout -text -verify -in ${csrFile}`,
    "Without a pass phrase (key in clear on disk, protect the file yourself): add -noenc (OpenSSL 3; -nodes in 1.1).",
  ];
  if (cert.exportableKey && cert.installOn.length > 1) {
    notes.push(`The same certificate and key go on ${cert.installOn.join(", ")}.`);
  }
  return {
    fileName,
    text,
    mimeType: "text/plain",
    lineEnding: "lf",
    encoding: "utf-8",
    keyFile,
    csrFile,
    command,
    notes,
  };
}
