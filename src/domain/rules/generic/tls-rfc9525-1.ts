import { isCovered } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import { canonicalName, dnsNames } from "./shared";

/** What is wrong with the wildcard in `name` (RFC 9525 §6.3), or null when it has none or a valid one. */
export function wildcardProblem(name: string): string | null {
  if (!name.includes("*")) return null;
  const labels = name.split(".");
  if ((name.match(/\*/g) ?? []).length > 1) {
    return "has more than one wildcard; only one is allowed, as the whole left-most label";
  }
  const i = labels.findIndex((l) => l.includes("*"));
  const label = labels[i] as string;
  if (label !== "*") {
    return `has a partial wildcard label "${label}"; clients never match it, a wildcard must be the whole left-most label`;
  }
  if (i !== 0) return "has its wildcard in a label other than the left-most one; clients never match it";
  if (labels.length < 3)
    return "is a wildcard directly under a top-level domain; no CA issues it and clients never match it";
  return null;
}

export const TLS_RFC9525_1: CertificateRule = {
  id: "TLS-RFC9525-1",
  scope: "certificate",
  severity: "error",
  description:
    "A wildcard is the whole left-most label, one per name, and covers exactly one label: never the apex, never two levels.",
  source:
    "RFC 9525 §6.3 (https://www.rfc-editor.org/rfc/rfc9525#section-6.3) — " +
    '"A wildcard in a presented identifier can only match one label in a reference identifier."',
  applies: (view) => dnsNames(view).some((n) => n.includes("*")),
  check(view) {
    const hits: RuleHit[] = [];
    const names = dnsNames(view);
    for (const name of names) {
      const problem = wildcardProblem(name);
      if (problem === null) continue;
      hits.push({
        names: [name],
        message: `"${name}" ${problem} (RFC 9525 §6.3). Replace it with the exact host names it was meant to cover.`,
      });
    }

    // An existing certificate that relies on a wildcard for a name its planned counterpart needs, where the
    // wildcard cannot match: the domain itself (contoso.com under *.contoso.com) or two labels down.
    if (view.target === "existing" && view.planned) {
      const present = names.map(canonicalName);
      const wildcards = present.filter((n) => n.startsWith("*.") && wildcardProblem(n) === null);
      const needed = [
        view.planned.subject.CN,
        ...view.planned.sans.filter((s) => s.type === "dns").map((s) => s.value),
      ];
      for (const need of [...new Set(needed.map(canonicalName))]) {
        if (need.includes("*") || present.includes(need) || isCovered(need, wildcards)) continue;
        for (const w of wildcards) {
          const base = w.slice(2);
          const apex = need === base;
          const deeper = need.endsWith(`.${base}`);
          if (!apex && !deeper) continue;
          hits.push({
            names: [need, w],
            message:
              `The existing certificate relies on ${w} for ${need}, but a wildcard matches exactly one label: ` +
              `${apex ? `it never covers the domain ${base} itself` : `it never covers names two or more labels below ${base}`} ` +
              `(RFC 9525 §6.3). Clients connecting to ${need} reject the certificate; list ${need} explicitly in the renewal.`,
          });
          break;
        }
      }
    }
    return hits;
  },
};
