// Fuzzing the inspector with fast-check: random bytes and text, truncated and mutated valid files
// (PEM and DER). inspect() must never throw, always answer with a known shape, and answer quickly.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InspectResult, inspect } from "./inspect";
import { makeCa, openssl, opensslBytes, TempDir } from "./tools.test-helpers";

const KINDS = new Set(["certificates", "csr", "private-key", "pkcs12", "bundle", "error"]);
const CODES = new Set([
  "too-large",
  "empty",
  "not-recognised",
  "damaged",
  "wrong-type",
  "passphrase-required",
  "wrong-passphrase",
  "unsupported",
]);
const LIMIT_MS = 3000;

let dir: TempDir;
const samples: { name: string; data: Uint8Array; passphrase?: string }[] = [];

beforeAll(() => {
  dir = new TempDir();
  const ca = makeCa(dir, "Fuzz");
  const key = dir.file("leaf.key");
  openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key]);
  const csr = openssl([
    "req",
    "-new",
    "-key",
    key,
    "-subj",
    "/CN=fuzz.contoso.com",
    "-addext",
    "subjectAltName=DNS:fuzz.contoso.com,IP:192.0.2.1",
  ]);
  const csrPath = dir.write("leaf.csr", csr);
  const cert = openssl([
    "x509",
    "-req",
    "-in",
    csrPath,
    "-CA",
    ca.intermediate,
    "-CAkey",
    ca.intermediateKey,
    "-CAcreateserial",
    "-days",
    "1",
    "-copy_extensions",
    "copy",
  ]);
  const certPath = dir.write("leaf.crt", cert);
  const text = (value: string) => new TextEncoder().encode(value);
  // openssl's defaults (2048 iterations) keep decryption of mutated files fast
  const encryptedKey = openssl([
    "pkcs8",
    "-topk8",
    "-in",
    key,
    "-v2",
    "aes-256-cbc",
    "-passout",
    "pass:fuzz",
  ]);
  openssl([
    "pkcs12",
    "-export",
    "-inkey",
    key,
    "-in",
    certPath,
    "-certfile",
    ca.intermediate,
    "-passout",
    "pass:fuzz",
    "-out",
    dir.file("leaf.pfx"),
  ]);
  samples.push(
    { name: "certificate PEM", data: text(cert) },
    { name: "certificate DER", data: opensslBytes(["x509", "-in", certPath, "-outform", "DER"]) },
    { name: "chain PEM", data: text(cert + ca.intermediatePem + ca.rootPem) },
    { name: "CSR PEM", data: text(csr) },
    { name: "CSR DER", data: opensslBytes(["req", "-in", csrPath, "-outform", "DER"]) },
    { name: "key PEM", data: text(dir.read("leaf.key")) },
    { name: "encrypted key PEM", data: text(encryptedKey), passphrase: "fuzz" },
    { name: "PKCS#12", data: dir.readBytes("leaf.pfx"), passphrase: "fuzz" },
    {
      name: "PKCS#7 DER",
      data: opensslBytes([
        "crl2pkcs7",
        "-nocrl",
        "-certfile",
        certPath,
        "-certfile",
        ca.intermediate,
        "-outform",
        "DER",
      ]),
    },
  );
});
afterAll(() => dir.cleanup());

async function checked(input: string | Uint8Array, passphrase?: string): Promise<InspectResult> {
  const started = performance.now();
  const result = await inspect(input, passphrase === undefined ? {} : { passphrase });
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(LIMIT_MS);
  expect(KINDS.has(result.kind)).toBe(true);
  if (result.kind === "error") {
    expect(CODES.has(result.code)).toBe(true);
    expect(typeof result.message).toBe("string");
    expect(result.message.length).toBeGreaterThan(10);
  } else {
    expect(
      Array.isArray(result.certificates) && Array.isArray(result.keys) && Array.isArray(result.csrs),
    ).toBe(true);
  }
  return result;
}

describe("inspect under fuzzing", () => {
  it("the unmodified samples are read", async () => {
    for (const sample of samples) {
      const result = await checked(sample.data, sample.passphrase);
      expect(result.kind, sample.name).not.toBe("error");
    }
  });

  it("random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (data) => {
        await checked(data);
      }),
      { numRuns: 150 },
    );
  });

  it("random text, with and without PEM armour", async () => {
    const armoured = fc
      .tuple(
        fc.constantFrom("CERTIFICATE", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PKCS7", "X"),
        fc.string({ maxLength: 400 }),
      )
      .map(([label, body]) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 500 }), armoured, fc.base64String({ maxLength: 600 })),
        async (text) => {
          await checked(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("truncated valid files", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (which, cut) => {
          const sample = samples[which]!;
          await checked(sample.data.subarray(0, Math.floor(sample.data.length * cut)), sample.passphrase);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("single-byte mutations of valid files (with and without the passphrase)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: samples.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.integer({ min: 0, max: 255 }),
        fc.boolean(),
        async (which, position, value, withPassphrase) => {
          const sample = samples[which]!;
          const data = new Uint8Array(sample.data);
          data[Math.floor(position * data.length)] = value;
          await checked(data, withPassphrase ? sample.passphrase : undefined);
        },
      ),
      { numRuns: 300 },
    );
  });
});
