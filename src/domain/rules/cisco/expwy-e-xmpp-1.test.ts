import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_E_XMPP_1 } from "./expwy-e-xmpp-1";
import { ciscoPlan, EXP_E, EXP_E_NAMES } from "./fixtures";

// Expressway X15.5: "Do not use the XMPPAddress format as it may not be supported by your CA"
describe("EXPWY-E-XMPP-1", () => {
  it("silent on the planned certificate (DNS format) and a complete existing one", () => {
    const existing = [{ certificate: "exp-e", subjectCN: "expe.example.com", sans: EXP_E_NAMES, eku: [] }];
    expect(runRule(EXPWY_E_XMPP_1, ciscoPlan({ components: [EXP_E], existing }))).toEqual([]);
  });

  it("warning: CSR generated on the Expressway — choose DNS format", () => {
    const f = runRule(
      EXPWY_E_XMPP_1,
      ciscoPlan({ components: [EXP_E], certificateOptions: { "exp-e": { keyLocation: "appliance" } } }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", names: ["example.com"] });
    expect(f[0]?.message).toContain("XMPPAddress");
  });

  it("error: an _xmpp-server._tcp record to this Expressway-E for a domain it does not federate", () => {
    const f = runRule(
      EXPWY_E_XMPP_1,
      ciscoPlan({
        components: [EXP_E],
        srv: [
          { service: "_xmpp-server._tcp", domain: "example.org", target: "expe.example.com", port: 5269 },
        ],
      }),
    );
    expect(f.map((x) => [x.severity, x.names])).toEqual([["error", ["example.org"]]]);
  });

  it("error: an existing certificate without the XMPP federation domain as a DNS name", () => {
    const existing = [
      {
        certificate: "exp-e",
        subjectCN: "expe.example.com",
        sans: EXP_E_NAMES.filter((n) => n !== "example.com"),
        eku: [],
      },
    ];
    const f = runRule(EXPWY_E_XMPP_1, ciscoPlan({ components: [EXP_E], existing }));
    expect(f.map((x) => [x.severity, x.target, x.names])).toEqual([["error", "existing", ["example.com"]]]);
  });
});
