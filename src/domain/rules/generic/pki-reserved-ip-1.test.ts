import { describe, expect, it } from "vitest";
import { PKI_RESERVED_IP_1 } from "./pki-reserved-ip-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// CA/Browser Forum BR §7.1.2.7.12: "The entry MUST NOT contain a Reserved IP Address." Reserved = any block of
// the IANA IPv4 / IPv6 Special-Purpose Address Registries, e.g. RFC 1918 10.0.0.0/8, 172.16.0.0/12,
// 192.168.0.0/16, RFC 4193 fc00::/7, loopback, link-local.
describe("PKI-RESERVED-IP-1", () => {
  it("fires on RFC 1918 and RFC 4193 addresses on a public certificate (as SAN or CN)", () => {
    const plan = makePlan({
      existing: [
        existing({
          certificate: "cucm",
          subjectCN: "10.1.1.10",
          sans: ["cucm.contoso.com", "192.168.10.5", "fd12:3456::1"],
        }),
      ],
    });
    const [f, ...rest] = run(PKI_RESERVED_IP_1, plan);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "PKI-RESERVED-IP-1",
      severity: "error",
      target: "existing",
      names: ["10.1.1.10", "192.168.10.5", "fd12:3456::1"],
    });
    expect(f?.message).toContain("no public CA will issue");
  });

  it("is quiet for public addresses and for internal-CA certificates", () => {
    expect(
      run(PKI_RESERVED_IP_1, makePlan(), [
        makeCert({ id: "a", sans: ["vc.contoso.com", "8.8.8.8", "2a00:1450::1"] }),
      ]),
    ).toEqual([]);
    expect(
      run(PKI_RESERVED_IP_1, makePlan(), [
        makeCert({ id: "b", sans: ["cucm.contoso.com", "10.0.0.1"], caType: "internal" }),
      ]),
    ).toEqual([]);
  });
});
