// The planning engine's only door (PLAN-FORMAT.md). Pure TypeScript: no React, no DOM, no WebCrypto.

export * as names from "./names";
export type { PlanOptions } from "./plan";
export { acceptanceOf, blockingFindings, planCertificates } from "./plan";
export { MAX_PLAN_BYTES, parsePlan, parsePlanText, serializePlan } from "./plan-file";
export { RULES, ruleDescription } from "./rules";
export * from "./types";
export { maxPublicValidityDays, todayIso } from "./validity";
