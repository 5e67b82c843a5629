// Private key files: PKCS#8 PEM, plain or encrypted (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC).

import { EncryptedData, EncryptedPrivateKeyInfo, PrivateKeyInfo } from "@peculiar/asn1-pkcs8";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import * as asn1js from "asn1js";
import { type Bytes, bytes } from "./bytes";
import { CryptoError } from "./errors";
import type { KeyPair } from "./keys";
import {
  checkPassphrase,
  derivePbes2Key,
  type Pbes2Key,
  pbeDecrypt,
  pbes2Encrypt,
  WrongPassphraseError,
} from "./pbe";
import { encodePem } from "./pem";
import { OID } from "./schemas";

/** PBKDF2 iterations of an encrypted key file (OWASP 2023 recommendation for PBKDF2-HMAC-SHA256). */
export const KEY_FILE_ITERATIONS = 600_000;

async function pkcs8Of(key: CryptoKey | Pick<KeyPair, "privateKey">): Promise<Bytes> {
  const privateKey = "privateKey" in key ? key.privateKey : key;
  if (privateKey.type !== "private") {
    throw new CryptoError("invalid-input", "This is a public key; a key file needs the private key.");
  }
  if (!privateKey.extractable) {
    throw new CryptoError(
      "key-not-extractable",
      "This private key was created non-extractable and cannot be written to a file.",
    );
  }
  return new Uint8Array(await globalThis.crypto.subtle.exportKey("pkcs8", privateKey));
}

/** EncryptedPrivateKeyInfo DER of a PKCS#8 key (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC). */
export async function encryptPkcs8(
  pkcs8: Uint8Array,
  passphrase: string,
  iterations: number = KEY_FILE_ITERATIONS,
): Promise<Bytes> {
  checkPassphrase(passphrase, "the key file");
  return encryptWith(pkcs8, await derivePbes2Key(passphrase, iterations));
}

async function encryptWith(pkcs8: Uint8Array, derived: Pbes2Key): Promise<Bytes> {
  const { algorithm, ciphertext } = await pbes2Encrypt(pkcs8, derived);
  const info = new EncryptedPrivateKeyInfo({
    encryptionAlgorithm: algorithm,
    encryptedData: new EncryptedData(ciphertext),
  });
  return new Uint8Array(AsnConvert.serialize(info));
}

/**
 * A writer of encrypted key files that all share one passphrase (the keys in "Download all (.zip)"): the
 * same "ENCRYPTED PRIVATE KEY" PEM as exportPrivateKey, but the PBKDF2 key is derived once, so a zip of
 * 1,000 keys costs one 600,000-iteration derivation, not 1,000. The files share the salt (one passphrase
 * already opens them all); each has its own random AES-CBC IV.
 */
export async function encryptedKeyWriter(
  passphrase: string,
  iterations: number = KEY_FILE_ITERATIONS,
): Promise<(key: CryptoKey | Pick<KeyPair, "privateKey">) => Promise<string>> {
  checkPassphrase(passphrase, "the key files");
  const derived = await derivePbes2Key(passphrase, iterations);
  return async (key) => {
    const pkcs8 = await pkcs8Of(key);
    try {
      return encodePem("ENCRYPTED PRIVATE KEY", await encryptWith(pkcs8, derived));
    } finally {
      pkcs8.fill(0);
    }
  };
}

/**
 * The private key as a PEM key file: "PRIVATE KEY" (PKCS#8), or with a passphrase "ENCRYPTED PRIVATE KEY"
 * (PBES2 with PBKDF2-HMAC-SHA256 at 600,000 iterations and AES-256-CBC), which `openssl pkey -passin`,
 * `certtool --key-info --pkcs8` and Windows read. An empty or blank passphrase is refused.
 */
export async function exportPrivateKey(
  key: CryptoKey | Pick<KeyPair, "privateKey">,
  passphrase?: string,
): Promise<string> {
  if (passphrase !== undefined) checkPassphrase(passphrase, "the key file");
  const pkcs8 = await pkcs8Of(key);
  try {
    if (passphrase === undefined) return encodePem("PRIVATE KEY", pkcs8);
    return encodePem("ENCRYPTED PRIVATE KEY", await encryptPkcs8(pkcs8, passphrase));
  } finally {
    pkcs8.fill(0);
  }
}

/** PKCS#8 DER of a key (for PKCS#12 building). */
export async function exportPkcs8(key: CryptoKey | Pick<KeyPair, "privateKey">): Promise<Bytes> {
  return pkcs8Of(key);
}

/** True when DER bytes parse as a PKCS#8 PrivateKeyInfo. */
export function isPrivateKeyInfo(der: Uint8Array): boolean {
  try {
    const info = AsnConvert.parse(bytes(der), PrivateKeyInfo);
    return info.privateKey.byteLength > 0 && info.privateKeyAlgorithm.algorithm !== "";
  } catch {
    return false;
  }
}

/** Decrypts an EncryptedPrivateKeyInfo. Throws WrongPassphraseError or CryptoError. */
export async function decryptPkcs8(
  encrypted: Uint8Array,
  passphrase: string,
  what = "the key file",
): Promise<Bytes> {
  const info = AsnConvert.parse(bytes(encrypted), EncryptedPrivateKeyInfo);
  const plain = await pbeDecrypt(
    info.encryptionAlgorithm,
    new Uint8Array(info.encryptedData.buffer),
    passphrase,
    what,
  );
  // A wrong passphrase passes the padding check about once in 256 tries: the content tells.
  if (!isPrivateKeyInfo(plain)) throw new WrongPassphraseError(what);
  return plain;
}

export function encryptionAlgorithmOf(encrypted: Uint8Array): AlgorithmIdentifier {
  return AsnConvert.parse(bytes(encrypted), EncryptedPrivateKeyInfo).encryptionAlgorithm;
}

// ---------------------------------------------------------------- traditional OpenSSL keys

/** PKCS#8 from a traditional "RSA PRIVATE KEY" (PKCS#1 RSAPrivateKey) DER. */
export function pkcs8FromRsaPrivateKey(der: Uint8Array): Bytes {
  const info = new PrivateKeyInfo({
    privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: OID.rsaEncryption, parameters: null }),
    privateKey: new OctetString(bytes(der)),
  });
  return new Uint8Array(AsnConvert.serialize(info));
}

/** PKCS#8 from a traditional "EC PRIVATE KEY" (RFC 5915 ECPrivateKey) DER; its curve moves to the
 *  AlgorithmIdentifier, as in every PKCS#8 EC key. */
export function pkcs8FromEcPrivateKey(der: Uint8Array): Bytes {
  const parsed = asn1js.fromBER(bytes(der));
  const root = parsed.result;
  if (parsed.offset === -1 || !(root instanceof asn1js.Sequence)) {
    throw new CryptoError("invalid-input", "The EC private key is damaged.");
  }
  let curve: string | null = null;
  for (const item of root.valueBlock.value) {
    if (item.idBlock.tagClass === 3 && item.idBlock.tagNumber === 0 && item instanceof asn1js.Constructed) {
      const inner = item.valueBlock.value[0];
      if (inner instanceof asn1js.ObjectIdentifier) curve = inner.valueBlock.toString();
    }
  }
  if (!curve) {
    throw new CryptoError(
      "unsupported-key",
      'The EC private key does not name its curve; convert it with "openssl pkcs8 -topk8".',
    );
  }
  const info = new PrivateKeyInfo({
    privateKeyAlgorithm: new AlgorithmIdentifier({
      algorithm: OID.ecPublicKey,
      parameters: new asn1js.ObjectIdentifier({ value: curve }).toBER(false),
    }),
    privateKey: new OctetString(bytes(der)),
  });
  return new Uint8Array(AsnConvert.serialize(info));
}
