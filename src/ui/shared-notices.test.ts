import { describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { presetPlan } from "../domain/presets";
import type { Finding, Plan } from "../domain/types";
import { SHARED_FROM, splitNotices } from "./shared-notices";

const f = (rule: string, certificate: string | undefined, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: "info",
  message: `${rule} says the same thing`,
  target: "plan",
  source: "a source",
  ...(certificate === undefined ? {} : { certificate }),
  ...extra,
});

describe("splitNotices", () => {
  it(`folds a notice with the same words on ${SHARED_FROM} or more certificates into one, counted per card`, () => {
    const findings = [
      f("PKI-CDP-1", "a"),
      f("PKI-CDP-1", "b"),
      f("PKI-CDP-1", "c"),
      f("ONLY-TWICE", "a"),
      f("ONLY-TWICE", "b"),
      f("PLAN-WIDE", undefined),
    ];
    const s = splitNotices(findings);
    expect(s.shared).toEqual([{ finding: findings[0], certificates: ["a", "b", "c"] }]);
    expect(s.byCert.get("a")?.map((x) => x.rule)).toEqual(["ONLY-TWICE"]);
    expect(s.byCert.get("c")).toBeUndefined();
    expect(Object.fromEntries(s.sharedOn)).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.planWide.map((x) => x.rule)).toEqual(["PLAN-WIDE"]);
  });

  it("never folds errors or warnings, nor notices whose words or names differ", () => {
    const findings = ["a", "b", "c", "d"].flatMap((c) => [
      f("ERR", c, { severity: "error" }),
      f("WARN", c, { severity: "warning" }),
      f("NAMED", c, { names: [`${c}.example.com`] }),
      f("WORDS", c, { message: `about ${c}` }),
    ]);
    const s = splitNotices(findings);
    expect(s.shared).toEqual([]);
    expect(s.byCert.get("a")?.map((x) => x.rule)).toEqual(["ERR", "WARN", "NAMED", "WORDS"]);
    expect(s.sharedOn.size).toBe(0);
  });

  it("counts a certificate once per shared notice even if a rule repeats itself on it", () => {
    const s = splitNotices([f("R", "a"), f("R", "a"), f("R", "b"), f("R", "c")]);
    expect(s.shared[0]?.certificates).toEqual(["a", "b", "c"]);
  });

  it("on a real CUCM cluster with per-node certificates, the CDP check-by-hand notice is said once", () => {
    const base = presetPlan("cucm-cluster");
    const plan: Plan = {
      ...base,
      components: base.components.map((c) =>
        c.type === "cisco-uc" && c.distribution === "single-server"
          ? { ...c, subscribers: Array.from({ length: 6 }, (_, i) => `cucm-sub${i + 1}.example.com`) }
          : c,
      ),
    };
    const result = planCertificates(plan, { today: "2026-11-23" });
    expect(result.certificates.length).toBeGreaterThanOrEqual(7);
    const s = splitNotices(result.findings);
    const tomcat = result.certificates.filter((c) => c.profile === "cisco-tomcat");
    expect(tomcat.length).toBeGreaterThanOrEqual(7);
    const cdp = s.shared.find((x) => x.finding.rule === "PKI-CDP-1");
    expect(cdp?.certificates).toEqual(expect.arrayContaining(tomcat.map((c) => c.id)));
    for (const c of tomcat) {
      expect(s.byCert.get(c.id)?.some((x) => x.rule === "PKI-CDP-1") ?? false).toBe(false);
      expect(s.sharedOn.get(c.id)).toBeGreaterThanOrEqual(1);
    }
    // nothing is lost: every finding is either on a card, plan-wide, or behind a shared notice
    const onCards = [...s.byCert.values()].reduce((n, l) => n + l.length, 0);
    const behindShared = [...s.sharedOn.values()].reduce((n, k) => n + k, 0);
    expect(onCards + behindShared + s.planWide.length).toBe(result.findings.length);
  });
});
