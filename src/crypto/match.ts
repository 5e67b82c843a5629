// Key ↔ CSR ↔ certificate matching by public key (SHA-256 of the SubjectPublicKeyInfo).

import { bytes } from "./bytes";
import type { CertificateInfo, CsrInfo } from "./describe";
import { sha256Fingerprint, spkiSha256Of } from "./fingerprint";
import type { KeyPair } from "./keys";
import type { CertificateInput } from "./pkcs12";
import { Pkcs10CertificateRequest, X509Certificate } from "./x509";

/** SHA-256 of the public key of a certificate or CSR given as PEM text, DER bytes or an inspected item. */
export async function spkiSha256OfCertificate(
  item: CertificateInput | CertificateInfo | CsrInfo,
): Promise<string> {
  if (typeof item === "object" && "spkiSha256" in item) return item.spkiSha256;
  if (typeof item === "string" && item.includes("CERTIFICATE REQUEST")) {
    return sha256Fingerprint(new Pkcs10CertificateRequest(item).publicKey.rawData);
  }
  const source =
    typeof item === "string" ? item : item instanceof ArrayBuffer ? item : "der" in item ? item.der : item;
  return sha256Fingerprint(
    new X509Certificate(typeof source === "string" ? source : bytes(source)).publicKey.rawData,
  );
}

/**
 * True when the private (or public) key belongs to the certificate or CSR. Throws a plain Error when the
 * certificate cannot be read.
 */
export async function matchKeyToCertificate(
  key: CryptoKey | Pick<KeyPair, "publicKey"> | Pick<KeyPair, "privateKey">,
  certificate: CertificateInput | CertificateInfo | CsrInfo,
): Promise<boolean> {
  const keySource = "publicKey" in key ? key.publicKey : "privateKey" in key ? key.privateKey : key;
  const [a, b] = await Promise.all([spkiSha256Of(keySource), spkiSha256OfCertificate(certificate)]);
  return a === b;
}
