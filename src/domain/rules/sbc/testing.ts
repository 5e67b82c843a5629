// Test harness for the SBC rules: plans the plan's sbc components with their profile and runs rules through the
// real engine. Plans built from Microsoft's own examples ("Plan Direct Routing": contoso.com, sbc1.contoso.com,
// sbc1.sip.contoso.com, contoso.onmicrosoft.com, *.contoso.com vs sbc.test.contoso.com).
import { planSbc } from "../../profiles/sbc";
import type { CertificatePlan, Component, Finding, Plan, SbcComponent } from "../../types";
import { runRules } from "../engine";
import type { Rule, RuleContext } from "../rule";

export function teams(over: Partial<SbcComponent> = {}): SbcComponent {
  return {
    type: "sbc",
    id: "dr",
    purpose: "teams-direct-routing",
    vendor: "audiocodes",
    sbcs: ["sbc1.contoso.com", "sbc2.contoso.com"],
    tenantDomains: ["contoso.com"],
    certificate: "per-sbc",
    ...over,
  };
}

export function sbcPlan(components: Component[], over: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test",
    issueDate: "2026-12-07",
    sipDomains: ["contoso.com"],
    defaults: { caType: "public" },
    components,
    ...over,
  };
}

export function sbcContext(plan: Plan): RuleContext {
  const issueDate = plan.issueDate ?? "2026-12-07";
  const certificates: CertificatePlan[] = plan.components.flatMap((c) =>
    c.type === "sbc" ? planSbc(c, { plan, issueDate }) : [],
  );
  const byId = new Map<string, Component>(plan.components.map((c) => [c.id, c]));
  return { plan, issueDate, certificates, component: (id) => byId.get(id) };
}

export function runSbc(rule: Rule, plan: Plan): Finding[] {
  return runRules([rule], sbcContext(plan));
}
