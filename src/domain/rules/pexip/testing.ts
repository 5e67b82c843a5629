// Test harness for the vendor rules (Pexip, Cisco UC, Expressway): plans the certificates of the plan's
// pexip / cisco-uc / expressway components with their profiles (other component types are ignored, so these
// tests do not depend on other profiles) and runs one rule through the real engine.

import { own } from "../../own";
import { planCiscoUc } from "../../profiles/cisco-uc";
import type { ProfileContext } from "../../profiles/common";
import { keyUsageFor } from "../../profiles/common";
import { planExpressway } from "../../profiles/expressway";
import { planPexip } from "../../profiles/pexip";
import type { CertificatePlan, Component, Finding, Plan } from "../../types";
import { runRules } from "../engine";
import type { Rule, RuleContext } from "../rule";

export function basePlan(over: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test",
    issueDate: "2026-07-01",
    sipDomains: [],
    components: [],
    ...over,
  };
}

function planVendor(component: Component, ctx: ProfileContext): CertificatePlan[] {
  switch (component.type) {
    case "pexip":
      return planPexip(component, ctx);
    case "cisco-uc":
      return planCiscoUc(component, ctx);
    case "expressway":
      return planExpressway(component, ctx);
    default:
      return [];
  }
}

export function ruleContext(plan: Plan): RuleContext {
  const issueDate = plan.issueDate ?? "2026-07-01";
  const certificates: CertificatePlan[] = [];
  for (const component of plan.components) {
    for (const cert of planVendor(component, { plan, issueDate })) {
      // as planCertificates does (src/domain/plan.ts)
      const chosen = own(plan.certificateOptions, cert.id)?.key;
      if (chosen) {
        cert.key = chosen;
        cert.keyUsage = keyUsageFor(chosen, cert.keyUsage);
      }
      certificates.push(cert);
    }
  }
  const byId = new Map<string, Component>(plan.components.map((c) => [c.id, c]));
  return { plan, issueDate, certificates, component: (id) => byId.get(id) };
}

export function runRule(rule: Rule, plan: Plan): Finding[] {
  return runRules([rule], ruleContext(plan));
}
