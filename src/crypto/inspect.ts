// Inspection of whatever an admin pastes or drops: PEM (one or many blocks) or DER; certificates,
// chains, PKCS#7 bundles, CSRs, private keys (PKCS#8 plain/encrypted, traditional RSA/EC) and PKCS#12.
// inspect() never throws: every problem becomes `{ kind: "error", message, where }`.

import { PrivateKeyInfo } from "@peculiar/asn1-pkcs8";
import { AsnConvert } from "@peculiar/asn1-schema";
import * as asn1js from "asn1js";
import type { ExistingCertificate, KeySpec } from "../domain/types";
import { children, integerOf, isContext, oidOf, parseBer } from "./asn1";
import { type Bytes, base64Value, bytes, formatSize, fromBase64 } from "./bytes";
import { analyseChain, type ChainAnalysis } from "./chain";
import { type CertificateInfo, type CsrInfo, describeCertificate, describeCsr } from "./describe";
import { CryptoError } from "./errors";
import { spkiSha256Of } from "./fingerprint";
import { describeKeyOid, describeKeySpec, importPrivateKey, type KeyPair } from "./keys";
import { describeEncryption, WrongPassphraseError } from "./pbe";
import { decodePem } from "./pem";
import { decryptPkcs8, encryptionAlgorithmOf, pkcs8FromEcPrivateKey, pkcs8FromRsaPrivateKey } from "./pkcs8";
import {
  PassphraseRequiredError,
  type Pkcs12Contents,
  Pkcs12TooMuchWorkError,
  readPkcs12,
} from "./pkcs12-reader";
import { OID } from "./schemas";

export type { ChainAnalysis } from "./chain";
export type { CertificateInfo, CsrInfo } from "./describe";

/** Largest input accepted: certificates, keys and even PKCS#12 files are a few kB. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * Most certificates read from one input (PEM blocks, a PKCS#7 bundle or a PKCS#12 file). What the app asks
 * for is one certificate and its chain: the leaf, one or two intermediate CAs, perhaps the root, and at times
 * a cross-signed CA: under ten. 50 leaves room for a CA's full bundle of old and new intermediates while
 * bounding the chain analysis (a hostile 400-certificate file kept the page busy for 36 s). A trust store
 * (ca-certificates.crt: ≈140) is refused with a sentence saying what to load instead.
 */
export const MAX_CERTIFICATES = 50;

export type Expectation = "certificate" | "key" | "csr" | "any";

export interface InspectOptions {
  /** for encrypted keys and PKCS#12 files */
  passphrase?: string;
  /** what the caller asked the admin for; anything else is reported as "this is an X, not a Y" */
  expect?: Expectation;
}

export interface PrivateKeyDetails {
  type: "private-key";
  block?: number;
  format: "pkcs8" | "pkcs8-encrypted" | "rsa-traditional" | "ec-traditional" | "pkcs12";
  encrypted: boolean;
  /** how the key was encrypted, e.g. "PBES2 (PBKDF2-SHA256, 600000 iterations, AES-256-CBC)" */
  encryption?: string;
  key: KeySpec | null;
  keyDescription: string;
  /** SHA-256 of the public key; null when the key could not be opened (no passphrase) or is of an unsupported type */
  spkiSha256: string | null;
  /** the key, loaded into WebCrypto (extractable, for building a PKCS#12 file); null when not loaded */
  keyPair: KeyPair | null;
  friendlyName?: string;
  localKeyId?: string;
}

export interface Pkcs12Details {
  mac: string | null;
  keyEncryption: string[];
  certificateEncryption: string[];
  profile: "modern" | "legacy" | "mixed";
  friendlyNames: string[];
  /** bags of other types (CRLs, secrets) that were skipped */
  skippedBags: number;
}

/** Items that hold the same public key (by SPKI SHA-256): a key with its CSR and/or certificate. */
export interface KeyMatch {
  spkiSha256: string;
  keys: number[];
  certificates: number[];
  csrs: number[];
}

export interface BlockSummary {
  block: number;
  label: string;
  /** line of the BEGIN line */
  line: number;
  found: "certificate" | "csr" | "private-key" | "pkcs7" | "pkcs12" | "skipped";
}

export interface InspectContents {
  /** how the input was encoded */
  source: "pem" | "der" | "base64";
  certificates: CertificateInfo[];
  csrs: CsrInfo[];
  keys: PrivateKeyDetails[];
  /** chain analysis when there is at least one certificate */
  chain: ChainAnalysis | null;
  matches: KeyMatch[];
  pkcs12: Pkcs12Details | null;
  /** the certificates came out of a PKCS#7 (.p7b) bundle */
  pkcs7: boolean;
  /** every PEM block, in order (empty for DER) */
  blocks: BlockSummary[];
  /** sentences for the admin: skipped blocks, keys without a certificate, … */
  notes: string[];
}

export type InspectErrorCode =
  | "too-large"
  | "empty"
  | "not-recognised"
  | "damaged"
  | "wrong-type"
  | "passphrase-required"
  | "wrong-passphrase"
  | "unsupported"
  /** the admin cancelled the reading (src/ui/inspect-runner.ts): nothing they loaded is dropped */
  | "cancelled";

export interface InspectError {
  kind: "error";
  code: InspectErrorCode;
  message: string;
  where?: { block?: number; line?: number; offset?: number };
}

export type InspectResult =
  | ({ kind: "certificates" } & InspectContents)
  | ({ kind: "csr" } & InspectContents)
  | ({ kind: "private-key" } & InspectContents)
  | ({ kind: "pkcs12" } & InspectContents)
  | ({ kind: "bundle" } & InspectContents)
  | InspectError;

class InspectFailure extends Error {
  readonly error: InspectError;
  constructor(code: InspectErrorCode, message: string, where?: InspectError["where"]) {
    super(message);
    this.error = { kind: "error", code, message, ...(where ? { where } : {}) };
  }
}

type DerKind =
  | "certificate"
  | "csr"
  | "pkcs8"
  | "pkcs8-encrypted"
  | "pkcs12"
  | "pkcs7"
  | "rsa-key"
  | "ec-key"
  | "public-key"
  | "crl"
  | "unknown";

/** What a DER structure is, from its shape. */
function sniff(node: asn1js.AsnType): DerKind {
  if (!(node instanceof asn1js.Sequence)) return "unknown";
  const items = children(node);
  const [a, b, c] = items;
  if (oidOf(a) === OID.signedData) return "pkcs7";
  if (
    items.length === 3 &&
    a instanceof asn1js.Sequence &&
    b instanceof asn1js.Sequence &&
    c instanceof asn1js.BitString
  ) {
    const tbs = children(a);
    const time = (node: asn1js.AsnType | undefined) =>
      node instanceof asn1js.UTCTime || node instanceof asn1js.GeneralizedTime;
    if (time(tbs[2]) || time(tbs[3])) return "crl";
    if (isContext(tbs[0], 0) || tbs.length >= 6) return "certificate";
    if (tbs.length === 4 && tbs[0] instanceof asn1js.Integer && isContext(tbs[3], 0)) return "csr";
    return "unknown";
  }
  if (items.length === 2 && a instanceof asn1js.Sequence && b instanceof asn1js.BitString)
    return "public-key";
  if (items.length === 2 && a instanceof asn1js.Sequence && b instanceof asn1js.OctetString)
    return "pkcs8-encrypted";
  if (a instanceof asn1js.Integer && b instanceof asn1js.Sequence && c instanceof asn1js.OctetString)
    return "pkcs8";
  if (integerOf(a) === 3 && b instanceof asn1js.Sequence) {
    const type = oidOf(children(b)[0]);
    if (type === OID.data || type === OID.signedData) return "pkcs12";
  }
  if (items.length >= 9 && items.every((item) => item instanceof asn1js.Integer)) return "rsa-key";
  if (integerOf(a) === 1 && b instanceof asn1js.OctetString) return "ec-key";
  return "unknown";
}

const LABEL_KIND: Record<string, DerKind> = {
  CERTIFICATE: "certificate",
  "X509 CERTIFICATE": "certificate",
  "TRUSTED CERTIFICATE": "certificate",
  "CERTIFICATE REQUEST": "csr",
  "NEW CERTIFICATE REQUEST": "csr",
  "PRIVATE KEY": "pkcs8",
  "ENCRYPTED PRIVATE KEY": "pkcs8-encrypted",
  "RSA PRIVATE KEY": "rsa-key",
  "EC PRIVATE KEY": "ec-key",
  PKCS7: "pkcs7",
  "PKCS #7 SIGNED DATA": "pkcs7",
  CMS: "pkcs7",
  PKCS12: "pkcs12",
};

const KIND_NAME: Record<DerKind, string> = {
  certificate: "certificate",
  csr: "certificate request (CSR)",
  pkcs8: "private key",
  "pkcs8-encrypted": "encrypted private key",
  pkcs12: "PKCS#12 (.pfx) file",
  pkcs7: "PKCS#7 (.p7b) bundle",
  "rsa-key": "RSA private key",
  "ec-key": "EC private key",
  "public-key": "public key",
  crl: "certificate revocation list",
  unknown: "unknown structure",
};

/** Blocks that are legitimately found next to certificates and keys, and skipped with a note. */
const SKIPPED_LABELS: Record<string, string> = {
  "PUBLIC KEY": "a public key only",
  "RSA PUBLIC KEY": "a public key only",
  "X509 CRL": "a certificate revocation list",
  "EC PARAMETERS": "EC curve parameters (written by openssl ecparam; not needed)",
  "DH PARAMETERS": "Diffie-Hellman parameters",
};

interface Context {
  passphrase: string | undefined;
  expect: Expectation;
  certificates: CertificateInfo[];
  csrs: CsrInfo[];
  keys: PrivateKeyDetails[];
  pkcs12: Pkcs12Details | null;
  pkcs7: boolean;
  blocks: BlockSummary[];
  notes: string[];
  /** an encrypted key we could not open without a passphrase (reported unless the caller expects something else) */
  lockedKey: InspectFailure | null;
}

/** Adds a certificate, refusing the input once it holds more than MAX_CERTIFICATES. */
async function addCertificate(ctx: Context, der: Bytes, block: number | undefined, damagedMessage: string) {
  if (ctx.certificates.length >= MAX_CERTIFICATES) {
    throw new InspectFailure(
      "too-large",
      `This holds more than ${MAX_CERTIFICATES} certificates, more than this app reads at once: a certificate's chain is the certificate, one or two intermediate CAs and perhaps the root. Load only the certificate the CA issued and its chain, not a whole CA bundle or trust store.`,
      where(block),
    );
  }
  let info: CertificateInfo;
  try {
    info = await describeCertificate(der, block);
  } catch {
    throw new InspectFailure("damaged", damagedMessage, where(block));
  }
  ctx.certificates.push(info);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function where(block: number | undefined, line?: number): InspectError["where"] | undefined {
  if (block === undefined) return undefined;
  return line === undefined ? { block } : { block, line };
}

function placeOf(block: number | undefined, label?: string): string {
  if (block === undefined) return "The file";
  return label ? `PEM block ${block} (${label})` : `PEM block ${block}`;
}

async function keyDetails(
  pkcs8: Bytes,
  format: PrivateKeyDetails["format"],
  block: number | undefined,
  place: string,
  extra: Partial<PrivateKeyDetails> = {},
): Promise<PrivateKeyDetails> {
  let oid = "";
  try {
    oid = AsnConvert.parse(pkcs8, PrivateKeyInfo).privateKeyAlgorithm.algorithm;
  } catch {
    throw new InspectFailure(
      "damaged",
      `${place} is damaged: the private key structure cannot be read.`,
      where(block),
    );
  }
  let keyPair: KeyPair | null = null;
  if (oid === OID.rsaEncryption || oid === OID.ecPublicKey) {
    try {
      keyPair = await importPrivateKey(pkcs8);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new InspectFailure("damaged", `${place} cannot be used: ${detail}`, where(block));
    } finally {
      pkcs8.fill(0);
    }
  }
  const details: PrivateKeyDetails = {
    type: "private-key",
    format,
    encrypted: format === "pkcs8-encrypted" || format === "pkcs12",
    key: keyPair?.spec ?? null,
    keyDescription: keyPair ? describeKeySpec(keyPair.spec) : describeKeyOid(oid),
    spkiSha256: keyPair ? await spkiSha256Of(keyPair.publicKey) : null,
    keyPair,
    ...extra,
  };
  if (block !== undefined) details.block = block;
  return details;
}

async function handlePkcs12(der: Bytes, ctx: Context, block: number | undefined) {
  let contents: Pkcs12Contents;
  try {
    contents = await readPkcs12(der, ctx.passphrase);
  } catch (error) {
    if (error instanceof PassphraseRequiredError) {
      throw new InspectFailure(
        "passphrase-required",
        "This is a PKCS#12 (.pfx) file: enter its passphrase.",
        where(block),
      );
    }
    if (error instanceof WrongPassphraseError) {
      throw new InspectFailure(
        "wrong-passphrase",
        "Wrong passphrase: the PKCS#12 (.pfx) file does not open with it.",
        where(block),
      );
    }
    if (error instanceof Pkcs12TooMuchWorkError)
      throw new InspectFailure("too-large", error.message, where(block));
    const message = error instanceof CryptoError ? capitalise(error.message) : "The PKCS#12 file is damaged.";
    throw new InspectFailure(
      /cannot (open|read)/.test(message) ? "unsupported" : "damaged",
      message,
      where(block),
    );
  }
  const friendlyNames: string[] = [];
  for (const bag of contents.bags) {
    if (bag.friendlyName && !friendlyNames.includes(bag.friendlyName)) friendlyNames.push(bag.friendlyName);
    const extra: Partial<PrivateKeyDetails> = {};
    if (bag.friendlyName) extra.friendlyName = bag.friendlyName;
    if (bag.localKeyId) extra.localKeyId = bag.localKeyId;
    if (bag.type === "key") {
      extra.encryption = contents.keyEncryption[0] ?? "none";
      ctx.keys.push(await keyDetails(bag.der, "pkcs12", block, "The private key in the PKCS#12 file", extra));
    } else {
      await addCertificate(ctx, bag.der, block, "A certificate in the PKCS#12 file is damaged.");
    }
  }
  if (contents.keysNotOpened > 0) {
    ctx.notes.push(
      `The PKCS#12 file holds ${contents.keysNotOpened + 1} private keys; only the first was opened (a certificate needs one). If it is not the right one, export the certificate with its own key only.`,
    );
  }
  ctx.pkcs12 = {
    mac: contents.mac,
    keyEncryption: contents.keyEncryption,
    certificateEncryption: contents.certificateEncryption,
    profile: contents.profile,
    friendlyNames,
    skippedBags: contents.skipped,
  };
}

async function handlePkcs7(node: asn1js.AsnType, ctx: Context, block: number | undefined, place: string) {
  // ContentInfo { contentType signedData, [0] EXPLICIT SignedData { version, digestAlgorithms,
  //   encapContentInfo, [0] IMPLICIT certificates SET OF Certificate, … } }
  const signedData = children(children(node)[1])[0];
  const fields = children(signedData);
  const certificateSet = fields.find((field) => isContext(field, 0));
  const found = children(certificateSet).filter((item) => item instanceof asn1js.Sequence);
  if (found.length === 0) {
    throw new InspectFailure(
      "not-recognised",
      `${place} is a PKCS#7 bundle without certificates.`,
      where(block),
    );
  }
  ctx.pkcs7 = true;
  for (const item of found) {
    await addCertificate(
      ctx,
      bytes(item.valueBeforeDecodeView),
      block,
      `${place}: a certificate in the PKCS#7 bundle is damaged.`,
    );
  }
}

/** Handles one DER structure (a PEM block's content, or a DER file). */
async function handleDer(
  der: Bytes,
  node: asn1js.AsnType,
  ctx: Context,
  block: number | undefined,
  label: string | undefined,
): Promise<BlockSummary["found"]> {
  const place = placeOf(block, label);
  const labelled = label ? LABEL_KIND[label] : undefined;
  const kind = sniff(node);
  if (kind === "unknown" && block === undefined) {
    throw new InspectFailure(
      "not-recognised",
      "This file is not a certificate, key or CSR: its content is not recognised.",
    );
  }
  if (kind === "unknown") {
    const expected = labelled ? `a ${KIND_NAME[labelled]}` : "a certificate, key or CSR";
    throw new InspectFailure(
      "damaged",
      `${place} is damaged or is not ${expected}: its structure is not recognised.`,
      where(block),
    );
  }
  switch (kind) {
    case "certificate":
      await addCertificate(ctx, der, block, `${place} is damaged: the certificate cannot be read.`);
      return "certificate";
    case "csr":
      try {
        ctx.csrs.push(await describeCsr(der, block));
      } catch {
        throw new InspectFailure(
          "damaged",
          `${place} is damaged: the certificate request cannot be read.`,
          where(block),
        );
      }
      return "csr";
    case "pkcs7":
      await handlePkcs7(node, ctx, block, place);
      return "pkcs7";
    case "pkcs12":
      await handlePkcs12(der, ctx, block);
      return "pkcs12";
    case "pkcs8":
      ctx.keys.push(await keyDetails(der, "pkcs8", block, place));
      return "private-key";
    case "rsa-key":
    case "ec-key": {
      let pkcs8: Bytes;
      try {
        pkcs8 = kind === "rsa-key" ? pkcs8FromRsaPrivateKey(der) : pkcs8FromEcPrivateKey(der);
      } catch (error) {
        throw new InspectFailure(
          "damaged",
          `${place}: ${error instanceof Error ? error.message : "the key is damaged."}`,
          where(block),
        );
      }
      ctx.keys.push(
        await keyDetails(pkcs8, kind === "rsa-key" ? "rsa-traditional" : "ec-traditional", block, place),
      );
      return "private-key";
    }
    case "pkcs8-encrypted": {
      let encryption = "";
      try {
        encryption = describeEncryption(encryptionAlgorithmOf(der));
      } catch {
        throw new InspectFailure(
          "damaged",
          `${place} is damaged: the encrypted key cannot be read.`,
          where(block),
        );
      }
      if (ctx.passphrase === undefined) {
        const locked: PrivateKeyDetails = {
          type: "private-key",
          format: "pkcs8-encrypted",
          encrypted: true,
          encryption,
          key: null,
          keyDescription: "encrypted private key",
          spkiSha256: null,
          keyPair: null,
        };
        if (block !== undefined) locked.block = block;
        ctx.keys.push(locked);
        ctx.lockedKey ??= new InspectFailure(
          "passphrase-required",
          "This key is encrypted: enter its passphrase.",
          where(block),
        );
        return "private-key";
      }
      let pkcs8: Bytes;
      try {
        pkcs8 = await decryptPkcs8(der, ctx.passphrase, "the key");
      } catch (error) {
        if (error instanceof WrongPassphraseError) {
          throw new InspectFailure(
            "wrong-passphrase",
            "Wrong passphrase: the key does not decrypt with it.",
            where(block),
          );
        }
        const message = error instanceof CryptoError ? error.message : "the encrypted key is damaged.";
        throw new InspectFailure(
          message.includes("cannot read") || message.includes("does not read") ? "unsupported" : "damaged",
          `${place}: ${message}`,
          where(block),
        );
      }
      ctx.keys.push(await keyDetails(pkcs8, "pkcs8-encrypted", block, place, { encryption }));
      return "private-key";
    }
    case "public-key":
      ctx.notes.push(`${place} is a public key only; it is not needed (the certificate or CSR contains it).`);
      return "skipped";
    case "crl":
      ctx.notes.push(`${place} is a certificate revocation list and was skipped.`);
      return "skipped";
  }
}

function decodeText(data: Bytes): string | null {
  // Windows tools (Notepad, PowerShell 5 redirection) may save PEM as UTF-16 with a byte-order mark.
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    const bigEndian = data[0] === 0xfe;
    let text = "";
    for (let i = 2; i + 1 < data.length; i += 2) {
      text += String.fromCharCode(
        bigEndian ? (data[i]! << 8) | data[i + 1]! : data[i]! | (data[i + 1]! << 8),
      );
    }
    return text;
  }
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  // Text if it has no control bytes other than whitespace (DER almost always has some).
  for (let i = start; i < data.length; i++) {
    const byte = data[i]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) return null;
  }
  return new TextDecoder("utf-8").decode(data.subarray(start));
}

function looksLikeBase64(text: string): Bytes | null {
  const compact = text.replace(/\s+/g, "");
  if (compact.length < 16) return null;
  for (let i = 0; i < compact.length; i++) {
    const code = compact.charCodeAt(i);
    if (code !== 0x3d && base64Value(code) < 0) return null;
  }
  return fromBase64(compact);
}

function resultKind(ctx: Context): Exclude<InspectResult["kind"], "error"> | null {
  if (ctx.pkcs12) return "pkcs12";
  const present = [ctx.certificates.length > 0, ctx.csrs.length > 0, ctx.keys.length > 0].filter(
    Boolean,
  ).length;
  if (present === 0) return null;
  if (present > 1) return "bundle";
  if (ctx.certificates.length > 0) return "certificates";
  if (ctx.csrs.length > 0) return "csr";
  return "private-key";
}

function expectationProblem(ctx: Context): InspectFailure | null {
  const has = {
    certificate: ctx.certificates.length > 0,
    csr: ctx.csrs.length > 0,
    key: ctx.keys.length > 0,
  };
  const what = has.certificate
    ? "a certificate"
    : has.csr
      ? "a certificate request (CSR)"
      : ctx.pkcs12
        ? "a PKCS#12 (.pfx) file"
        : "a private key";
  switch (ctx.expect) {
    case "certificate":
      if (has.certificate) return null;
      if (has.csr) {
        return new InspectFailure(
          "wrong-type",
          "This is a certificate request (CSR), not a certificate. Send the CSR to the CA and load the certificate it returns.",
        );
      }
      return new InspectFailure("wrong-type", `This is ${what}, not a certificate.`);
    case "key":
      return has.key ? null : new InspectFailure("wrong-type", `This is ${what}, not a private key.`);
    case "csr":
      return has.csr
        ? null
        : new InspectFailure("wrong-type", `This is ${what}, not a certificate request (CSR).`);
    default:
      return null;
  }
}

function keyMatches(ctx: Context): KeyMatch[] {
  const groups = new Map<string, KeyMatch>();
  const group = (spki: string) => {
    let entry = groups.get(spki);
    if (!entry) {
      entry = { spkiSha256: spki, keys: [], certificates: [], csrs: [] };
      groups.set(spki, entry);
    }
    return entry;
  };
  ctx.keys.forEach((key, i) => {
    if (key.spkiSha256) group(key.spkiSha256).keys.push(i);
  });
  ctx.certificates.forEach((cert, i) => {
    group(cert.spkiSha256).certificates.push(i);
  });
  ctx.csrs.forEach((csr, i) => {
    group(csr.spkiSha256).csrs.push(i);
  });
  return [...groups.values()].filter(
    (entry) =>
      entry.keys.length + entry.certificates.length + entry.csrs.length > 1 &&
      [entry.keys.length, entry.certificates.length, entry.csrs.length].filter((n) => n > 0).length > 1,
  );
}

/**
 * Inspects PEM or DER input: returns what it holds (certificates with their chain, CSRs, keys, a
 * PKCS#12 file's contents), how keys, CSRs and certificates match, or a precise error. Never throws.
 */
export async function inspect(
  input: string | Uint8Array | ArrayBuffer,
  options: string | InspectOptions = {},
): Promise<InspectResult> {
  const opts: InspectOptions = typeof options === "string" ? { passphrase: options } : (options ?? {});
  try {
    return await inspectOrFail(input, opts);
  } catch (error) {
    if (error instanceof InspectFailure) return error.error;
    return {
      kind: "error",
      code: "damaged",
      message: `This file could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}

async function inspectOrFail(
  input: string | Uint8Array | ArrayBuffer,
  options: InspectOptions,
): Promise<InspectResult> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    throw new InspectFailure("too-large", `This file is ${formatSize(size)}; a certificate is a few kB.`);
  }
  const ctx: Context = {
    passphrase: options.passphrase,
    expect: options.expect ?? "any",
    certificates: [],
    csrs: [],
    keys: [],
    pkcs12: null,
    pkcs7: false,
    blocks: [],
    notes: [],
    lockedKey: null,
  };
  if (ctx.passphrase !== undefined && ctx.passphrase === "") ctx.passphrase = undefined;

  let text: string | null;
  let der: Bytes | null = null;
  if (typeof input === "string") {
    text = input;
  } else {
    const data = bytes(input);
    text = decodeText(data);
    if (text === null) der = data;
  }
  if (text !== null && text.trim() === "") throw new InspectFailure("empty", "The file is empty.");
  if (der !== null && der.length === 0) throw new InspectFailure("empty", "The file is empty.");

  let source: InspectContents["source"] = "der";
  if (text !== null) {
    if (text.includes("-----BEGIN")) {
      source = "pem";
      await handlePemText(text, ctx);
    } else {
      const decoded = looksLikeBase64(text);
      if (!decoded) {
        throw new InspectFailure(
          "not-recognised",
          "This is not a certificate, key or CSR: the text has no PEM block (-----BEGIN …-----) and is not base64.",
        );
      }
      source = "base64";
      der = decoded;
    }
  }
  if (der !== null) await handleDerFile(der, ctx);

  const kind = resultKind(ctx);
  if (!kind) {
    const detail = ctx.notes.length > 0 ? ` ${ctx.notes.join(" ")}` : "";
    throw new InspectFailure("not-recognised", `No certificate, key or CSR was found.${detail}`);
  }
  const problem = expectationProblem(ctx);
  if (problem) throw problem;
  if (ctx.lockedKey && (ctx.expect === "key" || ctx.expect === "any")) throw ctx.lockedKey;

  const chain = ctx.certificates.length > 0 ? await analyseChain(ctx.certificates) : null;
  const matches = keyMatches(ctx);
  if (ctx.certificates.length > 0) {
    ctx.keys.forEach((key, i) => {
      if (
        key.spkiSha256 &&
        !matches.some((match) => match.keys.includes(i) && match.certificates.length > 0)
      ) {
        ctx.notes.push(
          `The private key${key.block ? ` in PEM block ${key.block}` : ""} does not belong to any certificate in the file.`,
        );
      }
    });
  }
  const contents: InspectContents = {
    source,
    certificates: ctx.certificates,
    csrs: ctx.csrs,
    keys: ctx.keys,
    chain,
    matches,
    pkcs12: ctx.pkcs12,
    pkcs7: ctx.pkcs7,
    blocks: ctx.blocks,
    notes: ctx.notes,
  };
  return { kind, ...contents };
}

async function handlePemText(text: string, ctx: Context) {
  const pem = decodePem(text);
  if (!pem.ok) {
    throw new InspectFailure("damaged", pem.error.message, { block: pem.error.block, line: pem.error.line });
  }
  for (const block of pem.blocks) {
    const summary: BlockSummary = {
      block: block.index,
      label: block.label,
      line: block.beginLine,
      found: "skipped",
    };
    ctx.blocks.push(summary);
    if (SKIPPED_LABELS[block.label]) {
      ctx.notes.push(`PEM block ${block.index} is ${SKIPPED_LABELS[block.label]} and was skipped.`);
      continue;
    }
    if (block.label === "OPENSSH PRIVATE KEY") {
      throw new InspectFailure(
        "unsupported",
        `PEM block ${block.index} is an OpenSSH key, not a TLS key. Convert it with "ssh-keygen -p -m PKCS8 -f <file>" if it really is the certificate's key.`,
        { block: block.index, line: block.beginLine },
      );
    }
    if (/ENCRYPTED/i.test(block.headers["Proc-Type"] ?? "")) {
      throw new InspectFailure(
        "unsupported",
        `PEM block ${block.index} is a private key in the old OpenSSL encrypted format (${block.headers["DEK-Info"]?.split(",")[0] ?? "legacy"}), which this app does not read. Convert it with "openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.key -out new.key" and load new.key.`,
        { block: block.index, line: block.beginLine },
      );
    }
    const parsed = parseBer(block.der);
    if (!parsed) {
      throw new InspectFailure(
        "damaged",
        `PEM block ${block.index} (${block.label}) is damaged: its content is not valid DER (cut off or altered).`,
        { block: block.index, line: block.beginLine },
      );
    }
    if (parsed.length !== block.der.length && block.label !== "TRUSTED CERTIFICATE") {
      throw new InspectFailure(
        "damaged",
        `PEM block ${block.index} (${block.label}) is damaged: ${block.der.length - parsed.length} unexpected bytes follow its content.`,
        { block: block.index, line: block.beginLine },
      );
    }
    const der =
      block.label === "TRUSTED CERTIFICATE" ? bytes(block.der.subarray(0, parsed.length)) : block.der;
    summary.found = await handleDer(der, parsed.node, ctx, block.index, block.label);
  }
}

async function handleDerFile(data: Bytes, ctx: Context) {
  let offset = 0;
  let count = 0;
  while (offset < data.length) {
    const rest = data.subarray(offset);
    const parsed = parseBer(rest);
    if (!parsed || parsed.length <= 0) {
      if (count === 0 && data[0] === 0x30) {
        throw new InspectFailure(
          "damaged",
          "The file is damaged or cut off: it starts like a DER certificate or key but does not decode.",
          { offset },
        );
      }
      if (count === 0) {
        throw new InspectFailure(
          "not-recognised",
          "This file is not a certificate, key or CSR: it is neither PEM text nor DER.",
          { offset },
        );
      }
      throw new InspectFailure(
        "damaged",
        `The file is damaged: ${data.length - offset} unexpected bytes follow the ${count === 1 ? "first item" : `${count} items`} (at byte ${offset}).`,
        { offset },
      );
    }
    await handleDer(bytes(rest.subarray(0, parsed.length)), parsed.node, ctx, undefined, undefined);
    offset += parsed.length;
    count++;
    if (count > 100)
      throw new InspectFailure(
        "damaged",
        "The file holds more than 100 DER items; it is not a certificate file.",
      );
  }
}

// ---------------------------------------------------------------- helpers for the planner and the UI

/** An inspected certificate or CSR as an `existing` entry of a plan (PLAN-FORMAT.md). */
export function toExisting(info: CertificateInfo | CsrInfo, certificateId: string): ExistingCertificate {
  const existing: ExistingCertificate = {
    certificate: certificateId,
    subjectCN: info.subjectCN,
    sans: [...info.sans],
    eku: [...info.eku],
    kind: info.type,
  };
  // the rules lint an OU on a public certificate (BR §7.1.2.7: organizationalUnitName MUST NOT)
  if (info.subjectFields.OU) existing.subjectOU = info.subjectFields.OU;
  if (info.key) existing.key = { ...info.key };
  if (info.type === "certificate") {
    existing.validityDays = info.validityDays;
    existing.notBefore = info.notBefore;
    existing.notAfter = info.notAfter;
    existing.issuer = info.issuer;
    existing.serialNumber = info.serialNumber;
  }
  return existing;
}

/** The certificates of an inspection in chain order (leaf first), then any unrelated ones. */
export function orderedCertificates(result: InspectContents): CertificateInfo[] {
  if (!result.chain) return [...result.certificates];
  const { order, unrelated } = result.chain;
  return [...order, ...unrelated].map((i) => result.certificates[i]!);
}
