import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_E_MRA_1 } from "./expwy-e-mra-1";
import { ciscoPlan, EXP_E, EXP_E_NAMES } from "./fixtures";

// Expressway X15.5: "You may select CollabEdgeDNS format instead, which simply adds the prefix collab-edge. to the
// domain that you enter." RULES.md EXPWY-E-MRA-1: only public edge domains, never the internal .local domain.
describe("EXPWY-E-MRA-1", () => {
  it("silent on the planned Expressway-E and a complete existing one", () => {
    const existing = [{ certificate: "exp-e", subjectCN: "expe.example.com", sans: EXP_E_NAMES, eku: [] }];
    expect(runRule(EXPWY_E_MRA_1, ciscoPlan({ components: [EXP_E], existing }))).toEqual([]);
  });

  it("accepts an existing certificate in CollabEdgeDNS format", () => {
    const sans = [...EXP_E_NAMES.filter((n) => n !== "example.com"), "collab-edge.example.com"];
    const existing = [{ certificate: "exp-e", subjectCN: "expe.example.com", sans, eku: [] }];
    expect(runRule(EXPWY_E_MRA_1, ciscoPlan({ components: [EXP_E], existing }))).toEqual([]);
  });

  it("error: an internal .local MRA domain", () => {
    const f = runRule(
      EXPWY_E_MRA_1,
      ciscoPlan({ components: [{ ...EXP_E, mraDomains: ["example.com", "corp.local"] }] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "plan", names: ["corp.local"] });
  });

  it("error: a _collab-edge._tls record to this Expressway-E for a domain that is not an MRA domain", () => {
    const f = runRule(
      EXPWY_E_MRA_1,
      ciscoPlan({
        components: [EXP_E],
        srv: [
          { service: "_collab-edge._tls", domain: "example.org", target: "expe1.example.com", port: 8443 },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.names).toEqual(["example.org"]);
  });

  it("error: an existing certificate without the MRA domain", () => {
    const existing = [
      {
        certificate: "exp-e",
        subjectCN: "expe.example.com",
        sans: EXP_E_NAMES.filter((n) => n !== "example.com"),
        eku: [],
      },
    ];
    const f = runRule(EXPWY_E_MRA_1, ciscoPlan({ components: [EXP_E], existing }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: "existing", names: ["example.com"] });
  });
});
