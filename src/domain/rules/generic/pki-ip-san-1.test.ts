import { describe, expect, it } from "vitest";
import type { CiscoUcComponent } from "../../types";
import { PKI_IP_SAN_1 } from "./pki-ip-san-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Cisco Jabber 12.6 Planning Guide, Certificates
// (https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_6/cjab_b_planning-guide-for-cisco-jabber-12-6/cjab_b_planning-guide-for-cisco-jabber-12-6_chapter_0111.html):
// "Public CAs generally require a fully qualified domain name (FQDN) as the server identity, not an IP address."
const cucm: CiscoUcComponent = {
  type: "cisco-uc",
  id: "cucm",
  product: "cucm",
  purpose: "tomcat",
  distribution: "multi-server",
  publisher: "cucm-pub.contoso.com",
  subscribers: [],
};

describe("PKI-IP-SAN-1", () => {
  it("warns about a public IP address on a public-CA certificate", () => {
    const cert = makeCert({ id: "a", sans: ["vc.contoso.com", "203.0.114.7"] });
    const [f] = run(PKI_IP_SAN_1, makePlan(), [cert]);
    expect(f).toMatchObject({ rule: "PKI-IP-SAN-1", severity: "warning", names: ["203.0.114.7"] });
    expect(f?.message).toContain("validate control of every address separately");
  });

  it("warns about a private address on an internal-CA Cisco certificate, and an IP CN counts", () => {
    const plan = makePlan({
      components: [cucm],
      existing: [
        existing({
          certificate: "cucm",
          subjectCN: "10.0.0.10",
          sans: ["cucm-pub.contoso.com"],
          caType: "internal",
        }),
      ],
    });
    const [f] = run(PKI_IP_SAN_1, plan);
    expect(f).toMatchObject({ severity: "warning", target: "existing", names: ["10.0.0.10"] });
    expect(f?.message).toContain("Cisco Unified CM certificate");
  });

  it("stays quiet about a reserved address on a public certificate: PKI-RESERVED-IP-1 reports it as an error", () => {
    const cert = makeCert({ id: "a", sans: ["vc.contoso.com", "192.168.1.1"] });
    expect(run(PKI_IP_SAN_1, makePlan(), [cert])).toEqual([]);
  });

  it("is quiet without IP identities", () => {
    expect(run(PKI_IP_SAN_1, makePlan(), [makeCert({ id: "a", sans: ["vc.contoso.com"] })])).toEqual([]);
  });
});
