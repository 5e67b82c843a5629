// ASN.1 structures that no @peculiar package declares (PBES2, PBKDF2, PKCS#12 PBE parameters, CMS
// EncryptedData), plus the object identifiers the layer uses.
//
// No TypeScript decorators here (the bundler's decorator support is not to be relied on): the
// @peculiar/asn1-schema decorators are plain functions, applied by hand below. `AsnProp` registers
// fields in call order, which is the order of the SEQUENCE.

import { EncryptedContentInfo } from "@peculiar/asn1-cms";
import { AsnProp, AsnPropTypes, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";

export const OID = {
  rsaEncryption: "1.2.840.113549.1.1.1",
  rsassaPss: "1.2.840.113549.1.1.10",
  ecPublicKey: "1.2.840.10045.2.1",
  ed25519: "1.3.101.112",
  ed448: "1.3.101.113",
  dsa: "1.2.840.10040.4.1",
  p256: "1.2.840.10045.3.1.7",
  p384: "1.3.132.0.34",
  p521: "1.3.132.0.35",
  sha1: "1.3.14.3.2.26",
  sha256: "2.16.840.1.101.3.4.2.1",
  sha384: "2.16.840.1.101.3.4.2.2",
  sha512: "2.16.840.1.101.3.4.2.3",
  pbes2: "1.2.840.113549.1.5.13",
  pbkdf2: "1.2.840.113549.1.5.12",
  hmacWithSHA1: "1.2.840.113549.2.7",
  hmacWithSHA224: "1.2.840.113549.2.8",
  hmacWithSHA256: "1.2.840.113549.2.9",
  hmacWithSHA384: "1.2.840.113549.2.10",
  hmacWithSHA512: "1.2.840.113549.2.11",
  aes128Cbc: "2.16.840.1.101.3.4.1.2",
  aes192Cbc: "2.16.840.1.101.3.4.1.22",
  aes256Cbc: "2.16.840.1.101.3.4.1.42",
  desEde3Cbc: "1.2.840.113549.3.7",
  pbeWithSHAAnd128BitRC4: "1.2.840.113549.1.12.1.1",
  pbeWithSHAAnd40BitRC4: "1.2.840.113549.1.12.1.2",
  pbeWithSHAAnd3KeyTripleDesCbc: "1.2.840.113549.1.12.1.3",
  pbeWithSHAAnd2KeyTripleDesCbc: "1.2.840.113549.1.12.1.4",
  pbeWithSHAAnd128BitRc2Cbc: "1.2.840.113549.1.12.1.5",
  pbeWithSHAAnd40BitRc2Cbc: "1.2.840.113549.1.12.1.6",
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  envelopedData: "1.2.840.113549.1.7.3",
  encryptedData: "1.2.840.113549.1.7.6",
  keyBag: "1.2.840.113549.1.12.10.1.1",
  pkcs8ShroudedKeyBag: "1.2.840.113549.1.12.10.1.2",
  certBag: "1.2.840.113549.1.12.10.1.3",
  x509Certificate: "1.2.840.113549.1.9.22.1",
  friendlyName: "1.2.840.113549.1.9.20",
  localKeyId: "1.2.840.113549.1.9.21",
  extensionRequest: "1.2.840.113549.1.9.14",
  subjectAltName: "2.5.29.17",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  certificatePolicies: "2.5.29.32",
  basicConstraints: "2.5.29.19",
  subjectKeyIdentifier: "2.5.29.14",
  authorityKeyIdentifier: "2.5.29.35",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
} as const;

/** PBKDF2-params (RFC 8018 A.2). `salt` is the `specified` alternative (otherSource is never used). */
export class Pbkdf2Params {
  salt = new OctetString();
  iterationCount: number | string = 0;
  keyLength?: number;
  prf?: AlgorithmIdentifier;
}
AsnProp({ type: OctetString })(Pbkdf2Params.prototype, "salt");
AsnProp({ type: AsnPropTypes.Integer })(Pbkdf2Params.prototype, "iterationCount");
AsnProp({ type: AsnPropTypes.Integer, optional: true })(Pbkdf2Params.prototype, "keyLength");
AsnProp({ type: AlgorithmIdentifier, optional: true })(Pbkdf2Params.prototype, "prf");

/** PBES2-params (RFC 8018 A.4). */
export class Pbes2Params {
  keyDerivationFunc = new AlgorithmIdentifier();
  encryptionScheme = new AlgorithmIdentifier();
}
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, "keyDerivationFunc");
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, "encryptionScheme");

/** pkcs-12PbeParams (RFC 7292 appendix C). */
export class Pkcs12PbeParams {
  salt = new OctetString();
  iterations: number | string = 0;
}
AsnProp({ type: OctetString })(Pkcs12PbeParams.prototype, "salt");
AsnProp({ type: AsnPropTypes.Integer })(Pkcs12PbeParams.prototype, "iterations");

/** CMS EncryptedData (RFC 5652 §8) without unprotectedAttrs, which PKCS#12 never uses. */
export class CmsEncryptedData {
  version: number = 0;
  encryptedContentInfo = new EncryptedContentInfo();
}
AsnProp({ type: AsnPropTypes.Integer })(CmsEncryptedData.prototype, "version");
AsnProp({ type: EncryptedContentInfo })(CmsEncryptedData.prototype, "encryptedContentInfo");

/** Iteration counts arrive as number or (when large) decimal string from asn1-schema. */
export function iterationNumber(value: number | string): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isSafeInteger(n) ? n : Number.POSITIVE_INFINITY;
}
