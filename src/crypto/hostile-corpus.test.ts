// The pasted-PEM part of the hostile-input corpus (issue: guarantees). The UI has no box to paste a
// certificate yet (it comes with the Install step / "Start from an existing certificate"), so the corpus runs
// against inspect(), the function that box will call: every hostile or broken input gets its precise error —
// what is wrong (the code and a sentence for the admin) and where (the PEM block, its line, or the byte offset).
// Made by openssl at test time; nothing large is committed.

import { AuthenticatedSafe, PFX, SafeContents } from "@peculiar/asn1-pfx";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parsePlan } from "../domain/plan-file";
import { proposePlan } from "../domain/renewal";
import { parseOctetString } from "./asn1";
import { MAX_SIGNATURE_CHECKS_PER_CERTIFICATE } from "./chain";
import { SHA1 } from "./hash";
import { kdfBombPfx, sameNameCertificates } from "./hostile-samples.test-helpers";
import { type Expectation, type InspectResult, inspect, MAX_CERTIFICATES, toExisting } from "./inspect";
import { issue, makeCa, openssl, opensslBytes, TempDir } from "./tools.test-helpers";
import { X509Certificate } from "./x509";

let dir: TempDir;
const pem: Record<string, string> = {};
let certDer: Uint8Array;
let twoKeysPfx: Uint8Array;

beforeAll(() => {
  dir = new TempDir("san-planner-hostile-");
  const ca = makeCa(dir, "Hostile Corpus");
  const key = dir.file("leaf.key");
  openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key]);
  pem.key = dir.read("leaf.key");
  pem.csr = openssl([
    "req",
    "-new",
    "-key",
    key,
    "-subj",
    "/CN=sip.contoso.com",
    "-addext",
    "subjectAltName=DNS:sip.contoso.com",
  ]);
  pem.cert = issue(dir, ca, pem.csr, 30);
  dir.write("leaf.pem", pem.cert);
  pem.p7b = openssl(["crl2pkcs7", "-nocrl", "-certfile", dir.file("leaf.pem"), "-certfile", ca.intermediate]);
  certDer = opensslBytes(["x509", "-in", dir.file("leaf.pem"), "-outform", "DER"]);
  pem.rsaLegacyEncrypted = openssl(["genrsa", "-traditional", "-aes128", "-passout", "pass:secret", "1024"]);
  // a CA certificate with the issuing CA's very name but another key (a renewed CA, or an impostor)
  openssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    dir.file("twin.key"),
    "-out",
    dir.file("twin.pem"),
    "-days",
    "2",
    "-subj",
    "/O=Hostile Corpus/CN=Hostile Corpus Issuing CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
  ]);
  pem.twin = dir.read("twin.pem");
  pem.intermediate = dir.read("intermediate.pem");
  // a PFX with two encrypted keys (no MAC, so that a second key bag can be added to it)
  const pfx = AsnConvert.parse(
    opensslBytes([
      "pkcs12",
      "-export",
      "-nomac",
      "-inkey",
      key,
      "-in",
      dir.file("leaf.pem"),
      "-passout",
      "pass:secret",
    ]),
    PFX,
  );
  const safes = AsnConvert.parse(parseOctetString(pfx.authSafe.content)!, AuthenticatedSafe);
  for (const safe of safes) {
    if (safe.contentType !== "1.2.840.113549.1.7.1") continue;
    const bags = AsnConvert.parse(parseOctetString(safe.content)!, SafeContents);
    bags.push(bags[0]!);
    safe.content = AsnConvert.serialize(new OctetString(AsnConvert.serialize(bags)));
  }
  pfx.authSafe.content = AsnConvert.serialize(new OctetString(AsnConvert.serialize(safes)));
  twoKeysPfx = new Uint8Array(AsnConvert.serialize(pfx));
});

afterAll(() => dir?.cleanup());

interface Case {
  name: string;
  input: () => string | Uint8Array;
  expect?: Expectation;
  code: string;
  message: RegExp;
  where?: { block?: number; line?: number; offset?: number };
}

const body = (p: string) => p.split("\n").filter((l) => l !== "" && !l.startsWith("-----"));

const CASES: Case[] = [
  {
    name: "garbage text",
    input: () => "Hello, please find attached our certificate! Regards, the PKI team",
    expect: "certificate",
    code: "not-recognised",
    message: /no PEM block \(-----BEGIN …-----\) and is not base64/,
  },
  {
    name: "random binary",
    input: () => Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256),
    expect: "certificate",
    code: "not-recognised",
    message: /its content is not recognised/,
  },
  {
    name: "an empty paste",
    input: () => "   \n\t\n",
    expect: "certificate",
    code: "empty",
    message: /The file is empty/,
  },
  {
    name: "truncated base64 (the certificate cut off in the middle)",
    input: () => {
      const lines = pem.cert!.trim().split("\n");
      return [...lines.slice(0, Math.floor(lines.length / 2)), lines[lines.length - 1]].join("\n");
    },
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 \(CERTIFICATE\) is damaged: its content is not valid DER \(cut off or altered\)/,
    where: { block: 1, line: 1 },
  },
  {
    name: "a certificate with no END line",
    input: () => pem.cert!.trim().split("\n").slice(0, -1).join("\n"),
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 \(CERTIFICATE, line 1\) has no END line: the text is cut off/,
    where: { block: 1 },
  },
  {
    name: "a certificate with a character changed into non-base64",
    input: () => {
      const lines = pem.cert!.split("\n");
      lines[3] = `${lines[3]!.slice(0, 10)}!${lines[3]!.slice(11)}`;
      return lines.join("\n");
    },
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 is damaged \(base64 at line 4\)/,
    where: { block: 1, line: 4 },
  },
  {
    name: "a private key where a certificate is expected",
    input: () => pem.key!,
    expect: "certificate",
    code: "wrong-type",
    message: /private key, not a certificate/,
  },
  {
    name: "a CSR where a certificate is expected",
    input: () => pem.csr!,
    expect: "certificate",
    code: "wrong-type",
    message: /This is a certificate request \(CSR\), not a certificate/,
  },
  {
    name: "a certificate where a private key is expected",
    input: () => pem.cert!,
    expect: "key",
    code: "wrong-type",
    message: /not a private key/,
  },
  {
    name: "a PKCS#7 bundle where a private key is expected",
    input: () => pem.p7b!,
    expect: "key",
    code: "wrong-type",
    message: /not a private key/,
  },
  {
    name: "a 3 MB blob",
    input: () => `-----BEGIN CERTIFICATE-----\n${"QUFB".repeat(768 * 1024)}\n-----END CERTIFICATE-----\n`,
    expect: "certificate",
    code: "too-large",
    message: /This file is 3(\.0)? MB; a certificate is a few kB/,
  },
  {
    name: "mismatched BEGIN and END labels",
    input: () => pem.cert!.replace("-----END CERTIFICATE-----", "-----END PRIVATE KEY-----"),
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 is damaged: it begins as "CERTIFICATE" \(line 1\) but ends as "PRIVATE KEY"/,
    where: { block: 1 },
  },
  {
    name: "an END line with no BEGIN",
    input: () => "junk\n-----END CERTIFICATE-----\n",
    expect: "certificate",
    code: "not-recognised",
    message: /the text has no PEM block \(-----BEGIN …-----\)/,
  },
  {
    name: "a certificate followed by unexpected bytes inside its block",
    input: () => {
      const withJunk = new Uint8Array([...certDer, 0x00, 0x01, 0x02]);
      const b64 = Buffer.from(withJunk)
        .toString("base64")
        .match(/.{1,64}/g)!
        .join("\n");
      return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
    },
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 \(CERTIFICATE\) is damaged: 3 unexpected bytes follow its content/,
    where: { block: 1, line: 1 },
  },
  {
    name: "DER cut off",
    input: () => certDer.subarray(0, certDer.length - 40),
    expect: "certificate",
    code: "damaged",
    message: /damaged or cut off/,
    where: { offset: 0 },
  },
  {
    name: "DER with a length field of 4 GB",
    input: () => Uint8Array.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff, 0x02, 0x01, 0x00]),
    expect: "certificate",
    code: "damaged",
    message: /damaged or cut off/,
  },
  {
    name: "DER nested 50,000 levels deep (indefinite lengths)",
    input: () => {
      const depth = 50_000;
      const out = new Uint8Array(depth * 4);
      for (let i = 0; i < depth; i++) {
        out[i * 2] = 0x30;
        out[i * 2 + 1] = 0x80;
      }
      return out;
    },
    expect: "certificate",
    code: "damaged",
    message: /damaged or cut off/,
  },
  {
    name: "an OpenSSH private key",
    input: () => {
      const b64 = Buffer.from(`openssh-key-v1\0${"\0".repeat(40)}`)
        .toString("base64")
        .match(/.{1,70}/g)!
        .join("\n");
      return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\n`;
    },
    expect: "key",
    code: "unsupported",
    message: /PEM block 1 is an OpenSSH key, not a TLS key/,
    where: { block: 1, line: 1 },
  },
  {
    name: "a key in the old OpenSSL encrypted format",
    input: () => `Bag Attributes\n${pem.rsaLegacyEncrypted!}`,
    expect: "key",
    code: "unsupported",
    message: /old OpenSSL encrypted format \(AES-128-CBC\).*openssl pkcs8 -topk8/,
    where: { block: 1, line: 2 },
  },
  {
    name: "markup pretending to be a certificate",
    input: () =>
      "<script>alert(1)</script>\n-----BEGIN CERTIFICATE-----\n<img src=x onerror=alert(2)>\n-----END CERTIFICATE-----",
    expect: "certificate",
    code: "damaged",
    message: /PEM block 1 is damaged \(base64 at line 3\)/,
    where: { block: 1, line: 3 },
  },
];

describe("hostile pasted PEM / DER: inspect() answers each with a precise error, never throws", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const started = performance.now();
      const r: InspectResult = await inspect(c.input(), c.expect ? { expect: c.expect } : {});
      expect(performance.now() - started).toBeLessThan(3000);
      expect(r.kind, JSON.stringify(r).slice(0, 300)).toBe("error");
      if (process.env.SHOW_CORPUS) console.log(`${c.name}: ${JSON.stringify(r)}`);
      if (r.kind !== "error") return;
      expect({ code: r.code, message: r.message }).toEqual({
        code: c.code,
        message: expect.stringMatching(c.message),
      });
      if (c.where) expect(r.where).toMatchObject(c.where);
      // the message is a sentence for the admin, not a stack trace
      expect(r.message).not.toMatch(/\bat \w+ \(|TypeError|RangeError|undefined|\[object /);
    });
  }

  it("a PKCS#7 bundle where certificates are expected is read (leaf and intermediate)", async () => {
    const r = await inspect(pem.p7b!, { expect: "certificate" });
    expect(r.kind).toBe("certificates");
    if (r.kind === "error") return;
    expect(r.pkcs7).toBe(true);
    expect(r.certificates).toHaveLength(2);
  });

  it("a certificate pasted with a mail signature and indentation around it is still read", async () => {
    const r = await inspect(
      `Hi,\n\nhere it is:\n\n${pem
        .cert!.split("\n")
        .map((l) => `  ${l}`)
        .join("\n")}\n--\nThe PKI team\n`,
      { expect: "certificate" },
    );
    expect(r.kind).toBe("certificates");
  });

  it("the PEM corpus itself is well formed where it should be (sanity of the fixtures)", async () => {
    expect(body(pem.cert!).length).toBeGreaterThan(5);
    expect((await inspect(pem.cert!, { expect: "certificate" })).kind).toBe("certificates");
    expect((await inspect(pem.key!, { expect: "key" })).kind).toBe("private-key");
  });
});

// ---------------------------------------------------------------- control characters in a certificate (issue 16)
describe("a certificate whose names carry control characters", () => {
  it("is read as it is; a plan proposed from it is refused field by field, so no request file ever carries them", async () => {
    const d = new TempDir("san-planner-hostile-cc-");
    try {
      const key = d.file("cc.key");
      openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key]);
      const certPem = openssl([
        "req",
        "-new",
        "-x509",
        "-key",
        key,
        "-days",
        "30",
        "-utf8",
        "-subj",
        "/CN=sip.contoso.com/O=Contoso\nLtd/L=Lon\u202edon",
        "-addext",
        "subjectAltName=DNS:sip.contoso.com,DNS:evil\u007f.contoso.com",
      ]);
      const r = await inspect(certPem, { expect: "certificate" });
      expect(r.kind).toBe("certificates");
      if (r.kind !== "certificates") return;
      const info = r.certificates[0];
      if (!info) throw new Error("no certificate");
      // nothing hidden or altered: the inspection shows what the certificate says
      expect(info.sans).toEqual(["sip.contoso.com", "evil\u007f.contoso.com"]);
      expect(info.subjectFields.O).toBe("Contoso\nLtd");
      // "Start from an existing certificate": the proposed plan with its `existing` entry is refused, each field
      // with its location and the character
      const p = proposePlan(info, "custom");
      const plan = { ...p.plan, existing: [toExisting(info, p.certificateId)] };
      const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      const byPath = new Map(parsed.errors.map((e) => [e.path, e.message]));
      expect(byPath.get("subject.O")).toMatch(/^contains a line break \(U\+000A/);
      expect(byPath.get("subject.L")).toMatch(/^contains a text-direction override \(U\+202E/);
      expect(byPath.get("existing[0].sans[1]")).toMatch(/^contains a control character \(U\+007F/);
      for (const e of parsed.errors) expect(e.message).toMatch(/U\+[0-9A-F]{4}|is not a/);
    } finally {
      d.cleanup();
    }
  });
});

// Bounded work (issue: "bounded work on hostile input"). Before: the KDF bomb spent seconds per encrypted key
// before it failed, and 400 same-name certificates meant 159,600 signature checks (36 s in the browser).
describe("hostile inputs that ask for unbounded work are refused or bounded, with a sentence", () => {
  it("a PKCS#12 key-derivation bomb (30 keys × 1,000,000 iterations) is refused before any derivation", async () => {
    const bomb = kdfBombPfx(30, 1_000_000);
    expect(bomb.length).toBeLessThan(2600);
    const derivations = vi.spyOn(SHA1, "iterate");
    try {
      for (const passphrase of [undefined, "secret"]) {
        const r = await inspect(bomb, passphrase ? { passphrase, expect: "certificate" } : { expect: "any" });
        expect(r.kind).toBe("error");
        const error = r as Extract<InspectResult, { kind: "error" }>;
        expect(error.code).toBe("too-large");
        expect(error.message).toMatch(
          /asks for 30,000,000 PKCS#12 key-derivation iterations in all \(30 protected parts.*more than the 2,000,000 this app runs for one file.*openssl pkcs12 -export/,
        );
      }
      // refused from the parameters: no key derivation ran (one 1,000,000-iteration key alone takes seconds)
      expect(derivations).not.toHaveBeenCalled();
    } finally {
      derivations.mockRestore();
    }
  });

  it("a file within the budget still opens, and only its first key is decrypted", async () => {
    const r = await inspect(twoKeysPfx, { passphrase: "secret" });
    expect(r.kind).toBe("pkcs12");
    const ok = r as Extract<InspectResult, { kind: "pkcs12" }>;
    expect(ok.keys).toHaveLength(1);
    expect(ok.notes.join(" ")).toMatch(/holds 2 private keys; only the first was opened/);
  });

  it("more than 50 certificates (same-name, without key identifiers) are refused at the cap, at once", async () => {
    const many = await sameNameCertificates(MAX_CERTIFICATES + 1);
    const r = await inspect(many, { expect: "certificate" });
    expect(r).toMatchObject({ kind: "error", code: "too-large", where: { block: MAX_CERTIFICATES + 1 } });
    expect((r as { message: string }).message).toMatch(
      /holds more than 50 certificates.*not a whole CA bundle or trust store/,
    );
  });

  it("50 same-name certificates without key identifiers: at most a few signature checks per certificate", async () => {
    const pems = await sameNameCertificates(MAX_CERTIFICATES);
    const verify = vi.spyOn(X509Certificate.prototype, "verify");
    try {
      const r = await inspect(pems, { expect: "certificate" });
      expect(r.kind).toBe("certificates");
      const ok = r as Extract<InspectResult, { kind: "certificates" }>;
      expect(ok.chain?.links.every((link) => !link.signatureVerified)).toBe(true);
      // every pair would be 50 × 49 = 2,450 checks
      expect(verify.mock.calls.length).toBeLessThanOrEqual(
        MAX_CERTIFICATES * (MAX_SIGNATURE_CHECKS_PER_CERTIFICATE + 1),
      );
    } finally {
      verify.mockRestore();
    }
  });

  it("a real chain whose CA certificates share a name is still linked by key identifier and verified", async () => {
    // the twin comes first: a match by name alone would pick it; the key identifiers pick the real issuer
    const r = await inspect(pem.cert! + pem.twin! + pem.intermediate!, { expect: "certificate" });
    expect(r.kind).toBe("certificates");
    const ok = r as Extract<InspectResult, { kind: "certificates" }>;
    expect(ok.chain?.links[0]).toMatchObject({ issuedBy: 2, signatureVerified: true });
  });
});
