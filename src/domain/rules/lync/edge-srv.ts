// Shared by LYNC-SRV-1 and LYNC-SRV-2: the target of each Edge SRV record of a SIP domain must be an explicit SAN.
import type { CertView, RuleContext, RuleHit } from "../rule";
import { edgeOf, edgeSrvTargets, hasExact, sfbSipDomains, theCert, wildcardsMatching } from "./shared";

export function missingEdgeSrvTargets(
  view: CertView,
  ctx: RuleContext,
  service: string,
  consequence: (domain: string) => string,
): RuleHit[] {
  const edge = edgeOf(view);
  if (!edge) return [];
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  for (const t of edgeSrvTargets(ctx.plan, edge, service, sfbSipDomains(ctx.plan))) {
    const key = `${t.domain} ${t.target}`;
    if (seen.has(key) || hasExact(view, t.target)) continue;
    seen.add(key);
    const wild = wildcardsMatching(view, t.target);
    const note =
      wild.length > 0
        ? ` Only the wildcard ${wild.join(", ")} matches it, and SIP never matches wildcards (RFC 5922): the name must be listed explicitly.`
        : "";
    hits.push({
      message: `${theCert(view)} does not contain ${t.target}, the target of ${service}.${t.domain}. ${consequence(t.domain)}${note}`,
      names: [t.target],
    });
  }
  return hits;
}
