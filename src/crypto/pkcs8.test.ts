// Private key files: plain and encrypted PKCS#8, checked with openssl and certtool both ways.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CryptoError } from "./errors";
import { exportSpki, generateKeyPair, importPrivateKey, type KeyPair } from "./keys";
import { WrongPassphraseError } from "./pbe";
import { decodePem } from "./pem";
import { decryptPkcs8, exportPrivateKey, KEY_FILE_ITERATIONS } from "./pkcs8";
import { openssl, opensslBytes, run, TempDir } from "./tools.test-helpers";

let dir: TempDir;
let rsa: KeyPair;
let ec: KeyPair;
beforeAll(async () => {
  dir = new TempDir();
  [rsa, ec] = await Promise.all([
    generateKeyPair({ algorithm: "RSA", size: 2048 }),
    generateKeyPair({ algorithm: "ECDSA", curve: "P-384" }),
  ]);
});
afterAll(() => dir.cleanup());

const spkiHex = async (pair: KeyPair) => Buffer.from(await exportSpki(pair.publicKey)).toString("hex");

describe("exportPrivateKey", () => {
  it("writes a plain PKCS#8 PEM that openssl and certtool read", async () => {
    for (const [name, pair] of [
      ["rsa", rsa],
      ["ec", ec],
    ] as const) {
      const pem = await exportPrivateKey(pair);
      expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
      const path = dir.write(`${name}.plain.key`, pem);
      const spki = opensslBytes(["pkey", "-in", path, "-pubout", "-outform", "DER"]);
      expect(Buffer.from(spki).toString("hex")).toBe(await spkiHex(pair));
      expect(run("certtool", ["--key-info", "--infile", path]).code).toBe(0);
    }
  });

  it("writes PBES2 / PBKDF2-HMAC-SHA256 (600,000 iterations) / AES-256-CBC", async () => {
    const pem = await exportPrivateKey(ec, "correct horse");
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    const dump = openssl(["asn1parse"], { input: pem });
    expect(dump).toMatch(/:PBES2/);
    expect(dump).toMatch(/:PBKDF2/);
    expect(dump).toMatch(/INTEGER\s+:0927C0/); // 600000
    expect(KEY_FILE_ITERATIONS).toBe(600_000);
    expect(dump).toMatch(/:hmacWithSHA256/);
    expect(dump).toMatch(/:aes-256-cbc/);
  });

  it.each([
    ["ASCII", "correct horse battery staple"],
    ["non-ASCII", "Grüße aus Zürich 2026"],
  ])(
    "an encrypted key file (%s passphrase) opens in openssl and certtool, and not with a wrong passphrase",
    async (_, passphrase) => {
      for (const [name, pair] of [
        ["rsa", rsa],
        ["ec", ec],
      ] as const) {
        const path = dir.write(`${name}.enc.key`, await exportPrivateKey(pair, passphrase));
        const spki = opensslBytes([
          "pkey",
          "-in",
          path,
          "-passin",
          `pass:${passphrase}`,
          "-pubout",
          "-outform",
          "DER",
        ]);
        expect(Buffer.from(spki).toString("hex")).toBe(await spkiHex(pair));
        expect(run("openssl", ["pkey", "-in", path, "-passin", "pass:wrong", "-noout"]).code).not.toBe(0);

        const good = run("certtool", ["--key-info", "--pkcs8", "--password", passphrase, "--infile", path]);
        expect(good.code, good.stderr).toBe(0);
        expect(good.stdout).toMatch(/PBES2-AES256-CBC/);
        expect(
          run("certtool", ["--key-info", "--pkcs8", "--password", "wrong", "--infile", path]).code,
        ).not.toBe(0);
      }
    },
  );

  it("refuses empty and whitespace-only passphrases instead of writing an unencrypted file", async () => {
    for (const passphrase of ["", "   ", "\t\n"]) {
      let error: unknown;
      try {
        await exportPrivateKey(ec, passphrase);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CryptoError);
      expect((error as CryptoError).code).toBe("empty-passphrase");
      expect((error as CryptoError).message).toMatch(/passphrase .* is empty/);
    }
  });
});

describe("decryptPkcs8 reads keys encrypted by openssl", () => {
  const cases: [string, string[]][] = [
    ["openssl genpkey -aes256 (PBES2, AES-256, HMAC-SHA256)", ["-v2", "aes-256-cbc"]],
    ["PBES2 with AES-128 and HMAC-SHA1", ["-v2", "aes-128-cbc", "-v2prf", "hmacWithSHA1"]],
    ["PBES2 with 3DES", ["-v2", "des3"]],
    ["PKCS#12 PBE (pbeWithSHA1And3-KeyTripleDES-CBC)", ["-v1", "PBE-SHA1-3DES"]],
  ];
  it.each(cases)("%s", async (_, args) => {
    const plain = dir.file("source.key");
    openssl(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", plain]);
    const encrypted = openssl(["pkcs8", "-topk8", "-in", plain, ...args, "-passout", "pass:open sesame"]);
    const block = decodePem(encrypted);
    if (!block.ok) throw new Error(block.error.message);
    const der = block.blocks[0]!.der;
    const pkcs8 = await decryptPkcs8(der, "open sesame");
    const pair = await importPrivateKey(pkcs8);
    const expected = opensslBytes(["pkey", "-in", plain, "-pubout", "-outform", "DER"]);
    expect(Buffer.from(await exportSpki(pair.publicKey)).equals(Buffer.from(expected))).toBe(true);
    await expect(decryptPkcs8(der, "wrong")).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});
