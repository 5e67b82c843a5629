// Building blocks: the synchronous hashes, the PKCS#12 KDF, RC2, and the hand-declared ASN.1 schemas
// (no decorators: the asn1-schema decorators applied by hand must round-trip and match openssl's view).

import { createHash } from "node:crypto";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import { describe, expect, it } from "vitest";
import { bmpPassword, fromBase64, toBase64, toBase64Lines, toColonHex, toHex } from "./bytes";
import { SHA1, SHA256 } from "./hash";
import { pkcs12Kdf } from "./pbe";
import { rc2CbcDecrypt, rc2DecryptBlock, rc2ExpandKey } from "./rc2";
import { CmsEncryptedData, OID, Pbes2Params, Pbkdf2Params, Pkcs12PbeParams } from "./schemas";
import { openssl } from "./tools.test-helpers";

const hex = (text: string) => new Uint8Array(Buffer.from(text, "hex"));

describe("synchronous SHA-1 / SHA-256", () => {
  it("equal node:crypto for lengths around the block boundaries", () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
      expect(toHex(SHA1.digest(data))).toBe(createHash("sha1").update(data).digest("hex"));
      expect(toHex(SHA256.digest(data))).toBe(createHash("sha256").update(data).digest("hex"));
    }
  });

  it("iterate(data, n) is the hash applied n times", () => {
    for (const [hash, name] of [
      [SHA1, "sha1"],
      [SHA256, "sha256"],
    ] as const) {
      const data = new Uint8Array(100).fill(0x5a);
      let expected: Buffer = Buffer.from(data);
      for (let i = 0; i < 7; i++) expected = createHash(name).update(expected).digest();
      expect(toHex(hash.iterate(data, 7))).toBe(expected.toString("hex"));
      expect(toHex(hash.iterate(data, 1))).toBe(createHash(name).update(data).digest("hex"));
    }
  });
});

describe("PKCS#12 key derivation (RFC 7292 appendix B)", () => {
  // Vectors published with OpenSSL's and Bouncy Castle's PKCS#12 KDF tests.
  it("derives the published key and IV for password 'smeg'", () => {
    const salt = hex("0a58cf64530d823f");
    expect(toHex(pkcs12Kdf(SHA1, bmpPassword("smeg"), salt, 1, 1, 24))).toBe(
      "8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3",
    );
    expect(toHex(pkcs12Kdf(SHA1, bmpPassword("smeg"), salt, 2, 1, 8))).toBe("79993dfe048d3b76");
  });

  it("equals openssl's PKCS12KDF for SHA-1 and SHA-256, every id, multi-block lengths and long passwords", () => {
    const cases: [typeof SHA1, string, string, 1 | 2 | 3, number, number][] = [
      [SHA1, "queeg", "3d83c0e4546ac140", 3, 1000, 20],
      [SHA1, "correct horse battery staple", "0102030405060708", 1, 2048, 24],
      [SHA1, "pässwörd", "ffeeddccbbaa9988", 2, 3, 8],
      [SHA256, "x".repeat(70), "00112233445566778899aabbccddeeff", 3, 100, 32],
      [SHA256, "queeg", "3d83c0e4546ac140", 1, 10, 70],
    ];
    for (const [hash, password, salt, id, iterations, length] of cases) {
      const expected = openssl([
        "kdf",
        "-keylen",
        String(length),
        "-kdfopt",
        `digest:${hash.name.replace("-", "")}`,
        "-kdfopt",
        `hexpass:${toHex(bmpPassword(password))}`,
        "-kdfopt",
        `hexsalt:${salt}`,
        "-kdfopt",
        `iter:${iterations}`,
        "-kdfopt",
        `id:${id}`,
        "PKCS12KDF",
      ])
        .trim()
        .replace(/:/g, "")
        .toLowerCase();
      expect(toHex(pkcs12Kdf(hash, bmpPassword(password), hex(salt), id, iterations, length))).toBe(expected);
    }
  });
});

describe("RC2 (RFC 2268 test vectors, decryption)", () => {
  const vectors: [string, number, string, string][] = [
    ["0000000000000000", 63, "0000000000000000", "ebb773f993278eff"],
    ["ffffffffffffffff", 64, "ffffffffffffffff", "278b27e42e2f0d49"],
    ["3000000000000000", 64, "1000000000000001", "30649edf9be7d2c2"],
    ["88", 64, "0000000000000000", "61a8a244adacccf0"],
    ["88bca90e90875a", 64, "0000000000000000", "6ccf4308974c267f"],
    ["88bca90e90875a7f0f79c384627bafb2", 64, "0000000000000000", "1a807d272bbe5db1"],
    ["88bca90e90875a7f0f79c384627bafb2", 128, "0000000000000000", "2269552ab0f85ca6"],
  ];
  it.each(vectors)("key %s (%i bits)", (key, bits, plain, cipher) => {
    const block = hex(cipher);
    rc2DecryptBlock(rc2ExpandKey(hex(key), bits), block, 0);
    expect(toHex(block)).toBe(plain);
  });

  it("decrypts RC2-40-CBC produced by openssl", () => {
    const key = "0102030405";
    const iv = "0001020304050607";
    const plain = new TextEncoder().encode("certificate bag contents, 40 bytes long.");
    const legacyOk = openssl(["list", "-cipher-algorithms", "-provider", "legacy"])
      .toUpperCase()
      .includes("RC2-40-CBC");
    if (!legacyOk) return;
    const out = Buffer.from(
      openssl(
        [
          "enc",
          "-rc2-40-cbc",
          "-K",
          key,
          "-iv",
          iv,
          "-provider",
          "legacy",
          "-provider",
          "default",
          "-base64",
          "-A",
        ],
        { input: plain },
      ).trim(),
      "base64",
    );
    const decrypted = rc2CbcDecrypt(hex(key), 40, hex(iv), new Uint8Array(out));
    const pad = decrypted[decrypted.length - 1]!;
    expect(new TextDecoder().decode(decrypted.subarray(0, decrypted.length - pad))).toBe(
      new TextDecoder().decode(plain),
    );
  });
});

describe("hand-declared ASN.1 schemas (no decorators)", () => {
  it("PBKDF2-params round-trip with and without the optional fields", () => {
    const params = new Pbkdf2Params();
    params.salt = new OctetString(hex("00112233445566778899aabbccddeeff"));
    params.iterationCount = 600_000;
    params.prf = new AlgorithmIdentifier({ algorithm: OID.hmacWithSHA256, parameters: null });
    const der = AsnConvert.serialize(params);
    const parsed = AsnConvert.parse(der, Pbkdf2Params);
    expect(toHex(new Uint8Array(parsed.salt.buffer))).toBe("00112233445566778899aabbccddeeff");
    expect(parsed.iterationCount).toBe(600_000);
    expect(parsed.keyLength).toBeUndefined();
    expect(parsed.prf?.algorithm).toBe(OID.hmacWithSHA256);
    // openssl's own parser sees SEQUENCE { OCTET STRING, INTEGER, SEQUENCE { OID hmacWithSHA256, NULL } }
    const dump = openssl(["asn1parse", "-inform", "DER"], { input: new Uint8Array(der) });
    expect(dump).toMatch(/OCTET STRING/);
    expect(dump).toMatch(/INTEGER\s+:0927C0/);
    expect(dump).toMatch(/hmacWithSHA256/);

    const bare = new Pbkdf2Params();
    bare.salt = new OctetString(hex("01"));
    bare.iterationCount = 2048;
    bare.keyLength = 32;
    const reparsed = AsnConvert.parse(AsnConvert.serialize(bare), Pbkdf2Params);
    expect(reparsed.keyLength).toBe(32);
    expect(reparsed.prf).toBeUndefined();
  });

  it("PBES2-params, pkcs-12PbeParams and CMS EncryptedData round-trip", () => {
    const pbes2 = new Pbes2Params();
    pbes2.keyDerivationFunc = new AlgorithmIdentifier({
      algorithm: OID.pbkdf2,
      parameters: AsnConvert.serialize(new Pkcs12PbeParams()),
    });
    pbes2.encryptionScheme = new AlgorithmIdentifier({
      algorithm: OID.aes256Cbc,
      parameters: AsnConvert.serialize(new OctetString(new Uint8Array(16))),
    });
    const parsed = AsnConvert.parse(AsnConvert.serialize(pbes2), Pbes2Params);
    expect(parsed.keyDerivationFunc.algorithm).toBe(OID.pbkdf2);
    expect(parsed.encryptionScheme.algorithm).toBe(OID.aes256Cbc);

    const pbe = new Pkcs12PbeParams();
    pbe.salt = new OctetString(hex("0102030405060708"));
    pbe.iterations = 600_000;
    expect(AsnConvert.parse(AsnConvert.serialize(pbe), Pkcs12PbeParams).iterations).toBe(600_000);

    const encrypted = new CmsEncryptedData();
    encrypted.encryptedContentInfo.contentType = OID.data;
    encrypted.encryptedContentInfo.contentEncryptionAlgorithm.algorithm = OID.pbeWithSHAAnd3KeyTripleDesCbc;
    const der = AsnConvert.serialize(encrypted);
    const back = AsnConvert.parse(der, CmsEncryptedData);
    expect(back.version).toBe(0);
    expect(back.encryptedContentInfo.contentEncryptionAlgorithm.algorithm).toBe(
      OID.pbeWithSHAAnd3KeyTripleDesCbc,
    );
  });
});

describe("base64", () => {
  it("round-trips every length and refuses bad input", () => {
    for (let length = 0; length < 40; length++) {
      const data = new Uint8Array(length).map((_, i) => (i * 97) & 0xff);
      const text = toBase64(data);
      expect(text).toBe(Buffer.from(data).toString("base64"));
      expect(toHex(fromBase64(text)!)).toBe(toHex(data));
    }
    expect(fromBase64("abc")).toBeNull();
    expect(fromBase64("ab$d")).toBeNull();
    expect(fromBase64("a===")).toBeNull();
  });

  it("toBase64Lines writes the base64 of every length in lines of 64 characters, each ending with a newline", () => {
    for (const length of [...Array.from({ length: 200 }, (_, i) => i), 6143, 6144, 7000, 20_000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 89 + 3) & 0xff);
      const expected = (
        Buffer.from(data)
          .toString("base64")
          .match(/.{1,64}/g) ?? []
      ).map((l) => `${l}\n`);
      expect(toBase64Lines(data)).toBe(expected.join(""));
    }
  });

  it("toColonHex prints bytes as openssl prints a fingerprint", () => {
    expect(toColonHex(new Uint8Array([]))).toBe("");
    expect(toColonHex(new Uint8Array([0x0a]))).toBe("0A");
    expect(toColonHex(new Uint8Array([0xab, 0x01, 0xff]))).toBe("AB:01:FF");
  });
});
