// SHA-256 / SHA-1 fingerprints, printed the way openssl and Windows print them ("AB:CD:…").

import { type Bytes, bytes, toColonHex } from "./bytes";
import { exportSpki } from "./keys";

export async function digest(algorithm: "SHA-1" | "SHA-256", data: Uint8Array | ArrayBuffer): Promise<Bytes> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(algorithm, bytes(data)));
}

/** SHA-256 of DER bytes as "AB:CD:…" (what `openssl x509 -fingerprint -sha256` prints). */
export async function sha256Fingerprint(data: Uint8Array | ArrayBuffer): Promise<string> {
  return toColonHex(await digest("SHA-256", data));
}

/** SHA-1 of DER bytes as "AB:CD:…" (the "thumbprint" Windows shows for a certificate). */
export async function sha1Fingerprint(data: Uint8Array | ArrayBuffer): Promise<string> {
  return toColonHex(await digest("SHA-1", data));
}

/** What spkiSha256Of accepts: a WebCrypto key (public or extractable private), a key pair, or
 *  SubjectPublicKeyInfo DER bytes. Certificates and CSRs give their SPKI through inspect(). */
export type SpkiSource = CryptoKey | { publicKey: CryptoKey } | Uint8Array | ArrayBuffer;

/**
 * SHA-256 of the SubjectPublicKeyInfo DER: the same value for a key, its CSR and its certificate, so it
 * is how key ↔ CSR ↔ certificate are matched (and what `openssl pkey -pubout -outform DER | sha256sum`
 * prints, in colon form).
 */
export async function spkiSha256Of(source: SpkiSource): Promise<string> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return sha256Fingerprint(source);
  const key = "publicKey" in source ? source.publicKey : source;
  return sha256Fingerprint(await exportSpki(key));
}
