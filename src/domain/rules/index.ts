// Every rule of RULES.md sections A–D, in catalogue order.
import { CISCO_RULES } from "./cisco";
import { GENERIC_RULES } from "./generic";
import { LYNC_RULES } from "./lync";
import { PEXIP_RULES } from "./pexip";
import type { Rule } from "./rule";

export const RULES: readonly Rule[] = [...GENERIC_RULES, ...LYNC_RULES, ...PEXIP_RULES, ...CISCO_RULES];

export type { CertificateRule, CertView, PlanRule, Rule, RuleContext, RuleHit } from "./rule";
