// Reading certificates and CSRs into plain summaries (names, SANs, EKUs, key, validity, fingerprints).

import { CertificationRequest } from "@peculiar/asn1-csr";
import { AsnConvert } from "@peculiar/asn1-schema";
import {
  type Name as AsnName,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  CertificatePolicies,
  ExtendedKeyUsage,
  type Extension,
  Extensions,
  KeyUsage,
  SubjectAlternativeName,
  SubjectKeyIdentifier,
  type SubjectPublicKeyInfo,
} from "@peculiar/asn1-x509";
import * as asn1js from "asn1js";
import type { KeySpec } from "../domain/types";
import { bitLength, children, parseBer } from "./asn1";
import { type Bytes, bytes, toHex } from "./bytes";
import { sha1Fingerprint, sha256Fingerprint } from "./fingerprint";
import { curveOfOid, curveOfParameters, describeKeyOid, describeKeySpec } from "./keys";
import { encodePem } from "./pem";
import { OID } from "./schemas";
import { Name, Pkcs10CertificateRequest, X509Certificate } from "./x509";

export interface SubjectFields {
  CN?: string;
  O?: string;
  OU?: string;
  L?: string;
  ST?: string;
  C?: string;
}

export interface SanValue {
  type: "dns" | "ip" | "email" | "uri" | "other";
  value: string;
}

/** What both certificates and CSRs carry. */
interface RequestLike {
  /** PEM block number (1-based) the item came from, when the input was PEM */
  block?: number;
  /** "CN=sip.contoso.com, O=Contoso Ltd, …" (RFC 4514 style, in the certificate's order) */
  subject: string;
  subjectCN: string;
  subjectFields: SubjectFields;
  /** DNS names and IP addresses, as written in the certificate (wildcards kept) */
  sans: string[];
  sanEntries: SanValue[];
  /** "serverAuth", "clientAuth", … or the OID for others */
  eku: string[];
  keyUsage: string[];
  keyUsageCritical: boolean;
  /** null for key types a plan cannot describe (Ed25519, DSA, …) */
  key: KeySpec | null;
  /** "RSA 2048", "ECDSA P-256", "Ed25519" */
  keyDescription: string;
  /** "sha256WithRSAEncryption", "ecdsa-with-SHA384", … */
  signatureAlgorithm: string;
  /** SHA-256 of the DER, "AB:CD:…" */
  sha256: string;
  /** SHA-256 of the SubjectPublicKeyInfo: equal for a key, its CSR and its certificate */
  spkiSha256: string;
  der: Bytes;
  pem: string;
}

export interface CertificateInfo extends RequestLike {
  type: "certificate";
  issuer: string;
  issuerCN: string;
  /** upper-case hex, as Windows and openssl print it */
  serialNumber: string;
  /** ISO 8601 */
  notBefore: string;
  notAfter: string;
  validityDays: number;
  /** SHA-1 of the DER: the "thumbprint" Windows (and Skype for Business cmdlets) show */
  sha1: string;
  isCa: boolean;
  /** subject = issuer (a root, or a self-signed server certificate) */
  selfIssued: boolean;
  /** certificate policy OIDs (a publicly-trusted TLS certificate carries a CA/B Forum one, 2.23.140.1.…) */
  policies: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
}

export interface CsrInfo extends RequestLike {
  type: "csr";
  /** the CSR's self-signature verifies (it was signed by the key it carries) */
  signatureValid: boolean;
}

const EKU_NAMES: Record<string, string> = {
  [OID.serverAuth]: "serverAuth",
  [OID.clientAuth]: "clientAuth",
  "1.3.6.1.5.5.7.3.3": "codeSigning",
  "1.3.6.1.5.5.7.3.4": "emailProtection",
  "1.3.6.1.5.5.7.3.8": "timeStamping",
  "1.3.6.1.5.5.7.3.9": "OCSPSigning",
  "1.3.6.1.4.1.311.20.2.2": "smartcardLogon",
  "1.3.6.1.5.2.3.5": "kdcAuth",
  "2.5.29.37.0": "anyExtendedKeyUsage",
};

const KEY_USAGE_BITS = [
  "digitalSignature",
  "nonRepudiation",
  "keyEncipherment",
  "dataEncipherment",
  "keyAgreement",
  "keyCertSign",
  "cRLSign",
  "encipherOnly",
  "decipherOnly",
] as const;

const SIGNATURE_ALGORITHMS: Record<string, string> = {
  "1.2.840.113549.1.1.4": "md5WithRSAEncryption",
  "1.2.840.113549.1.1.5": "sha1WithRSAEncryption",
  "1.2.840.113549.1.1.10": "RSASSA-PSS",
  "1.2.840.113549.1.1.11": "sha256WithRSAEncryption",
  "1.2.840.113549.1.1.12": "sha384WithRSAEncryption",
  "1.2.840.113549.1.1.13": "sha512WithRSAEncryption",
  "1.2.840.10045.4.1": "ecdsa-with-SHA1",
  "1.2.840.10045.4.3.2": "ecdsa-with-SHA256",
  "1.2.840.10045.4.3.3": "ecdsa-with-SHA384",
  "1.2.840.10045.4.3.4": "ecdsa-with-SHA512",
  [OID.ed25519]: "Ed25519",
  [OID.ed448]: "Ed448",
};

export function ekuName(oid: string): string {
  return EKU_NAMES[oid] ?? oid;
}

/** The key a SubjectPublicKeyInfo holds. */
export function describePublicKey(spki: SubjectPublicKeyInfo): { key: KeySpec | null; description: string } {
  const oid = spki.algorithm.algorithm;
  if (oid === OID.rsaEncryption || oid === OID.rsassaPss) {
    const parsed = parseBer(new Uint8Array(spki.subjectPublicKey));
    const modulus = children(parsed?.node)[0];
    const size = modulus instanceof asn1js.Integer ? bitLength(modulus.valueBlock.valueHexView) : 0;
    const name = oid === OID.rsassaPss ? "RSA-PSS" : "RSA";
    return {
      key: oid === OID.rsaEncryption && size > 0 ? { algorithm: "RSA", size } : null,
      description: `${name} ${size}`,
    };
  }
  if (oid === OID.ecPublicKey) {
    const curveOid = curveOfParameters(spki.algorithm.parameters);
    const curve = curveOid ? curveOfOid(curveOid) : null;
    if (curve) {
      const key: KeySpec = { algorithm: "ECDSA", curve };
      return { key, description: describeKeySpec(key) };
    }
    return { key: null, description: `EC (curve ${curveOid ?? "not named"})` };
  }
  return { key: null, description: describeKeyOid(oid) };
}

function subjectFieldsOf(name: Name): SubjectFields {
  const fields: SubjectFields = {};
  for (const key of ["CN", "O", "OU", "L", "ST", "C"] as const) {
    const values = name.getField(key);
    if (values.length > 0) fields[key] = values.join(" + ");
  }
  return fields;
}

function lastCn(name: Name): string {
  return name.getField("CN").at(-1) ?? "";
}

interface ExtensionSummary {
  sanEntries: SanValue[];
  eku: string[];
  keyUsage: string[];
  keyUsageCritical: boolean;
  isCa: boolean;
  policies: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
}

function summariseExtensions(extensions: readonly Extension[]): ExtensionSummary {
  const out: ExtensionSummary = {
    sanEntries: [],
    eku: [],
    keyUsage: [],
    keyUsageCritical: false,
    isCa: false,
    policies: [],
  };
  for (const extension of extensions) {
    const value = extension.extnValue.buffer;
    try {
      switch (extension.extnID) {
        case OID.subjectAltName:
          for (const name of AsnConvert.parse(value, SubjectAlternativeName)) {
            if (name.dNSName !== undefined) out.sanEntries.push({ type: "dns", value: name.dNSName });
            else if (name.iPAddress !== undefined) out.sanEntries.push({ type: "ip", value: name.iPAddress });
            else if (name.rfc822Name !== undefined)
              out.sanEntries.push({ type: "email", value: name.rfc822Name });
            else if (name.uniformResourceIdentifier !== undefined) {
              out.sanEntries.push({ type: "uri", value: name.uniformResourceIdentifier });
            } else if (name.otherName)
              out.sanEntries.push({ type: "other", value: `otherName:${name.otherName.typeId}` });
            else if (name.directoryName)
              out.sanEntries.push({
                type: "other",
                value: `DirName:${new Name(name.directoryName).toString()}`,
              });
          }
          break;
        case OID.extKeyUsage:
          out.eku = AsnConvert.parse(value, ExtendedKeyUsage).map((oid) => ekuName(oid));
          break;
        case OID.keyUsage: {
          const flags = AsnConvert.parse(value, KeyUsage).toNumber();
          out.keyUsage = KEY_USAGE_BITS.filter((_, bit) => flags & (1 << bit));
          out.keyUsageCritical = extension.critical;
          break;
        }
        case OID.certificatePolicies:
          out.policies = AsnConvert.parse(value, CertificatePolicies).map((p) => p.policyIdentifier);
          break;
        case OID.basicConstraints:
          out.isCa = AsnConvert.parse(value, BasicConstraints).cA;
          break;
        case OID.subjectKeyIdentifier:
          out.subjectKeyId = toHex(new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier).buffer));
          break;
        case OID.authorityKeyIdentifier: {
          const keyId = AsnConvert.parse(value, AuthorityKeyIdentifier).keyIdentifier;
          if (keyId) out.authorityKeyId = toHex(new Uint8Array(keyId.buffer));
          break;
        }
      }
    } catch {
      // A damaged extension is left out of the summary; the rest of the certificate is still useful.
    }
  }
  return out;
}

function sanStrings(entries: SanValue[]): string[] {
  return entries.filter((entry) => entry.type === "dns" || entry.type === "ip").map((entry) => entry.value);
}

/** Reads a certificate (DER). Throws when the bytes are not an X.509 certificate. */
export async function describeCertificate(der: Uint8Array, block?: number): Promise<CertificateInfo> {
  const raw = bytes(der);
  const asn = AsnConvert.parse(raw, Certificate);
  const cert = new X509Certificate(raw);
  const tbs = asn.tbsCertificate;
  const subject = new Name(tbs.subject);
  const issuer = new Name(tbs.issuer);
  const extensions = summariseExtensions(tbs.extensions ?? []);
  const { key, description } = describePublicKey(tbs.subjectPublicKeyInfo);
  const notBefore = cert.notBefore;
  const notAfter = cert.notAfter;
  const [sha256, sha1, spkiSha256] = await Promise.all([
    sha256Fingerprint(raw),
    sha1Fingerprint(raw),
    sha256Fingerprint(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
  ]);
  const info: CertificateInfo = {
    type: "certificate",
    subject: subject.toString(),
    subjectCN: lastCn(subject),
    subjectFields: subjectFieldsOf(subject),
    issuer: issuer.toString(),
    issuerCN: lastCn(issuer),
    serialNumber: toHex(new Uint8Array(tbs.serialNumber)).toUpperCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    // RFC 5280: the validity period includes both ends, so 397 days may be written as 397 days minus 1 s.
    validityDays: Math.round((notAfter.getTime() - notBefore.getTime() + 1000) / 86_400_000),
    sans: sanStrings(extensions.sanEntries),
    sanEntries: extensions.sanEntries,
    eku: extensions.eku,
    keyUsage: extensions.keyUsage,
    keyUsageCritical: extensions.keyUsageCritical,
    key,
    keyDescription: description,
    signatureAlgorithm:
      SIGNATURE_ALGORITHMS[asn.signatureAlgorithm.algorithm] ?? asn.signatureAlgorithm.algorithm,
    sha256,
    sha1,
    spkiSha256,
    isCa: extensions.isCa,
    selfIssued: equalNames(tbs.subject, tbs.issuer),
    policies: extensions.policies,
    der: raw,
    pem: encodePem("CERTIFICATE", raw),
  };
  if (block !== undefined) info.block = block;
  if (extensions.subjectKeyId) info.subjectKeyId = extensions.subjectKeyId;
  if (extensions.authorityKeyId) info.authorityKeyId = extensions.authorityKeyId;
  return info;
}

export function equalNames(a: AsnName, b: AsnName): boolean {
  return toHex(new Uint8Array(AsnConvert.serialize(a))) === toHex(new Uint8Array(AsnConvert.serialize(b)));
}

const MS_EXTENSION_REQUEST = "1.3.6.1.4.1.311.2.1.14";

/** Reads a PKCS#10 request (DER). Throws when the bytes are not a CSR. */
export async function describeCsr(der: Uint8Array, block?: number): Promise<CsrInfo> {
  const raw = bytes(der);
  const asn = AsnConvert.parse(raw, CertificationRequest);
  const info = asn.certificationRequestInfo;
  const subject = new Name(info.subject);
  const extensions: Extension[] = [];
  for (const attribute of info.attributes) {
    if (attribute.type !== OID.extensionRequest && attribute.type !== MS_EXTENSION_REQUEST) continue;
    for (const value of attribute.values) {
      try {
        extensions.push(...AsnConvert.parse(value, Extensions));
      } catch {
        // a damaged extensionRequest: reported as "no extensions"
      }
    }
  }
  const summary = summariseExtensions(extensions);
  const { key, description } = describePublicKey(info.subjectPKInfo);
  let signatureValid = false;
  try {
    signatureValid = await new Pkcs10CertificateRequest(raw).verify(globalThis.crypto);
  } catch {
    signatureValid = false;
  }
  const [sha256, spkiSha256] = await Promise.all([
    sha256Fingerprint(raw),
    sha256Fingerprint(AsnConvert.serialize(info.subjectPKInfo)),
  ]);
  const csr: CsrInfo = {
    type: "csr",
    subject: subject.toString(),
    subjectCN: lastCn(subject),
    subjectFields: subjectFieldsOf(subject),
    sans: sanStrings(summary.sanEntries),
    sanEntries: summary.sanEntries,
    eku: summary.eku,
    keyUsage: summary.keyUsage,
    keyUsageCritical: summary.keyUsageCritical,
    key,
    keyDescription: description,
    signatureAlgorithm:
      SIGNATURE_ALGORITHMS[asn.signatureAlgorithm.algorithm] ?? asn.signatureAlgorithm.algorithm,
    sha256,
    spkiSha256,
    signatureValid,
    der: raw,
    pem: encodePem("CERTIFICATE REQUEST", raw),
  };
  if (block !== undefined) csr.block = block;
  return csr;
}
