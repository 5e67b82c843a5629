// Verified, not trusted: the generated OpenSSL config and command are run with the real openssl, and the CSR is
// read back with `openssl req -text` to check it carries exactly the plan's Subject, SANs, EKUs and key usage.
// Syntax: openssl-req(1) https://docs.openssl.org/3.0/man1/openssl-req/ , config(5)
// https://docs.openssl.org/3.0/man5/config/ , x509v3_config(5) https://docs.openssl.org/3.0/man5/x509v3_config/
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CertificatePlan } from "../domain/types";
import { opensslConfig, opensslValue } from "./openssl";
import { ciscoTomcatMulti, edgeExternal, expresswayE, manySans, sans } from "./test-certificates";
import { csrPublicKey, isEncryptedKey, publicKeyOf, readCsr, runOpensslCommand } from "./testing/openssl-csr";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Write the config, run the generated command as is (plus a pass phrase), read the CSR back. */
function generate(cert: CertificatePlan) {
  const dir = mkdtempSync(join(tmpdir(), "san-planner-openssl-"));
  dirs.push(dir);
  const a = opensslConfig(cert);
  writeFileSync(join(dir, a.fileName), a.text, "utf8");
  runOpensslCommand(a.command, dir);
  const csr = readCsr(join(dir, a.csrFile));
  const keyPem = readFileSync(join(dir, a.keyFile), "utf8");
  return { a, csr, keyPem, dir };
}

/** The plan's subject in the conventional encoded order (C, ST, L, O, OU, CN), skipping absent fields. */
function expectedSubject(cert: CertificatePlan): [string, string][] {
  const out: [string, string][] = [];
  for (const k of ["C", "ST", "L", "O", "OU", "CN"] as const) {
    const v = cert.subject[k];
    if (v) out.push([k, v]);
  }
  return out;
}

function expectMatchesPlan(cert: CertificatePlan, csr: ReturnType<typeof readCsr>): void {
  expect(csr.verified).toBe(true);
  expect(csr.subject).toEqual(expectedSubject(cert));
  expect(csr.sans).toEqual(cert.sans.map((s) => `${s.type === "ip" ? "IP" : "DNS"}:${s.value}`));
  expect(csr.eku).toEqual(cert.eku);
  expect(csr.keyUsageCritical).toBe(true);
  expect(csr.keyUsage).toEqual(cert.keyUsage);
}

describe("OpenSSL config, run for real", () => {
  it("RSA 2048: the CSR carries exactly the planned Subject, SANs, EKU and key usage", () => {
    const cert = edgeExternal();
    const { a, csr, keyPem, dir } = generate(cert);
    expect(a.command).toBe(
      "openssl req -new -newkey rsa:2048 -config edge_external.cnf -keyout edge_external.key -out edge_external.csr",
    );
    expectMatchesPlan(cert, csr);
    expect(csr.key).toBe("RSA 2048");
    expect(csr.signatureAlgorithm).toBe("sha256WithRSAEncryption");
    // no -nodes: the key is written encrypted, and it is the key of this request
    expect(isEncryptedKey(keyPem)).toBe(true);
    expect(publicKeyOf(join(dir, a.keyFile))).toBe(csrPublicKey(join(dir, a.csrFile)));
  });

  it("ECDSA P-256: -newkey ec -pkeyopt ec_paramgen_curve:P-256, digitalSignature only, both EKUs", () => {
    const cert = expresswayE({
      key: { algorithm: "ECDSA", curve: "P-256" },
      keyUsage: ["digitalSignature"],
    });
    const { a, csr } = generate(cert);
    expect(a.command).toBe(
      "openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -config expe.cnf -keyout expe.key -out expe.csr",
    );
    expectMatchesPlan(cert, csr);
    expect(csr.key).toBe("ECDSA P-256");
    expect(csr.signatureAlgorithm).toBe("ecdsa-with-SHA256");
  });

  it("ECDSA P-384 is signed with SHA-384", () => {
    const cert = edgeExternal({
      key: { algorithm: "ECDSA", curve: "P-384" },
      keyUsage: ["digitalSignature"],
    });
    const { csr } = generate(cert);
    expectMatchesPlan(cert, csr);
    expect(csr.key).toBe("ECDSA P-384");
    expect(csr.signatureAlgorithm).toBe("ecdsa-with-SHA384");
  });

  it("Cisco: dataEncipherment, serverAuth + clientAuth, multi-server SAN list", () => {
    const cert = ciscoTomcatMulti();
    const { csr } = generate(cert);
    expectMatchesPlan(cert, csr);
  });

  it("keeps special and non-ASCII characters of the Subject literally", () => {
    const cert = edgeExternal({
      subject: {
        CN: "sip.contoso.com",
        O: `Contoso, "Ltd" & Co; #1 $HOME 'q' \\x`,
        OU: "R+D",
        L: "München",
        ST: "Île-de-France",
        C: "FR",
      },
    });
    const { csr, a } = generate(cert);
    expect(a.text).toContain(`O = Contoso, \\"Ltd\\" & Co\\; \\#1 \\$HOME \\'q\\' \\\\x\n`);
    expectMatchesPlan(cert, csr);
  });

  it("IP addresses become IP SANs", () => {
    const cert = edgeExternal({ sans: sans("sip.contoso.com", "webcon.contoso.com", "203.0.113.10") });
    const { a, csr } = generate(cert);
    expect(a.text).toContain(
      "[ alt_names ]\nDNS.1 = sip.contoso.com\nDNS.2 = webcon.contoso.com\nIP.1 = 203.0.113.10\n",
    );
    expectMatchesPlan(cert, csr);
  });

  it("a 60-SAN certificate", () => {
    const cert = manySans(60);
    const { csr } = generate(cert);
    expect(csr.sans).toHaveLength(60);
    expectMatchesPlan(cert, csr);
  });
});

describe("OpenSSL config text", () => {
  it("is exactly the documented layout", () => {
    const a = opensslConfig(edgeExternal({ eku: ["serverAuth", "clientAuth"] }));
    expect(a.fileName).toBe("edge_external.cnf");
    expect(a.text).toBe(
      [
        "# OpenSSL request configuration for certificate edge/external (CN sip.contoso.com), from the SAN Planner plan.",
        "# Subject, names, EKUs and key usage are exactly as planned: do not retype them.",
        "#   openssl req -new -newkey rsa:2048 -config edge_external.cnf -keyout edge_external.key -out edge_external.csr",
        "",
        "[ req ]",
        "prompt = no",
        "distinguished_name = req_distinguished_name",
        "req_extensions = v3_req",
        "default_md = sha256",
        "utf8 = yes",
        "string_mask = utf8only",
        "",
        "[ req_distinguished_name ]",
        "C = US",
        "ST = Washington",
        "L = Redmond",
        "O = Contoso Ltd",
        "OU = IT",
        "CN = sip.contoso.com",
        "",
        "[ v3_req ]",
        "subjectAltName = @alt_names",
        "extendedKeyUsage = serverAuth, clientAuth",
        "keyUsage = critical, digitalSignature, keyEncipherment",
        "",
        "[ alt_names ]",
        "DNS.1 = sip.contoso.com",
        "DNS.2 = webcon.contoso.com",
        "DNS.3 = sip.fabrikam.com",
        "",
      ].join("\n"),
    );
  });

  it("escapes what config(5) would interpret", () => {
    expect(opensslValue("plain value")).toBe("plain value");
    expect(opensslValue("a#b$c\\d\"e'f;g")).toBe("a\\#b\\$c\\\\d\\\"e\\'f\\;g");
    // openssl's config parser also quotes with the backtick: unescaped, "a`b`c" becomes "abc"
    expect(opensslValue("a`b`c")).toBe("a\\`b\\`c");
  });
});
