import { ipVersion } from "../names";
import type { CertificatePlan, Finding, Plan, Severity } from "../types";
import type { CertView, Rule, RuleContext } from "./rule";

export function plannedView(cert: CertificatePlan, ctx: RuleContext): CertView {
  return {
    target: "plan",
    id: cert.id,
    profile: cert.profile,
    component: ctx.component(cert.componentId),
    planned: cert,
    subjectCN: cert.subject.CN,
    // shared, not copied: rules never mutate (rule.ts), and a large plan has ~100,000 SAN entries
    sans: cert.sans,
    eku: cert.eku,
    key: cert.key,
    caType: cert.caType,
    validityDays: cert.validityDays,
    exportableKey: cert.exportableKey,
  };
}

// EKUs of existing certificates arrive as names, OIDs or openssl/Windows display names: rules see short names.
const EKU_ALIASES: Record<string, string> = {
  "1.3.6.1.5.5.7.3.1": "serverAuth",
  serverauth: "serverAuth",
  "tls web server authentication": "serverAuth",
  "server authentication": "serverAuth",
  "1.3.6.1.5.5.7.3.2": "clientAuth",
  clientauth: "clientAuth",
  "tls web client authentication": "clientAuth",
  "client authentication": "clientAuth",
};

export function normalizeEku(eku: string): string {
  const k = eku.trim();
  return EKU_ALIASES[k.toLowerCase()] ?? k;
}

export function existingViews(plan: Plan, ctx: RuleContext): CertView[] {
  return (plan.existing ?? []).map((e) => {
    const planned = ctx.certificates.find((c) => c.id === e.certificate);
    const componentId = planned?.componentId ?? e.certificate.split("/")[0] ?? "";
    const component = ctx.component(componentId);
    const view: CertView = {
      target: "existing",
      id: e.certificate,
      existing: e,
      subjectCN: e.subjectCN.trim().toLowerCase(),
      sans: e.sans.map((raw) => {
        const v = raw.trim().toLowerCase();
        return { type: ipVersion(v) === null ? ("dns" as const) : ("ip" as const), value: v };
      }),
      eku: [...new Set(e.eku.map(normalizeEku))],
      caType: e.caType ?? planned?.caType ?? component?.caType ?? plan.defaults?.caType ?? "public",
    };
    if (planned) {
      view.planned = planned;
      view.profile = planned.profile;
    }
    if (component) view.component = component;
    if (e.key) view.key = e.key;
    if (e.validityDays !== undefined) view.validityDays = e.validityDays;
    if (e.exportableKey !== undefined) view.exportableKey = e.exportableKey;
    return view;
  });
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Run every rule over every planned and existing certificate and over the plan. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const views = [...ctx.certificates.map((c) => plannedView(c, ctx)), ...existingViews(ctx.plan, ctx)];
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === "certificate") {
      for (const view of views) {
        if (!rule.applies(view, ctx)) continue;
        for (const hit of rule.check(view, ctx)) {
          const f: Finding = {
            rule: rule.id,
            severity: hit.severity ?? rule.severity,
            message: hit.message,
            certificate: hit.certificate ?? view.id,
            target: hit.target ?? view.target,
            source: hit.source ?? rule.source,
          };
          if (hit.names && hit.names.length > 0) f.names = hit.names;
          findings.push(f);
        }
      }
    } else if (rule.applies(ctx)) {
      for (const hit of rule.check(ctx)) {
        const f: Finding = {
          rule: rule.id,
          severity: hit.severity ?? rule.severity,
          message: hit.message,
          target: hit.target ?? "plan",
          source: hit.source ?? rule.source,
        };
        if (hit.certificate) f.certificate = hit.certificate;
        if (hit.names && hit.names.length > 0) f.names = hit.names;
        findings.push(f);
      }
    }
  }
  // stable: severity first, then the order rules and certificates were met
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
