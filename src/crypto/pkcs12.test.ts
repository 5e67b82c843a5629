// PKCS#12 files, modern and legacy, read back by openssl (without -legacy) and by certtool.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeySpec } from "../domain/types";
import { createCsr } from "./csr";
import { CryptoError } from "./errors";
import { spkiSha256Of } from "./fingerprint";
import { generateKeyPair, type KeyPair } from "./keys";
import { matchKeyToCertificate, spkiSha256OfCertificate } from "./match";
import { buildPkcs12, type Pkcs12Profile, WINDOWS_MAX_ITERATIONS } from "./pkcs12";
import {
  issue,
  makeCa,
  opensslBytes,
  opensslSpki,
  planFixture,
  run,
  TempDir,
  type TestCa,
} from "./tools.test-helpers";

let dir: TempDir;
let ca: TestCa;
const material: Record<string, { keys: KeyPair; certificate: string }> = {};

beforeAll(async () => {
  dir = new TempDir();
  ca = makeCa(dir);
  for (const spec of [
    { algorithm: "RSA", size: 2048 },
    { algorithm: "ECDSA", curve: "P-256" },
  ] as KeySpec[]) {
    const keys = await generateKeyPair(spec);
    const csr = await createCsr(planFixture(spec), keys);
    material[spec.algorithm] = { keys, certificate: issue(dir, ca, csr.pem) };
  }
});
afterAll(() => dir.cleanup());

async function failure(promise: Promise<unknown>): Promise<CryptoError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CryptoError) return error;
    throw error;
  }
  throw new Error("expected a CryptoError");
}

describe.each(["modern", "legacy"] as Pkcs12Profile[])("buildPkcs12 (%s)", (profile) => {
  it.each(["RSA", "ECDSA"])(
    "%s: openssl and certtool open it with the passphrase and refuse a wrong one",
    async (algorithm) => {
      const { keys, certificate } = material[algorithm]!;
      const pfx = await buildPkcs12({
        key: keys,
        certificate,
        chain: [ca.rootPem, ca.intermediatePem],
        passphrase: "Pfx pass 1",
        friendlyName: "Edge external 2026",
        profile,
      });
      const path = dir.write(`${algorithm}-${profile}.pfx`, pfx);

      // openssl 3 reads both profiles by default (no -legacy: 3DES is in the default provider).
      const info = run("openssl", ["pkcs12", "-in", path, "-passin", "pass:Pfx pass 1", "-info", "-nodes"]);
      expect(info.code, info.stderr).toBe(0);
      const details = info.stderr + info.stdout;
      if (profile === "modern") {
        expect(details).toMatch(/MAC: sha256, Iteration 100000/);
        expect(details).toMatch(
          /Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 100000, PRF hmacWithSHA256/,
        );
        expect(details).toMatch(/PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC/);
      } else {
        expect(details).toMatch(/MAC: sha1, Iteration 40000/);
        expect(details).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 40000/);
        expect(details).toMatch(/PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 40000/);
      }
      // friendlyName and the same localKeyID on the key bag and the certificate bag
      expect(details.match(/friendlyName: Edge external 2026/g)).toHaveLength(2);
      const keyIds = [...details.matchAll(/localKeyID: ([0-9A-F ]+)/g)].map((match) => match[1]!.trim());
      expect(keyIds).toHaveLength(2);
      expect(keyIds[0]).toBe(keyIds[1]);
      // leaf + the two chain certificates
      expect(info.stdout.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(3);

      // The key inside belongs to the certificate.
      const keyPem = run("openssl", [
        "pkcs12",
        "-in",
        path,
        "-passin",
        "pass:Pfx pass 1",
        "-nocerts",
        "-nodes",
      ]).stdout;
      const keySpki = opensslBytes(["pkey", "-pubout", "-outform", "DER"], { input: keyPem });
      const certSpki = opensslSpki("cert", dir.write(`${algorithm}-${profile}.crt`, certificate));
      expect(Buffer.from(keySpki).equals(Buffer.from(certSpki))).toBe(true);

      const wrong = run("openssl", ["pkcs12", "-in", path, "-passin", "pass:pfx pass 1", "-noout"]);
      expect(wrong.code).not.toBe(0);
      expect(wrong.stderr).toMatch(/Mac verify error/);

      const gnutls = run("certtool", ["--p12-info", "--inder", "--password", "Pfx pass 1", "--infile", path]);
      expect(gnutls.code, gnutls.stderr).toBe(0);
      expect(gnutls.stdout).toMatch(/Friendly name: Edge external 2026/);
      expect(gnutls.stdout).toMatch(profile === "modern" ? /PBES2-AES256-CBC/ : /PKCS12-3DES-SHA1/);
      expect(
        run("certtool", ["--p12-info", "--inder", "--password", "wrong", "--infile", path]).code,
      ).not.toBe(0);
    },
  );
});

describe("key ↔ certificate matching", () => {
  it("matchKeyToCertificate and spkiSha256Of agree with the certificate's public key", async () => {
    const { keys, certificate } = material.RSA!;
    expect(await matchKeyToCertificate(keys, certificate)).toBe(true);
    expect(await matchKeyToCertificate(keys.privateKey, certificate)).toBe(true);
    expect(await matchKeyToCertificate(material.ECDSA!.keys, certificate)).toBe(false);
    const certSpki = opensslSpki("cert", dir.write("match.crt", certificate));
    expect(await spkiSha256Of(keys)).toBe(await spkiSha256Of(certSpki));
    expect(await spkiSha256OfCertificate(certificate)).toBe(await spkiSha256Of(keys.privateKey));
  });
});

describe("buildPkcs12 refuses", () => {
  it("a key that does not belong to the certificate", async () => {
    const error = await failure(
      buildPkcs12({
        key: material.ECDSA!.keys,
        certificate: material.RSA!.certificate,
        passphrase: "x-pass",
        profile: "modern",
      }),
    );
    expect(error.code).toBe("key-mismatch");
    expect(error.message).toMatch(/does not belong to this certificate/);
  });

  it("empty passphrases, unknown profiles and (legacy) more than 600,000 iterations", async () => {
    const base = {
      key: material.RSA!.keys,
      certificate: material.RSA!.certificate,
      profile: "legacy" as const,
    };
    expect((await failure(buildPkcs12({ ...base, passphrase: "  " }))).code).toBe("empty-passphrase");
    expect(
      (await failure(buildPkcs12({ ...base, passphrase: "p", profile: "weird" as unknown as Pkcs12Profile })))
        .message,
    ).toMatch(/Unknown PKCS#12 profile/);
    expect(
      (await failure(buildPkcs12({ ...base, passphrase: "p", iterations: WINDOWS_MAX_ITERATIONS + 1 })))
        .message,
    ).toMatch(/Windows refuses PKCS#12 files with more than 600,000 iterations/);
    expect(
      (await failure(buildPkcs12({ ...base, passphrase: "p", certificate: "not a certificate" }))).code,
    ).toBe("invalid-input");
  });
});
