import { describe, expect, it } from "vitest";
import { DMZ, dmzPlan } from "./fixtures";
import { PEXIP_KEY_1 } from "./pexip-key-1";
import { runRule } from "./testing";

// Pexip management API, certificate_signing_request.private_key_type: "The type of the private key to create
// (RSA2048, RSA4096, ECDSAP256) or UPLOAD"
describe("PEXIP-KEY-1", () => {
  it("info for RSA 3072 (not offered by Pexip's CSR generator)", () => {
    const f = runRule(
      PEXIP_KEY_1,
      dmzPlan({ components: [{ ...DMZ, key: { algorithm: "RSA", size: 3072 } }] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", certificate: "px" });
    expect(f[0]?.message).toContain("upload");
  });

  it("says so when the key was to be generated on the Management Node (ECDSA P-384)", () => {
    const f = runRule(
      PEXIP_KEY_1,
      dmzPlan({
        certificateOptions: { px: { key: { algorithm: "ECDSA", curve: "P-384" }, keyLocation: "appliance" } },
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain("cannot create an ECDSA P-384 key");
  });

  it("silent for RSA 2048, RSA 4096 and ECDSA P-256", () => {
    for (const key of [
      { algorithm: "RSA", size: 2048 },
      { algorithm: "RSA", size: 4096 },
      { algorithm: "ECDSA", curve: "P-256" },
    ] as const) {
      expect(runRule(PEXIP_KEY_1, dmzPlan({ components: [{ ...DMZ, key }] }))).toEqual([]);
    }
  });
});
