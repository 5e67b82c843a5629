// Helpers every rule pack uses (Pexip, Cisco, Expressway, generic). Not a rule.
import type { CertView } from "./rule";
import { sanIndex } from "./san-index";

/** dNSName SANs, lower-case. */
export function dnsSans(view: CertView): string[] {
  return sanIndex(view).dns;
}

/** SIP and Cisco's own certificate checks compare names literally (RFC 5922 §7.2): a name is covered only by
 *  an identical dNSName SAN. */
export function literallyCovered(view: CertView, name: string): boolean {
  return sanIndex(view).exact.has(name.toLowerCase());
}

export function wildcardNames(view: CertView): string[] {
  return [...new Set([view.subjectCN, ...view.sans.map((s) => s.value)].filter((n) => n.includes("*")))];
}

const EKU_NAMES: Record<"serverAuth" | "clientAuth", string[]> = {
  serverAuth: ["serverauth", "1.3.6.1.5.5.7.3.1", "server authentication", "tls web server authentication"],
  clientAuth: ["clientauth", "1.3.6.1.5.5.7.3.2", "client authentication", "tls web client authentication"],
};
const ANY_EKU = ["anyextendedkeyusage", "2.5.29.37.0"];

/** Does the EKU list assert `which`? An empty list (no EKU extension on an existing certificate) restricts
 *  nothing, so it counts as present. */
export function hasEku(ekus: readonly string[], which: "serverAuth" | "clientAuth"): boolean {
  if (ekus.length === 0) return true;
  const have = ekus.map((e) => e.trim().toLowerCase());
  return have.some((e) => EKU_NAMES[which].includes(e) || ANY_EKU.includes(e));
}

/** "a", "a and b", "a, b and c" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
