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
  pbeCost,
  pbeDecrypt,
  pkcs12Mac,
  WrongPassphraseError,
} from "./pbe";
import { isPrivateKeyInfo } from "./pkcs8";
import { CmsEncryptedData, iterationNumber, OID } from "./schemas";

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
  /** private keys after the first one that opened: not decrypted (a certificate needs one key) */
  keysNotOpened: number;
}

/**
 * The most key-derivation work one PKCS#12 file may ask for, summed over its MAC and every encrypted part
 * that is opened (issue: "bounded work on hostile input"). A file states its own iteration counts, and each
 * encrypted part may ask for up to 1,000,000: a 2.4 kB file with 30 such parts kept the page busy for 21 s.
 *
 * - PKCS#12 KDF (RFC 7292 B.2; the legacy 3DES/RC2 schemes and every MAC): pure JavaScript. Measured here:
 *   ≈0.36 µs per iteration and hash chain in Chromium (one 1,000,000-iteration 3DES key, three chains for key
 *   and IV: a 1,080 ms task), ≈1.7 µs in Node. The heaviest legitimate file we know of is a legacy one at
 *   Windows' ceiling of 600,000 iterations (pkcs12.ts WINDOWS_MAX_ITERATIONS) for its MAC, key and
 *   certificates: 1,800,000 (its reading is e2e-tested, with Cancel). Common files ask for far less (OpenSSL
 *   2,048 per part, Windows 2,000). 2,000,000 admits them all and bounds the worst file to ≈2 s of work in
 *   the inspection's Web Worker, off the page's thread.
 * - PBKDF2 (PBES2): native WebCrypto, ≈0.7 µs per iteration here and never on the page's thread: the
 *   single-part ceiling of 10,000,000 (pbe.ts MAX_PBKDF2_ITERATIONS) also bounds the whole file.
 */
export const PKCS12_WORK_BUDGET = { pkcs12Kdf: 2_000_000, pbkdf2: 10_000_000 } as const;
/** More bags than this is not a certificate's PFX (one key, its certificate and a few CA certificates). */
export const MAX_PKCS12_BAGS = 100;

/** Thrown when a PKCS#12 file asks for more work than PKCS12_WORK_BUDGET (or holds too many bags). */
export class Pkcs12TooMuchWorkError extends CryptoError {
  constructor(message: string) {
    super("invalid-input", message);
    this.name = "Pkcs12TooMuchWorkError";
  }
}

const REEXPORT =
  "Export the certificate again with standard settings (Windows: the Certificate Export Wizard or Export-PfxCertificate; OpenSSL: openssl pkcs12 -export -in cert.pem -inkey key.pem -certfile chain.pem -out new.pfx), or load the certificate and its key as PEM files.";

const count = (n: number) => (Number.isFinite(n) ? n.toLocaleString("en-US") : "an unreadable number of");

/** Sums the key-derivation work a file declares; check() refuses it, before any derivation, when over budget. */
class WorkBudget {
  pkcs12Kdf = 0;
  pbkdf2 = 0;
  parts = 0;
  /** bags of the unencrypted safes */
  bags = 0;

  add(cost: { pkcs12Kdf: number; pbkdf2: number }): void {
    this.pkcs12Kdf += cost.pkcs12Kdf;
    this.pbkdf2 += cost.pbkdf2;
    if (cost.pkcs12Kdf + cost.pbkdf2 > 0) this.parts++;
  }

  check(): void {
    const over =
      this.pkcs12Kdf > PKCS12_WORK_BUDGET.pkcs12Kdf
        ? { kind: "PKCS#12 key-derivation", asked: this.pkcs12Kdf, limit: PKCS12_WORK_BUDGET.pkcs12Kdf }
        : this.pbkdf2 > PKCS12_WORK_BUDGET.pbkdf2
          ? { kind: "PBKDF2", asked: this.pbkdf2, limit: PKCS12_WORK_BUDGET.pbkdf2 }
          : null;
    if (!over) return;
    throw new Pkcs12TooMuchWorkError(
      `This PKCS#12 (.pfx) file asks for ${count(over.asked)} ${over.kind} iterations in all (${this.parts} protected part${this.parts === 1 ? "" : "s"}: its integrity check and encrypted contents), more than the ${count(over.limit)} this app runs for one file, so it was not opened: a file made with standard settings asks for a few thousand to a few hundred thousand. ${REEXPORT}`,
    );
  }
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

  let safes: AuthenticatedSafe;
  try {
    safes = AsnConvert.parse(authSafeDer, AuthenticatedSafe);
  } catch {
    throw damaged("its list of safes cannot be read");
  }
  const budget = prescan(pfx, safes);

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

  const bags: Pkcs12Bag[] = [];
  const keyEncryption: string[] = [];
  const certificateEncryption: string[] = [];
  let skipped = 0;
  let bagCount = budget.bags;
  let keyFound = false;
  let keysNotOpened = 0;

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
    if (safeEncryption !== null) {
      // this safe's encrypted keys were not visible to prescan(): their work counts now, before any is opened
      bagCount += safeBags.length;
      if (bagCount > MAX_PKCS12_BAGS) throw tooManyBags(bagCount);
      for (const cost of keyCosts(safeBags)) budget.add(cost);
      budget.check();
    }
    for (const bag of safeBags) {
      const isKey = bag.bagId === OID.keyBag || bag.bagId === OID.pkcs8ShroudedKeyBag;
      if (isKey && keyFound) {
        // One key is all a certificate needs: the others are counted, not decrypted.
        keysNotOpened++;
        continue;
      }
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
        keyFound = true;
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
        keyFound = true;
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
    keysNotOpened,
  };
}

function tooManyBags(n: number): Pkcs12TooMuchWorkError {
  return new Pkcs12TooMuchWorkError(
    `This PKCS#12 (.pfx) file holds ${n} or more items, more than the ${MAX_PKCS12_BAGS} this app reads: a certificate's PFX holds one key, its certificate and a few CA certificates. ${REEXPORT}`,
  );
}

/**
 * Adds up, before any derivation runs, the work the file declares where it can be seen without a
 * passphrase: the MAC, every encrypted safe and every encrypted key of the unencrypted safes (even though only
 * the first key is opened: a file that declares more than the budget is refused at once, with the sentence,
 * rather than after seconds of work). Keys inside encrypted safes are added when their safe is opened.
 */
function prescan(pfx: PFX, safes: AuthenticatedSafe): WorkBudget {
  const budget = new WorkBudget();
  const macData = pfx.macData;
  if (macData && macData.mac.digest.byteLength > 0 && MAC_HASHES[macData.mac.digestAlgorithm.algorithm]) {
    const iterations = iterationNumber(macData.iterations);
    budget.add({ pkcs12Kdf: iterations, pbkdf2: 0 });
  }
  let bags = 0;
  for (const safe of safes) {
    if (safe.contentType === OID.encryptedData) {
      try {
        const encrypted = AsnConvert.parse(safe.content, CmsEncryptedData);
        budget.add(pbeCost(encrypted.encryptedContentInfo.contentEncryptionAlgorithm));
      } catch {
        // damaged: the reading below says so
      }
    } else if (safe.contentType === OID.data) {
      try {
        const data = parseOctetString(safe.content);
        if (!data) continue;
        const contents = AsnConvert.parse(bytes(data), SafeContents);
        bags += contents.length;
        if (bags > MAX_PKCS12_BAGS) throw tooManyBags(bags);
        for (const cost of keyCosts(contents)) budget.add(cost);
      } catch (error) {
        if (error instanceof Pkcs12TooMuchWorkError) throw error;
        // damaged: the reading below says so
      }
    }
  }
  budget.bags = bags;
  budget.check();
  return budget;
}

/** The work each encrypted key of a safe asks for (damaged ones count as zero: reading them says so). */
function keyCosts(contents: SafeContents): { pkcs12Kdf: number; pbkdf2: number }[] {
  return contents
    .filter((bag) => bag.bagId === OID.pkcs8ShroudedKeyBag)
    .map((bag) => {
      try {
        return pbeCost(AsnConvert.parse(bag.bagValue, PKCS8ShroudedKeyBag).encryptionAlgorithm);
      } catch {
        return { pkcs12Kdf: 0, pbkdf2: 0 };
      }
    });
}
