import { normalizeName } from "../../names";
import { sipDomains } from "../../profiles/common";
import {
  pexipNodeFqdns,
  pexipSipDomain,
  SIP_FEDERATION_SRV,
  sipFederationTargets,
} from "../../profiles/pexip";
import type { PexipComponent } from "../../types";
import { existingViews } from "../engine";
import type { PlanRule, RuleHit } from "../rule";
import { dnsSans, listNames } from "./util";

export const PEXIP_POOL_DOMAIN_1: PlanRule = {
  id: "PEXIP-POOL-DOMAIN-1",
  scope: "plan",
  severity: "warning",
  description: "Public DMZ: one pool of signalling nodes (and one certificate) per federated domain.",
  source:
    'https://docs.pexip.com/sfb/dmz_certs_dns.htm — "Each pool of Conferencing Nodes that are handling the signaling for a domain/subdomain must be dedicated to that domain/subdomain."',
  applies: (ctx) => ctx.plan.components.some((c) => c.type === "pexip" && c.deployment === "public-dmz"),
  check(ctx) {
    const hits: RuleHit[] = [];
    const dmz = ctx.plan.components.filter(
      (c): c is PexipComponent => c.type === "pexip" && c.deployment === "public-dmz",
    );
    // 1. The same node in two DMZ components for different domains.
    for (let i = 0; i < dmz.length; i++) {
      for (let j = i + 1; j < dmz.length; j++) {
        const a = dmz[i] as PexipComponent;
        const b = dmz[j] as PexipComponent;
        const da = pexipSipDomain(a, ctx);
        const db = pexipSipDomain(b, ctx);
        if (da === db) continue;
        const shared = pexipNodeFqdns(a).filter((n) => pexipNodeFqdns(b).includes(n));
        if (shared.length === 0) continue;
        hits.push({
          certificate: b.id,
          message: `${listNames(shared)} ${shared.length > 1 ? "handle" : "handles"} signalling for both ${da} ("${a.id}") and ${db} ("${b.id}"). Each federated domain needs its own pool of Conferencing Nodes (its own system location) and its own certificate.`,
          names: shared,
        });
      }
    }
    // 2. Another SIP domain's federation record points to this pool.
    const planned = new Map(ctx.certificates.map((c) => [c.id, c]));
    for (const c of dmz) {
      const own = pexipSipDomain(c, ctx);
      const cert = planned.get(c.id);
      if (!cert) continue;
      const names = new Set([cert.subject.CN, ...pexipNodeFqdns(c)]);
      for (const d of sipDomains(ctx.plan)) {
        if (d === own) continue;
        const shared = sipFederationTargets(ctx, d).filter((t) => names.has(t));
        if (shared.length === 0) continue;
        hits.push({
          certificate: c.id,
          message: `${SIP_FEDERATION_SRV}.${d} also points to ${listNames(shared)}, the pool for ${own}. One pool of Conferencing Nodes cannot serve several federated domains: give ${d} its own pool, SRV target and certificate.`,
          names: shared,
        });
      }
    }
    // 3. An existing certificate that carries several SIP domains.
    const all = sipDomains(ctx.plan);
    for (const view of existingViews(ctx.plan, ctx)) {
      if (view.component?.type !== "pexip" || view.component.deployment !== "public-dmz") continue;
      const domains = dnsSans(view).filter((n) => all.includes(normalizeName(n)));
      if (domains.length < 2) continue;
      hits.push({
        certificate: view.id,
        target: "existing",
        message: `The existing certificate carries the SIP domains ${listNames(domains)}. One pool of Conferencing Nodes and its certificate must be dedicated to one federated domain: plan one pool and certificate per domain.`,
        names: domains,
      });
    }
    return hits;
  },
};
