import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_RENEW_1 } from "./expwy-renew-1";
import { ciscoPlan, EXP_C, EXP_C_NAMES } from "./fixtures";

// X15.5: "It is essential to generate Certificate Signing Request (CSR) for the new node while adding a new
// Expressway-C node to an existing cluster"
describe("EXPWY-RENEW-1", () => {
  const threePeers = { ...EXP_C, peers: [...EXP_C.peers, "expc3.example.com"] };
  const existing = [{ certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES, eku: [] }];

  it("warns when a peer was added since the certificate was issued", () => {
    const f = runRule(EXPWY_RENEW_1, ciscoPlan({ components: [threePeers], existing }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", target: "existing", names: ["expc3.example.com"] });
    expect(f[0]?.message).toContain("restart");
  });

  it("silent when the existing certificate has every planned name, and on the plan", () => {
    expect(runRule(EXPWY_RENEW_1, ciscoPlan({ components: [EXP_C], existing }))).toEqual([]);
    expect(runRule(EXPWY_RENEW_1, ciscoPlan({ components: [threePeers] }))).toEqual([]);
  });
});
