// Every rule of RULES.md sections A–D and G, in catalogue order.
import { CISCO_RULES } from "./cisco";
import { GENERIC_RULES } from "./generic";
import { LYNC_RULES } from "./lync";
import { PEXIP_RULES } from "./pexip";
import type { Rule } from "./rule";
import { SBC_RULES } from "./sbc";

export const RULES: readonly Rule[] = [
  ...GENERIC_RULES,
  ...LYNC_RULES,
  ...PEXIP_RULES,
  ...CISCO_RULES,
  ...SBC_RULES,
];

let descriptions: Map<string, string> | undefined;

/** What a rule checks, in one or two sentences: the Review's "About this rule" on each finding. */
export function ruleDescription(id: string): string | undefined {
  descriptions ??= new Map(RULES.map((r) => [r.id, r.description]));
  return descriptions.get(id);
}

export type { CertificateRule, CertView, PlanRule, Rule, RuleContext, RuleHit } from "./rule";
