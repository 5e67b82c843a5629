// PKCS#12 (.pfx / .p12): building from key + certificate + chain, and reading (for inspection).
//
// modern: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for key and certificates, HMAC-SHA256 MAC with the
//         RFC 7292 KDF — what OpenSSL 3 writes by default; Windows Server 2019+ and current tools read it.
// legacy: pbeWithSHAAnd3-KeyTripleDES-CBC for key and certificates, HMAC-SHA1 MAC — for Windows Server
//         2012 R2 / 2016, which cannot import AES-encrypted PFX files and refuse more than 600,000 iterations.

import { ContentEncryptionAlgorithmIdentifier, ContentInfo, EncryptedContent } from "@peculiar/asn1-cms";
import {
  AuthenticatedSafe,
  CertBag,
  MacData,
  PFX,
  PKCS8ShroudedKeyBag,
  PKCS12Attribute,
  SafeBag,
  SafeContents,
} from "@peculiar/asn1-pfx";
import { EncryptedData as Pkcs8EncryptedData } from "@peculiar/asn1-pkcs8";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import * as asn1js from "asn1js";
import { type Bytes, bmpPassword, bytes, equalBytes, randomBytes } from "./bytes";
import { CryptoError } from "./errors";
import { digest, sha256Fingerprint } from "./fingerprint";
import type { KeyPair } from "./keys";
import { exportSpki } from "./keys";
import { checkPassphrase, derivePbes2Key, pbes2Encrypt, pkcs12Mac, pkcs12TripleDesEncrypt } from "./pbe";
import { exportPkcs8 } from "./pkcs8";
import { CmsEncryptedData, OID } from "./schemas";
import { X509Certificate } from "./x509";

export type Pkcs12Profile = "modern" | "legacy";

/** Default iteration counts, chosen so that a PKCS#12 file builds in well under 200 ms. The MAC is the
 *  attacker's cheapest check of a guessed passphrase, so it gets the same count as the encryption. */
export const PKCS12_ITERATIONS: Record<Pkcs12Profile, number> = { modern: 100_000, legacy: 40_000 };
/** Windows refuses PKCS#12 files with more iterations than this. */
export const WINDOWS_MAX_ITERATIONS = 600_000;

/** A certificate: PEM text, DER bytes, or anything with DER bytes (such as an inspected CertificateInfo). */
export type CertificateInput = string | Uint8Array | ArrayBuffer | { der: Uint8Array };

export interface Pkcs12Options {
  key: CryptoKey | Pick<KeyPair, "privateKey">;
  certificate: CertificateInput;
  /** intermediates (and optionally the root), in any order */
  chain?: CertificateInput[];
  passphrase: string;
  /** the name Windows shows in the certificate store; default: the certificate's CN */
  friendlyName?: string;
  profile: Pkcs12Profile;
  /** override the default iteration count (legacy: at most 600,000) */
  iterations?: number;
}

function certificateDer(input: CertificateInput, what: string): Bytes {
  try {
    if (typeof input === "string") return bytes(new X509Certificate(input).rawData);
    const der =
      input instanceof ArrayBuffer ? new Uint8Array(input) : input instanceof Uint8Array ? input : input.der;
    return bytes(new X509Certificate(bytes(der)).rawData);
  } catch {
    throw new CryptoError("invalid-input", `${what} is not a readable X.509 certificate.`);
  }
}

function attribute(oid: string, value: ArrayBuffer): PKCS12Attribute {
  // PKCS12Attribute's constructor ignores its argument: set the fields afterwards.
  const attr = new PKCS12Attribute();
  attr.attrId = oid;
  attr.attrValues = [value];
  return attr;
}

function bagAttributes(friendlyName: string | undefined, localKeyId: Uint8Array): PKCS12Attribute[] {
  const attrs: PKCS12Attribute[] = [];
  if (friendlyName)
    attrs.push(attribute(OID.friendlyName, new asn1js.BmpString({ value: friendlyName }).toBER(false)));
  attrs.push(attribute(OID.localKeyId, new asn1js.OctetString({ valueHex: bytes(localKeyId) }).toBER(false)));
  return attrs;
}

function dataContentInfo(content: ArrayBuffer): ContentInfo {
  return new ContentInfo({ contentType: OID.data, content: AsnConvert.serialize(new OctetString(content)) });
}

function encryptedContentInfo(algorithm: AlgorithmIdentifier, ciphertext: Uint8Array): ContentInfo {
  const encrypted = new CmsEncryptedData();
  encrypted.version = 0;
  encrypted.encryptedContentInfo.contentType = OID.data;
  encrypted.encryptedContentInfo.contentEncryptionAlgorithm = new ContentEncryptionAlgorithmIdentifier({
    algorithm: algorithm.algorithm,
    parameters: algorithm.parameters,
  });
  encrypted.encryptedContentInfo.encryptedContent = new EncryptedContent({
    value: new OctetString(bytes(ciphertext)),
  });
  return new ContentInfo({ contentType: OID.encryptedData, content: AsnConvert.serialize(encrypted) });
}

/**
 * Builds a PKCS#12 file (DER bytes, save as .pfx) with the private key, its certificate (both carrying
 * friendlyName and localKeyId) and the chain. Refuses a key that does not belong to the certificate.
 */
export async function buildPkcs12(options: Pkcs12Options): Promise<Bytes> {
  const { profile } = options;
  if (profile !== "modern" && profile !== "legacy") {
    throw new CryptoError(
      "invalid-input",
      `Unknown PKCS#12 profile "${String(profile)}": use "modern" or "legacy".`,
    );
  }
  checkPassphrase(options.passphrase, "the PKCS#12 file");
  const iterations = options.iterations ?? PKCS12_ITERATIONS[profile];
  if (!Number.isSafeInteger(iterations) || iterations < 1000) {
    throw new CryptoError(
      "invalid-input",
      "The PKCS#12 iteration count must be a whole number of at least 1,000.",
    );
  }
  if (profile === "legacy" && iterations > WINDOWS_MAX_ITERATIONS) {
    throw new CryptoError(
      "invalid-input",
      `Windows refuses PKCS#12 files with more than ${WINDOWS_MAX_ITERATIONS.toLocaleString("en-US")} iterations; the legacy profile is for Windows.`,
    );
  }
  const privateKey = "privateKey" in options.key ? options.key.privateKey : options.key;
  const leaf = certificateDer(options.certificate, "The certificate");
  const leafCert = new X509Certificate(leaf);
  const chain: Bytes[] = [];
  (options.chain ?? []).forEach((input, i) => {
    const der = certificateDer(input, `Chain certificate ${i + 1}`);
    if (!equalBytes(der, leaf) && !chain.some((other) => equalBytes(other, der))) chain.push(der);
  });

  const [keySpki, certSpki] = [await exportSpki(privateKey), bytes(leafCert.publicKey.rawData)];
  if (!equalBytes(keySpki, certSpki)) {
    const [keyFp, certFp] = await Promise.all([sha256Fingerprint(keySpki), sha256Fingerprint(certSpki)]);
    throw new CryptoError(
      "key-mismatch",
      `The private key does not belong to this certificate: the certificate's public key has SHA-256 ${certFp}, the key's is ${keyFp}. Use the key that was generated with this certificate's CSR.`,
    );
  }

  const friendlyName =
    options.friendlyName?.trim() || leafCert.subjectName.getField("CN").at(-1) || undefined;
  const localKeyId = await digest("SHA-1", leaf);
  const pkcs8 = await exportPkcs8(privateKey);

  try {
    // The encryption of the key bag and of the certificate safe.
    let encrypt: (plaintext: Uint8Array) => Promise<{ algorithm: AlgorithmIdentifier; ciphertext: Bytes }>;
    if (profile === "modern") {
      // One PBKDF2 derivation, used with a fresh IV for each of the two encrypted structures.
      const derived = await derivePbes2Key(options.passphrase, iterations);
      encrypt = (plaintext) => pbes2Encrypt(plaintext, derived);
    } else {
      encrypt = async (plaintext) => pkcs12TripleDesEncrypt(plaintext, options.passphrase, iterations);
    }

    const shrouded = await encrypt(pkcs8);
    const keyBag = new SafeBag({
      bagId: OID.pkcs8ShroudedKeyBag,
      bagValue: AsnConvert.serialize(
        new PKCS8ShroudedKeyBag({
          encryptionAlgorithm: shrouded.algorithm,
          encryptedData: new Pkcs8EncryptedData(shrouded.ciphertext),
        }),
      ),
      bagAttributes: bagAttributes(friendlyName, localKeyId),
    });
    const certBag = (der: Uint8Array, attrs?: PKCS12Attribute[]) =>
      new SafeBag({
        bagId: OID.certBag,
        bagValue: AsnConvert.serialize(
          new CertBag({
            certId: OID.x509Certificate,
            certValue: AsnConvert.serialize(new OctetString(bytes(der))),
          }),
        ),
        ...(attrs ? { bagAttributes: attrs } : {}),
      });
    const certSafe = new SafeContents([
      certBag(leaf, bagAttributes(friendlyName, localKeyId)),
      ...chain.map((der) => certBag(der)),
    ]);
    const encryptedCerts = await encrypt(new Uint8Array(AsnConvert.serialize(certSafe)));
    const keySafe = new SafeContents([keyBag]);

    const authenticatedSafe = new AuthenticatedSafe([
      encryptedContentInfo(encryptedCerts.algorithm, encryptedCerts.ciphertext),
      dataContentInfo(AsnConvert.serialize(keySafe)),
    ]);
    const authSafeDer = new Uint8Array(AsnConvert.serialize(authenticatedSafe));

    const macHash = profile === "modern" ? OID.sha256 : OID.sha1;
    const macSalt = randomBytes(profile === "modern" ? 16 : 8);
    const mac = await pkcs12Mac(macHash, bmpPassword(options.passphrase), macSalt, iterations, authSafeDer);
    const macData = new MacData();
    macData.mac.digestAlgorithm = new AlgorithmIdentifier({ algorithm: macHash, parameters: null });
    macData.mac.digest = new OctetString(mac);
    macData.macSalt = new OctetString(macSalt);
    macData.iterations = iterations;

    const pfx = new PFX({ version: 3, authSafe: dataContentInfo(authSafeDer.buffer), macData });
    return new Uint8Array(AsnConvert.serialize(pfx));
  } finally {
    pkcs8.fill(0);
  }
}
