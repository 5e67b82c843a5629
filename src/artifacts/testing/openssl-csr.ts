// Test support (Node only; the app never imports it): run a generated OpenSSL config and command for real and read
// the CSR back with `openssl req -text`, as a CA would. Used by src/artifacts/openssl.test.ts and
// e2e/server-requests.spec.ts.
import { spawnSync } from "node:child_process";

export interface CsrFacts {
  /** Subject attributes in encoded order: [["C","US"], …, ["CN","sip.contoso.com"]] */
  subject: [string, string][];
  /** "DNS:name" / "IP:1.2.3.4" */
  sans: string[];
  eku: string[];
  keyUsage: string[];
  keyUsageCritical: boolean;
  /** "RSA 2048" / "ECDSA P-256" */
  key: string;
  /** "sha256WithRSAEncryption", "ecdsa-with-SHA256" … */
  signatureAlgorithm: string;
  verified: boolean;
  text: string;
}

function openssl(args: string[], cwd?: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync("openssl", args, { cwd, encoding: "utf8" });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Split a generated command line ("openssl req -new …") into argv; our file names never contain blanks. */
export function commandArgs(command: string): string[] {
  const parts = command.trim().split(/\s+/);
  if (parts[0] !== "openssl") throw new Error(`not an openssl command: ${command}`);
  return parts.slice(1);
}

/** Run the generated command in `dir` with a pass phrase given on the command line (the command itself prompts). */
export function runOpensslCommand(command: string, dir: string, passphrase = "test-pass-phrase"): void {
  const r = openssl([...commandArgs(command), "-passout", `pass:${passphrase}`], dir);
  if (r.status !== 0) throw new Error(`openssl failed (${r.status}): ${r.stderr}`);
}

const EKU_NAMES: Record<string, string> = {
  "TLS Web Server Authentication": "serverAuth",
  "TLS Web Client Authentication": "clientAuth",
};
const KU_NAMES: Record<string, string> = {
  "Digital Signature": "digitalSignature",
  "Non Repudiation": "nonRepudiation",
  "Key Encipherment": "keyEncipherment",
  "Data Encipherment": "dataEncipherment",
  "Key Agreement": "keyAgreement",
};

function lineAfter(lines: string[], header: RegExp): { header: string; value: string } | undefined {
  const i = lines.findIndex((l) => header.test(l));
  if (i < 0) return undefined;
  return { header: lines[i] ?? "", value: (lines[i + 1] ?? "").trim() };
}

export function readCsr(path: string): CsrFacts {
  const text = openssl(["req", "-noout", "-text", "-in", path]);
  if (text.status !== 0) throw new Error(`openssl req -text failed: ${text.stderr}`);
  const verify = openssl(["req", "-noout", "-verify", "-in", path]);
  const subj = openssl([
    "req",
    "-noout",
    "-subject",
    "-nameopt",
    "sep_multiline,utf8,sname,space_eq",
    "-in",
    path,
  ]);
  const subject = subj.stdout
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const t = l.trim();
      const i = t.indexOf(" = ");
      return [t.slice(0, i), t.slice(i + 3)] as [string, string];
    });
  const lines = text.stdout.split("\n");
  const san = lineAfter(lines, /X509v3 Subject Alternative Name:/);
  const eku = lineAfter(lines, /X509v3 Extended Key Usage:/);
  const ku = lineAfter(lines, /X509v3 Key Usage:/);
  const split = (v: string | undefined): string[] =>
    v === undefined || v === "" ? [] : v.split(",").map((x) => x.trim());
  const rsa = /Public-Key: \((\d+) bit\)/.exec(text.stdout);
  const curve = /NIST CURVE: (P-\d+)/.exec(text.stdout);
  const key = text.stdout.includes("rsaEncryption") ? `RSA ${rsa?.[1]}` : `ECDSA ${curve?.[1]}`;
  return {
    subject,
    sans: split(san?.value).map((s) => s.replace(/^IP Address:/, "IP:")),
    eku: split(eku?.value).map((e) => EKU_NAMES[e] ?? e),
    keyUsage: split(ku?.value).map((k) => KU_NAMES[k] ?? k),
    keyUsageCritical: ku?.header.includes("critical") ?? false,
    key,
    signatureAlgorithm: /Signature Algorithm: (\S+)/.exec(text.stdout)?.[1] ?? "",
    verified: `${verify.stdout}${verify.stderr}`.includes("verify OK"),
    text: text.stdout,
  };
}

/** The public key of an encrypted key file, to compare with the CSR's ("the key belongs to the request"). */
export function publicKeyOf(keyPath: string, passphrase = "test-pass-phrase"): string {
  const r = openssl(["pkey", "-in", keyPath, "-passin", `pass:${passphrase}`, "-pubout"]);
  if (r.status !== 0) throw new Error(`openssl pkey failed: ${r.stderr}`);
  return r.stdout;
}

export function csrPublicKey(csrPath: string): string {
  const r = openssl(["req", "-noout", "-pubkey", "-in", csrPath]);
  if (r.status !== 0) throw new Error(`openssl req -pubkey failed: ${r.stderr}`);
  return r.stdout;
}

/** True when the key file is encrypted (PKCS#8 "ENCRYPTED PRIVATE KEY"). */
export function isEncryptedKey(pem: string): boolean {
  return pem.includes("-----BEGIN ENCRYPTED PRIVATE KEY-----");
}
