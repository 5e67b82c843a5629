import { describe, expect, it } from "vitest";
import type { ExpresswayComponent, PexipComponent } from "../../types";
import { PKI_CLIENTAUTH_PUBLIC_1 } from "./pki-clientauth-public-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// Chrome Root Program policy v1.6 (quoted at https://digitorus.pages.dev/topics/clientauth-eku-removal):
// "subscriber certificates issued on or after June 15, 2026 MUST include the extendedKeyUsage extension and only
// assert an extendedKeyUsage purpose of id-kp-serverAuth." RULES.md E.6: policy 1.8 reportedly moves it to 2027-03-15.
// Pexip (https://docs.pexip.com/sfb/certificates.htm): "We strongly recommend that all Pexip Infinity Conferencing
// Node certificates should have both "Server Authentication" and "Client Authentication" Enhanced Key Usage properties."
const pexip: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [{ fqdn: "px01.vc.example.com" }],
};
const pxCert = makeCert({
  id: "px",
  componentId: "px",
  componentType: "pexip",
  profile: "pexip-public-dmz",
  sans: ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"],
  eku: ["serverAuth", "clientAuth"],
});

describe("PKI-CLIENTAUTH-PUBLIC-1", () => {
  it("warns about a public Pexip certificate with clientAuth issued on 2026-06-15", () => {
    const [f, ...rest] = run(
      PKI_CLIENTAUTH_PUBLIC_1,
      makePlan({ issueDate: "2026-06-15", components: [pexip] }),
      [pxCert],
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "PKI-CLIENTAUTH-PUBLIC-1",
      severity: "warning",
      target: "plan",
      certificate: "px",
    });
    expect(f?.message).toContain("Chrome Root Program policy 1.6");
    expect(f?.message).toContain("may move this date");
    expect(f?.message).toContain("Pexip nodes and Skype for Business");
  });

  it("is quiet the day before, for internal CAs and for serverAuth-only certificates", () => {
    expect(
      run(PKI_CLIENTAUTH_PUBLIC_1, makePlan({ issueDate: "2026-06-14", components: [pexip] }), [pxCert]),
    ).toEqual([]);
    expect(
      run(PKI_CLIENTAUTH_PUBLIC_1, makePlan({ issueDate: "2026-07-01", components: [pexip] }), [
        { ...pxCert, caType: "internal" },
      ]),
    ).toEqual([]);
    expect(
      run(PKI_CLIENTAUTH_PUBLIC_1, makePlan({ issueDate: "2026-07-01", components: [pexip] }), [
        { ...pxCert, eku: ["serverAuth"] },
      ]),
    ).toEqual([]);
  });

  it("warns that the renewal of an existing Expressway certificate (clientAuth as an OID) loses clientAuth", () => {
    const expe: ExpresswayComponent = {
      type: "expressway",
      id: "expe",
      role: "e",
      peers: ["expe01.contoso.com"],
    };
    const plan = makePlan({
      issueDate: "2026-09-01",
      components: [expe],
      existing: [
        existing({
          certificate: "expe",
          sans: ["expe01.contoso.com"],
          eku: ["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"],
        }),
      ],
    });
    const [f] = run(PKI_CLIENTAUTH_PUBLIC_1, plan);
    expect(f).toMatchObject({ severity: "warning", target: "existing" });
    expect(f?.message).toContain("traversal and neighbour zones");
  });
});
