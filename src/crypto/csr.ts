// PKCS#10 certificate requests from a CertificatePlan.

import type { CertificatePlan, KeySpec } from "../domain/types";
import {
  ascii,
  bitString,
  type Der,
  ecdsaSignatureToDer,
  encode,
  NULL,
  namedBits,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  smallInteger,
  TRUE,
  tlv,
  utf8String,
} from "./der";
import { CryptoError } from "./errors";
import { sha256Fingerprint } from "./fingerprint";
import { type KeyPair, keySpecOf, signatureHash, signingAlgorithm } from "./keys";
import { normaliseDnsName, normaliseIpAddress, type SubjectKey, subjectAttributes } from "./names";
import { encodePem } from "./pem";
import { OID } from "./schemas";

/** Attribute types of the Subject (RFC 5280 / X.520). */
const SUBJECT_OIDS: Record<SubjectKey, string> = {
  C: "2.5.4.6",
  ST: "2.5.4.8",
  L: "2.5.4.7",
  O: "2.5.4.10",
  OU: "2.5.4.11",
  CN: "2.5.4.3",
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

function extension(id: string, critical: boolean, value: Der): Der {
  return critical ? sequence(oid(id), TRUE, octetString(value)) : sequence(oid(id), octetString(value));
}

/** sha256WithRSAEncryption (with its NULL parameters) or ecdsa-with-SHA256/384/512 (none), RFC 4055 / 5758. */
function signatureAlgorithm(spec: KeySpec): Der {
  if (spec.algorithm === "RSA") return sequence(oid("1.2.840.113549.1.1.11"), NULL);
  const hash = signatureHash(spec);
  return sequence(
    oid(
      hash === "SHA-384"
        ? "1.2.840.10045.4.3.3"
        : hash === "SHA-512"
          ? "1.2.840.10045.4.3.4"
          : "1.2.840.10045.4.3.2",
    ),
  );
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

const EKU_OIDS: Record<string, string> = { serverAuth: OID.serverAuth, clientAuth: OID.clientAuth };

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
  const name = sequence(
    ...subjectAttributes(plan.subject).map((a) =>
      set(
        sequence(
          oid(SUBJECT_OIDS[a.key]),
          a.encoding === "printableString" ? printableString(a.value) : utf8String(a.value),
        ),
      ),
    ),
  );
  const sans = sanEntries(plan);
  if (sans.length === 0) {
    throw new CryptoError(
      "invalid-name",
      "The certificate has no subject alternative names: browsers and UC clients ignore the CN, so the CSR needs at least one SAN.",
    );
  }
  const eku: string[] = [];
  for (const usage of plan.eku ?? []) {
    const oid = EKU_OIDS[usage];
    if (!oid) throw new CryptoError("invalid-input", `Unknown extended key usage "${String(usage)}".`);
    if (!eku.includes(oid)) eku.push(oid);
  }
  const bits = keyUsageFor(spec.algorithm, plan.keyUsage ?? []).map((usage) => {
    const bit = KEY_USAGE_BITS[usage];
    if (bit === undefined) throw new CryptoError("invalid-input", `Unknown key usage "${usage}".`);
    return bit;
  });
  const extensions = sequence(
    extension(
      OID.subjectAltName,
      false,
      sequence(
        ...sans.map((san) =>
          san.type === "dns" ? tlv(0x82, ascii(san.value)) : tlv(0x87, ipAddressBytes(san.value)),
        ),
      ),
    ),
    ...(eku.length > 0 ? [extension(OID.extKeyUsage, false, sequence(...eku.map(oid)))] : []),
    extension(OID.keyUsage, true, namedBits(bits)),
  );
  const subtle = globalThis.crypto.subtle;
  const spki = new Uint8Array(await subtle.exportKey("spki", keys.publicKey));
  const info = encode(
    sequence(smallInteger(0), name, spki, tlv(0xa0, sequence(oid(OID.extensionRequest), set(extensions)))),
  );
  // the public key's fingerprint is computed while the request is signed
  const [signature, spkiSha256] = await Promise.all([
    subtle.sign(signingAlgorithm(spec), keys.privateKey, info),
    sha256Fingerprint(spki),
  ]);
  const der = encode(
    sequence(
      info,
      signatureAlgorithm(spec),
      bitString(
        spec.algorithm === "ECDSA"
          ? ecdsaSignatureToDer(new Uint8Array(signature))
          : new Uint8Array(signature),
      ),
    ),
  );
  const csrSha256 = await sha256Fingerprint(der);
  return { pem: encodePem("CERTIFICATE REQUEST", der), der, csrSha256, spkiSha256 };
}
