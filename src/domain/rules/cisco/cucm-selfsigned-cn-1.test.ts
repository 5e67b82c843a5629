import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { CUCM_SELFSIGNED_CN_1 } from "./cucm-selfsigned-cn-1";
import { ciscoPlan, cucm } from "./fixtures";

// Expressway Certificate Creation and Use Guide, "Server Certificate Requirements for Unified Communications":
// "These certificates are automatically installed on the Cisco Unified Communications Manager and by default they
// are self-signed and have the same common name (CN). ... if you do use self-signed certificates, the two
// certificates must have different common names."
describe("CUCM-SELFSIGNED-CN-1", () => {
  const components = [
    cucm({ id: "tomcat", distribution: "single-server" }),
    cucm({ id: "cm", purpose: "callmanager", distribution: "single-server" }),
  ];
  const selfSigned = (certificate: string) => ({
    certificate,
    subjectCN: "cucm-pub.example.com",
    sans: ["cucm-pub.example.com"],
    eku: [],
    issuer: "CN=cucm-pub.example.com, OU=IT, O=Example Corp, C=GB",
  });

  it("warns on self-signed CallManager and tomcat certificates with the same CN", () => {
    const f = runRule(
      CUCM_SELFSIGNED_CN_1,
      ciscoPlan({
        components,
        existing: [selfSigned("tomcat/cucm-pub.example.com"), selfSigned("cm/cucm-pub.example.com")],
      }),
    );
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: "warning", target: "existing", names: ["cucm-pub.example.com"] });
  });

  it("silent when one of them is CA-signed", () => {
    const f = runRule(
      CUCM_SELFSIGNED_CN_1,
      ciscoPlan({
        components,
        existing: [
          selfSigned("tomcat/cucm-pub.example.com"),
          { ...selfSigned("cm/cucm-pub.example.com"), issuer: "CN=Example Issuing CA 1, O=Example Corp" },
        ],
      }),
    );
    expect(f).toEqual([]);
  });
});
