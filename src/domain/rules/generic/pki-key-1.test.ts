import { describe, expect, it } from "vitest";
import { PKI_KEY_1 } from "./pki-key-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// CA/Browser Forum BR §6.1.5: RSA "Ensure that the modulus size, when encoded, is at least 2048 bits, and; the
// modulus size, in bits, is evenly divisible by 8"; ECDSA "a valid point on the NIST P-256, NIST P-384 or NIST
// P-521 elliptic curve" (P-521 is not accepted by every root program: info).
describe("PKI-KEY-1", () => {
  it("refuses RSA 1024 on an existing public certificate (error)", () => {
    const plan = makePlan({
      existing: [
        existing({ certificate: "web", sans: ["www.contoso.com"], key: { algorithm: "RSA", size: 1024 } }),
      ],
    });
    const [f] = run(PKI_KEY_1, plan);
    expect(f).toMatchObject({ rule: "PKI-KEY-1", severity: "error", target: "existing" });
    expect(f?.message).toContain("RSA 1024-bit key is below the 2048 bits");
  });

  it("refuses an RSA modulus that is not a multiple of 8 (error)", () => {
    const cert = makeCert({ id: "a", sans: ["a.contoso.com"], key: { algorithm: "RSA", size: 2050 } });
    const [f] = run(PKI_KEY_1, makePlan(), [cert]);
    expect(f).toMatchObject({ severity: "error", target: "plan" });
    expect(f?.message).toContain("not a multiple of 8");
  });

  it("flags ECDSA P-521 as info", () => {
    const cert = makeCert({ id: "a", sans: ["a.contoso.com"], key: { algorithm: "ECDSA", curve: "P-521" } });
    const [f] = run(PKI_KEY_1, makePlan(), [cert]);
    expect(f).toMatchObject({ severity: "info" });
  });

  it("accepts RSA 2048/3072/4096 and ECDSA P-256/P-384, and ignores internal-CA keys", () => {
    const certs = [
      makeCert({ id: "a", sans: ["a.contoso.com"], key: { algorithm: "RSA", size: 2048 } }),
      makeCert({ id: "b", sans: ["b.contoso.com"], key: { algorithm: "RSA", size: 3072 } }),
      makeCert({ id: "c", sans: ["c.contoso.com"], key: { algorithm: "RSA", size: 4096 } }),
      makeCert({ id: "d", sans: ["d.contoso.com"], key: { algorithm: "ECDSA", curve: "P-256" } }),
      makeCert({ id: "e", sans: ["e.contoso.com"], key: { algorithm: "ECDSA", curve: "P-384" } }),
      makeCert({
        id: "f",
        sans: ["f.contoso.net"],
        key: { algorithm: "RSA", size: 1024 },
        caType: "internal",
      }),
    ];
    expect(run(PKI_KEY_1, makePlan(), certs)).toEqual([]);
  });
});
