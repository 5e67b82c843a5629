// Inspection of material made by openssl (not only by our own code): certificates (ECDSA, wildcard,
// IP SANs), chains in the wrong order or with gaps, CSRs, keys (plain, encrypted, traditional),
// PKCS#7 and PKCS#12 files — and the precise errors for wrong input.

import { PFX } from "@peculiar/asn1-pfx";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCsr } from "./csr";
import { type InspectResult, inspect, orderedCertificates, toExisting } from "./inspect";
import { generateKeyPair } from "./keys";
import { exportPrivateKey } from "./pkcs8";
import { buildPkcs12 } from "./pkcs12";
import {
  issue,
  makeCa,
  openssl,
  opensslBytes,
  opensslSha256,
  opensslSpki,
  planFixture,
  TempDir,
  type TestCa,
} from "./tools.test-helpers";

let dir: TempDir;
let ca: TestCa;
const pem: Record<string, string> = {};

/** An openssl-made key + CSR + certificate issued by the test CA (extensions copied from the CSR). */
function opensslLeaf(name: string, keyArgs: string[], subject: string, extensions: string[]) {
  const key = dir.file(`${name}.key`);
  const csr = dir.file(`${name}.csr`);
  openssl([
    "req",
    "-new",
    "-nodes",
    ...keyArgs,
    "-keyout",
    key,
    "-out",
    csr,
    "-subj",
    subject,
    ...extensions.flatMap((extension) => ["-addext", extension]),
  ]);
  pem[`${name}.key`] = dir.read(`${name}.key`);
  pem[`${name}.csr`] = dir.read(`${name}.csr`);
  pem[`${name}.crt`] = issue(dir, ca, pem[`${name}.csr`]!, 30);
  dir.write(`${name}.crt`, pem[`${name}.crt`]!);
}

beforeAll(() => {
  dir = new TempDir();
  ca = makeCa(dir, "Inspect Test");
  opensslLeaf(
    "ec",
    ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"],
    "/C=US/O=Contoso Ltd/CN=px.contoso.com",
    [
      "subjectAltName=DNS:px.contoso.com,DNS:px01.vc.contoso.com",
      "extendedKeyUsage=serverAuth,clientAuth",
      "keyUsage=critical,digitalSignature",
    ],
  );
  opensslLeaf("wild", ["-newkey", "rsa:2048"], "/CN=*.contoso.com", [
    "subjectAltName=DNS:*.contoso.com,DNS:contoso.com",
    "extendedKeyUsage=serverAuth",
  ]);
  opensslLeaf("ip", ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"], "/CN=192.0.2.30", [
    "subjectAltName=IP:192.0.2.30,IP:2001:db8::30,DNS:cucm.contoso.local",
    "extendedKeyUsage=serverAuth,clientAuth",
  ]);
});
afterAll(() => dir.cleanup());

function ok(result: InspectResult) {
  if (result.kind === "error") throw new Error(`unexpected error: ${result.message}`);
  return result;
}

describe("certificates made by openssl", () => {
  it("an ECDSA certificate: names, SANs, EKUs, key usage, key, issuer, serial, dates and fingerprints", async () => {
    const result = ok(await inspect(pem["ec.crt"]!));
    expect(result.kind).toBe("certificates");
    const cert = result.certificates[0]!;
    expect(cert.subjectCN).toBe("px.contoso.com");
    expect(cert.subjectFields).toEqual({ CN: "px.contoso.com", O: "Contoso Ltd", C: "US" });
    expect(cert.sans).toEqual(["px.contoso.com", "px01.vc.contoso.com"]);
    expect(cert.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(cert.keyUsage).toEqual(["digitalSignature"]);
    expect(cert.keyUsageCritical).toBe(true);
    expect(cert.key).toEqual({ algorithm: "ECDSA", curve: "P-384" });
    expect(cert.keyDescription).toBe("ECDSA P-384");
    expect(cert.signatureAlgorithm).toBe("ecdsa-with-SHA256");
    expect(cert.issuerCN).toBe("Inspect Test Issuing CA");
    expect(cert.isCa).toBe(false);

    const path = dir.file("ec.crt");
    expect(`serial=${cert.serialNumber}`).toBe(openssl(["x509", "-in", path, "-noout", "-serial"]).trim());
    const dates = openssl(["x509", "-in", path, "-noout", "-startdate", "-enddate", "-dateopt", "iso_8601"]);
    expect(dates).toContain(`notBefore=${cert.notBefore.replace("T", " ").replace(".000", "")}`);
    expect(dates).toContain(`notAfter=${cert.notAfter.replace("T", " ").replace(".000", "")}`);
    expect(cert.validityDays).toBe(30);
    expect(`sha256 Fingerprint=${cert.sha256}`).toBe(
      openssl(["x509", "-in", path, "-noout", "-fingerprint", "-sha256"]).trim(),
    );
    expect(`sha1 Fingerprint=${cert.sha1}`).toBe(
      openssl(["x509", "-in", path, "-noout", "-fingerprint", "-sha1"]).trim(),
    );
    expect(cert.spkiSha256).toBe(opensslSha256(opensslSpki("cert", path)));
  });

  it("a wildcard certificate becomes an `existing` plan entry with the names as written", async () => {
    const cert = ok(await inspect(pem["wild.crt"]!)).certificates[0]!;
    expect(cert.sans).toEqual(["*.contoso.com", "contoso.com"]);
    expect(toExisting(cert, "rp")).toEqual({
      certificate: "rp",
      subjectCN: "*.contoso.com",
      sans: ["*.contoso.com", "contoso.com"],
      eku: ["serverAuth"],
      key: { algorithm: "RSA", size: 2048 },
      validityDays: 30,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      issuer: cert.issuer,
      serialNumber: cert.serialNumber,
      kind: "certificate",
    });
  });

  it("IP address SANs (IPv4 and IPv6)", async () => {
    const cert = ok(await inspect(pem["ip.crt"]!)).certificates[0]!;
    expect(cert.sans).toEqual(["192.0.2.30", "2001:db8::30", "cucm.contoso.local"]);
    expect(cert.sanEntries.map((entry) => entry.type)).toEqual(["ip", "ip", "dns"]);
  });

  it("DER, bare base64, UTF-16 text with a BOM and bytes all read the same certificate", async () => {
    const der = opensslBytes(["x509", "-in", dir.file("ec.crt"), "-outform", "DER"]);
    const fromDer = ok(await inspect(der));
    expect(fromDer.source).toBe("der");
    const body = pem["ec.crt"]!.split("\n")
      .filter((line) => !line.startsWith("-----"))
      .join("\n");
    const fromBase64 = ok(await inspect(body));
    expect(fromBase64.source).toBe("base64");
    const utf16 = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(pem["ec.crt"]!, "utf16le")]),
    );
    const fromUtf16 = ok(await inspect(utf16));
    const fromBytes = ok(await inspect(new TextEncoder().encode(pem["ec.crt"]!)));
    const be = Buffer.from(pem["ec.crt"]!, "utf16le").swap16();
    const fromUtf16be = ok(await inspect(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))));
    for (const result of [fromBase64, fromUtf16, fromUtf16be, fromBytes]) {
      expect(result.certificates[0]!.sha256).toBe(fromDer.certificates[0]!.sha256);
    }
  });
});

describe("chains", () => {
  it("orders a chain given in the wrong order (root, leaf, intermediate)", async () => {
    const result = ok(await inspect(ca.rootPem + pem["ec.crt"]! + ca.intermediatePem));
    const chain = result.chain!;
    expect(chain.leaf).toBe(1);
    expect(chain.order).toEqual([1, 2, 0]);
    expect(chain.inOrder).toBe(false);
    expect(chain.rootIncluded).toBe(true);
    expect(chain.missing).toEqual([]);
    expect(chain.links.every((link) => link.issuedBy === null || link.signatureVerified)).toBe(true);
    expect(chain.messages[0]).toMatch(/not in chain order \(leaf → intermediates → root\)/);
    expect(orderedCertificates(result).map((cert) => cert.subjectCN)).toEqual([
      "px.contoso.com",
      "Inspect Test Issuing CA",
      "Inspect Test Root CA",
    ]);
  });

  it("accepts leaf → intermediate (root left out) and names the missing links", async () => {
    const complete = ok(await inspect(pem["ec.crt"]! + ca.intermediatePem)).chain!;
    expect(complete.inOrder).toBe(true);
    expect(complete.rootIncluded).toBe(false);
    expect(complete.missing.map((gap) => gap.issuer)).toEqual(["O=Inspect Test, CN=Inspect Test Root CA"]);

    const gap = ok(await inspect(pem["ec.crt"]! + ca.rootPem)).chain!;
    expect(gap.order).toEqual([0]);
    expect(gap.missing).toEqual([{ issuer: "O=Inspect Test, CN=Inspect Test Issuing CA", neededBy: 0 }]);
    expect(gap.unrelated).toEqual([1]);
    expect(gap.messages.join(" ")).toMatch(
      /issuer of "px.contoso.com" \("O=Inspect Test, CN=Inspect Test Issuing CA"\) is not in the file/,
    );
  });

  it("extracts the certificates of a PKCS#7 bundle (DER and PEM)", async () => {
    const args = ["crl2pkcs7", "-nocrl", "-certfile", dir.file("ec.crt"), "-certfile", ca.intermediate];
    const der = ok(await inspect(opensslBytes([...args, "-outform", "DER"])));
    const text = ok(await inspect(openssl(args)));
    for (const result of [der, text]) {
      expect(result.kind).toBe("certificates");
      expect(result.pkcs7).toBe(true);
      expect(result.certificates.map((cert) => cert.subjectCN).sort()).toEqual([
        "Inspect Test Issuing CA",
        "px.contoso.com",
      ]);
      expect(result.chain!.missing).toHaveLength(1);
    }
  });
});

describe("CSRs and keys", () => {
  it("reads an openssl CSR, and says so where a certificate is expected", async () => {
    const result = ok(await inspect(pem["ec.csr"]!));
    expect(result.kind).toBe("csr");
    const csr = result.csrs[0]!;
    expect(csr.signatureValid).toBe(true);
    expect(csr.sans).toEqual(["px.contoso.com", "px01.vc.contoso.com"]);
    expect(csr.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(toExisting(csr, "px")).toEqual({
      certificate: "px",
      subjectCN: "px.contoso.com",
      sans: ["px.contoso.com", "px01.vc.contoso.com"],
      eku: ["serverAuth", "clientAuth"],
      key: { algorithm: "ECDSA", curve: "P-384" },
      kind: "csr",
    });
    const wrong = await inspect(pem["ec.csr"]!, { expect: "certificate" });
    expect(wrong).toMatchObject({ kind: "error", code: "wrong-type" });
    expect(wrong.kind === "error" && wrong.message).toMatch(
      /^This is a certificate request \(CSR\), not a certificate\./,
    );
  });

  it("reports a key, a certificate and a CSR given where something else was expected", async () => {
    const key = await inspect(pem["ec.key"]!, { expect: "certificate" });
    expect(key.kind === "error" && key.message).toBe("This is a private key, not a certificate.");
    const cert = await inspect(pem["ec.crt"]!, { expect: "key" });
    expect(cert.kind === "error" && cert.message).toBe("This is a certificate, not a private key.");
    const csr = await inspect(pem["ec.crt"]!, { expect: "csr" });
    expect(csr.kind === "error" && csr.message).toBe(
      "This is a certificate, not a certificate request (CSR).",
    );
  });

  it("an encrypted key from `openssl genpkey -aes256`: asks for the passphrase, refuses a wrong one, matches its certificate", async () => {
    const keyPath = dir.file("enc.key");
    openssl([
      "genpkey",
      "-algorithm",
      "RSA",
      "-pkeyopt",
      "rsa_keygen_bits:2048",
      "-aes256",
      "-pass",
      "pass:key pass",
      "-out",
      keyPath,
    ]);
    const csrPem = openssl([
      "req",
      "-new",
      "-key",
      keyPath,
      "-passin",
      "pass:key pass",
      "-subj",
      "/CN=enc.contoso.com",
      "-addext",
      "subjectAltName=DNS:enc.contoso.com",
    ]);
    const certPem = issue(dir, ca, csrPem);
    const keyPem = dir.read("enc.key");

    const locked = await inspect(keyPem);
    expect(locked).toEqual({
      kind: "error",
      code: "passphrase-required",
      message: "This key is encrypted: enter its passphrase.",
      where: { block: 1 },
    });
    const wrong = await inspect(keyPem, "not it");
    expect(wrong).toMatchObject({
      kind: "error",
      code: "wrong-passphrase",
      message: "Wrong passphrase: the key does not decrypt with it.",
    });

    const opened = ok(await inspect(keyPem, "key pass"));
    expect(opened.kind).toBe("private-key");
    const key = opened.keys[0]!;
    expect(key).toMatchObject({
      format: "pkcs8-encrypted",
      encrypted: true,
      key: { algorithm: "RSA", size: 2048 },
    });
    expect(key.encryption).toMatch(/PBES2 \(PBKDF2-SHA256, 2048 iterations, AES-256-CBC\)/);

    // key + certificate + chain in one file (the nginx/haproxy way): matched by public key
    const bundle = ok(await inspect(keyPem + certPem + ca.intermediatePem, "key pass"));
    expect(bundle.kind).toBe("bundle");
    expect(bundle.matches).toEqual([{ spkiSha256: key.spkiSha256, keys: [0], certificates: [0], csrs: [] }]);
    expect(bundle.notes).toEqual([]);
    // with a certificate expected, the locked key does not stand in the way
    const certsOnly = ok(await inspect(keyPem + certPem, { expect: "certificate" }));
    expect(certsOnly.kind).toBe("bundle");

    // The loaded key builds a PKCS#12 with the certificate (issue 5: the admin loads the key file back).
    const pfx = await buildPkcs12({
      key: key.keyPair!,
      certificate: certPem,
      chain: [ca.intermediatePem],
      passphrase: "p",
      profile: "modern",
    });
    expect(ok(await inspect(pfx, "p")).matches[0]!.certificates).toEqual([0]);

    // a key that belongs to no certificate in the file is pointed out
    const stranger = ok(await inspect(pem["ec.key"]! + certPem));
    expect(stranger.notes).toContain(
      "The private key in PEM block 1 does not belong to any certificate in the file.",
    );
  });

  it("traditional RSA and EC keys (openssl genrsa -traditional, ecparam -genkey)", async () => {
    const rsa = openssl(["genrsa", "-traditional", "2048"]);
    const ec = openssl(["ecparam", "-name", "prime256v1", "-genkey"]);
    const rsaResult = ok(await inspect(rsa));
    expect(rsaResult.keys[0]).toMatchObject({
      format: "rsa-traditional",
      key: { algorithm: "RSA", size: 2048 },
    });
    expect(rsaResult.keys[0]!.spkiSha256).toBe(
      opensslSha256(opensslBytes(["pkey", "-pubout", "-outform", "DER"], { input: rsa })),
    );
    const ecResult = ok(await inspect(ec));
    expect(ecResult.keys[0]).toMatchObject({
      format: "ec-traditional",
      key: { algorithm: "ECDSA", curve: "P-256" },
    });
    expect(ecResult.notes[0]).toMatch(/PEM block 1 is EC curve parameters/);
    expect(ecResult.keys[0]!.spkiSha256).toBe(
      opensslSha256(opensslBytes(["pkey", "-pubout", "-outform", "DER"], { input: ec })),
    );

    const old = await inspect(
      openssl(["genrsa", "-traditional", "-aes256", "-passout", "pass:x", "2048"]),
      "x",
    );
    expect(old).toMatchObject({ kind: "error", code: "unsupported" });
    expect(old.kind === "error" && old.message).toMatch(/old OpenSSL encrypted format.*openssl pkcs8 -topk8/);
  });
});

describe("PKCS#12 files", () => {
  it("made by `openssl pkcs12 -export` (AES, the OpenSSL 3 default)", async () => {
    const pfxPath = dir.file("openssl.pfx");
    openssl([
      "pkcs12",
      "-export",
      "-inkey",
      dir.file("ec.key"),
      "-in",
      dir.file("ec.crt"),
      "-certfile",
      ca.intermediate,
      "-name",
      "px friendly",
      "-passout",
      "pass:pfx pass",
      "-out",
      pfxPath,
    ]);
    const pfx = dir.readBytes("openssl.pfx");
    expect(await inspect(pfx)).toMatchObject({
      kind: "error",
      code: "passphrase-required",
      message: "This is a PKCS#12 (.pfx) file: enter its passphrase.",
    });
    expect(await inspect(pfx, "wrong")).toMatchObject({ kind: "error", code: "wrong-passphrase" });
    const result = ok(await inspect(pfx, "pfx pass"));
    expect(result.kind).toBe("pkcs12");
    expect(result.pkcs12).toMatchObject({
      profile: "modern",
      friendlyNames: ["px friendly"],
      mac: "HMAC-SHA256 (2048 iterations)",
    });
    expect(result.keys[0]).toMatchObject({
      format: "pkcs12",
      friendlyName: "px friendly",
      key: { algorithm: "ECDSA", curve: "P-384" },
    });
    expect(result.certificates.map((cert) => cert.subjectCN)).toEqual([
      "px.contoso.com",
      "Inspect Test Issuing CA",
    ]);
    expect(result.matches).toEqual([
      { spkiSha256: result.keys[0]!.spkiSha256, keys: [0], certificates: [0], csrs: [] },
    ]);
    expect(result.chain!.inOrder).toBe(true);
  });

  it("made by `openssl pkcs12 -export -legacy` (RC2-40 certificates, 3DES key) and with an empty passphrase", async () => {
    const legacyPath = dir.file("legacy.pfx");
    openssl([
      "pkcs12",
      "-export",
      "-legacy",
      "-inkey",
      dir.file("wild.key"),
      "-in",
      dir.file("wild.crt"),
      "-passout",
      "pass:legacy",
      "-out",
      legacyPath,
    ]);
    const legacy = ok(await inspect(dir.readBytes("legacy.pfx"), "legacy"));
    expect(legacy.pkcs12!.profile).toBe("legacy");
    expect(legacy.pkcs12!.certificateEncryption[0]).toMatch(/pbeWithSHAAnd40BitRC2-CBC/);
    expect(legacy.certificates[0]!.subjectCN).toBe("*.contoso.com");
    expect(legacy.matches).toHaveLength(1);

    const emptyPath = dir.file("empty.pfx");
    openssl([
      "pkcs12",
      "-export",
      "-inkey",
      dir.file("ip.key"),
      "-in",
      dir.file("ip.crt"),
      "-passout",
      "pass:",
      "-out",
      emptyPath,
    ]);
    const empty = ok(await inspect(dir.readBytes("empty.pfx")));
    expect(empty.certificates[0]!.subjectCN).toBe("192.0.2.30");
  });

  it("made by buildPkcs12, both profiles", async () => {
    const keys = await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" });
    const csr = await createCsr(planFixture(keys.spec), keys);
    const certificate = issue(dir, ca, csr.pem);
    for (const profile of ["modern", "legacy"] as const) {
      const pfx = await buildPkcs12({
        key: keys,
        certificate,
        chain: [ca.intermediatePem, ca.rootPem],
        passphrase: "Ünïcode pass",
        friendlyName: "Edge",
        profile,
      });
      const result = ok(await inspect(pfx, "Ünïcode pass"));
      expect(result.pkcs12!.profile).toBe(profile);
      expect(result.pkcs12!.friendlyNames).toEqual(["Edge"]);
      expect(result.keys[0]!.spkiSha256).toBe(csr.spkiSha256);
      expect(result.chain!.rootIncluded).toBe(true);
      expect(result.keys[0]!.localKeyId).toBe(
        result.certificates.length > 0 ? result.keys[0]!.localKeyId : "",
      );
    }
    // A damaged file is not reported as a wrong passphrase: the passphrase still opens the safes.
    const pfx = await buildPkcs12({ key: keys, certificate, passphrase: "right", profile: "modern" });
    const parsed = AsnConvert.parse(pfx, PFX);
    const digest = new Uint8Array(parsed.macData!.mac.digest.buffer);
    digest[0] = digest[0]! ^ 0xff;
    parsed.macData!.mac.digest = new OctetString(digest);
    const tampered = new Uint8Array(AsnConvert.serialize(parsed));
    expect(await inspect(tampered, "right")).toMatchObject({
      kind: "error",
      code: "damaged",
      message: expect.stringMatching(/integrity check \(MAC\) fails although the passphrase opens it/),
    });
    expect(await inspect(tampered, "wrong")).toMatchObject({ kind: "error", code: "wrong-passphrase" });
    // and our key file, given where a certificate is expected
    const keyFile = await exportPrivateKey(keys);
    expect(await inspect(keyFile, { expect: "certificate" })).toMatchObject({ code: "wrong-type" });
  });
});

describe("precise errors", () => {
  it("PEM block 2 is damaged (base64 at line N)", async () => {
    const lines = (pem["ec.crt"]! + ca.intermediatePem).split("\n");
    const secondBegin = lines.findIndex((line, i) => i > 0 && line.startsWith("-----BEGIN"));
    const target = secondBegin + 3; // 0-based index of the third base64 line of block 2
    lines[target] = `${lines[target]!.slice(0, 5)}!${lines[target]!.slice(6)}`;
    const result = await inspect(lines.join("\n"));
    expect(result).toEqual({
      kind: "error",
      code: "damaged",
      message: `PEM block 2 is damaged (base64 at line ${target + 1}).`,
      where: { block: 2, line: target + 1 },
    });
  });

  it("refuses files over 1 MB, empty input, and things that are not certificates", async () => {
    expect(await inspect(new Uint8Array(3 * 1024 * 1024))).toEqual({
      kind: "error",
      code: "too-large",
      message: "This file is 3 MB; a certificate is a few kB.",
    });
    expect(await inspect("  \n")).toMatchObject({ code: "empty" });
    expect(await inspect("hello, this is my certificate")).toMatchObject({ code: "not-recognised" });
    expect(await inspect(new Uint8Array([0x00, 0x01, 0x02, 0xff]))).toMatchObject({ code: "not-recognised" });
    const publicKey = openssl(["pkey", "-in", dir.file("ec.key"), "-pubout"]);
    const onlyPublic = await inspect(publicKey);
    expect(onlyPublic.kind === "error" && onlyPublic.message).toMatch(
      /No certificate, key or CSR was found\. PEM block 1 is a public key only/,
    );
  });

  it("a truncated certificate is reported as damaged, not as a crash", async () => {
    const der = opensslBytes(["x509", "-in", dir.file("ec.crt"), "-outform", "DER"]);
    const result = await inspect(der.subarray(0, der.length - 10));
    expect(result.kind).toBe("error");
    const pemCut = ok(await inspect(pem["ec.crt"]!))
      .certificates[0]!.pem.split("\n")
      .slice(0, 6)
      .join("\n");
    expect(await inspect(pemCut)).toMatchObject({
      kind: "error",
      code: "damaged",
      message: expect.stringMatching(/no END line: the text is cut off/),
    });
  });
});
