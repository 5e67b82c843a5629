import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_E_ALIAS_1 } from "./expwy-e-alias-1";
import { ciscoPlan, EXP_E, EXP_E_NAMES } from "./fixtures";

// Expressway X15.5: "If the Expressway-E is also known by other FQDNs, all of the aliases must be included in the
// server certificate SAN."
describe("EXPWY-E-ALIAS-1", () => {
  it("silent when the DNS names of the plan are all aliases on the certificate", () => {
    const plan = ciscoPlan({
      components: [EXP_E],
      srv: [{ service: "_collab-edge._tls", domain: "example.com", target: "expe1.example.com", port: 8443 }],
      hosts: { "b2b.example.com": ["expe1.example.com", "expe2.example.com"] },
      existing: [{ certificate: "exp-e", subjectCN: "expe.example.com", sans: EXP_E_NAMES, eku: [] }],
    });
    expect(runRule(EXPWY_E_ALIAS_1, plan)).toEqual([]);
  });

  it("error: a _collab-edge._tls target and a host name reaching the Expressway-E are not aliases", () => {
    const plan = ciscoPlan({
      components: [EXP_E],
      srv: [{ service: "_collab-edge._tls", domain: "example.com", target: "mra.example.com", port: 8443 }],
      hosts: { "video.example.com": ["expe1.example.com"] },
    });
    const f = runRule(EXPWY_E_ALIAS_1, plan);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      target: "plan",
      names: ["mra.example.com", "video.example.com"],
    });
  });

  it("error: an existing certificate without a configured alias", () => {
    const plan = ciscoPlan({
      components: [EXP_E],
      existing: [
        {
          certificate: "exp-e",
          subjectCN: "expe.example.com",
          sans: EXP_E_NAMES.filter((n) => n !== "b2b.example.com"),
          eku: [],
        },
      ],
    });
    const f = runRule(EXPWY_E_ALIAS_1, plan);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: "existing", names: ["b2b.example.com"] });
  });
});
