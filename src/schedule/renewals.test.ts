import { describe, expect, it } from "vitest";
import { planCertificates } from "../domain";
import { emptyPlan, presetPlan } from "../domain/presets";
import type { CertificatePlan } from "../domain/types";
import { addDays, LOAD_YEARS, lifetimeOn, renewalSchedule, renewByOffset, SCHEDULE_UNTIL } from "./renewals";

const pub = { caType: "public", validityDays: 199 } as const;

describe("lifetimes by issue date (BR §6.3.2 as amended by SC-081: the SHOULD figure, a day under the MUST)", () => {
  it.each([
    ["2026-03-14", 397],
    ["2026-03-15", 199],
    ["2027-03-14", 199],
    ["2027-03-15", 99],
    ["2029-03-14", 99],
    ["2029-03-15", 46],
  ])("a public certificate issued on %s lives %i days", (date, days) => {
    expect(lifetimeOn(pub, date, undefined).days).toBe(days);
  });

  it.each([
    ["2026-12-07", 90],
    ["2027-02-09", 90],
    ["2027-02-10", 64],
    ["2028-02-15", 64],
    ["2028-02-16", 45],
    ["2029-03-15", 45],
  ])("Let's Encrypt's own maximum on %s is %i days", (date, days) => {
    const r = lifetimeOn({ ...pub, publicCa: "letsencrypt" }, date, undefined);
    expect(r.days).toBe(days);
    expect(r.limit).toMatch(/CA's own maximum/);
  });

  it("a named CA without a maximum of its own follows the BR", () => {
    expect(lifetimeOn({ ...pub, publicCa: "digicert" }, "2027-03-15", undefined).days).toBe(99);
  });

  it("a shorter validity asked for by the plan wins; a longer one cannot", () => {
    expect(lifetimeOn(pub, "2026-12-07", 90)).toEqual({ days: 90, limit: "the validity the plan asks for" });
    expect(lifetimeOn(pub, "2026-12-07", 365).days).toBe(199);
  });

  it("an internal CA's certificate keeps the validity the plan asks for", () => {
    expect(lifetimeOn({ caType: "internal", validityDays: 730 }, "2029-06-01", undefined).days).toBe(730);
  });

  it("renews with a third of the lifetime left, halfway under 10 days", () => {
    expect(renewByOffset(199)).toBe(132);
    expect(renewByOffset(99)).toBe(66);
    expect(renewByOffset(46)).toBe(30);
    expect(renewByOffset(6)).toBe(3);
  });
});

function onePublicCert(overrides: Partial<CertificatePlan> = {}): CertificatePlan {
  return {
    id: "px",
    componentId: "px",
    componentType: "pexip",
    profile: "pexip-dmz",
    title: "Pexip",
    subject: { CN: "px.example.com" },
    sans: [{ type: "dns", value: "px.example.com", reason: "" }],
    eku: ["serverAuth"],
    keyUsage: [],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 199,
    exportableKey: true,
    installOn: ["px01.example.com", "px02.example.com", "px03.example.com"],
    ...overrides,
  } as CertificatePlan;
}

describe("the renewal chain of one certificate", () => {
  const s = renewalSchedule(emptyPlan(), [onePublicCert()], { from: "2026-12-07" });
  const chain = s.certificates[0]?.issuances ?? [];

  it("starts on the issue date and renews on each renew-by date, with each phase's shorter lifetime", () => {
    expect(chain.slice(0, 3)).toEqual([
      {
        issued: "2026-12-07",
        lifetimeDays: 199,
        expires: "2027-06-23",
        renewBy: "2027-04-18",
        limit: "the Baseline Requirements' maximum for certificates issued on 2026-12-07 (200 days)",
      },
      {
        issued: "2027-04-18",
        lifetimeDays: 99,
        expires: "2027-07-25",
        renewBy: "2027-06-23",
        limit: "the Baseline Requirements' maximum for certificates issued on 2027-04-18 (100 days)",
      },
      {
        issued: "2027-06-23",
        lifetimeDays: 99,
        expires: "2027-09-29",
        renewBy: "2027-08-28",
        limit: "the Baseline Requirements' maximum for certificates issued on 2027-06-23 (100 days)",
      },
    ]);
  });

  it("every successor is issued before its predecessor expires, and the last one is issued by the horizon", () => {
    for (let i = 1; i < chain.length; i++) {
      const prev = chain[i - 1];
      const cur = chain[i];
      expect(cur?.issued).toBe(prev?.renewBy);
      expect((cur?.issued ?? "") < (prev?.expires ?? "")).toBe(true);
    }
    expect((chain.at(-1)?.issued ?? "") <= SCHEDULE_UNTIL).toBe(true);
    expect((chain.at(-1)?.renewBy ?? "") > SCHEDULE_UNTIL).toBe(true);
  });

  it("from 2029-03-15 the lifetime is 46 days", () => {
    const after = chain.filter((i) => i.issued >= "2029-03-15");
    expect(after.length).toBeGreaterThan(0);
    for (const i of after) expect(i.lifetimeDays).toBe(46);
    const before = chain.filter((i) => i.issued >= "2027-03-15" && i.issued < "2029-03-15");
    for (const i of before) expect(i.lifetimeDays).toBe(99);
  });

  it("counts issuances per year, installs on each of its nodes, and hours at the stated cost", () => {
    const perYear = LOAD_YEARS.map((y) => chain.filter((i) => i.issued.startsWith(`${y}-`)).length);
    expect(s.load.map((l) => l.issuances)).toEqual(perYear);
    // 2026: the first issuance only; 2027: 04-18 (132 days on), then every 66 days: 06-23, 08-28, 11-02
    expect(perYear[0]).toBe(1);
    expect(chain.filter((i) => i.issued.startsWith("2027-")).map((i) => i.issued)).toEqual([
      "2027-04-18",
      "2027-06-23",
      "2027-08-28",
      "2027-11-02",
    ]);
    expect(s.load.map((l) => l.installs)).toEqual(perYear.map((n) => n * 3));
    expect(s.load.map((l) => l.hours)).toEqual(perYear.map((n) => n * 2));
    const cheaper = renewalSchedule(emptyPlan(), [onePublicCert()], {
      from: "2026-12-07",
      hoursPerIssuance: 0.5,
    });
    expect(cheaper.load.map((l) => l.hours)).toEqual(perYear.map((n) => n * 0.5));
  });
});

describe("a whole site", () => {
  it("the load grows from 2026 to 2029 for the public certificates and stays low for the internal ones", () => {
    const plan = presetPlan("sfb-full-site");
    const { certificates } = planCertificates(plan, { today: "2026-12-07" });
    const s = renewalSchedule(plan, certificates, { from: "2026-12-07" });
    expect(s.certificates).toHaveLength(certificates.length);
    const [y26, y27, y28, y29] = s.load.map((l) => l.issuances);
    expect(y27).toBeGreaterThan(y26 ?? 0);
    expect(y29).toBeGreaterThan(y28 ?? 0);
    for (const c of s.certificates) {
      const perYear2029 = c.issuances.filter((i) => i.issued.startsWith("2029-")).length;
      if (c.caType === "public") expect(perYear2029).toBeGreaterThanOrEqual(6);
      else expect(perYear2029).toBeLessThanOrEqual(1);
    }
  });
});

describe("addDays", () => {
  it("crosses months, years and leap days in UTC", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-12-31", 1)).toBe("2028-01-01");
    expect(addDays("2026-12-07", 198)).toBe("2027-06-23");
  });
});
