import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_EKU_1 } from "./expwy-eku-1";
import { ciscoPlan, EXP_C, EXP_C_NAMES } from "./fixtures";

// VCS Administrator Guide: "The certificate request includes automatically the public key that will be used in the
// certificate, and the client and server authentication Enhanced Key Usage (EKU) extension."
describe("EXPWY-EKU-1", () => {
  it("info for a public-CA Expressway certificate (clientAuth may not be issued)", () => {
    const f = runRule(EXPWY_EKU_1, ciscoPlan({ components: [EXP_C] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", target: "plan", certificate: "exp-c" });
  });

  it("info for an existing certificate without client authentication", () => {
    const existing = [
      { certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES, eku: ["serverAuth"] },
    ];
    const f = runRule(EXPWY_EKU_1, ciscoPlan({ components: [{ ...EXP_C, caType: "internal" }], existing }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", target: "existing", names: ["clientAuth"] });
  });

  it("silent for an internal-CA plan and an existing certificate with both EKUs", () => {
    const existing = [
      {
        certificate: "exp-c",
        subjectCN: "expc.example.com",
        sans: EXP_C_NAMES,
        eku: ["serverAuth", "clientAuth"],
      },
    ];
    expect(
      runRule(EXPWY_EKU_1, ciscoPlan({ components: [{ ...EXP_C, caType: "internal" }], existing })),
    ).toEqual([]);
  });
});
