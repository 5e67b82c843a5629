import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_C_PSP_1 } from "./expwy-c-psp-1";
import { ciscoPlan, EXP_C, EXP_C_NAMES } from "./fixtures";

// Expressway X15.5: "From X12.6, it is mandated that the Unified CM phone security profile name must be a Fully
// Qualified Domain Name (FQDN)."
describe("EXPWY-C-PSP-1", () => {
  it("error: a phone security profile name that is not an FQDN", () => {
    const f = runRule(
      EXPWY_C_PSP_1,
      ciscoPlan({
        components: [
          {
            ...EXP_C,
            phoneSecurityProfiles: ["secure-phones.example.com", "Cisco 8865 - Standard SIP Secure Profile"],
          },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", names: ["cisco 8865 - standard sip secure profile"] });
  });

  it("error: an existing Expressway-C certificate without the profile name", () => {
    const existing = [
      { certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES.slice(0, 4), eku: [] },
    ];
    const f = runRule(EXPWY_C_PSP_1, ciscoPlan({ components: [EXP_C], existing }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: "existing", names: ["secure-phones.example.com"] });
  });

  it("silent on FQDN profile names covered by the certificate", () => {
    const existing = [{ certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES, eku: [] }];
    expect(runRule(EXPWY_C_PSP_1, ciscoPlan({ components: [EXP_C], existing }))).toEqual([]);
  });
});
