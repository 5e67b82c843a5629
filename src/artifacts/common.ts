// Shared pieces of the server-side request artifacts: file names, text encoding for downloads, small helpers.
// Pure TypeScript (no DOM, no WebCrypto): runs in Node and the browser.
import { assertNoControlChar } from "../domain/control-chars";
import type { CertificatePlan, KeySpec, SubjectFields } from "../domain/types";

export { assertNoControlChar };

/** Defence in depth behind parsePlan: every line of a generated file is checked once more, so that no value can
 *  have brought a line break (or another control character) into a file the admin runs on a server. */
export function assertLines(lines: readonly string[], file: string): void {
  for (const line of lines) assertNoControlChar(line, `A line of ${file}`);
}

export type LineEnding = "lf" | "crlf";
/** How a download is written. UTF-16 LE (with a byte-order mark) is what Windows tools call "Unicode". */
export type DownloadEncoding = "utf-8" | "utf-16le";

/** A text file the admin copies or downloads. `text` always uses "\n"; the download converts line endings. */
export interface TextFile {
  fileName: string;
  text: string;
  mimeType: string;
  lineEnding: LineEnding;
  encoding: DownloadEncoding;
}

/** File-name stem of a certificate: its id with anything but letters, digits, "." and "-" turned into "_"
 *  ("edge/external" → "edge_external", "fe/fe01.contoso.com" → "fe_fe01.contoso.com"). */
export function fileBase(cert: Pick<CertificatePlan, "id">): string {
  const base = cert.id
    .replace(/[^A-Za-z0-9.-]+/g, "_")
    .replace(/^[._-]+|[._-]+$/g, "")
    .replace(/\.{2,}/g, ".");
  return base === "" ? "certificate" : base;
}

/** A friendly name that reads the same in every Windows console: the title with its dash made ASCII. */
export function friendlyName(cert: Pick<CertificatePlan, "title">): string {
  return cert.title.replace(/\s*[—–]\s*/g, " - ").trim();
}

export function isAscii(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the whole 7-bit range is the point
  return /^[\u0000-\u007f]*$/.test(text);
}

/** Bytes of a download: line endings converted, UTF-8 without BOM, or UTF-16 LE with BOM. */
export function encodeText(text: string, lineEnding: LineEnding, encoding: DownloadEncoding): Uint8Array {
  const normalized = text.replace(/\r\n/g, "\n");
  const body = lineEnding === "crlf" ? normalized.replace(/\n/g, "\r\n") : normalized;
  if (encoding === "utf-8") return new TextEncoder().encode(body);
  const out = new Uint8Array(2 + body.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >> 8;
  }
  return out;
}

export function encodeFile(file: TextFile): Uint8Array {
  return encodeText(file.text, file.lineEnding, file.encoding);
}

/** A POSIX shell word that the shell reads back as exactly `value`: single-quoted, each ' written as '\''.
 *  Inside single quotes nothing is special to sh or bash ($, `, \, ", !, globbing: POSIX XCU §2.2.2 "Enclosing
 *  characters in single-quotes shall preserve the literal value of each character within the single-quotes"), so
 *  a plan value never becomes shell code. A control character (a line break ends the quoted word in the admin's
 *  terminal when the line is pasted, and hides text) is refused. */
export function shQuote(value: string): string {
  assertNoControlChar(value, "A value of the shell script");
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** The subject fields in the plan's order of importance, skipping empty ones. */
export const SUBJECT_KEYS = ["CN", "OU", "O", "L", "ST", "C"] as const;
export type SubjectKey = (typeof SUBJECT_KEYS)[number];

export function subjectValue(subject: { CN: string } & SubjectFields, key: SubjectKey): string | undefined {
  const v = subject[key]?.trim();
  return v === undefined || v === "" ? undefined : v;
}

/** "RSA 2048", "ECDSA P-256" */
export function keyLabel(key: KeySpec): string {
  return key.algorithm === "RSA" ? `RSA ${key.size}` : `ECDSA ${key.curve}`;
}

/** Bits of the key: the RSA modulus or the curve size. */
export function keyBits(key: KeySpec): number {
  if (key.algorithm === "RSA") return key.size;
  return key.curve === "P-256" ? 256 : key.curve === "P-384" ? 384 : 521;
}

/** The signature hash the app's own CSRs use for this key (src/crypto/keys.ts signatureHash): SHA-256 for RSA
 *  and P-256, SHA-384 for P-384, SHA-512 for P-521 — the hash matched to the key's strength. */
export function hashFor(key: KeySpec): "sha256" | "sha384" | "sha512" {
  if (key.algorithm === "RSA") return "sha256";
  return key.curve === "P-384" ? "sha384" : key.curve === "P-521" ? "sha512" : "sha256";
}

export const EKU_OID = { serverAuth: "1.3.6.1.5.5.7.3.1", clientAuth: "1.3.6.1.5.5.7.3.2" } as const;
export const EKU_LABEL = {
  serverAuth: "Server Authentication",
  clientAuth: "Client Authentication",
} as const;

/** The SAN values other than the CN, in plan order. */
export function extraSans(cert: Pick<CertificatePlan, "sans" | "subject">): string[] {
  const cn = cert.subject.CN.toLowerCase();
  return cert.sans.map((s) => s.value).filter((v) => v.toLowerCase() !== cn);
}

export function sameName(a: string, b: string): boolean {
  return a.trim().replace(/\.$/, "").toLowerCase() === b.trim().replace(/\.$/, "").toLowerCase();
}

/** Host part of an FQDN ("cucm-pub.example.com" → "cucm-pub") and its parent domain ("example.com"). */
export function splitFqdn(fqdn: string): { host: string; domain: string } {
  const i = fqdn.indexOf(".");
  return i < 0 ? { host: fqdn, domain: "" } : { host: fqdn.slice(0, i), domain: fqdn.slice(i + 1) };
}
