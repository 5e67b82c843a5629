// Reading PKCS#12 (.pfx / .p12) files for inspection: MAC check, decryption of the safes (PBES2,
// pbeWithSHAAnd3-KeyTripleDES-CBC, RC2 from Windows and `openssl -legacy`), key and certificate bags.

import {
  AuthenticatedSafe,
  CertBag,
  PFX,
  PKCS8ShroudedKeyBag,
  type SafeBag,
  SafeContents,
} from "@peculiar/asn1-pfx";
import { AsnConvert } from "@peculiar/asn1-schema";
import type { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import * as asn1js from "asn1js";
import { octetStringContents, parseBer, parseOctetString } from "./asn1";
import { type Bytes, bmpPassword, bytes, equalBytes, toHex } from "./bytes";
import { CryptoError } from "./errors";
import {
  checkedPkcs12Iterations,
  describeEncryption,
  MAC_HASHES,
  pbeDecrypt,
  pkcs12Mac,
  WrongPassphraseError,
} from "./pbe";
import { isPrivateKeyInfo } from "./pkcs8";
import { CmsEncryptedData, OID } from "./schemas";

export interface Pkcs12Bag {
  type: "key" | "certificate";
  /** PrivateKeyInfo (keys) or certificate DER */
  der: Bytes;
  friendlyName?: string;
  /** hex */
  localKeyId?: string;
}

export interface Pkcs12Contents {
  bags: Pkcs12Bag[];
  /** "HMAC-SHA256 (2048 iterations)", or null when the file has no MAC */
  mac: string | null;
  /** how the key and the certificates are encrypted, for the admin ("PBES2 (…AES-256-CBC)", …) */
  keyEncryption: string[];
  certificateEncryption: string[];
  /** "modern" (AES/PBES2 + SHA-256 MAC), "legacy" (3DES/RC2 + SHA-1 MAC) or "mixed" */
  profile: "modern" | "legacy" | "mixed";
  /** bags of other types (CRLs, secrets) that were skipped */
  skipped: number;
  /** the passphrase that opened the file ("" when the file has an empty passphrase) */
  passphraseUsed: string;
}

/** Thrown when a PKCS#12 file needs a passphrase that was not given. */
export class PassphraseRequiredError extends CryptoError {
  constructor() {
    super("passphrase-required", "This is a PKCS#12 (.pfx) file: enter its passphrase.");
  }
}

function damaged(detail: string): CryptoError {
  return new CryptoError("invalid-input", `The PKCS#12 file is damaged (${detail}).`);
}

function decodeAttributes(bag: SafeBag): { friendlyName?: string; localKeyId?: string } {
  const out: { friendlyName?: string; localKeyId?: string } = {};
  for (const attr of bag.bagAttributes ?? []) {
    const value = attr.attrValues[0];
    if (!value) continue;
    const parsed = parseBer(new Uint8Array(value));
    if (!parsed) continue;
    if (attr.attrId === OID.friendlyName && parsed.node instanceof asn1js.BmpString) {
      out.friendlyName = parsed.node.valueBlock.value;
    } else if (attr.attrId === OID.localKeyId) {
      const contents = octetStringContents(parsed.node);
      if (contents) out.localKeyId = toHex(contents);
    }
  }
  return out;
}

const MAC_NAMES: Record<string, string> = { [OID.sha1]: "HMAC-SHA1", [OID.sha256]: "HMAC-SHA256" };

/**
 * Opens a PKCS#12 file: checks the MAC (a wrong passphrase fails here), decrypts the safes and returns
 * the key and certificate bags. Without a passphrase, an empty one is tried (some tools write such
 * files); otherwise PassphraseRequiredError. Throws WrongPassphraseError / CryptoError.
 */
export async function readPkcs12(der: Uint8Array, passphrase?: string): Promise<Pkcs12Contents> {
  let pfx: PFX;
  try {
    pfx = AsnConvert.parse(bytes(der), PFX);
  } catch {
    throw damaged("its structure cannot be read");
  }
  if (pfx.authSafe.contentType !== OID.data) {
    throw new CryptoError(
      "invalid-input",
      "This PKCS#12 file is protected with public keys rather than a passphrase, which this app cannot open.",
    );
  }
  const authSafeDer = parseOctetString(pfx.authSafe.content);
  if (!authSafeDer) throw damaged("its content is not an OCTET STRING");

  // No passphrase given: an empty one is tried (some tools write such files).
  let password = passphrase ?? "";
  let macDescription: string | null = null;
  /** the MAC does not match: a wrong passphrase, or a damaged file (decryption tells which) */
  let macFailed = false;
  const macData = pfx.macData;
  if (macData && macData.mac.digest.byteLength > 0) {
    const hashOid = macData.mac.digestAlgorithm.algorithm;
    const iterations = checkedPkcs12Iterations(macData.iterations, "The PKCS#12 MAC");
    macDescription = `${MAC_NAMES[hashOid] ?? hashOid} (${iterations} iterations)`;
    if (MAC_HASHES[hashOid]) {
      const expected = new Uint8Array(macData.mac.digest.buffer);
      const salt = new Uint8Array(macData.macSalt.buffer);
      const check = async (encoded: Uint8Array) =>
        equalBytes(await pkcs12Mac(hashOid, encoded, salt, iterations, authSafeDer), expected);
      if (passphrase === undefined) {
        // An empty passphrase is encoded as two zero bytes, or (by some tools) as nothing at all.
        if (!(await check(bmpPassword(""))) && !(await check(new Uint8Array(0))))
          throw new PassphraseRequiredError();
        password = "";
      } else if (!(await check(bmpPassword(passphrase)))) {
        macFailed = true;
      }
    }
  }

  let opened = 0;
  /** Decrypts one encrypted part; with a failed MAC, a part that does not decrypt is skipped and counted. */
  const decrypt = async (
    algorithm: AlgorithmIdentifier,
    ciphertext: Uint8Array,
    valid: (plain: Bytes) => boolean,
  ): Promise<Bytes | null> => {
    try {
      const plain = await pbeDecrypt(algorithm, ciphertext, password, "the PKCS#12 file");
      if (!valid(plain)) throw new WrongPassphraseError("the PKCS#12 file");
      opened++;
      return plain;
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) throw error;
      if (passphrase === undefined) throw new PassphraseRequiredError();
      if (!macFailed) throw error;
      return null;
    }
  };

  let safes: AuthenticatedSafe;
  try {
    safes = AsnConvert.parse(authSafeDer, AuthenticatedSafe);
  } catch {
    throw damaged("its list of safes cannot be read");
  }
  const bags: Pkcs12Bag[] = [];
  const keyEncryption: string[] = [];
  const certificateEncryption: string[] = [];
  let skipped = 0;

  for (const safe of safes) {
    let contents: Uint8Array;
    let safeEncryption: string | null = null;
    if (safe.contentType === OID.data) {
      const data = parseOctetString(safe.content);
      if (!data) throw damaged("a safe is not an OCTET STRING");
      contents = data;
    } else if (safe.contentType === OID.encryptedData) {
      let encrypted: CmsEncryptedData;
      try {
        encrypted = AsnConvert.parse(safe.content, CmsEncryptedData);
      } catch {
        throw damaged("an encrypted safe cannot be read");
      }
      const info = encrypted.encryptedContentInfo;
      const ciphertext = info.encryptedContent?.value
        ? new Uint8Array(info.encryptedContent.value.buffer)
        : info.encryptedContent?.constructedValue
          ? bytes(
              new Uint8Array(
                info.encryptedContent.constructedValue.flatMap((part) => [...new Uint8Array(part.buffer)]),
              ),
            )
          : null;
      if (!ciphertext) throw damaged("an encrypted safe is empty");
      safeEncryption = describeEncryption(info.contentEncryptionAlgorithm);
      const plain = await decrypt(info.contentEncryptionAlgorithm, ciphertext, (data) => {
        try {
          AsnConvert.parse(data, SafeContents);
          return true;
        } catch {
          return false;
        }
      });
      if (!plain) continue;
      contents = plain;
    } else {
      throw new CryptoError(
        "invalid-input",
        "This PKCS#12 file has a safe encrypted to a public key (envelopedData), which this app cannot open.",
      );
    }
    let safeBags: SafeContents;
    try {
      safeBags = AsnConvert.parse(bytes(contents), SafeContents);
    } catch {
      throw damaged("a safe's bags cannot be read");
    }
    for (const bag of safeBags) {
      const attrs = decodeAttributes(bag);
      if (bag.bagId === OID.certBag) {
        let certBag: CertBag;
        try {
          certBag = AsnConvert.parse(bag.bagValue, CertBag);
        } catch {
          throw damaged("a certificate bag cannot be read");
        }
        if (certBag.certId !== OID.x509Certificate) {
          skipped++;
          continue;
        }
        const cert = parseOctetString(certBag.certValue);
        if (!cert) throw damaged("a certificate bag is not an OCTET STRING");
        bags.push({ type: "certificate", der: cert, ...attrs });
        if (safeEncryption) certificateEncryption.push(safeEncryption);
      } else if (bag.bagId === OID.keyBag) {
        const key = bytes(bag.bagValue);
        if (!isPrivateKeyInfo(key)) throw damaged("a key bag cannot be read");
        bags.push({ type: "key", der: key, ...attrs });
        keyEncryption.push(safeEncryption ?? "none");
      } else if (bag.bagId === OID.pkcs8ShroudedKeyBag) {
        let shrouded: PKCS8ShroudedKeyBag;
        try {
          shrouded = AsnConvert.parse(bag.bagValue, PKCS8ShroudedKeyBag);
        } catch {
          throw damaged("an encrypted key bag cannot be read");
        }
        const key = await decrypt(
          shrouded.encryptionAlgorithm,
          new Uint8Array(shrouded.encryptedData.buffer),
          isPrivateKeyInfo,
        );
        if (!key) continue;
        bags.push({ type: "key", der: key, ...attrs });
        keyEncryption.push(describeEncryption(shrouded.encryptionAlgorithm));
      } else {
        skipped++;
      }
    }
  }
  if (macFailed) {
    // The passphrase opened at least one encrypted part: it is right, and the file was altered.
    if (opened > 0)
      throw damaged(
        "its integrity check (MAC) fails although the passphrase opens it: the file was altered or cut",
      );
    throw new WrongPassphraseError("the PKCS#12 file");
  }
  const all = [...keyEncryption, ...certificateEncryption, macDescription ?? ""];
  const modern = all.some((text) => text.includes("AES") || text.includes("SHA256"));
  const legacy = all.some((text) => /3DES|TripleDES|RC2|RC4|HMAC-SHA1/.test(text));
  return {
    bags,
    mac: macDescription,
    keyEncryption,
    certificateEncryption,
    profile: modern && legacy ? "mixed" : modern ? "modern" : "legacy",
    skipped,
    passphraseUsed: password,
  };
}
