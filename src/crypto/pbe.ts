// Password-based encryption: PBES2 (PBKDF2 + AES-CBC / 3DES-CBC) with WebCrypto, and the PKCS#12 PBE
// schemes of RFC 7292 appendix B/C (SHA-1 KDF + 3DES-CBC, and RC2-CBC for reading only).

import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import des from "des.js";
import { type Bytes, bmpPassword, bytes, concatBytes, randomBytes, utf8 } from "./bytes";
import { CryptoError } from "./errors";
import { SHA1, SHA256, type SyncHash } from "./hash";
import { rc2CbcDecrypt } from "./rc2";
import { iterationNumber, OID, Pbes2Params, Pbkdf2Params, Pkcs12PbeParams } from "./schemas";

const subtle = () => globalThis.crypto.subtle;

/** Highest PBKDF2 iteration count accepted from a file (≈2.5 s in WebCrypto): a damaged or hostile file
 *  must not freeze the page. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** Highest PKCS#12-KDF iteration count accepted from a file (pure JavaScript, ≈0.25 µs per round). */
export const MAX_PKCS12_KDF_ITERATIONS = 1_000_000;

/** Thrown by decryption when the ciphertext does not decrypt with this passphrase. */
export class WrongPassphraseError extends CryptoError {
  constructor(what = "the data") {
    super("wrong-passphrase", `Wrong passphrase: ${what} does not decrypt with it.`);
  }
}

/** Refuses empty and whitespace-only passphrases (they would protect nothing, and a blank field usually
 *  means the admin forgot to type one). */
export function checkPassphrase(passphrase: string, what: string): void {
  if (typeof passphrase !== "string" || passphrase.trim() === "") {
    throw new CryptoError(
      "empty-passphrase",
      `The passphrase for ${what} is empty. Type a passphrase (spaces alone do not count), or choose to write the file without encryption.`,
    );
  }
}

const NULL_PARAMS: null = null;

function der(value: unknown): ArrayBuffer {
  return AsnConvert.serialize(value);
}

// ---------------------------------------------------------------- PBES2

const PRF_HASH: Record<string, string> = {
  [OID.hmacWithSHA1]: "SHA-1",
  [OID.hmacWithSHA256]: "SHA-256",
  [OID.hmacWithSHA384]: "SHA-384",
  [OID.hmacWithSHA512]: "SHA-512",
};

const AES_KEY_LENGTH: Record<string, number> = {
  [OID.aes128Cbc]: 16,
  [OID.aes192Cbc]: 24,
  [OID.aes256Cbc]: 32,
};

export async function pbkdf2(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  hash: string,
  length: number,
): Promise<Bytes> {
  const base = await subtle().importKey("raw", bytes(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await subtle().deriveBits(
    { name: "PBKDF2", salt: bytes(salt), iterations, hash },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** A derived AES-256 key with the PBES2 parameters that produced it: the same key may encrypt several
 *  structures (each with its own IV), e.g. the key bag and the certificate safe of one PKCS#12 file. */
export interface Pbes2Key {
  iterations: number;
  salt: Bytes;
  key: Bytes;
}

export async function derivePbes2Key(passphrase: string, iterations: number): Promise<Pbes2Key> {
  const salt = randomBytes(16);
  const key = await pbkdf2(utf8(passphrase), salt, iterations, "SHA-256", 32);
  return { iterations, salt, key };
}

/** Encrypts with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) and returns the AlgorithmIdentifier + ciphertext. */
export async function pbes2Encrypt(
  plaintext: Uint8Array,
  derived: Pbes2Key,
): Promise<{ algorithm: AlgorithmIdentifier; ciphertext: Bytes }> {
  const iv = randomBytes(16);
  const aesKey = await subtle().importKey("raw", derived.key, "AES-CBC", false, ["encrypt"]);
  const ciphertext = new Uint8Array(
    await subtle().encrypt({ name: "AES-CBC", iv }, aesKey, bytes(plaintext)),
  );
  const kdfParams = new Pbkdf2Params();
  kdfParams.salt = new OctetString(derived.salt);
  kdfParams.iterationCount = derived.iterations;
  kdfParams.prf = new AlgorithmIdentifier({ algorithm: OID.hmacWithSHA256, parameters: NULL_PARAMS });
  const params = new Pbes2Params();
  params.keyDerivationFunc = new AlgorithmIdentifier({ algorithm: OID.pbkdf2, parameters: der(kdfParams) });
  params.encryptionScheme = new AlgorithmIdentifier({
    algorithm: OID.aes256Cbc,
    parameters: der(new OctetString(iv)),
  });
  return {
    algorithm: new AlgorithmIdentifier({ algorithm: OID.pbes2, parameters: der(params) }),
    ciphertext,
  };
}

function unsupported(message: string): CryptoError {
  return new CryptoError("invalid-input", message);
}

function paramsOf(algorithm: AlgorithmIdentifier): ArrayBuffer {
  if (!algorithm.parameters) throw unsupported("The encryption parameters are missing: the file is damaged.");
  return algorithm.parameters;
}

function removePadding(data: Uint8Array, blockSize: number, what: string): Bytes {
  const pad = data[data.length - 1];
  if (data.length === 0 || pad === undefined || pad < 1 || pad > blockSize || pad > data.length) {
    throw new WrongPassphraseError(what);
  }
  for (let i = data.length - pad; i < data.length; i++) {
    if (data[i] !== pad) throw new WrongPassphraseError(what);
  }
  return bytes(data.subarray(0, data.length - pad));
}

function addPadding(data: Uint8Array, blockSize: number): Bytes {
  const pad = blockSize - (data.length % blockSize);
  return concatBytes(data, new Uint8Array(pad).fill(pad));
}

function tripleDes(type: "encrypt" | "decrypt", key: Uint8Array, iv: Uint8Array, data: Uint8Array): Bytes {
  const cipher = des.CBC.instantiate(des.EDE).create({ type, key, iv, padding: false });
  const out = cipher.update(data).concat(cipher.final());
  return new Uint8Array(out);
}

async function pbes2Decrypt(params: ArrayBuffer, ciphertext: Uint8Array, passphrase: string, what: string) {
  const pbes2 = AsnConvert.parse(params, Pbes2Params);
  if (pbes2.keyDerivationFunc.algorithm !== OID.pbkdf2) {
    throw unsupported(
      `${what} uses the key derivation ${pbes2.keyDerivationFunc.algorithm} (not PBKDF2), which this app cannot read.`,
    );
  }
  const kdf = AsnConvert.parse(paramsOf(pbes2.keyDerivationFunc), Pbkdf2Params);
  const iterations = iterationNumber(kdf.iterationCount);
  if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw unsupported(
      `${what} asks for ${kdf.iterationCount} PBKDF2 iterations; this app accepts 1 to 10,000,000.`,
    );
  }
  const prf = kdf.prf?.algorithm ?? OID.hmacWithSHA1;
  const hash = PRF_HASH[prf];
  if (!hash) throw unsupported(`${what} uses the PBKDF2 hash ${prf}, which this app cannot read.`);
  const scheme = pbes2.encryptionScheme;
  const iv = bytes(AsnConvert.parse(paramsOf(scheme), OctetString).buffer);
  const salt = bytes(kdf.salt.buffer);
  const password = utf8(passphrase);
  const aesLength = AES_KEY_LENGTH[scheme.algorithm];
  if (aesLength !== undefined) {
    if (iv.length !== 16 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
      throw unsupported(`${what} is damaged (its AES-CBC data has the wrong length).`);
    }
    const key = await pbkdf2(password, salt, iterations, hash, aesLength);
    const aesKey = await subtle().importKey("raw", key, "AES-CBC", false, ["decrypt"]);
    try {
      return new Uint8Array(await subtle().decrypt({ name: "AES-CBC", iv }, aesKey, bytes(ciphertext)));
    } catch {
      // WebCrypto reports a bad padding block as OperationError: with a valid file, the passphrase is wrong.
      throw new WrongPassphraseError(what);
    }
  }
  if (scheme.algorithm === OID.desEde3Cbc) {
    if (iv.length !== 8 || ciphertext.length === 0 || ciphertext.length % 8 !== 0) {
      throw unsupported(`${what} is damaged (its 3DES-CBC data has the wrong length).`);
    }
    const key = await pbkdf2(password, salt, iterations, hash, 24);
    return removePadding(tripleDes("decrypt", key, iv, ciphertext), 8, what);
  }
  throw unsupported(
    `${what} is encrypted with ${scheme.algorithm}, which this app cannot read (AES-CBC and 3DES only).`,
  );
}

// ---------------------------------------------------------------- PKCS#12 PBE (RFC 7292 appendix B)

/** RFC 7292 B.2: derives `length` bytes of key (id 1), IV (id 2) or MAC key (id 3) material.
 *  `password` is already encoded (BMPString with terminator, see bmpPassword). */
export function pkcs12Kdf(
  hash: SyncHash,
  password: Uint8Array,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
): Bytes {
  const u = hash.outputLength;
  const v = hash.blockLength;
  const d = new Uint8Array(v).fill(id);
  const repeat = (input: Uint8Array) => {
    const out = new Uint8Array(v * Math.ceil(input.length / v));
    for (let i = 0; i < out.length; i++) out[i] = input[i % input.length]!;
    return out;
  };
  const i = concatBytes(repeat(salt), repeat(password));
  const result = new Uint8Array(length);
  const blocks = Math.ceil(length / u);
  for (let n = 0; n < blocks; n++) {
    const a = hash.iterate(concatBytes(d, i), iterations);
    result.set(a.subarray(0, Math.min(u, length - n * u)), n * u);
    if (n === blocks - 1) break;
    const b = new Uint8Array(v);
    for (let k = 0; k < v; k++) b[k] = a[k % u]!;
    // I_j = (I_j + B + 1) mod 2^(8v), for each v-byte block of I.
    for (let j = 0; j < i.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[j + k]! + b[k]! + carry;
        i[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return result;
}

function pkcs12Iterations(value: number | string, what: string): number {
  const iterations = iterationNumber(value);
  if (iterations < 1 || iterations > MAX_PKCS12_KDF_ITERATIONS) {
    throw unsupported(
      `${what} asks for ${value} key-derivation iterations; this app accepts 1 to 1,000,000.`,
    );
  }
  return iterations;
}

/** pbeWithSHAAnd3-KeyTripleDES-CBC, the legacy PKCS#12 encryption Windows Server 2012 R2/2016 can import. */
export function pkcs12TripleDesEncrypt(
  plaintext: Uint8Array,
  passphrase: string,
  iterations: number,
): { algorithm: AlgorithmIdentifier; ciphertext: Bytes } {
  const salt = randomBytes(8);
  const password = bmpPassword(passphrase);
  const key = pkcs12Kdf(SHA1, password, salt, 1, iterations, 24);
  const iv = pkcs12Kdf(SHA1, password, salt, 2, iterations, 8);
  const ciphertext = tripleDes("encrypt", key, iv, addPadding(plaintext, 8));
  const params = new Pkcs12PbeParams();
  params.salt = new OctetString(salt);
  params.iterations = iterations;
  return {
    algorithm: new AlgorithmIdentifier({
      algorithm: OID.pbeWithSHAAnd3KeyTripleDesCbc,
      parameters: der(params),
    }),
    ciphertext,
  };
}

function pkcs12Decrypt(
  algorithm: AlgorithmIdentifier,
  ciphertext: Uint8Array,
  passphrase: string,
  what: string,
) {
  const params = AsnConvert.parse(paramsOf(algorithm), Pkcs12PbeParams);
  const iterations = pkcs12Iterations(params.iterations, what);
  const salt = bytes(params.salt.buffer);
  const password = bmpPassword(passphrase);
  if (ciphertext.length === 0 || ciphertext.length % 8 !== 0) {
    throw unsupported(`${what} is damaged (its encrypted data has the wrong length).`);
  }
  switch (algorithm.algorithm) {
    case OID.pbeWithSHAAnd3KeyTripleDesCbc:
    case OID.pbeWithSHAAnd2KeyTripleDesCbc: {
      const threeKey = algorithm.algorithm === OID.pbeWithSHAAnd3KeyTripleDesCbc;
      let key = pkcs12Kdf(SHA1, password, salt, 1, iterations, threeKey ? 24 : 16);
      if (!threeKey) key = concatBytes(key, key.subarray(0, 8));
      const iv = pkcs12Kdf(SHA1, password, salt, 2, iterations, 8);
      return removePadding(tripleDes("decrypt", key, iv, ciphertext), 8, what);
    }
    case OID.pbeWithSHAAnd40BitRc2Cbc:
    case OID.pbeWithSHAAnd128BitRc2Cbc: {
      const keyLength = algorithm.algorithm === OID.pbeWithSHAAnd40BitRc2Cbc ? 5 : 16;
      const key = pkcs12Kdf(SHA1, password, salt, 1, iterations, keyLength);
      const iv = pkcs12Kdf(SHA1, password, salt, 2, iterations, 8);
      return removePadding(rc2CbcDecrypt(key, keyLength * 8, iv, ciphertext), 8, what);
    }
    default:
      throw unsupported(
        `${what} is encrypted with RC4 (${algorithm.algorithm}), which this app cannot read. Export it again with 3DES or AES.`,
      );
  }
}

/** Describes an encryption AlgorithmIdentifier for people ("PBES2 (PBKDF2-SHA256, 600000 iterations, AES-256-CBC)"). */
export function describeEncryption(algorithm: AlgorithmIdentifier): string {
  try {
    if (algorithm.algorithm === OID.pbes2) {
      const pbes2 = AsnConvert.parse(paramsOf(algorithm), Pbes2Params);
      const cipher =
        {
          [OID.aes128Cbc]: "AES-128-CBC",
          [OID.aes192Cbc]: "AES-192-CBC",
          [OID.aes256Cbc]: "AES-256-CBC",
          [OID.desEde3Cbc]: "3DES-CBC",
        }[pbes2.encryptionScheme.algorithm] ?? pbes2.encryptionScheme.algorithm;
      if (pbes2.keyDerivationFunc.algorithm === OID.pbkdf2) {
        const kdf = AsnConvert.parse(paramsOf(pbes2.keyDerivationFunc), Pbkdf2Params);
        const hash = PRF_HASH[kdf.prf?.algorithm ?? OID.hmacWithSHA1] ?? "unknown hash";
        return `PBES2 (PBKDF2-${hash.replace("-", "")}, ${kdf.iterationCount} iterations, ${cipher})`;
      }
      return `PBES2 (${cipher})`;
    }
    const names: Record<string, string> = {
      [OID.pbeWithSHAAnd3KeyTripleDesCbc]: "pbeWithSHAAnd3-KeyTripleDES-CBC",
      [OID.pbeWithSHAAnd2KeyTripleDesCbc]: "pbeWithSHAAnd2-KeyTripleDES-CBC",
      [OID.pbeWithSHAAnd40BitRc2Cbc]: "pbeWithSHAAnd40BitRC2-CBC",
      [OID.pbeWithSHAAnd128BitRc2Cbc]: "pbeWithSHAAnd128BitRC2-CBC",
      [OID.pbeWithSHAAnd128BitRC4]: "pbeWithSHAAnd128BitRC4",
      [OID.pbeWithSHAAnd40BitRC4]: "pbeWithSHAAnd40BitRC4",
    };
    const name = names[algorithm.algorithm];
    if (name) {
      const params = AsnConvert.parse(paramsOf(algorithm), Pkcs12PbeParams);
      return `${name} (${params.iterations} iterations)`;
    }
    return algorithm.algorithm;
  } catch {
    return algorithm.algorithm;
  }
}

/** The key-derivation work decrypting with `algorithm` asks for, read from its parameters before any
 *  derivation runs: iterations of the PKCS#12 KDF (pure JavaScript, on whatever thread runs it) or of PBKDF2
 *  (native WebCrypto). Unknown or unreadable parameters count as zero: decryption refuses them itself. */
export function pbeCost(algorithm: AlgorithmIdentifier): { pkcs12Kdf: number; pbkdf2: number } {
  try {
    if (algorithm.algorithm === OID.pbes2) {
      const pbes2 = AsnConvert.parse(paramsOf(algorithm), Pbes2Params);
      if (pbes2.keyDerivationFunc.algorithm !== OID.pbkdf2) return { pkcs12Kdf: 0, pbkdf2: 0 };
      const kdf = AsnConvert.parse(paramsOf(pbes2.keyDerivationFunc), Pbkdf2Params);
      return { pkcs12Kdf: 0, pbkdf2: iterationNumber(kdf.iterationCount) };
    }
    if (algorithm.algorithm.startsWith("1.2.840.113549.1.12.1.")) {
      const params = AsnConvert.parse(paramsOf(algorithm), Pkcs12PbeParams);
      return { pkcs12Kdf: iterationNumber(params.iterations), pbkdf2: 0 };
    }
  } catch {
    // unreadable parameters: pbeDecrypt says so
  }
  return { pkcs12Kdf: 0, pbkdf2: 0 };
}

/** Decrypts data protected by PBES2 or a PKCS#12 PBE scheme. Throws WrongPassphraseError or CryptoError. */
export async function pbeDecrypt(
  algorithm: AlgorithmIdentifier,
  ciphertext: Uint8Array,
  passphrase: string,
  what: string,
): Promise<Bytes> {
  if (algorithm.algorithm === OID.pbes2)
    return pbes2Decrypt(paramsOf(algorithm), ciphertext, passphrase, what);
  if (algorithm.algorithm.startsWith("1.2.840.113549.1.12.1.")) {
    return pkcs12Decrypt(algorithm, ciphertext, passphrase, what);
  }
  if (algorithm.algorithm.startsWith("1.2.840.113549.1.5.")) {
    throw unsupported(
      `${what} uses PBES1 (${algorithm.algorithm}), an old DES/RC2 scheme this app does not read. Convert it with "openssl pkcs8 -topk8 -v2 aes-256-cbc".`,
    );
  }
  throw unsupported(`${what} is encrypted with ${algorithm.algorithm}, which this app cannot read.`);
}

// ---------------------------------------------------------------- PKCS#12 MAC

export const MAC_HASHES: Record<string, { sync: SyncHash; webCrypto: string }> = {
  [OID.sha1]: { sync: SHA1, webCrypto: "SHA-1" },
  [OID.sha256]: { sync: SHA256, webCrypto: "SHA-256" },
};

export async function pkcs12Mac(
  hashOid: string,
  passwordBmp: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  data: Uint8Array,
): Promise<Bytes> {
  const hash = MAC_HASHES[hashOid];
  if (!hash) throw unsupported(`The PKCS#12 MAC uses the hash ${hashOid}, which this app cannot check.`);
  const macKey = pkcs12Kdf(hash.sync, passwordBmp, salt, 3, iterations, hash.sync.outputLength);
  const key = await subtle().importKey("raw", macKey, { name: "HMAC", hash: hash.webCrypto }, false, [
    "sign",
  ]);
  return new Uint8Array(await subtle().sign("HMAC", key, bytes(data)));
}

export function checkedPkcs12Iterations(value: number | string, what: string): number {
  return pkcs12Iterations(value, what);
}
