// Key generation and key import.

import { describe, expect, it } from "vitest";
import type { KeySpec } from "../domain/types";
import { CryptoError } from "./errors";
import { exportSpki, generateKeyPair, importPrivateKey, keySpecOf, publicKeyOf } from "./keys";

async function rejection(promise: Promise<unknown>): Promise<CryptoError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("generateKeyPair", () => {
  it.each([
    [{ algorithm: "RSA", size: 2048 }, "RSASSA-PKCS1-v1_5"],
    [{ algorithm: "ECDSA", curve: "P-256" }, "ECDSA"],
    [{ algorithm: "ECDSA", curve: "P-384" }, "ECDSA"],
  ] as [KeySpec, string][])(
    "%o gives a WebCrypto %s key pair, private key extractable for the key file",
    async (spec, name) => {
      const pair = await generateKeyPair(spec);
      expect(pair.spec).toEqual(spec);
      expect(pair.privateKey.algorithm.name).toBe(name);
      expect(pair.privateKey.extractable).toBe(true);
      expect(pair.privateKey.usages).toEqual(["sign"]);
      expect(keySpecOf(pair.privateKey)).toEqual(spec);
      expect(keySpecOf(pair.publicKey)).toEqual(spec);
    },
  );

  it("refuses weak and unsupported keys with a clear message", async () => {
    const weak = await rejection(generateKeyPair({ algorithm: "RSA", size: 1024 }));
    expect(weak.code).toBe("unsupported-key");
    expect(weak.message).toMatch(/RSA 1024 is too weak/);
    expect((await rejection(generateKeyPair({ algorithm: "RSA", size: 8192 }))).message).toMatch(
      /RSA 8192 is not offered/,
    );
    expect((await rejection(generateKeyPair({ algorithm: "ECDSA", curve: "P-521" }))).message).toMatch(
      /P-521/,
    );
    expect((await rejection(generateKeyPair({ algorithm: "DSA" } as unknown as KeySpec))).message).toMatch(
      /Unknown key type/,
    );
  });
});

describe("importPrivateKey / publicKeyOf", () => {
  it("re-imports an exported PKCS#8 key with the same public key", async () => {
    for (const spec of [
      { algorithm: "ECDSA", curve: "P-256" },
      { algorithm: "RSA", size: 2048 },
    ] as KeySpec[]) {
      const pair = await generateKeyPair(spec);
      const pkcs8 = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
      const imported = await importPrivateKey(pkcs8);
      expect(imported.spec).toEqual(spec);
      expect(imported.privateKey.extractable).toBe(true);
      expect(
        Buffer.from(await exportSpki(imported.publicKey)).equals(
          Buffer.from(await exportSpki(pair.publicKey)),
        ),
      ).toBe(true);
      expect(
        Buffer.from(await exportSpki(await publicKeyOf(pair.privateKey))).equals(
          Buffer.from(await exportSpki(pair.publicKey)),
        ),
      ).toBe(true);
    }
  });

  it("refuses bytes that are not a key", async () => {
    expect((await rejection(importPrivateKey(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00])))).code).toBe(
      "invalid-input",
    );
  });
});
