import { describe, expect, it } from "vitest";
import { PKI_EKU_SERVER_1 } from "./pki-eku-server-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Lync Server 2013 certificate infrastructure requirements: "All server certificates must support server
// authorization (Server EKU)." BR §7.1.2.7.10: id-kp-serverAuth (1.3.6.1.5.5.7.3.1) MUST be present.
describe("PKI-EKU-SERVER-1", () => {
  it("fires on a planned certificate that asks for clientAuth only", () => {
    const cert = makeCert({ id: "a", sans: ["a.contoso.com"], eku: ["clientAuth"] });
    const [f] = run(PKI_EKU_SERVER_1, makePlan(), [cert]);
    expect(f).toMatchObject({ rule: "PKI-EKU-SERVER-1", severity: "error", target: "plan" });
    expect(f?.message).toContain("lists only clientAuth");
  });

  it("fires on an existing certificate with no EKU listed", () => {
    const plan = makePlan({ existing: [existing({ certificate: "a", sans: ["a.contoso.com"], eku: [] })] });
    const [f] = run(PKI_EKU_SERVER_1, plan);
    expect(f).toMatchObject({ severity: "error", target: "existing" });
    expect(f?.message).toContain("lists no Extended Key Usage");
  });

  it("accepts serverAuth written as a name, an OID, or as Windows / OpenSSL show it", () => {
    const plan = makePlan({
      existing: [
        existing({ certificate: "a", sans: ["a.contoso.com"], eku: ["serverAuth"] }),
        existing({ certificate: "b", sans: ["b.contoso.com"], eku: ["1.3.6.1.5.5.7.3.1"] }),
        existing({ certificate: "c", sans: ["c.contoso.com"], eku: ["Server Authentication"] }),
        existing({
          certificate: "d",
          sans: ["d.contoso.com"],
          eku: ["TLS Web Server Authentication", "TLS Web Client Authentication"],
        }),
      ],
    });
    expect(run(PKI_EKU_SERVER_1, plan)).toEqual([]);
  });
});
