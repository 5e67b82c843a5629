import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CISCO_CSR_KEY_1 } from "./cisco-csr-key-1";
import { ciscoPlan, cucm } from "./fixtures";

// CUC 15 OS Administration Guide: "If tomcat or ipsec is the certificate purpose, select 1024, 2048, 3072, or 4096."
describe("CISCO-CSR-KEY-1", () => {
  it("warning: RSA 1024 with an internal CA", () => {
    const f = runRule(
      CISCO_CSR_KEY_1,
      ciscoPlan({ components: [cucm({ caType: "internal", key: { algorithm: "RSA", size: 1024 } })] }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", certificate: "cucm" });
  });

  it("error: a key length the Generate CSR page does not offer", () => {
    const f = runRule(
      CISCO_CSR_KEY_1,
      ciscoPlan({ components: [cucm({ key: { algorithm: "RSA", size: 8192 } })] }),
    );
    expect(f.map((x) => x.severity)).toEqual(["error"]);
  });

  it("warning: a key planned outside the node", () => {
    const f = runRule(
      CISCO_CSR_KEY_1,
      ciscoPlan({ components: [cucm()], certificateOptions: { cucm: { keyLocation: "browser" } } }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain("Generate CSR page");
  });

  it("silent for RSA 2048 generated on the node, and RSA 1024 at a public CA (PKI-KEY-1's job)", () => {
    expect(
      runRule(
        CISCO_CSR_KEY_1,
        ciscoPlan({ components: [cucm()], certificateOptions: { cucm: { keyLocation: "appliance" } } }),
      ),
    ).toEqual([]);
    expect(
      runRule(CISCO_CSR_KEY_1, ciscoPlan({ components: [cucm({ key: { algorithm: "RSA", size: 1024 } })] })),
    ).toEqual([]);
  });
});
