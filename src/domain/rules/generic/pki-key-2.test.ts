import { describe, expect, it } from "vitest";
import type { SfbPoolComponent } from "../../types";
import { PKI_KEY_2 } from "./pki-key-2";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Skype for Business Server environmental requirements
// (https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements):
// "Encryption key lengths of 1024, 2048, and 4096 are supported. Key lengths of 2048 and greater are recommended."
const fe: SfbPoolComponent = {
  type: "sfb-pool",
  id: "fe",
  role: "front-end",
  poolFqdn: "pool01.contoso.net",
  servers: ["fe01.contoso.net"],
};

describe("PKI-KEY-2", () => {
  it("warns about an existing 1024-bit Front End certificate from the internal CA", () => {
    const plan = makePlan({
      components: [fe],
      existing: [
        existing({
          certificate: "fe/fe01.contoso.net",
          sans: ["pool01.contoso.net", "fe01.contoso.net"],
          key: { algorithm: "RSA", size: 1024 },
          caType: "internal",
        }),
      ],
    });
    const [f] = run(PKI_KEY_2, plan);
    expect(f).toMatchObject({
      rule: "PKI-KEY-2",
      severity: "warning",
      target: "existing",
      certificate: "fe/fe01.contoso.net",
    });
    expect(f?.message).toContain("Skype for Business / Lync certificate");
  });

  it("is quiet for 2048 bits and for public-CA keys (PKI-KEY-1's business)", () => {
    const certs = [
      makeCert({
        id: "a",
        sans: ["a.contoso.net"],
        caType: "internal",
        key: { algorithm: "RSA", size: 2048 },
      }),
      makeCert({ id: "b", sans: ["b.contoso.com"], caType: "public", key: { algorithm: "RSA", size: 1024 } }),
    ];
    expect(run(PKI_KEY_2, makePlan(), certs)).toEqual([]);
  });
});
