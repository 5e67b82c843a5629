// Key pairs with WebCrypto: generation, import of PKCS#8 key files, and the public key of a private key.

import { PrivateKeyInfo } from "@peculiar/asn1-pkcs8";
import { AsnConvert } from "@peculiar/asn1-schema";
import * as asn1js from "asn1js";
import type { KeySpec } from "../domain/types";
import { type Bytes, bytes } from "./bytes";
import { CryptoError } from "./errors";
import { OID } from "./schemas";

const subtle = () => globalThis.crypto.subtle;

/** A key pair in memory (never stored, never sent anywhere), with the spec it was made for. */
export interface KeyPair {
  spec: KeySpec;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** The key types the app generates. */
export const GENERATED_KEY_SPECS: readonly KeySpec[] = [
  { algorithm: "RSA", size: 2048 },
  { algorithm: "RSA", size: 3072 },
  { algorithm: "RSA", size: 4096 },
  { algorithm: "ECDSA", curve: "P-256" },
  { algorithm: "ECDSA", curve: "P-384" },
];

export function describeKeySpec(spec: KeySpec): string {
  return spec.algorithm === "RSA" ? `RSA ${spec.size}` : `ECDSA ${spec.curve}`;
}

/** Throws a CryptoError unless the app may generate this key type. */
export function checkGeneratedKeySpec(spec: KeySpec): void {
  if (spec?.algorithm === "RSA") {
    if (spec.size === 2048 || spec.size === 3072 || spec.size === 4096) return;
    if (typeof spec.size === "number" && spec.size < 2048) {
      throw new CryptoError(
        "unsupported-key",
        `RSA ${spec.size} is too weak: public CAs and current browsers require at least RSA 2048. Choose RSA 2048, 3072 or 4096, or ECDSA P-256/P-384.`,
      );
    }
    throw new CryptoError(
      "unsupported-key",
      `RSA ${String(spec.size)} is not offered: choose RSA 2048, 3072 or 4096 (UC products and Windows certificate stores are tested with these).`,
    );
  }
  if (spec?.algorithm === "ECDSA") {
    if (spec.curve === "P-256" || spec.curve === "P-384") return;
    throw new CryptoError(
      "unsupported-key",
      `ECDSA ${String(spec.curve)} is not offered: choose ECDSA P-256 or P-384 (P-521 is not supported by many UC products and public CAs).`,
    );
  }
  throw new CryptoError(
    "unsupported-key",
    `Unknown key type ${JSON.stringify(spec)}: choose RSA 2048/3072/4096 or ECDSA P-256/P-384.`,
  );
}

/** WebCrypto parameters for a key spec: RSASSA-PKCS1-v1_5 with SHA-256; ECDSA with SHA-256 (P-256),
 *  SHA-384 (P-384) or SHA-512 (P-521). */
export function keyAlgorithm(spec: KeySpec): RsaHashedKeyGenParams | EcKeyGenParams {
  if (spec.algorithm === "RSA") {
    return {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: spec.size,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    };
  }
  return { name: "ECDSA", namedCurve: spec.curve };
}

export function signatureHash(spec: KeySpec): "SHA-256" | "SHA-384" | "SHA-512" {
  if (spec.algorithm === "RSA") return "SHA-256";
  return spec.curve === "P-384" ? "SHA-384" : spec.curve === "P-521" ? "SHA-512" : "SHA-256";
}

export function signingAlgorithm(spec: KeySpec): Algorithm | EcdsaParams {
  if (spec.algorithm === "RSA") return { name: "RSASSA-PKCS1-v1_5" };
  return { name: "ECDSA", hash: signatureHash(spec) } as EcdsaParams;
}

/** The KeySpec of a WebCrypto key (RSASSA-PKCS1-v1_5 or ECDSA), or null for anything else. */
export function keySpecOf(key: CryptoKey): KeySpec | null {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm & EcKeyAlgorithm>;
  if (algorithm.name === "RSASSA-PKCS1-v1_5" && typeof algorithm.modulusLength === "number") {
    return { algorithm: "RSA", size: algorithm.modulusLength };
  }
  if (algorithm.name === "ECDSA") {
    const curve = algorithm.namedCurve;
    if (curve === "P-256" || curve === "P-384" || curve === "P-521") return { algorithm: "ECDSA", curve };
  }
  return null;
}

/**
 * Generates a key pair for a CSR. The private key is created extractable because the admin must be
 * able to write it to a key file (PKCS#8, plain or encrypted) and to a PKCS#12 file; it lives only in
 * this page's memory and is gone when the page is closed. Nothing else ever reads it.
 */
export async function generateKeyPair(spec: KeySpec): Promise<KeyPair> {
  checkGeneratedKeySpec(spec);
  const pair = (await subtle().generateKey(keyAlgorithm(spec), true, ["sign", "verify"])) as CryptoKeyPair;
  return { spec: { ...spec }, privateKey: pair.privateKey, publicKey: pair.publicKey };
}

/** Derives the public key of a private key (through its JWK form: RSA n/e, EC x/y). */
export async function publicKeyOf(privateKey: CryptoKey): Promise<CryptoKey> {
  if (privateKey.type === "public") return privateKey;
  if (!privateKey.extractable) {
    throw new CryptoError(
      "key-not-extractable",
      "This private key cannot be read back (it was created non-extractable), so its public key cannot be computed.",
    );
  }
  const jwk = await subtle().exportKey("jwk", privateKey);
  const algorithm = privateKey.algorithm as RsaHashedKeyAlgorithm & EcKeyAlgorithm;
  if (jwk.kty === "RSA") {
    const publicJwk: JsonWebKey = { kty: "RSA", n: jwk.n, e: jwk.e, ext: true };
    return subtle().importKey("jwk", publicJwk, { name: algorithm.name, hash: algorithm.hash }, true, [
      "verify",
    ]);
  }
  if (jwk.kty === "EC") {
    const publicJwk: JsonWebKey = { kty: "EC", crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true };
    return subtle().importKey(
      "jwk",
      publicJwk,
      { name: algorithm.name, namedCurve: algorithm.namedCurve },
      true,
      ["verify"],
    );
  }
  throw new CryptoError("invalid-input", `Keys of type ${jwk.kty ?? "unknown"} are not supported.`);
}

/** SubjectPublicKeyInfo DER of a key (public, or private through publicKeyOf). */
export async function exportSpki(key: CryptoKey): Promise<Bytes> {
  const publicKey = key.type === "private" ? await publicKeyOf(key) : key;
  return new Uint8Array(await subtle().exportKey("spki", publicKey));
}

const CURVES: Record<string, "P-256" | "P-384" | "P-521"> = {
  [OID.p256]: "P-256",
  [OID.p384]: "P-384",
  [OID.p521]: "P-521",
};

export function curveOfOid(oid: string): "P-256" | "P-384" | "P-521" | null {
  return CURVES[oid] ?? null;
}

export function curveOfParameters(parameters: ArrayBuffer | null | undefined): string | null {
  if (!parameters) return null;
  const parsed = asn1js.fromBER(parameters);
  return parsed.offset !== -1 && parsed.result instanceof asn1js.ObjectIdentifier
    ? parsed.result.valueBlock.toString()
    : null;
}

/**
 * Imports a PKCS#8 PrivateKeyInfo (DER) into WebCrypto: RSA keys as RSASSA-PKCS1-v1_5/SHA-256, EC keys
 * as ECDSA on their curve. The key is extractable, so that it can be written into a PKCS#12 file.
 */
export async function importPrivateKey(pkcs8: Uint8Array): Promise<KeyPair> {
  let info: PrivateKeyInfo;
  try {
    info = AsnConvert.parse(bytes(pkcs8), PrivateKeyInfo);
  } catch {
    throw new CryptoError("invalid-input", "This is not a PKCS#8 private key (the structure is damaged).");
  }
  const oid = info.privateKeyAlgorithm.algorithm;
  let algorithm: RsaHashedImportParams | EcKeyImportParams;
  if (oid === OID.rsaEncryption) {
    algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  } else if (oid === OID.ecPublicKey) {
    const curveOid = curveOfParameters(info.privateKeyAlgorithm.parameters);
    const curve = curveOid ? curveOfOid(curveOid) : null;
    if (!curve) {
      throw new CryptoError(
        "unsupported-key",
        `This EC key is on the curve ${curveOid ?? "(not named)"}; only P-256, P-384 and P-521 are supported.`,
      );
    }
    algorithm = { name: "ECDSA", namedCurve: curve };
  } else {
    throw new CryptoError(
      "unsupported-key",
      `This is a ${describeKeyOid(oid)} key; only RSA and ECDSA keys can be used for UC certificates here.`,
    );
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await subtle().importKey("pkcs8", bytes(pkcs8), algorithm, true, ["sign"]);
  } catch (error) {
    throw new CryptoError(
      "invalid-input",
      `The private key could not be loaded (${error instanceof Error ? error.message : String(error)}): the key file is damaged.`,
    );
  }
  const publicKey = await publicKeyOf(privateKey);
  const spec = keySpecOf(privateKey);
  if (!spec) throw new CryptoError("unsupported-key", "This key type is not supported.");
  return { spec, privateKey, publicKey };
}

export function describeKeyOid(oid: string): string {
  switch (oid) {
    case OID.rsaEncryption:
      return "RSA";
    case OID.rsassaPss:
      return "RSA-PSS";
    case OID.ecPublicKey:
      return "EC";
    case OID.ed25519:
      return "Ed25519";
    case OID.ed448:
      return "Ed448";
    case OID.dsa:
      return "DSA";
    default:
      return oid;
  }
}
