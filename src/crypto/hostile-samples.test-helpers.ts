// Hostile inputs that ask for unbounded work (issue: "bounded work on hostile input"), built in memory so
// the unit tests, the e2e tests and the bench share them and nothing large is committed:
// - a PKCS#12 key-derivation bomb: a 2 kB .pfx whose 30 encrypted keys each ask for 1,000,000 PKCS#12-KDF
//   iterations (the ciphertext is junk: an unbounded reader spends seconds per key before it finds out);
// - same-name certificates without key identifiers: every certificate names the same issuer as every other
//   one's subject, and each is signed by its own key, so a reader that checks every pair does n² signature
//   verifications that all fail.
// Test-only (not imported by the app): runs in Node (vitest, Playwright) with WebCrypto and @peculiar/x509.

import { ContentInfo } from "@peculiar/asn1-cms";
import "./reflection";
import { AuthenticatedSafe, PFX, PKCS8ShroudedKeyBag, SafeBag, SafeContents } from "@peculiar/asn1-pfx";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier } from "@peculiar/asn1-x509";
import { X509CertificateGenerator } from "@peculiar/x509";
import { encodePem } from "./pem";
import { OID, Pkcs12PbeParams } from "./schemas";

const der = (value: unknown) => new Uint8Array(AsnConvert.serialize(value));

/** A .pfx (no MAC) whose `bags` encrypted keys each ask for `iterations` PKCS#12-KDF iterations (3DES). */
export function kdfBombPfx(bags = 30, iterations = 1_000_000): Uint8Array {
  const safeBags = Array.from({ length: bags }, (_, i) => {
    const params = new Pkcs12PbeParams();
    params.salt = new OctetString(new Uint8Array(8).fill(i));
    params.iterations = iterations;
    const shrouded = new PKCS8ShroudedKeyBag({
      encryptionAlgorithm: new AlgorithmIdentifier({
        algorithm: OID.pbeWithSHAAnd3KeyTripleDesCbc,
        parameters: AsnConvert.serialize(params),
      }),
      encryptedData: new OctetString(new Uint8Array(16).fill(0x5a)),
    });
    return new SafeBag({ bagId: OID.pkcs8ShroudedKeyBag, bagValue: AsnConvert.serialize(shrouded) });
  });
  const contents = new SafeContents(safeBags);
  const safes = new AuthenticatedSafe([
    new ContentInfo({
      contentType: OID.data,
      content: AsnConvert.serialize(new OctetString(der(contents))),
    }),
  ]);
  const pfx = new PFX({
    version: 3,
    authSafe: new ContentInfo({
      contentType: OID.data,
      content: AsnConvert.serialize(new OctetString(der(safes))),
    }),
  });
  return der(pfx);
}

/** `count` self-signed certificates that share one name and carry no key identifiers, each with its own key (PEM). */
export async function sameNameCertificates(count: number, name = "CN=Contoso Issuing CA"): Promise<string> {
  const algorithm = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
  const pems: string[] = [];
  for (let i = 0; i < count; i++) {
    const keys = (await crypto.subtle.generateKey(algorithm, false, ["sign", "verify"])) as CryptoKeyPair;
    const cert = await X509CertificateGenerator.createSelfSigned({
      serialNumber: (i + 1).toString(16).padStart(4, "0"),
      name,
      notBefore: new Date("2026-01-01T00:00:00Z"),
      notAfter: new Date("2027-01-01T00:00:00Z"),
      keys,
      signingAlgorithm: algorithm,
      extensions: [],
    });
    pems.push(encodePem("CERTIFICATE", new Uint8Array(cert.rawData)));
  }
  return pems.join("");
}
