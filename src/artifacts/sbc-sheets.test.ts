// SBC requests, verified and not trusted: the OpenSSL configs for SBC certificates and the Cisco CUBE (IOS-XE)
// trustpoint are run with the real openssl and the CSR is read back. IOS-XE itself cannot run here, so the test reads
// the snippet as IOS would — key size, subject-name (RFC 4514 escapes), subject-alt-name, eku request — and makes the
// request from exactly those lines with openssl: a planned value that the snippet loses or changes fails the test.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { presetPlan } from "../domain/presets";
import type { CertificatePlan, Plan, SbcVendor } from "../domain/types";
import { applianceSheet, applianceSheetText } from "./appliance";
import { opensslConfig } from "./openssl";
import { cubeConfig, sbcSheet } from "./sbc-sheets";
import { serverArtifacts } from "./server-artifacts";
import { readCsr, runOpensslCommand } from "./testing/openssl-csr";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), "san-planner-sbc-"));
  dirs.push(d);
  return d;
};

function certs(plan: Plan): CertificatePlan[] {
  return planCertificates(plan, { today: "2026-12-07" }).certificates;
}

function withVendor(plan: Plan, vendor: SbcVendor): Plan {
  return { ...plan, components: plan.components.map((c) => (c.type === "sbc" ? { ...c, vendor } : c)) };
}

function expectedSubject(cert: CertificatePlan): [string, string][] {
  const out: [string, string][] = [];
  for (const k of ["C", "ST", "L", "O", "OU", "CN"] as const) {
    const v = cert.subject[k];
    if (v) out.push([k, v]);
  }
  return out;
}

describe("OpenSSL configs for SBC certificates, run for real", () => {
  it.each([
    ["teams-dr-2-sbcs", "dr/sbc1.contoso.com"],
    ["teams-dr-wildcard", "dr"],
  ] as const)("%s: %s carries the planned Subject, SANs and both EKUs", (preset, id) => {
    const plan = withVendor(presetPlan(preset), "audiocodes");
    const cert = certs(plan).find((c) => c.id === id) as CertificatePlan;
    const a = opensslConfig(cert);
    const dir = tmp();
    writeFileSync(join(dir, a.fileName), a.text, "utf8");
    runOpensslCommand(a.command, dir);
    const csr = readCsr(join(dir, a.csrFile));
    expect(csr.verified).toBe(true);
    expect(csr.subject).toEqual(expectedSubject(cert));
    expect(csr.sans).toEqual(cert.sans.map((s) => `DNS:${s.value}`));
    expect(csr.eku).toEqual(["serverAuth", "clientAuth"]);
    if (preset === "teams-dr-wildcard") expect(csr.sans).toEqual(["DNS:*.contoso.com"]);
  });
});

/** Read the IOS-XE lines as IOS does and make the same request with openssl. */
function runCube(lines: string[], dir: string) {
  const value = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.slice(prefix.length);
  const modulus = /modulus (\d+)$/.exec(lines[0] ?? "")?.[1];
  const ecSize = /ec keysize (\d+)/.exec(lines[0] ?? "")?.[1];
  const subject = value(" subject-name ") ?? "";
  // RFC 4514: split on unescaped commas, then unescape
  const rdns = subject.split(/(?<!\\),/).map((p) => {
    const i = p.indexOf("=");
    return [p.slice(0, i).toUpperCase(), p.slice(i + 1).replace(/\\(.)/g, "$1")] as const;
  });
  const sans = (value(" subject-alt-name ") ?? "").split(" ").filter((x) => x !== "");
  const eku = (value(" eku request ") ?? "")
    .split(" ")
    .filter((x) => x !== "")
    .map((x) => (x === "server-auth" ? "serverAuth" : "clientAuth"));
  const hash = value(" hash ") ?? "";
  // subject in the conventional encoded order, as the other requests of the app
  const order = ["C", "ST", "L", "O", "OU", "CN"];
  const dn = [...rdns].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  const cnf = [
    "[ req ]",
    "prompt = no",
    "distinguished_name = dn",
    "req_extensions = ext",
    `default_md = ${hash}`,
    "utf8 = yes",
    "string_mask = utf8only",
    "[ dn ]",
    ...dn.map(([k, v]) => `${k} = ${v.replace(/[\\#$"';`]/g, (c) => `\\${c}`)}`),
    "[ ext ]",
    `subjectAltName = ${sans.map((s) => `DNS:${s}`).join(", ")}`,
    ...(eku.length > 0 ? [`extendedKeyUsage = ${eku.join(", ")}`] : []),
  ];
  writeFileSync(join(dir, "cube.cnf"), `${cnf.join("\n")}\n`, "utf8");
  const newkey = modulus
    ? ["-newkey", `rsa:${modulus}`]
    : ["-newkey", "ec", "-pkeyopt", `ec_paramgen_curve:P-${ecSize}`];
  const r = spawnSync(
    "openssl",
    ["req", "-new", ...newkey, "-noenc", "-config", "cube.cnf", "-keyout", "cube.key", "-out", "cube.csr"],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return readCsr(join(dir, "cube.csr"));
}

describe("Cisco CUBE (IOS-XE) trustpoint configuration", () => {
  it("Webex Local Gateway preset: the snippet's request is the planned CSR", () => {
    const plan = presetPlan("webex-lgw-cube");
    const [cert] = certs(plan);
    if (!cert) throw new Error("no certificate");
    const lines = cubeConfig(cert);
    expect(lines[0]).toBe("crypto key generate rsa label lgw_cube1_example_com exportable modulus 2048");
    expect(lines).toContain("crypto pki trustpoint lgw_cube1_example_com-TP");
    expect(lines).toContain(" enrollment terminal pem");
    expect(lines).toContain(" subject-alt-name cube1.example.com");
    expect(lines.at(-1)).toBe("crypto pki enroll lgw_cube1_example_com-TP");
    const csr = runCube(lines, tmp());
    expect(csr.verified).toBe(true);
    expect(csr.subject).toEqual(expectedSubject(cert));
    expect(csr.sans).toEqual(["DNS:cube1.example.com"]);
    expect(csr.eku).toEqual(["serverAuth"]);
    expect(csr.key).toBe("RSA 2048");
  });

  it("a comma in the organisation survives the subject-name line; several SBCs, ECDSA, both EKUs", () => {
    const base = presetPlan("teams-dr-2-sbcs");
    const plan: Plan = {
      ...withVendor(base, "cisco-cube"),
      subject: { O: "Contoso, Ltd", L: "Redmond", C: "US" },
      components: base.components.map((c) =>
        c.type === "sbc"
          ? { ...c, vendor: "cisco-cube", certificate: "shared", key: { algorithm: "ECDSA", curve: "P-256" } }
          : c,
      ),
    };
    const [cert] = certs(plan);
    if (!cert) throw new Error("no certificate");
    const csr = runCube(cubeConfig(cert), tmp());
    expect(csr.subject).toEqual(expectedSubject(cert));
    expect(csr.sans).toEqual(["DNS:sbc1.contoso.com", "DNS:sbc2.contoso.com"]);
    expect(csr.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(csr.key).toBe("ECDSA P-256");
  });

  it("refuses a control character instead of writing a new configuration line", () => {
    const [cert] = certs(presetPlan("webex-lgw-cube"));
    if (!cert) throw new Error("no certificate");
    expect(() =>
      cubeConfig({ ...cert, subject: { ...cert.subject, O: "Example\nenable secret x" } }),
    ).toThrow();
  });
});

describe("SBC field sheets, by vendor", () => {
  const teams = presetPlan("teams-dr-2-sbcs");
  it.each([
    ["audiocodes", "TLS Contexts", true],
    ["ribbon", "Generate SBC Edge CSR", true],
    ["anynode", "port 80", false],
    ["oracle", "generate-certificate-request", false],
    ["cisco-cube", "crypto pki enroll", false],
  ] as const)(
    "%s: its own page, the planned names, the browser key only where the vendor imports one",
    (vendor, marker, browser) => {
      const plan = withVendor(teams, vendor);
      const [cert] = certs(plan);
      if (!cert) throw new Error("no certificate");
      const sheet = applianceSheet(cert, plan);
      expect(sheet?.platform).toBe(vendor);
      const text = applianceSheetText(sheet as NonNullable<typeof sheet>);
      expect(text).toContain(marker);
      expect(text).toContain("sbc1.contoso.com");
      expect(text).toMatch(/Source: /);
      const kinds = serverArtifacts(cert, plan).map((a) => a.kind);
      expect(kinds[0]).toBe("appliance");
      expect(kinds.includes("openssl")).toBe(browser);
      expect(kinds).not.toContain("certreq");
    },
  );

  it("anynode: HTTP-01 on port 80, and no ACME for a wildcard", () => {
    const plan = presetPlan("teams-dr-wildcard");
    const [cert] = certs(plan);
    if (!cert) throw new Error("no certificate");
    const text = applianceSheetText(sbcSheet(cert) as NonNullable<ReturnType<typeof sbcSheet>>);
    expect(text).toContain("on port 80 only");
    expect(text).toContain("HTTP-01 cannot prove control of a wildcard name");
  });

  it("no sheet when the vendor is not named", () => {
    const plan = withVendor(teams, "other");
    const [cert] = certs(plan);
    if (!cert) throw new Error("no certificate");
    expect(applianceSheet(cert, plan)).toBeNull();
    expect(serverArtifacts(cert, plan).map((a) => a.kind)).toEqual(["openssl"]);
  });
});
