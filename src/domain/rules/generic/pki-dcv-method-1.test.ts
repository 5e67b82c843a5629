import { describe, expect, it } from "vitest";
import type { ValidationMethod } from "../../types";
import { PKI_DCV_METHOD_1 } from "./pki-dcv-method-1";
import { makeCert, makePlan, run } from "./test-helpers";

// BR v2.2.6 §3.2.2.4.16/.17 (phone): "Effective March 15, 2027: - The CA MUST NOT rely on this method.";
// §3.2.2.4.4/.13/.14 (email): the same from March 15, 2028 (ballot SC-090).
const cert = makeCert({ id: "web", sans: ["web.contoso.com"] });
const on = (
  issueDate: string,
  validationMethod: ValidationMethod,
  caType: "public" | "internal" = "public",
) => run(PKI_DCV_METHOD_1, makePlan({ issueDate, defaults: { validationMethod } }), [{ ...cert, caType }]);

describe("PKI-DCV-METHOD-1", () => {
  it("phone: a warning on March 14, 2027, an error from March 15, 2027", () => {
    const [w] = on("2027-03-14", "phone");
    expect(w).toMatchObject({ severity: "warning", target: "plan" });
    expect(w?.message).toContain("from March 15, 2027 a public CA must not rely on it");
    const [e] = on("2027-03-15", "phone");
    expect(e?.severity).toBe("error");
    expect(e?.message).toContain("cannot be validated by phone");
    expect(e?.message).toContain("_validation-persist");
  });

  it("email: a warning on March 14, 2028, an error from March 15, 2028", () => {
    expect(on("2028-03-14", "email")[0]?.severity).toBe("warning");
    const [e] = on("2028-03-15", "email");
    expect(e?.severity).toBe("error");
    expect(e?.source).toContain("github.com/cabforum/servercert");
  });

  it("quiet for DNS and HTTP methods, and for a plan with internal certificates only", () => {
    expect(on("2029-01-01", "dns-persistent")).toEqual([]);
    expect(on("2029-01-01", "http-file")).toEqual([]);
    expect(on("2029-01-01", "email", "internal")).toEqual([]);
  });
});
