import { describe, expect, it } from "vitest";
import type { ExpresswayComponent } from "../../types";
import { PKI_SAN_LENGTH_1 } from "./pki-san-length-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Cisco Expressway Certificate Creation and Use Deployment Guide X8.8, change history X8.5.2: "Changes to CRL
// information, CSR generation page defaults, 999 character limit on SANs." (troubleshooting section "Subject
// Alternative Name Fields Longer than 999 Characters")
const expc: ExpresswayComponent = {
  type: "expressway",
  id: "expc",
  role: "c",
  peers: ["expc01.contoso.com"],
};

/** n distinct names of 24 characters each ("d0000.collab.example.com") */
function names(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `d${String(i).padStart(4, "0")}.collab.example.com`);
}

describe("PKI-SAN-LENGTH-1", () => {
  it("warns when the comma-joined SAN field of an Expressway certificate exceeds 999 characters", () => {
    const list = names(40); // 40 × 24 characters + 39 commas = 999
    expect(list.join(",").length).toBe(999);
    const ok = makeCert({
      id: "expc",
      componentId: "expc",
      componentType: "expressway",
      profile: "expressway-c",
      sans: list,
    });
    expect(run(PKI_SAN_LENGTH_1, makePlan({ components: [expc] }), [ok])).toEqual([]);
    const long = {
      ...ok,
      sans: [...ok.sans, { type: "dns" as const, value: "x.example.com", reasons: ["test"] }],
    };
    const [f] = run(PKI_SAN_LENGTH_1, makePlan({ components: [expc] }), [long]);
    expect(f).toMatchObject({ rule: "PKI-SAN-LENGTH-1", severity: "warning", certificate: "expc" });
    expect(f?.message).toContain("add up to 1013 characters");
  });

  it("applies to an existing certificate filed under an Expressway component", () => {
    const plan = makePlan({
      components: [expc],
      existing: [existing({ certificate: "expc", sans: names(41) })],
    });
    expect(run(PKI_SAN_LENGTH_1, plan)[0]).toMatchObject({ target: "existing", severity: "warning" });
  });

  it("does not apply to other platforms", () => {
    expect(run(PKI_SAN_LENGTH_1, makePlan(), [makeCert({ id: "web", sans: names(60) })])).toEqual([]);
  });
});
