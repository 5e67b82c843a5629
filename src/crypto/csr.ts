// PKCS#10 certificate requests from a CertificatePlan.

import { own } from "../domain/own";
import type { CertificatePlan, KeySpec } from "../domain/types";
import { toColonHex } from "./bytes";
import { DerWriter, NULL, oid, TRUE, writeEcdsaSignature } from "./der";
import { CryptoError } from "./errors";
import { SHA256 } from "./hash";
import { type KeyPair, keySpecOf, signatureHash, signingAlgorithm } from "./keys";
import { normaliseDnsName, normaliseIpAddress, type SubjectKey, subjectAttributes } from "./names";
import { encodePem } from "./pem";
import { OID } from "./schemas";

/** Attribute types of the Subject (RFC 5280 / X.520). */
const SUBJECT_OIDS: Record<SubjectKey, Uint8Array> = {
  C: oid("2.5.4.6"),
  ST: oid("2.5.4.8"),
  L: oid("2.5.4.7"),
  O: oid("2.5.4.10"),
  OU: oid("2.5.4.11"),
  CN: oid("2.5.4.3"),
};

/** KeyUsage bit numbers (RFC 5280 §4.2.1.3). */
const KEY_USAGE_BITS: Record<string, number> = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
};

const SUBJECT_ALT_NAME = oid(OID.subjectAltName);
const EXT_KEY_USAGE = oid(OID.extKeyUsage);
const KEY_USAGE = oid(OID.keyUsage);
const EXTENSION_REQUEST = oid(OID.extensionRequest);
/** version 0 of a CertificationRequestInfo */
const VERSION_0 = new Uint8Array([0x02, 0x01, 0x00]);

/** An Extension whose extnValue is everything written since `start`: OCTET STRING, critical flag, id. */
function closeExtension(w: DerWriter, id: Uint8Array, critical: boolean, start: number): void {
  w.close(0x04, start);
  if (critical) w.bytes(TRUE);
  w.bytes(id).close(0x30, start);
}

/** sha256WithRSAEncryption (with its NULL parameters) or ecdsa-with-SHA256/384/512 (none), RFC 4055 / 5758,
 *  encoded AlgorithmIdentifiers. */
const SIGNATURE_ALGORITHMS = {
  RSA: new DerWriter().bytes(NULL).bytes(oid("1.2.840.113549.1.1.11")).close(0x30, 0).toBytes(),
  "SHA-256": new DerWriter().bytes(oid("1.2.840.10045.4.3.2")).close(0x30, 0).toBytes(),
  "SHA-384": new DerWriter().bytes(oid("1.2.840.10045.4.3.3")).close(0x30, 0).toBytes(),
  "SHA-512": new DerWriter().bytes(oid("1.2.840.10045.4.3.4")).close(0x30, 0).toBytes(),
};

function signatureAlgorithm(spec: KeySpec): Uint8Array {
  return SIGNATURE_ALGORITHMS[spec.algorithm === "RSA" ? "RSA" : signatureHash(spec)];
}

/** The 4 or 16 bytes of an address normaliseIpAddress returned (IPv4 dotted, IPv6 as URL writes it). */
function ipAddressBytes(address: string): Uint8Array {
  if (!address.includes(":")) return new Uint8Array(address.split(".").map(Number));
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => Number.parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

export interface CsrResult {
  /** "-----BEGIN CERTIFICATE REQUEST-----" … with 64-character lines and a final newline */
  pem: string;
  der: Uint8Array;
  /** SHA-256 of the CSR's DER, "AB:CD:…" */
  csrSha256: string;
  /** SHA-256 of the public key (SubjectPublicKeyInfo DER), "AB:CD:…": equal in the key, CSR and certificate */
  spkiSha256: string;
}

/** The parts of a CertificatePlan a CSR is made of (the whole plan may be passed). */
export type CsrPlan = Pick<CertificatePlan, "subject" | "sans" | "eku" | "keyUsage"> &
  Partial<CertificatePlan>;

const EKU_OIDS: Record<string, Uint8Array> = {
  serverAuth: oid(OID.serverAuth),
  clientAuth: oid(OID.clientAuth),
};

/** The keyUsage a CSR asks for: RSA digitalSignature + keyEncipherment (+ dataEncipherment when the plan
 *  lists it, as Cisco asks for); EC digitalSignature only (keyEncipherment is meaningless for EC keys). */
export function keyUsageFor(algorithm: "RSA" | "ECDSA", planned: readonly string[]): string[] {
  if (algorithm === "ECDSA") return ["digitalSignature"];
  const usages = ["digitalSignature", "keyEncipherment"];
  if (planned.includes("dataEncipherment")) usages.push("dataEncipherment");
  return usages;
}

/** The SAN entries, checked and converted to A-labels, in the plan's order without duplicates. */
export function sanEntries(plan: Pick<CertificatePlan, "sans">): { type: "dns" | "ip"; value: string }[] {
  const seen = new Set<string>();
  const out: { type: "dns" | "ip"; value: string }[] = [];
  for (const san of plan.sans ?? []) {
    let value: string;
    if (san.type === "dns") value = normaliseDnsName(san.value);
    else if (san.type === "ip") value = normaliseIpAddress(san.value);
    else
      throw new CryptoError("invalid-name", `Unknown SAN type "${String((san as { type: unknown }).type)}".`);
    const id = `${san.type}:${value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ type: san.type, value });
  }
  return out;
}

/**
 * Creates the PKCS#10 request for a planned certificate, signed with `keys.privateKey`:
 * Subject C, ST, L, O, OU, CN (empty ones omitted, PrintableString where it fits, else UTF8String);
 * extensionRequest with subjectAltName (dNSName/iPAddress), extendedKeyUsage, critical keyUsage.
 */
export async function createCsr(
  plan: CsrPlan,
  keys: Pick<KeyPair, "privateKey" | "publicKey">,
): Promise<CsrResult> {
  const spec = keySpecOf(keys.privateKey);
  if (!spec) {
    throw new CryptoError(
      "unsupported-key",
      "The key is neither an RSA (RSASSA-PKCS1-v1_5) nor an ECDSA key.",
    );
  }
  // everything that comes from the plan is checked before the key is used: a plan it cannot sign fails first
  const subject = subjectAttributes(plan.subject);
  const sans = sanEntries(plan);
  if (sans.length === 0) {
    throw new CryptoError(
      "invalid-name",
      "The certificate has no subject alternative names: browsers and UC clients ignore the CN, so the CSR needs at least one SAN.",
    );
  }
  const eku: Uint8Array[] = [];
  for (const usage of plan.eku ?? []) {
    const id = own(EKU_OIDS, usage);
    if (!id) throw new CryptoError("invalid-input", `Unknown extended key usage "${String(usage)}".`);
    if (!eku.includes(id)) eku.push(id);
  }
  const bits = keyUsageFor(spec.algorithm, plan.keyUsage ?? []).map((usage) => {
    const bit = KEY_USAGE_BITS[usage];
    if (bit === undefined) throw new CryptoError("invalid-input", `Unknown key usage "${usage}".`);
    return bit;
  });
  const subtle = globalThis.crypto.subtle;
  const spki = new Uint8Array(await subtle.exportKey("spki", keys.publicKey));

  // CertificationRequestInfo (RFC 2986 §4.1), written backwards (der.ts): its last part first
  const w = writer.reset();
  const extensions = w.written();
  // keyUsage (critical)
  let start = w.written();
  w.namedBits(bits);
  closeExtension(w, KEY_USAGE, true, start);
  if (eku.length > 0) {
    start = w.written();
    for (let i = eku.length - 1; i >= 0; i--) w.bytes(eku[i] as Uint8Array);
    w.close(0x30, start);
    closeExtension(w, EXT_KEY_USAGE, false, start);
  }
  start = w.written();
  for (let i = sans.length - 1; i >= 0; i--) {
    const san = sans[i] as { type: "dns" | "ip"; value: string };
    if (san.type === "dns") w.asciiString(0x82, san.value);
    else w.tlv(0x87, ipAddressBytes(san.value));
  }
  w.close(0x30, start);
  closeExtension(w, SUBJECT_ALT_NAME, false, start);
  // attributes [0] { SEQUENCE { extensionRequest, SET { Extensions } } }
  w.close(0x30, extensions).close(0x31, extensions).bytes(EXTENSION_REQUEST);
  w.close(0x30, extensions).close(0xa0, extensions);
  w.bytes(spki);
  // the Subject: one RDN (a SET of one AttributeTypeAndValue) per attribute
  start = w.written();
  for (let i = subject.length - 1; i >= 0; i--) {
    const a = subject[i] as (typeof subject)[number];
    const rdn = w.written();
    if (a.encoding === "printableString") w.asciiString(0x13, a.value);
    else w.utf8String(a.value);
    w.bytes(SUBJECT_OIDS[a.key]).close(0x30, rdn).close(0x31, rdn);
  }
  w.close(0x30, start).bytes(VERSION_0).close(0x30, 0);
  const info = w.toBytes();

  const signing = subtle.sign(signingAlgorithm(spec), keys.privateKey, info);
  // The two fingerprints are hashed here, synchronously (hash.ts), not with crypto.subtle.digest: a few hundred
  // bytes hash faster than a WebCrypto call and its promise cost the page (in Chromium WebCrypto works on the
  // page's own thread, in the call); the public key's is hashed while the request is being signed.
  const spkiSha256 = toColonHex(SHA256.digest(spki));
  const signature = new Uint8Array(await signing);
  // CertificationRequest: info, signatureAlgorithm, signature BIT STRING (ECDSA's r ‖ s as DER)
  w.reset();
  if (spec.algorithm === "ECDSA") writeEcdsaSignature(w, signature);
  else w.bytes(signature);
  const der = w.byte(0).close(0x03, 0).bytes(signatureAlgorithm(spec)).bytes(info).close(0x30, 0).toBytes();
  const csrSha256 = toColonHex(SHA256.digest(der));
  return { pem: encodePem("CERTIFICATE REQUEST", der), der, csrSha256, spkiSha256 };
}

/** One writer for every request: each is written whole between two awaits, and copied out (toBytes). */
const writer = new DerWriter(2048);
