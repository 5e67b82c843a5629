import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CUCM_EKU_1 } from "./cucm-eku-1";
import { ciscoPlan, cucm } from "./fixtures";

// Preferred Architecture 12.x Security: "the Unified CM Tomcat certificate must include the TLS Web Client
// Authentication extended key usage (EKU)."
describe("CUCM-EKU-1", () => {
  it("fires on an existing tomcat certificate with server authentication only", () => {
    const f = runRule(
      CUCM_EKU_1,
      ciscoPlan({
        components: [cucm()],
        existing: [
          {
            certificate: "cucm",
            subjectCN: "cucm-pub-ms.example.com",
            sans: [],
            eku: ["TLS Web Server Authentication"],
          },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", target: "existing", names: ["clientAuth"] });
  });

  it("silent on the planned certificate (server + client)", () => {
    expect(runRule(CUCM_EKU_1, ciscoPlan({ components: [cucm()] }))).toEqual([]);
  });
});
