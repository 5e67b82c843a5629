// Every server-side request file, read back by a reader that is not its writer, asks for exactly the planned
// certificate: Subject, SANs, EKUs, key and exportability. For every preset, for every key the app plans, and for
// hostile plans (fast-check: any text in every Subject field and in component names) — where the property is:
// the plan is refused by parsePlan, or every file carries exactly what the plan says.
// - .cnf: run by the real openssl (`openssl req -new -config …`) and the CSR read back with `openssl req -text`;
// - .inf: read with testing/inf-reader.ts (INF and CertStrToName syntax as Microsoft documents them);
// - Management Shell line: split with testing/powershell-reader.ts (about_Quoting_Rules);
// - appliance field sheets: read back line by line (and Pexip's RFC 4514 distinguished name).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { parsePlan } from "../domain/plan-file";
import { PRESETS, type PresetId, presetPlan } from "../domain/presets";
import type { CertificatePlan, KeySpec, Plan } from "../domain/types";
import { applianceSheet, applianceSheetText, rfc4514Value } from "./appliance";
import { certreqInf, infQuote, x500Value } from "./certreq";
import { EKU_OID, extraSans, friendlyName, keyLabel, SUBJECT_KEYS } from "./common";
import { opensslConfig, opensslNewKeyArgs, opensslValue } from "./openssl";
import { serverArtifacts } from "./server-artifacts";
import { psQuote, sfbShellCommands } from "./sfb-shell";
import { readCertreqInf } from "./testing/inf-reader";
import { readCsr, runOpensslCommand } from "./testing/openssl-csr";
import { powerShellParameters, readPowerShellCommand } from "./testing/powershell-reader";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "san-planner-round-trip-"));
  dirs.push(d);
  return d;
}

/** One key file per key type, made once: generating a fresh RSA key per request would make this file slow on a
 *  shared 2-core machine (the generated -newkey command itself is run by openssl.test.ts and below for ECDSA). */
const readyKeys = new Map<string, string>();
function readyKey(spec: KeySpec): string {
  const label = keyLabel(spec);
  const hit = readyKeys.get(label);
  if (hit) return hit;
  const path = join(tempDir(), "ready.key");
  const args =
    spec.algorithm === "RSA"
      ? ["-algorithm", "RSA", "-pkeyopt", `rsa_keygen_bits:${spec.size}`]
      : ["-algorithm", "EC", "-pkeyopt", `ec_paramgen_curve:${spec.curve}`];
  const r = spawnSync("openssl", ["genpkey", ...args, "-out", path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  readyKeys.set(label, path);
  return path;
}

/** The plan's Subject in the order given, skipping absent fields (values trimmed, as every writer takes them). */
function planSubject(cert: CertificatePlan, order: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const k of order) {
    const v = (cert.subject as unknown as Record<string, string | undefined>)[k]?.trim();
    if (v) out.push([k, v]);
  }
  return out;
}

const sanStrings = (cert: CertificatePlan): string[] =>
  cert.sans.map((s) => `${s.type === "ip" ? "IP" : "DNS"}:${s.value}`);

const NEW_REQUEST_KEYS = [
  "Subject",
  "FriendlyName",
  "KeyAlgorithm",
  "KeyLength",
  "KeySpec",
  "KeyUsage",
  "Exportable",
  "MachineKeySet",
  "ProviderName",
  "ProviderType",
  "RequestType",
  "HashAlgorithm",
  "SMIME",
];

function expectInfIsPlan(cert: CertificatePlan, plan: Plan): void {
  const inf = readCertreqInf(certreqInf(cert, plan).text);
  expect(inf.subject).toEqual(planSubject(cert, SUBJECT_KEYS));
  expect(inf.sans).toEqual(sanStrings(cert));
  expect(inf.ekuOids).toEqual(cert.eku.map((e) => EKU_OID[e]));
  expect(inf.key).toBe(keyLabel(cert.key));
  expect(inf.exportable).toBe(cert.exportableKey);
  // nothing else slipped into the request: each key once, only the keys the writer means to write
  const keys = (inf.sections.get("NewRequest") ?? []).map(([k]) => k);
  expect(new Set(keys).size).toBe(keys.length);
  for (const k of keys) expect(NEW_REQUEST_KEYS).toContain(k);
  expect(inf.sections.get("NewRequest")?.find(([k]) => k === "FriendlyName")?.[1]).toBe(friendlyName(cert));
}

function expectShellIsPlan(cert: CertificatePlan, plan: Plan): void {
  for (const { command } of sfbShellCommands(cert, plan)) {
    const args = readPowerShellCommand(command);
    expect(args[0]?.text).toBe("Request-CsCertificate");
    const p = powerShellParameters(args);
    const fields = [
      ["-Organization", "O"],
      ["-OU", "OU"],
      ["-City", "L"],
      ["-State", "ST"],
      ["-Country", "C"],
    ] as const;
    for (const [param, k] of fields) expect(p.get(param)).toBe(cert.subject[k]?.trim() || undefined);
    const extra = extraSans(cert);
    expect(p.get("-DomainName")?.split(",") ?? []).toEqual(extra);
    expect(p.get("-FriendlyName")).toBe(friendlyName(cert));
    expect(p.get("-PrivateKeyExportable")).toBe(cert.exportableKey ? "$true" : "$false");
    if (cert.key.algorithm === "RSA") expect(p.get("-KeySize")).toBe(String(cert.key.size));
    else expect(p.get("-KeyAlg")).toBe(`ECDH_${cert.key.curve.replace("-", "")}`);
    expect(p.has("-ClientEKU")).toBe(cert.eku.includes("clientAuth"));
  }
}

/** RFC 4514 string → attributes, undoing the backslash escapes. */
function readRfc4514(dn: string): [string, string][] {
  const out: [string, string][] = [];
  let cur = "";
  const parts: string[] = [];
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i] as string;
    if (c === "\\") {
      cur += c + (dn[i + 1] ?? "");
      i++;
    } else if (c === ",") {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  for (const part of parts) {
    const eq = part.indexOf("=");
    out.push([part.slice(0, eq), part.slice(eq + 1).replace(/\\(.)/gu, "$1")]);
  }
  return out;
}

function expectSheetIsPlan(cert: CertificatePlan, plan: Plan): void {
  const sheet = applianceSheet(cert, plan);
  if (!sheet) return;
  const lines = applianceSheetText(sheet).split("\n");
  // one line per field (plus its note), nothing else between the header and the notes
  const width = Math.max(...sheet.fields.map((f) => f.label.length));
  let i = 3;
  for (const f of sheet.fields) {
    const line = lines[i++] ?? "";
    expect(line.slice(0, width + 2).trimEnd()).toBe(`${f.label}:`);
    expect(line.slice(width + 2)).toBe(f.value === "" ? "(leave empty)" : f.value);
    if (f.note) expect(lines[i++]).toBe(`${" ".repeat(width + 2)}(${f.note})`);
  }
  // the notes, then each configuration block (a blank line, its label, its lines)
  const commandLines = (sheet.commands ?? []).reduce((n, c) => n + 2 + c.command.split("\n").length, 0);
  expect(lines.length).toBe(i + (sheet.notes.length > 0 ? 1 + sheet.notes.length : 0) + commandLines + 1);
  const value = (label: string) => sheet.fields.find((f) => f.label === label)?.value;
  if (sheet.platform === "pexip") {
    expect(readRfc4514(value("Distinguished name") ?? "")).toEqual(
      planSubject(cert, ["CN", "OU", "O", "L", "ST", "C"]),
    );
  }
  if (sheet.platform === "expressway") {
    expect(value("Organization (company name)")).toBe(cert.subject.O?.trim() ?? "");
    expect(value("Organizational unit")).toBe(cert.subject.OU?.trim() ?? "");
    expect(value("Locality (town name)")).toBe(cert.subject.L?.trim() ?? "");
    expect(value("State or province")).toBe(cert.subject.ST?.trim() ?? "");
  }
}

/** Run every config with `openssl req -new -config` in one directory and compare each CSR with its plan. With
 *  `fresh`, the generated command as the admin runs it (-newkey); otherwise a ready key of the planned type. */
function expectOpensslIsPlan(certs: CertificatePlan[], fresh = false): void {
  const dir = tempDir();
  certs.forEach((cert, n) => {
    const a = opensslConfig(cert);
    const cnf = `${n}-${a.fileName}`;
    writeFileSync(join(dir, cnf), a.text, "utf8");
    expect(a.command).toContain(opensslNewKeyArgs(cert.key));
    if (!fresh) {
      const r = spawnSync(
        "openssl",
        ["req", "-new", "-config", cnf, "-key", readyKey(cert.key), "-out", `${n}.csr`],
        { cwd: dir, encoding: "utf8" },
      );
      expect(r.status, r.stderr).toBe(0);
    } else {
      runOpensslCommand(
        a.command.replace(`-config ${a.fileName}`, `-config ${cnf}`).replace(a.csrFile, `${n}.csr`),
        dir,
      );
    }
    const csr = readCsr(join(dir, `${n}.csr`));
    expect(csr.verified).toBe(true);
    expect(csr.subject).toEqual(planSubject(cert, ["C", "ST", "L", "O", "OU", "CN"]));
    expect(csr.sans).toEqual(sanStrings(cert));
    expect(csr.eku).toEqual(cert.eku);
    expect(csr.keyUsage).toEqual(cert.keyUsage);
    expect(csr.key).toBe(keyLabel(cert.key));
  });
}

function certsOf(plan: Plan): CertificatePlan[] {
  return planCertificates(plan).certificates;
}

describe("every preset: the server-side files carry exactly the planned certificate", () => {
  for (const preset of PRESETS) {
    it(preset.label, () => {
      const plan = presetPlan(preset.id);
      const certs = certsOf(plan);
      expect(certs.length).toBeGreaterThan(0);
      for (const cert of certs) {
        // every file the panel offers for it is written without throwing (a CUCM node offers only its own CSR
        // page: it cannot import a key made elsewhere, domain/key-birth.ts)
        expect(serverArtifacts(cert, plan).length).toBeGreaterThan(0);
        expectInfIsPlan(cert, plan);
        expectShellIsPlan(cert, plan);
        expectSheetIsPlan(cert, plan);
      }
      expectOpensslIsPlan(certs);
    });
  }

  it("every key the app plans (RSA 2048–4096, ECDSA P-256/P-384/P-521) reaches the .inf, the shell line and the config", () => {
    const keys: KeySpec[] = [
      { algorithm: "RSA", size: 3072 },
      { algorithm: "RSA", size: 4096 },
      { algorithm: "ECDSA", curve: "P-256" },
      { algorithm: "ECDSA", curve: "P-384" },
      { algorithm: "ECDSA", curve: "P-521" },
    ];
    const ran: CertificatePlan[] = [];
    for (const key of keys) {
      const plan = { ...presetPlan("sfb-full-site"), defaults: { key } };
      for (const cert of certsOf(plan)) {
        expect(cert.key).toEqual(key);
        expectInfIsPlan(cert, plan);
        expectShellIsPlan(cert, plan);
      }
      // the generated -newkey command, run as is, for the keys openssl makes fast; an RSA 3072/4096 key takes
      // seconds here, and its config is the same as for RSA 2048 (run above): its command line is checked
      const first = certsOf(plan)[0] as CertificatePlan;
      if (key.algorithm === "ECDSA") ran.push(first);
      else expect(opensslConfig(first).command).toContain(`-newkey rsa:${key.size} `);
    }
    expectOpensslIsPlan(ran, true);
  });
});

// ---------------------------------------------------------------- hostile plans

/** Characters every file format above treats specially, control characters, and letters of several scripts. */
const SPECIAL = [..."[]=\"'$`;#\\%&,+<>{}()@!|^~*?/:.-_ \u201c\u201d\u201e\u2018\u2019"];
const LETTERS = [..."aZé株Ωш"];
const CONTROLS = [
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u007f",
  "\u0085",
  "\u2028",
  "\u2029",
  "\u202e",
  "\u2066",
  "\u200f",
];
const unit = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 6 },
  { arbitrary: fc.constantFrom(...LETTERS), weight: 4 },
  { arbitrary: fc.constantFrom(...CONTROLS), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), weight: 1 },
);
const cleanUnit = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL), weight: 6 },
  { arbitrary: fc.constantFrom(...LETTERS), weight: 4 },
);
// most fields free of control characters, so that both branches of the property run often
const hostileText = fc.oneof(
  { arbitrary: fc.string({ unit: cleanUnit, maxLength: 24 }), weight: 9 },
  { arbitrary: fc.string({ unit, maxLength: 24 }), weight: 1 },
);

const HOSTILE_PRESETS: PresetId[] = [
  "sfb-edge",
  "custom",
  "pexip-dmz",
  "expressway-pair",
  "cucm-cluster",
  "webex-lgw-cube",
];

const hostilePlan = fc.record({
  preset: fc.constantFrom(...HOSTILE_PRESETS),
  O: hostileText,
  OU: hostileText,
  L: hostileText,
  ST: hostileText,
  name: hostileText,
  planName: hostileText,
  caType: fc.constantFrom("public" as const, "internal" as const),
});

type Hostile = typeof hostilePlan extends fc.Arbitrary<infer T> ? T : never;

function buildHostile(h: Hostile): unknown {
  const plan = JSON.parse(JSON.stringify(presetPlan(h.preset))) as Record<string, unknown>;
  plan.name = h.planName;
  plan.subject = { O: h.O, OU: h.OU, L: h.L, ST: h.ST, C: "GB" };
  plan.defaults = { ...(plan.defaults as object), caType: h.caType };
  plan.components = (plan.components as Record<string, unknown>[]).map((c) => ({ ...c, name: h.name }));
  return plan;
}

describe("hostile plans: refused by parsePlan, or every file is exactly the plan", () => {
  it("certreq .inf, Management Shell line and appliance sheets (fast-check, 400 plans)", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostilePlan, (h) => {
        const r = parsePlan(buildHostile(h));
        if (!r.ok) {
          refused++;
          return;
        }
        accepted++;
        const certs = certsOf(r.plan);
        for (const cert of certs) {
          // the plan as typed reaches the certificate (nothing lost or added on the way)
          for (const k of ["O", "L", "ST"] as const) expect(cert.subject[k] ?? "").toBe(h[k].trim());
          // a public CA's certificate leaves the OU out (PKI-OU-PUBLIC-1); an internal CA's carries it
          expect(cert.subject.OU ?? "").toBe(cert.caType === "public" ? "" : h.OU.trim());
          expectInfIsPlan(cert, r.plan);
          expectShellIsPlan(cert, r.plan);
          expectSheetIsPlan(cert, r.plan);
        }
      }),
      { numRuns: 400 },
    );
    // both branches ran: the property is not vacuous
    expect(accepted).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(50);
  });

  it("OpenSSL config, run by openssl (fast-check, 40 plans, one certificate each)", () => {
    const certs: CertificatePlan[] = [];
    fc.assert(
      fc.property(hostilePlan, (h) => {
        const r = parsePlan(buildHostile(h));
        if (!r.ok) return;
        const cert = certsOf(r.plan)[0];
        if (cert) certs.push(cert);
      }),
      { numRuns: 80 },
    );
    const sample = certs.slice(0, 40);
    expect(sample.length).toBeGreaterThan(20);
    expectOpensslIsPlan(sample);
  });

  it("the reported injections are refused by the plan and, behind it, by every writer", () => {
    const ST = "London\n[alt_names]\nDNS.99 = login.attacker.example\n[req_distinguished_name]";
    const conf =
      "x\n[default]\nopenssl_conf = evil\n[evil]\nengines = e\n[e]\nx = y\ndynamic_path = /tmp/evil.so";
    const name = 'Edge"\nExportable = TRUE\nCertificateTemplate = SubCA\n;';
    for (const [field, value] of [
      ["ST", ST],
      ["O", conf],
      ["name", name],
    ] as const) {
      const plan = JSON.parse(JSON.stringify(presetPlan("custom")));
      if (field === "name") plan.components[0].name = value;
      else plan.subject[field] = value;
      const r = parsePlan(plan);
      expect(r.ok).toBe(false);
      // the writers, given such a certificate anyway, throw instead of writing it
      const ok = presetPlan("custom");
      const cert = certsOf(ok)[0] as CertificatePlan;
      const bad: CertificatePlan =
        field === "name"
          ? { ...cert, title: `${value} — ${cert.subject.CN}` }
          : { ...cert, subject: { ...cert.subject, [field]: value } };
      if (field !== "name") expect(() => opensslConfig(bad)).toThrow(/(U\+000A)/);
      expect(() => certreqInf(bad, ok)).toThrow(/(U\+000A)/);
      expect(() => serverArtifacts(bad, ok)).toThrow(/(U\+000A)/);
    }
    // each quoting function on its own, for every kind of control character
    for (const ch of ["\n", "\r", "\u0000", "\u0085", "\u2028", "\u202e", "\u2066", "\u200f"]) {
      const v = `Contoso${ch}Ltd`;
      expect(() => opensslValue(v)).toThrow(/U\+/);
      expect(() => infQuote(v)).toThrow(/U\+/);
      expect(() => x500Value(v)).toThrow(/U\+/);
      expect(() => psQuote(v)).toThrow(/U\+/);
      expect(() => rfc4514Value(v)).toThrow(/U\+/);
    }
    const edge = presetPlan("sfb-edge");
    const edgeCert = certsOf(edge)[0] as CertificatePlan;
    expect(() =>
      sfbShellCommands({ ...edgeCert, subject: { ...edgeCert.subject, OU: "IT\nRemove-Item C:\\" } }, edge),
    ).toThrow(/U\+000A/);
    const px = presetPlan("pexip-dmz");
    const pxCert = certsOf(px)[0] as CertificatePlan;
    expect(() =>
      serverArtifacts({ ...pxCert, subject: { ...pxCert.subject, L: "Oslo\u2028Extra: field" } }, px),
    ).toThrow(/U\+2028/);
  });
});
