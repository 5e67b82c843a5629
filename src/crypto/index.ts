// The crypto layer's only door (used by the UI, the tests and the bench). WebCrypto + @peculiar/x509 +
// @peculiar/asn1-*; no React, no Node APIs: runs unchanged in Node 20 and in the browser.
// Load it on demand (dynamic import) — @peculiar/x509 adds ≈50 kB gzip.
import "./reflection";

/** This module's URL (the chunk the build makes of it): the inspection worker loads the same code from it
 *  instead of carrying a copy of the crypto layer (src/crypto/inspect.worker.ts). */
export const CRYPTO_MODULE_URL: string = import.meta.url;

export type { ChainLink } from "./chain";
export { countryCodeProblem, ISO_3166_ALPHA2 } from "./countries";
export { type CsrPlan, type CsrResult, createCsr, keyUsageFor, sanEntries } from "./csr";
export type { SanValue, SubjectFields } from "./describe";
export { CryptoError, type CryptoErrorCode, isCryptoError } from "./errors";
export { type SpkiSource, sha1Fingerprint, sha256Fingerprint, spkiSha256Of } from "./fingerprint";
export {
  type BlockSummary,
  type CertificateInfo,
  type ChainAnalysis,
  type CsrInfo,
  type Expectation,
  type InspectContents,
  type InspectError,
  type InspectErrorCode,
  type InspectOptions,
  type InspectResult,
  inspect,
  type KeyMatch,
  MAX_INPUT_BYTES,
  orderedCertificates,
  type Pkcs12Details,
  type PrivateKeyDetails,
  toExisting,
} from "./inspect";
export {
  checkGeneratedKeySpec,
  describeKeySpec,
  GENERATED_KEY_SPECS,
  generateKeyPair,
  importPrivateKey,
  type KeyPair,
  publicKeyOf,
} from "./keys";
export { matchKeyToCertificate, spkiSha256OfCertificate } from "./match";
export { checkPassphrase } from "./pbe";
export { decodePem, encodePem, type PemBlock, type PemResult } from "./pem";
export {
  decryptPkcs8,
  encryptedKeyWriter,
  encryptPkcs8,
  exportPrivateKey,
  KEY_FILE_ITERATIONS,
} from "./pkcs8";
export {
  buildPkcs12,
  type CertificateInput,
  PKCS12_ITERATIONS,
  type Pkcs12Options,
  type Pkcs12Profile,
  WINDOWS_MAX_ITERATIONS,
} from "./pkcs12";
