// Test-only helpers: run openssl / certtool on temp files, make a throwaway CA, issue CSRs, run a TLS
// server on loopback. Imported by *.test.ts and the e2e helpers only (never bundled).

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CertificatePlan, KeySpec } from "../domain/types";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool synchronously with a bounded time (default 20 s). Never uses a shell. */
export function run(
  command: string,
  args: string[],
  options: { input?: string | Uint8Array; cwd?: string; timeoutMs?: number } = {},
): RunResult {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    input: options.input ?? "",
    timeout: options.timeoutMs ?? 20_000,
    killSignal: "SIGKILL",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return {
    code: result.status ?? -1,
    stdout: result.stdout.toString("utf8"),
    stderr: result.stderr.toString("utf8"),
  };
}

/** Runs openssl and throws with its stderr when it fails. */
export function openssl(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): string {
  const result = run("openssl", args, options);
  if (result.code !== 0)
    throw new Error(`openssl ${args.join(" ")} failed (${result.code}):\n${result.stderr}`);
  return result.stdout;
}

export function opensslBytes(
  args: string[],
  options: { input?: string | Uint8Array; cwd?: string } = {},
): Uint8Array {
  const result = spawnSync("openssl", args, {
    cwd: options.cwd,
    input: options.input ?? "",
    timeout: 20_000,
    killSignal: "SIGKILL",
  });
  if (result.status !== 0) throw new Error(`openssl ${args.join(" ")} failed:\n${result.stderr?.toString()}`);
  return new Uint8Array(result.stdout);
}

/** A temp directory under os.tmpdir(), removed by cleanup(). */
export class TempDir {
  readonly path: string;

  constructor(prefix = "san-planner-crypto-") {
    this.path = mkdtempSync(join(tmpdir(), prefix));
  }

  file(name: string): string {
    return join(this.path, name);
  }

  write(name: string, data: string | Uint8Array): string {
    const path = this.file(name);
    writeFileSync(path, data);
    return path;
  }

  read(name: string): string {
    return readFileSync(this.file(name), "utf8");
  }

  readBytes(name: string): Uint8Array {
    return new Uint8Array(readFileSync(this.file(name)));
  }

  cleanup(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

export interface TestCa {
  rootPem: string;
  intermediatePem: string;
  /** paths */
  root: string;
  rootKey: string;
  intermediate: string;
  intermediateKey: string;
}

/** A throwaway root + intermediate CA (EC P-256, valid 2 days), made by openssl. */
export function makeCa(dir: TempDir | string, name = "SAN Planner Test"): TestCa {
  // a TempDir here, a plain folder in the e2e specs (e2e/ca-helpers.ts): one CA recipe for both
  const file = (n: string) => (typeof dir === "string" ? join(dir, n) : dir.file(n));
  const root = file("root.pem");
  const rootKey = file("root.key");
  const intermediate = file("intermediate.pem");
  const intermediateKey = file("intermediate.key");
  openssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    rootKey,
    "-out",
    root,
    "-days",
    "2",
    "-subj",
    `/O=${name}/CN=${name} Root CA`,
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  const intermediateCsr = file("intermediate.csr");
  openssl([
    "req",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    intermediateKey,
    "-out",
    intermediateCsr,
    "-subj",
    `/O=${name}/CN=${name} Issuing CA`,
  ]);
  const ext = file("intermediate.ext");
  writeFileSync(
    ext,
    [
      "basicConstraints=critical,CA:TRUE,pathlen:0",
      "keyUsage=critical,keyCertSign,cRLSign",
      "subjectKeyIdentifier=hash",
      "authorityKeyIdentifier=keyid",
      "",
    ].join("\n"),
  );
  openssl([
    "x509",
    "-req",
    "-in",
    intermediateCsr,
    "-CA",
    root,
    "-CAkey",
    rootKey,
    "-CAcreateserial",
    "-out",
    intermediate,
    "-days",
    "2",
    "-extfile",
    ext,
  ]);
  return {
    root,
    rootKey,
    intermediate,
    intermediateKey,
    rootPem: readFileSync(root, "utf8"),
    intermediatePem: readFileSync(intermediate, "utf8"),
  };
}

let serialCounter = 0;

/** Issues a CSR with the intermediate CA, copying the CSR's extensions (SAN, EKU, key usage). */
export function issue(dir: TempDir, ca: TestCa, csrPem: string, days = 1): string {
  serialCounter++;
  const csr = dir.write(`leaf-${serialCounter}.csr`, csrPem);
  const out = dir.file(`leaf-${serialCounter}.pem`);
  const ext = dir.write(
    `leaf-${serialCounter}.ext`,
    [
      "basicConstraints=critical,CA:FALSE",
      "subjectKeyIdentifier=hash",
      "authorityKeyIdentifier=keyid",
      "",
    ].join("\n"),
  );
  openssl([
    "x509",
    "-req",
    "-in",
    csr,
    "-CA",
    ca.intermediate,
    "-CAkey",
    ca.intermediateKey,
    "-CAcreateserial",
    "-out",
    out,
    "-days",
    String(days),
    "-copy_extensions",
    "copy",
    "-extfile",
    ext,
  ]);
  return readFileSync(out, "utf8");
}

export interface TlsServer {
  port: number;
  stop(): Promise<void>;
}

/** Starts `openssl s_server` on 127.0.0.1 (a free port chosen by the kernel). Call stop() in finally. */
export async function startServer(options: {
  cert: string;
  key: string;
  chain?: string;
  passphrase?: string;
  timeoutMs?: number;
}): Promise<TlsServer> {
  const args = ["s_server", "-accept", "127.0.0.1:0", "-cert", options.cert, "-key", options.key, "-www"];
  if (options.chain) args.push("-cert_chain", options.chain);
  if (options.passphrase) args.push("-pass", `pass:${options.passphrase}`);
  const child: ChildProcess = spawn("openssl", args, { stdio: ["ignore", "pipe", "pipe"] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
  // A hard upper bound, whatever happens to the test.
  const guard = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  guard.unref();
  child.once("exit", () => clearTimeout(guard));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = "";
      let errors = "";
      const timer = setTimeout(
        () => reject(new Error(`s_server did not start:\n${output}\n${errors}`)),
        10_000,
      );
      child.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ACCEPT 127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.stderr?.on("data", (chunk: Buffer) => {
        errors += chunk.toString();
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`s_server exited (${code}):\n${output}\n${errors}`));
      });
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Connects with s_client and checks the server's certificate for a host name or an IP address. */
export function tlsVerify(port: number, name: string, caFile: string): { ok: boolean; output: string } {
  const isIp = /^[\d.]+$/.test(name) || name.includes(":");
  const args = [
    "s_client",
    "-connect",
    `127.0.0.1:${port}`,
    "-CAfile",
    caFile,
    "-verify_return_error",
    "-brief",
  ];
  if (isIp) args.push("-verify_ip", name);
  else args.push("-servername", name, "-verify_hostname", name);
  const result = run("openssl", args, { input: "", timeoutMs: 15_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  return { ok: result.code === 0 && /Verification: OK/.test(output), output };
}

/** A small CertificatePlan fixture (the planning engine is not needed to test the crypto layer). */
export function planFixture(key: KeySpec, overrides: Partial<CertificatePlan> = {}): CertificatePlan {
  const sans = overrides.sans ?? [
    { type: "dns" as const, value: "sip.contoso.com", reasons: ["Access Edge FQDN"] },
    { type: "dns" as const, value: "webcon.contoso.com", reasons: ["Web Conferencing Edge FQDN"] },
    { type: "dns" as const, value: "sip.fabrikam.com", reasons: ["SIP domain fabrikam.com (sip.<domain>)"] },
  ];
  return {
    id: "edge/external",
    componentId: "edge",
    componentType: "sfb-edge",
    profile: "sfb-edge-external",
    title: "Edge external — sip.contoso.com",
    subject: {
      CN: sans[0]?.value ?? "sip.contoso.com",
      O: "Contoso Ltd",
      OU: "IT",
      L: "Redmond",
      ST: "Washington",
      C: "US",
    },
    sans,
    eku: ["serverAuth", "clientAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key,
    caType: "internal",
    validityDays: 365,
    exportableKey: true,
    installOn: ["edge01.contoso.local"],
    ...overrides,
  };
}

/** SHA-256 of DER bytes in "AB:CD:…" form, computed by openssl (an independent implementation). */
export function opensslSha256(der: Uint8Array): string {
  const out = openssl(["dgst", "-sha256", "-hex"], { input: der });
  const hex = out.trim().split("= ").pop() ?? "";
  return hex.toUpperCase().match(/../g)?.join(":") ?? "";
}

/** The public key (SPKI DER) of a key, CSR or certificate file, extracted by openssl. */
export function opensslSpki(kind: "key" | "csr" | "cert", path: string, passphrase?: string): Uint8Array {
  if (kind === "key") {
    const args = ["pkey", "-in", path, "-pubout", "-outform", "DER"];
    if (passphrase) args.push("-passin", `pass:${passphrase}`);
    return opensslBytes(args);
  }
  const pem =
    kind === "csr"
      ? openssl(["req", "-in", path, "-pubkey", "-noout"])
      : openssl(["x509", "-in", path, "-pubkey", "-noout"]);
  return opensslBytes(["pkey", "-pubin", "-outform", "DER"], { input: pem });
}

/** Loads `lines` as the records of zone `zone` (after a minimal SOA, NS and glue) with BIND's own checker,
 *  `named-checkzone -k fail`: the verdict, its output and the zone file written into `dir`. */
export function namedCheckzone(
  dir: string,
  zone: string,
  lines: readonly string[],
): { ok: boolean; output: string; file: string } {
  const file = join(dir, `${zone}.zone`);
  writeFileSync(
    file,
    [
      `$ORIGIN ${zone}.`,
      "$TTL 3600",
      `@ IN SOA ns1.${zone}. hostmaster.${zone}. 1 7200 3600 1209600 3600`,
      `@ IN NS ns1.${zone}.`,
      "ns1 IN A 192.0.2.53",
      ...lines,
      "",
    ].join("\n"),
  );
  const r = spawnSync("named-checkzone", ["-k", "fail", "-i", "local", zone, file], { encoding: "utf8" });
  return { ok: r.status === 0, output: r.stdout + r.stderr, file };
}
