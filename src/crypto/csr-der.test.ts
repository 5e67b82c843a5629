// createCsr writes the request's DER itself (der.ts). These tests hold it to the DER that @peculiar/x509's
// generator writes for the same plan and key: RSASSA-PKCS1-v1_5 signatures are deterministic, so the whole
// request must be byte-identical; for ECDSA (random signatures) the signed part must be, and the signature
// must verify. openssl and certtool check the result in csr.test.ts.

import { describe, expect, it } from "vitest";
import type { SanEntry } from "../domain/types";
import { toArrayBuffer } from "./bytes";
import { type CsrPlan, createCsr, keyUsageFor, sanEntries } from "./csr";
import { generateKeyPair, keySpecOf, signingAlgorithm } from "./keys";
import { subjectAttributes } from "./names";
import {
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  Name,
  Pkcs10CertificateRequest,
  Pkcs10CertificateRequestGenerator,
  SubjectAlternativeNameExtension,
} from "./x509";

/** The request as @peculiar/x509 writes it (what createCsr used before it wrote DER itself). */
async function reference(plan: CsrPlan, keys: CryptoKeyPair): Promise<Uint8Array> {
  const spec = keySpecOf(keys.privateKey)!;
  let flags = 0;
  for (const usage of keyUsageFor(spec.algorithm, plan.keyUsage ?? []))
    flags |= KeyUsageFlags[usage as keyof typeof KeyUsageFlags];
  const eku = (plan.eku ?? []).map((u) => (u === "serverAuth" ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2"));
  const csr = await Pkcs10CertificateRequestGenerator.create(
    {
      name: new Name(subjectAttributes(plan.subject).map((a) => ({ [a.key]: [{ [a.encoding]: a.value }] }))),
      extensions: [
        new SubjectAlternativeNameExtension(sanEntries(plan), false),
        ...(eku.length > 0 ? [new ExtendedKeyUsageExtension(eku, false)] : []),
        new KeyUsagesExtension(flags, true),
      ],
      signingAlgorithm: signingAlgorithm(spec),
      keys,
    },
    globalThis.crypto,
  );
  return new Uint8Array(csr.rawData);
}

const hex = (data: Uint8Array) => Buffer.from(data).toString("hex");

/** The first element inside the outer SEQUENCE: the CertificationRequestInfo, the part that is signed. */
function signedPart(der: Uint8Array): Uint8Array {
  const header = (at: number) => {
    const first = der[at + 1] as number;
    if (first < 0x80) return { length: first, size: 2 };
    let length = 0;
    for (let i = 0; i < (first & 0x7f); i++) length = length * 256 + (der[at + 2 + i] as number);
    return { length, size: 2 + (first & 0x7f) };
  };
  const inner = header(0).size;
  const { length, size } = header(inner);
  return der.subarray(inner, inner + size + length);
}

const dns = (value: string): SanEntry => ({ type: "dns", value, reasons: [] });
const ip = (value: string): SanEntry => ({ type: "ip", value, reasons: [] });

const PLANS: [string, CsrPlan][] = [
  [
    "Subject of every kind, DNS and IP SANs, both EKUs",
    {
      subject: { C: "US", ST: "Washington", L: "Redmond", O: "Contoso Ltd", OU: "IT", CN: "sip.contoso.com" },
      sans: [
        dns("sip.contoso.com"),
        dns("*.meet.contoso.com"),
        ip("192.0.2.10"),
        ip("2001:db8::1"),
        ip("::"),
      ],
      eku: ["serverAuth", "clientAuth"],
      keyUsage: ["digitalSignature", "keyEncipherment", "dataEncipherment"],
    },
  ],
  [
    "UTF-8 Subject, an IDN, no EKU, a long SAN list (lengths over 255 bytes)",
    {
      subject: { O: "Société Générale & Cie", L: "Zürich", CN: "bücher.example" },
      sans: [
        dns("bücher.example"),
        ...Array.from({ length: 40 }, (_, i) => dns(`host${i}.fabrikam.example`)),
      ],
      eku: [],
      keyUsage: [],
    },
  ],
];

describe("createCsr writes the same DER as @peculiar/x509", () => {
  it.each(PLANS)("RSA 2048, %s: byte-identical request", async (_, plan) => {
    const keys = await generateKeyPair({ algorithm: "RSA", size: 2048 });
    const ours = await createCsr(plan, keys);
    expect(Buffer.from(ours.der).toString("hex")).toBe(
      Buffer.from(await reference(plan, keys)).toString("hex"),
    );
  });

  it.each(PLANS)("ECDSA P-256 and P-384, %s: identical signed part, valid signature", async (_, plan) => {
    for (const curve of ["P-256", "P-384"] as const) {
      const keys = await generateKeyPair({ algorithm: "ECDSA", curve });
      const oursDer = (await createCsr(plan, keys)).der;
      const theirsDer = await reference(plan, keys);
      expect(hex(signedPart(oursDer))).toBe(hex(signedPart(theirsDer)));
      const ours = new Pkcs10CertificateRequest(toArrayBuffer(oursDer));
      const theirs = new Pkcs10CertificateRequest(toArrayBuffer(theirsDer));
      expect(ours.signatureAlgorithm).toEqual(theirs.signatureAlgorithm);
      expect(await ours.verify()).toBe(true);
    }
  });
});
