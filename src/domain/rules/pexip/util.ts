// Helpers shared by the Pexip rules (RULES.md section C). Not a rule.
import type { PexipComponent } from "../../types";
import type { CertView } from "../rule";

export function pexipComponent(view: CertView): PexipComponent | undefined {
  return view.component?.type === "pexip" ? view.component : undefined;
}

/** dNSName SANs, lower-case. */
export function dnsSans(view: CertView): string[] {
  return view.sans.filter((s) => s.type === "dns").map((s) => s.value.toLowerCase());
}

/** SIP compares names literally (RFC 5922 §7.2): a name is covered only by an identical dNSName SAN. */
export function literallyCovered(view: CertView, name: string): boolean {
  return dnsSans(view).includes(name.toLowerCase());
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

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
