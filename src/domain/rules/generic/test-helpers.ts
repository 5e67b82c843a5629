// Literal plans, planned certificates and contexts for the generic rules' tests: the rules are run through
// the real engine (runRules), so a test sees exactly the Findings the app shows.
import { ipVersion } from "../../names";
import type { CertificatePlan, Component, ExistingCertificate, Finding, Plan } from "../../types";
import { existingViews, plannedView, runRules } from "../engine";
import type { CertView, Rule, RuleContext } from "../rule";

export const ISSUE_DATE = "2026-07-01";

export function makePlan(p: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test plan",
    issueDate: ISSUE_DATE,
    sipDomains: [],
    components: [],
    ...p,
  };
}

/** SAN entries from plain values (IP addresses typed "ip"), each with a reason. */
export function sans(...values: string[]): CertificatePlan["sans"] {
  return values.map((value) => ({
    type: ipVersion(value) === null ? "dns" : "ip",
    value,
    reasons: ["test"],
  }));
}

/** A planned certificate as a profile would return it; the CN defaults to the first SAN. */
export function makeCert(
  p: Partial<Omit<CertificatePlan, "sans">> & { id: string; sans?: string[]; cn?: string },
): CertificatePlan {
  const { cn, sans: values = [], ...rest } = p;
  const list = sans(...values);
  return {
    componentId: p.id.split("/")[0] ?? p.id,
    componentType: "custom",
    profile: "custom",
    title: p.id,
    subject: { CN: cn ?? list[0]?.value ?? "" },
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: { algorithm: "RSA", size: 2048 },
    caType: "public",
    validityDays: 199,
    exportableKey: false,
    installOn: [],
    ...rest,
    sans: list,
  };
}

export function makeContext(plan: Plan, certificates: CertificatePlan[] = []): RuleContext {
  const byId = new Map<string, Component>(plan.components.map((c) => [c.id, c]));
  return { plan, issueDate: plan.issueDate ?? ISSUE_DATE, certificates, component: (id) => byId.get(id) };
}

/** The findings of one rule over a plan, its planned certificates and its `existing` entries. */
export function run(rule: Rule, plan: Plan, certificates: CertificatePlan[] = []): Finding[] {
  return runRules([rule], makeContext(plan, certificates));
}

/** The view of a planned certificate, for calling applies() / check() directly. */
export function viewOf(
  cert: CertificatePlan,
  plan: Plan = makePlan(),
  others: CertificatePlan[] = [],
): CertView {
  const ctx = makeContext(plan, [cert, ...others]);
  return plannedView(cert, ctx);
}

/** The views of a plan's `existing` entries. */
export function existingOf(plan: Plan, certificates: CertificatePlan[] = []): CertView[] {
  return existingViews(plan, makeContext(plan, certificates));
}

export function existing(p: Partial<ExistingCertificate> & { certificate: string }): ExistingCertificate {
  return { subjectCN: p.sans?.[0] ?? "", sans: [], eku: ["serverAuth"], ...p };
}
