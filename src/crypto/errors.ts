// Errors thrown by the generating functions (keys, CSR, key files, PKCS#12). Inspection never throws:
// it returns `{ kind: "error" }` instead (see inspect.ts).

export type CryptoErrorCode =
  | "unsupported-key" // a key type or size the app does not generate (weak or unknown)
  | "invalid-subject" // a Subject attribute that cannot go into a CSR (bad country code, too long, …)
  | "invalid-name" // a SAN that is not a valid DNS name or IP address
  | "empty-passphrase" // an empty or whitespace-only passphrase
  | "passphrase-required" // the data is encrypted and no passphrase was given
  | "wrong-passphrase"
  | "key-mismatch" // the private key does not belong to the certificate
  | "key-not-extractable" // a CryptoKey that cannot be written to a file
  | "invalid-input"; // anything else the caller handed us that cannot be used

export class CryptoError extends Error {
  readonly code: CryptoErrorCode;

  constructor(code: CryptoErrorCode, message: string) {
    super(message);
    this.name = "CryptoError";
    this.code = code;
  }
}

export function isCryptoError(error: unknown): error is CryptoError {
  return error instanceof CryptoError;
}
