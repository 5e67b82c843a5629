import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CISCO_CSR_CONSISTENT_1 } from "./cisco-csr-consistent-1";
import { ciscoPlan, cucm } from "./fixtures";

// Jabber Planning Guide: "If you submit CSRs from multiple nodes, public CAs might require that the information is
// consistent in all CSRs."
describe("CISCO-CSR-CONSISTENT-1", () => {
  const subject = { O: "Example Corp", L: "London", C: "GB" };

  it("tells the exact Subject and key to type on every node", () => {
    const f = runRule(
      CISCO_CSR_CONSISTENT_1,
      ciscoPlan({ subject, components: [cucm({ distribution: "single-server" })] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe("info");
    expect(f[0]?.message).toContain("O=Example Corp, L=London, C=GB");
    expect(f[0]?.message).toContain("key RSA 2048");
    expect(f[0]?.names).toEqual(["cucm-pub.example.com", "cucm-sub1.example.com", "imp-pub.example.com"]);
  });

  it("points out different key lengths across the node CSRs", () => {
    const f = runRule(
      CISCO_CSR_CONSISTENT_1,
      ciscoPlan({
        subject,
        components: [cucm({ distribution: "single-server" })],
        certificateOptions: { "cucm/imp-pub.example.com": { key: { algorithm: "RSA", size: 4096 } } },
      }),
    );
    expect(f[0]?.message).toContain("RSA 2048 and RSA 4096: choose one");
  });

  it("silent for a multi-server certificate (one CSR) or an internal CA", () => {
    expect(runRule(CISCO_CSR_CONSISTENT_1, ciscoPlan({ components: [cucm()] }))).toEqual([]);
    expect(
      runRule(
        CISCO_CSR_CONSISTENT_1,
        ciscoPlan({ components: [cucm({ distribution: "single-server", caType: "internal" })] }),
      ),
    ).toEqual([]);
  });
});
