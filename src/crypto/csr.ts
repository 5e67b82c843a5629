// PKCS#10 certificate requests from a CertificatePlan.

import type { CertificatePlan } from "../domain/types";
import { CryptoError } from "./errors";
import { sha256Fingerprint } from "./fingerprint";
import { type KeyPair, keySpecOf, signingAlgorithm } from "./keys";
import { normaliseDnsName, normaliseIpAddress, subjectAttributes } from "./names";
import { encodePem } from "./pem";
import { OID } from "./schemas";
import {
  ExtendedKeyUsageExtension,
  type JsonNameParams,
  KeyUsageFlags,
  KeyUsagesExtension,
  Name,
  Pkcs10CertificateRequestGenerator,
  SubjectAlternativeNameExtension,
} from "./x509";

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
  const attributes = subjectAttributes(plan.subject);
  const name: JsonNameParams = attributes.map((attribute) => ({
    [attribute.key]: [{ [attribute.encoding]: attribute.value }],
  }));
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
  let flags = 0;
  for (const usage of keyUsageFor(spec.algorithm, plan.keyUsage ?? [])) {
    flags |= KeyUsageFlags[usage as keyof typeof KeyUsageFlags];
  }
  const extensions = [
    new SubjectAlternativeNameExtension(sans, false),
    ...(eku.length > 0 ? [new ExtendedKeyUsageExtension(eku, false)] : []),
    new KeyUsagesExtension(flags, true),
  ];
  const csr = await Pkcs10CertificateRequestGenerator.create(
    {
      name: new Name(name),
      extensions,
      signingAlgorithm: signingAlgorithm(spec),
      keys: { privateKey: keys.privateKey, publicKey: keys.publicKey },
    },
    globalThis.crypto,
  );
  const der = new Uint8Array(csr.rawData);
  const [csrSha256, spkiSha256] = await Promise.all([
    sha256Fingerprint(der),
    sha256Fingerprint(csr.publicKey.rawData),
  ]);
  return { pem: encodePem("CERTIFICATE REQUEST", der), der, csrSha256, spkiSha256 };
}
