// CSRs for every key type, checked by openssl and GnuTLS certtool (not by our own parser).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { presetPlan } from "../domain/presets";
import type { KeySpec } from "../domain/types";
import { createCsr } from "./csr";
import { CryptoError } from "./errors";
import { generateKeyPair } from "./keys";
import { exportPrivateKey } from "./pkcs8";
import { openssl, opensslSha256, opensslSpki, planFixture, run, TempDir } from "./tools.test-helpers";

let dir: TempDir;
beforeAll(() => {
  dir = new TempDir();
});
afterAll(() => dir.cleanup());

const SPECS: KeySpec[] = [
  { algorithm: "RSA", size: 2048 },
  { algorithm: "RSA", size: 3072 },
  { algorithm: "RSA", size: 4096 },
  { algorithm: "ECDSA", curve: "P-256" },
  { algorithm: "ECDSA", curve: "P-384" },
];

function sectionAfter(text: string, heading: string): string {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.includes(heading));
  return index < 0 ? "" : (lines[index + 1] ?? "").trim();
}

describe("createCsr, verified by openssl and certtool", () => {
  it.each(SPECS)(
    "%o: signature, Subject, SANs, EKUs, key usage and public key are what the plan says",
    async (spec) => {
      const plan = planFixture(spec, {
        sans: [
          { type: "dns", value: "sip.contoso.com", reasons: [] },
          { type: "dns", value: "webcon.contoso.com", reasons: [] },
          { type: "dns", value: "*.meet.contoso.com", reasons: [] },
          { type: "ip", value: "192.0.2.10", reasons: [] },
        ],
      });
      const keys = await generateKeyPair(spec);
      const csr = await createCsr(plan, keys);
      expect(csr.pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);
      expect(csr.pem).toMatch(/\n-----END CERTIFICATE REQUEST-----\n$/);
      const name = `${spec.algorithm}-${"size" in spec ? spec.size : spec.curve}`;
      const csrPath = dir.write(`${name}.csr`, csr.pem);

      const result = run("openssl", ["req", "-in", csrPath, "-verify", "-noout", "-text"]);
      expect(result.code).toBe(0);
      expect(result.stderr + result.stdout).toMatch(/verify OK/);
      const text = result.stdout;
      expect(text).toContain(
        "Subject: C = US, ST = Washington, L = Redmond, O = Contoso Ltd, OU = IT, CN = sip.contoso.com",
      );
      expect(sectionAfter(text, "X509v3 Subject Alternative Name")).toBe(
        "DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:*.meet.contoso.com, IP Address:192.0.2.10",
      );
      expect(sectionAfter(text, "X509v3 Extended Key Usage")).toBe(
        "TLS Web Server Authentication, TLS Web Client Authentication",
      );
      expect(text).toMatch(/X509v3 Key Usage: critical/);
      expect(sectionAfter(text, "X509v3 Key Usage")).toBe(
        spec.algorithm === "RSA" ? "Digital Signature, Key Encipherment" : "Digital Signature",
      );
      expect(text).toMatch(
        spec.algorithm === "RSA"
          ? new RegExp(`Public-Key: \\(${spec.size} bit\\)[\\s\\S]*sha256WithRSAEncryption`)
          : new RegExp(
              `NIST CURVE: ${spec.curve}[\\s\\S]*ecdsa-with-SHA${spec.curve === "P-384" ? 384 : 256}`,
            ),
      );

      const gnutls = run("certtool", ["--crq-info", "--infile", csrPath]);
      expect(gnutls.code).toBe(0);
      expect(gnutls.stdout).toMatch(/Self signature: verified/);

      // The CSR's public key equals the key file's (written encrypted by our code, opened by openssl).
      const keyPath = dir.write(`${name}.key`, await exportPrivateKey(keys, "Pa55 phrase"));
      const fromKey = opensslSpki("key", keyPath, "Pa55 phrase");
      const fromCsr = opensslSpki("csr", csrPath);
      expect(Buffer.from(fromKey).equals(Buffer.from(fromCsr))).toBe(true);

      // The fingerprints for the worksheet equal openssl's.
      expect(csr.csrSha256).toBe(opensslSha256(csr.der));
      expect(csr.spkiSha256).toBe(opensslSha256(fromCsr));
    },
  );

  it("encodes PrintableString where it fits and UTF8String otherwise; omits empty attributes", async () => {
    const keys = await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" });
    const plan = planFixture(keys.spec, {
      subject: { CN: "sip.contoso.com", O: "Zürcher Kantonalbank", OU: "", L: "Zurich", C: "CH" },
    });
    const csr = await createCsr(plan, keys);
    const dump = openssl(["asn1parse", "-inform", "DER"], { input: csr.der });
    expect(dump).toMatch(/countryName\s*\n.*PRINTABLESTRING\s+:CH/);
    expect(dump).toMatch(/localityName\s*\n.*PRINTABLESTRING\s+:Zurich/);
    expect(dump).toMatch(/organizationName\s*\n.*UTF8STRING/);
    expect(dump).not.toMatch(/organizationalUnitName/);
    expect(dump).not.toMatch(/stateOrProvinceName/);
    const text = openssl([
      "req",
      "-in",
      dir.write("utf8.csr", csr.pem),
      "-noout",
      "-subject",
      "-nameopt",
      "utf8",
    ]);
    expect(text.trim()).toBe("subject=C=CH, L=Zurich, O=Zürcher Kantonalbank, CN=sip.contoso.com");
    expect(run("certtool", ["--crq-info", "--infile", dir.file("utf8.csr")]).stdout).toMatch(
      /Self signature: verified/,
    );
  });

  it("adds dataEncipherment for RSA when the plan asks for it (Cisco), never for EC; converts IDNs; IPv6", async () => {
    const rsa = await generateKeyPair({ algorithm: "RSA", size: 2048 });
    const ec = await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" });
    const plan = planFixture(rsa.spec, {
      keyUsage: ["digitalSignature", "keyEncipherment", "dataEncipherment"],
      eku: ["serverAuth"],
      sans: [
        { type: "dns", value: "cucm.contoso.com", reasons: [] },
        { type: "dns", value: "münchen.contoso.com", reasons: [] },
        { type: "ip", value: "2001:db8::10", reasons: [] },
      ],
    });
    const rsaText = openssl(["req", "-noout", "-text"], { input: (await createCsr(plan, rsa)).pem });
    expect(sectionAfter(rsaText, "X509v3 Key Usage")).toBe(
      "Digital Signature, Key Encipherment, Data Encipherment",
    );
    expect(sectionAfter(rsaText, "X509v3 Extended Key Usage")).toBe("TLS Web Server Authentication");
    expect(sectionAfter(rsaText, "X509v3 Subject Alternative Name")).toBe(
      "DNS:cucm.contoso.com, DNS:xn--mnchen-3ya.contoso.com, IP Address:2001:DB8:0:0:0:0:0:10",
    );
    const ecText = openssl(["req", "-noout", "-text"], { input: (await createCsr(plan, ec)).pem });
    expect(sectionAfter(ecText, "X509v3 Key Usage")).toBe("Digital Signature");
  });

  it("refuses a bad country code, a plan without SANs and an invalid SAN, before signing", async () => {
    const keys = await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" });
    const failure = async (plan: ReturnType<typeof planFixture>) => {
      try {
        await createCsr(plan, keys);
      } catch (error) {
        if (error instanceof CryptoError) return error;
        throw error;
      }
      throw new Error("expected a CryptoError");
    };
    const base = planFixture(keys.spec);
    expect((await failure({ ...base, subject: { ...base.subject, C: "UK" } })).message).toMatch(
      /GB \(United Kingdom\)/,
    );
    expect((await failure({ ...base, subject: { ...base.subject, C: "usa" } })).code).toBe("invalid-subject");
    expect((await failure({ ...base, sans: [] })).message).toMatch(/no subject alternative names/);
    expect(
      (await failure({ ...base, sans: [{ type: "dns", value: "bad name.com", reasons: [] }] })).code,
    ).toBe("invalid-name");
  });
});

describe("a CSR made from a public plan carries no organizational unit (BR §7.1.2.7, ballot SC47v2)", () => {
  it("the SfB Edge preset's external (public) certificate: openssl shows O, L, ST, C and no OU; the internal one keeps OU", async () => {
    const plan = presetPlan("sfb-edge");
    // the admin typed an OU on the Organization step: public certificates still leave it out
    plan.subject = { ...plan.subject, OU: "IT" };
    plan.certificateOptions = { "edge/internal": { caType: "internal" } };
    const { certificates } = planCertificates(plan, { today: "2026-12-07" });
    const external = certificates.find((c) => c.id === "edge/external");
    const internal = certificates.find((c) => c.id === "edge/internal");
    expect(external?.caType).toBe("public");
    expect(internal?.caType).toBe("internal");
    const keys = await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" });
    const subjectOf = async (c: typeof external) =>
      openssl(["req", "-noout", "-subject", "-nameopt", "sep_comma_plus"], {
        input: (await createCsr(c as NonNullable<typeof external>, keys)).pem,
      });
    const ext = await subjectOf(external);
    expect(ext).toContain("CN=sip.contoso.com");
    expect(ext).toContain("O=Contoso Ltd");
    expect(ext).not.toMatch(/OU=/);
    expect(await subjectOf(internal)).toContain("OU=IT");
  });
});
