import { describe, expect, it } from "vitest";
import type { PexipComponent } from "../../types";
import { PKI_VALIDITY_1 } from "./pki-validity-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// CA/Browser Forum BR §6.3.2 (ballot SC-081), https://github.com/cabforum/servercert/blob/main/docs/BR.md:
//   | Certificate issued on or after | Certificate issued before | Maximum Validity Period |
//   |                                | March 15, 2026            | 398 days                |
//   | March 15, 2026                 | March 15, 2027            | 200 days                |
//   | March 15, 2027                 | March 15, 2029            | 100 days                |
//   | March 15, 2029                 |                           | 47 days                 |
const SC081: { issued: string; max: number }[] = [
  { issued: "2026-03-14", max: 398 },
  { issued: "2026-03-15", max: 200 },
  { issued: "2027-03-14", max: 200 },
  { issued: "2027-03-15", max: 100 },
  { issued: "2029-03-14", max: 100 },
  { issued: "2029-03-15", max: 47 },
];

const pexip: PexipComponent = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }],
};

function errors(issueDate: string, validityDays: number) {
  const cert = makeCert({ id: "web", sans: ["www.contoso.com"], validityDays });
  return run(PKI_VALIDITY_1, makePlan({ issueDate }), [cert]).filter((f) => f.severity === "error");
}

describe("PKI-VALIDITY-1", () => {
  for (const { issued, max } of SC081) {
    it(`SC-081 table: issued ${issued}, ${max} days pass and ${max + 1} days are refused`, () => {
      expect(errors(issued, max)).toEqual([]);
      const [f, ...rest] = errors(issued, max + 1);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ rule: "PKI-VALIDITY-1", certificate: "web", target: "plan" });
      expect(f?.message).toContain(`longer than the ${max} days a public CA may issue on ${issued}`);
    });
  }

  it("does not limit an internal-CA certificate", () => {
    const cert = makeCert({ id: "fe", sans: ["fe01.contoso.net"], validityDays: 730, caType: "internal" });
    expect(run(PKI_VALIDITY_1, makePlan({ issueDate: "2026-07-01" }), [cert])).toEqual([]);
  });

  it("judges an existing certificate against the plan's issue date: a warning that the renewal is shorter", () => {
    const plan = makePlan({
      issueDate: "2026-07-01",
      existing: [
        existing({
          certificate: "web",
          subjectCN: "www.contoso.com",
          sans: ["www.contoso.com"],
          validityDays: 397,
        }),
      ],
    });
    const [f, ...rest] = run(PKI_VALIDITY_1, plan);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", target: "existing", certificate: "web" });
    expect(f?.message).toContain("can be valid for at most 200 days");
  });

  it("gives one plan-wide info about the renewal cadence of hand-installed UC certificates when the limit is ≤ 200 days", () => {
    const certs = [
      makeCert({
        id: "px",
        componentId: "px",
        componentType: "pexip",
        profile: "pexip-public-dmz",
        sans: ["px.vc.example.com"],
      }),
      makeCert({ id: "web", sans: ["www.contoso.com"] }),
    ];
    const findings = run(PKI_VALIDITY_1, makePlan({ issueDate: "2026-07-01", components: [pexip] }), certs);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info", target: "plan", names: ["px.vc.example.com"] });
    expect(findings[0]?.certificate).toBeUndefined();
    expect(findings[0]?.message).toContain(
      "at most 200 days from 2026-07-01, and from 2027-03-15 at most 100 days",
    );
    expect(findings[0]?.message).toContain("Pexip Infinity");
  });

  it("gives no cadence info before 2026-03-15 (398 days) nor for custom certificates only", () => {
    const px = makeCert({
      id: "px",
      componentType: "pexip",
      profile: "pexip-public-dmz",
      sans: ["px.vc.example.com"],
    });
    expect(run(PKI_VALIDITY_1, makePlan({ issueDate: "2026-03-01" }), [px])).toEqual([]);
    expect(
      run(PKI_VALIDITY_1, makePlan({ issueDate: "2027-06-01" }), [
        makeCert({ id: "w", sans: ["w.contoso.com"], validityDays: 90 }),
      ]),
    ).toEqual([]);
  });
});
