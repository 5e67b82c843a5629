// A throwaway CA for the Install and renewal journeys, made with openssl in a temp directory: root + issuing CA
// (EC P-256, valid 2 days), issuing a CSR as a CA would — copying its extensions, or deliberately dropping a SAN
// or the clientAuth EKU (what public CAs do). Adapted from src/crypto/tools.test-helpers.ts (the e2e specs do not
// import unit-test helpers).
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function run(args: string[], input?: string | Uint8Array): string {
  return execFileSync("openssl", args, {
    encoding: "utf8",
    input,
    stdio: ["pipe", "pipe", "pipe"],
    timeout: 20_000,
  });
}

/** openssl's stdout and stderr together (pkcs12 -info prints the algorithms on stderr); throws on failure. */
export function runAll(args: string[]): string {
  const r = spawnSync("openssl", args, { encoding: "utf8", timeout: 20_000 });
  if (r.status !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${r.stderr}`);
  return `${r.stdout}\n${r.stderr}`;
}

import { makeCa as makeOpensslCa } from "../src/crypto/tools.test-helpers";

export interface TestCa {
  dir: string;
  root: string;
  rootKey: string;
  intermediate: string;
  intermediateKey: string;
}

/** Root + issuing CA (EC P-256, 2 days): the crypto tests' recipe, in a folder of the spec's. */
export function makeCa(dir: string, name = "SAN Planner E2E"): TestCa {
  const ca = makeOpensslCa(dir, name);
  return {
    dir,
    root: ca.root,
    rootKey: ca.rootKey,
    intermediate: ca.intermediate,
    intermediateKey: ca.intermediateKey,
  };
}

/** The DNS SANs of a CSR or certificate file, as openssl prints them. */
export function sansOf(file: string, kind: "req" | "x509"): string[] {
  const text = run([kind, "-in", file, "-noout", "-text"]);
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.includes("X509v3 Subject Alternative Name:"));
  if (i < 0) return [];
  return (lines[i + 1] ?? "")
    .split(",")
    .map((s) => s.trim().replace(/^DNS:/, ""))
    .filter(Boolean);
}

let serial = 0;

export interface IssueOptions {
  days?: number;
  /** names the CA leaves out of the certificate */
  dropSans?: string[];
  /** the CA issues serverAuth only */
  dropClientAuth?: boolean;
  /** certificate policy OIDs (a public CA's certificate carries a CA/B Forum one, e.g. 2.23.140.1.2.2 for OV) */
  policies?: string[];
}

/** Issues a CSR with the issuing CA. Without options the CSR's extensions are copied (SAN, EKU, key usage). */
export function issue(ca: TestCa, csrFile: string, options: IssueOptions = {}): string {
  serial++;
  const out = join(ca.dir, `leaf-${serial}.pem`);
  const ext = join(ca.dir, `leaf-${serial}.ext`);
  const lines = [
    "basicConstraints=critical,CA:FALSE",
    "subjectKeyIdentifier=hash",
    "authorityKeyIdentifier=keyid",
  ];
  if (options.policies) lines.push(`certificatePolicies=${options.policies.join(",")}`);
  const edited = options.dropSans !== undefined || options.dropClientAuth === true;
  if (edited) {
    const drop = new Set(options.dropSans ?? []);
    const sans = sansOf(csrFile, "req").filter((n) => !drop.has(n));
    lines.push(`subjectAltName=${sans.map((n) => `DNS:${n}`).join(",")}`);
    lines.push(`extendedKeyUsage=${options.dropClientAuth ? "serverAuth" : "serverAuth,clientAuth"}`);
    lines.push("keyUsage=critical,digitalSignature,keyEncipherment");
  }
  writeFileSync(ext, `${lines.join("\n")}\n`);
  run([
    "x509",
    "-req",
    "-in",
    csrFile,
    "-CA",
    ca.intermediate,
    "-CAkey",
    ca.intermediateKey,
    "-CAcreateserial",
    "-out",
    out,
    "-days",
    String(options.days ?? 90),
    "-copy_extensions",
    edited ? "none" : "copy",
    "-extfile",
    ext,
  ]);
  return out;
}

/** The chain as a DER PKCS#7 (.p7b), as some CAs send it. */
export function p7b(ca: TestCa, name = "chain.p7b"): string {
  const out = join(ca.dir, name);
  run([
    "crl2pkcs7",
    "-nocrl",
    "-certfile",
    ca.intermediate,
    "-certfile",
    ca.root,
    "-outform",
    "DER",
    "-out",
    out,
  ]);
  return out;
}

/** A key + CSR made by openssl with these names (CN first) and EKUs. */
export function opensslCsr(
  dir: string,
  stem: string,
  subject: string,
  sans: string[],
  eku = "serverAuth,clientAuth",
): { csr: string; key: string } {
  const key = join(dir, `${stem}.key`);
  const csr = join(dir, `${stem}.csr`);
  run([
    "req",
    "-new",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    key,
    "-out",
    csr,
    "-subj",
    subject,
    "-addext",
    `subjectAltName=${sans.map((n) => `DNS:${n}`).join(",")}`,
    "-addext",
    `extendedKeyUsage=${eku}`,
    "-addext",
    "keyUsage=critical,digitalSignature,keyEncipherment",
  ]);
  return { csr, key };
}

/** A certificate issued by the test CA for an openssl-made key: the "existing certificate" of a renewal. */
export function existingCertificate(
  ca: TestCa,
  stem: string,
  subject: string,
  sans: string[],
  eku = "serverAuth,clientAuth",
  policies?: string[],
): string {
  const { csr } = opensslCsr(ca.dir, stem, subject, sans, eku);
  return issue(ca, csr, policies ? { days: 60, policies } : { days: 60 });
}

/** SHA-1 thumbprint of a certificate, upper-case hex without colons (as Windows shows it). */
export function thumbprint(certFile: string): string {
  const out = run(["x509", "-in", certFile, "-noout", "-fingerprint", "-sha1"]);
  return (out.split("=")[1] ?? "").trim().replace(/:/g, "").toUpperCase();
}

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}
