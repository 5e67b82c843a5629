// The shape of a rule, after zmap/zlint: one rule per file, data plus two small functions.
// A rule never mutates the plan; it reads a CertView (a planned or an existing certificate, seen the same way)
// or the whole plan, and returns hits. The engine turns hits into Findings carrying the rule's id and source.
import type {
  CaType,
  CertificatePlan,
  CertificateProfile,
  Component,
  ExistingCertificate,
  KeySpec,
  Plan,
  Severity,
} from "../types";

export interface RuleContext {
  plan: Plan;
  /** YYYY-MM-DD: the plan's issueDate or today */
  issueDate: string;
  /** every planned certificate */
  certificates: CertificatePlan[];
  component(id: string): Component | undefined;
}

/** A certificate as the rules see it: planned by us, or existing (issued / proposed by someone). */
export interface CertView {
  target: "plan" | "existing";
  /** the certificate id (for an existing certificate, the id it is filed under) */
  id: string;
  /** the profile of the planned certificate with this id (absent for an existing certificate nobody plans) */
  profile?: CertificateProfile;
  component?: Component;
  /** the planned certificate: itself for target "plan", its counterpart for target "existing" */
  planned?: CertificatePlan;
  existing?: ExistingCertificate;
  subjectCN: string;
  /** lower-case; type "ip" for IP addresses */
  sans: { type: "dns" | "ip"; value: string }[];
  eku: string[];
  key?: KeySpec;
  caType: CaType;
  validityDays?: number;
  exportableKey?: boolean;
}

export interface RuleHit {
  message: string;
  names?: string[];
  /** overrides the rule's default severity (e.g. PKI-KEY-1's info for P-521) */
  severity?: Severity;
  /** a citation for this finding when it is more precise than the rule's (e.g. the vendor's own notice) */
  source?: string;
  /** for plan-scope rules that concern one certificate */
  certificate?: string;
  target?: "plan" | "existing";
}

interface RuleMeta {
  /** the RULES.md id, e.g. "LYNC-SRV-1" */
  id: string;
  /** default severity */
  severity: Severity;
  /** one line: what the rule checks */
  description: string;
  /** citation: URL or document + section, and the quote */
  source: string;
}

export interface CertificateRule extends RuleMeta {
  scope: "certificate";
  applies(cert: CertView, ctx: RuleContext): boolean;
  check(cert: CertView, ctx: RuleContext): RuleHit[];
}

export interface PlanRule extends RuleMeta {
  scope: "plan";
  applies(ctx: RuleContext): boolean;
  check(ctx: RuleContext): RuleHit[];
}

export type Rule = CertificateRule | PlanRule;
