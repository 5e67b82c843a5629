// The planning engine's only door (PLAN-FORMAT.md). Pure TypeScript: no React, no DOM, no WebCrypto.
export { parsePlan, serializePlan, MAX_PLAN_BYTES, parsePlanText } from "./plan-file";
export { planCertificates, acceptanceOf, blockingFindings } from "./plan";
export type { PlanOptions } from "./plan";
export * from "./types";
export { RULES } from "./rules";
export * as names from "./names";
export { maxPublicValidityDays, todayIso } from "./validity";
