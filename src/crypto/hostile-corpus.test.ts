// The pasted-PEM part of the hostile-input corpus (issue: guarantees). The UI has no box to paste a
// certificate yet (it comes with the Install step / "Start from an existing certificate"), so the corpus runs
// against inspect(), the function that box will call: every hostile or broken input gets its precise error —
// what is wrong (the code and a sentence for the admin) and where (the PEM block, its line, or the byte offset).
// Made by openssl at test time; nothing large is committed.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePlan } from "../domain/plan-file";
import { proposePlan } from "../domain/renewal";
import { type Expectation, type InspectResult, inspect, toExisting } from "./inspect";
import { issue, makeCa, openssl, opensslBytes, TempDir } from "./tools.test-helpers";

let dir: TempDir;
const pem: Record<string, string> = {};
let certDer: Uint8Array;

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
