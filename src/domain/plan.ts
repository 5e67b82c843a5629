import { planComponent } from "./profiles";
import { RULES } from "./rules";
import { runRules } from "./rules/engine";
import type { RuleContext } from "./rules/rule";
import type { AcceptedFinding, CertificatePlan, Component, Finding, Plan, PlanResult } from "./types";
import { todayIso } from "./validity";

export interface PlanOptions {
  /** the date used when the plan has no issueDate (default: today, UTC) */
  today?: string;
}

/** The planning engine: every certificate the plan's components need, and every finding about them
 *  and about the plan's `existing` certificates. Pure: the same plan gives the same result. */
export function planCertificates(plan: Plan, options: PlanOptions = {}): PlanResult {
  const issueDate = plan.issueDate ?? options.today ?? todayIso();
  const profileCtx = { plan, issueDate };
  const certificates: CertificatePlan[] = [];
  for (const component of plan.components) certificates.push(...planComponent(component, profileCtx));
  const byId = new Map<string, Component>(plan.components.map((c) => [c.id, c]));
  const ctx: RuleContext = { plan, issueDate, certificates, component: (id) => byId.get(id) };
  const findings = runRules(RULES, ctx);
  return { certificates, findings };
}

/** The accepted-finding record that covers `f`, if the admin accepted it on the Review step. */
export function acceptanceOf(plan: Plan, f: Finding): AcceptedFinding | undefined {
  return plan.acceptedFindings?.find(
    (a) =>
      a.rule === f.rule &&
      (a.certificate ?? undefined) === (f.certificate ?? undefined) &&
      (a.target ?? "plan") === f.target,
  );
}

/** Errors that still block CSR generation for one certificate: not fixed and not accepted. */
export function blockingFindings(plan: Plan, result: PlanResult, certificateId: string): Finding[] {
  return result.findings.filter(
    (f) =>
      f.severity === "error" &&
      f.target === "plan" &&
      (f.certificate === certificateId || f.certificate === undefined) &&
      !acceptanceOf(plan, f),
  );
}
