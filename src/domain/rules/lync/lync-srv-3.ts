import { isInDomain, normalizeName } from "../../names";
import type { SfbPoolComponent } from "../../types";
import { existingViews, plannedView } from "../engine";
import type { PlanRule, RuleHit } from "../rule";
import {
  hasExact,
  isProfile,
  LYNC2013,
  POOL_PROFILES,
  poolServers,
  resolves,
  sfbSipDomains,
  srvTargets,
  strictDnsNaming,
  theCert,
} from "./shared";

const SERVICE = "_sipinternaltls._tcp";

/** RULES.md 40. Internal automatic sign-in: the `_sipinternaltls._tcp.<sipdomain>` target must be on the Default
 *  certificate of the pool it leads to, and (strict DNS naming, the client default) inside the SIP domain.
 *
 *  Which pool answers: the Front End / Standard Edition / Director pool whose pool or server FQDN is the target
 *  (directly, or through the plan's A/CNAME facts); when the target names no pool, the pools marked `autoLogon`.
 *  Each of their certificates, planned and existing, must carry the target exactly (it is a SIP name). When no pool
 *  answers, the target must be on at least one pool certificate of the plan. A plan-scope rule because it matches
 *  DNS records against every pool's certificates. */
export const LYNC_SRV_3: PlanRule = {
  id: "LYNC-SRV-3",
  scope: "plan",
  severity: "error",
  description:
    "_sipinternaltls._tcp target on the auto-logon pool's Default certificate; a target outside the SIP domain breaks strict DNS naming.",
  source: `${LYNC2013}lync-server-2013-dns-requirements-for-automatic-client-sign-in — "By default, queries for DNS records adhere to strict domain name matching between the domain in the user name and the SRV record."; ${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "If this pool is the auto-logon server for clients and strict DNS matching is required in group policy, you also need entries for sip.sipdomain"`,
  applies: (ctx) => srvTargets(ctx.plan, SERVICE, sfbSipDomains(ctx.plan)).length > 0,
  check(ctx) {
    const plan = ctx.plan;
    const records = srvTargets(plan, SERVICE, sfbSipDomains(plan));
    const views = [...ctx.certificates.map((c) => plannedView(c, ctx)), ...existingViews(plan, ctx)].filter(
      (v) => isProfile(v, ...POOL_PROFILES),
    );
    const pools = plan.components.filter((c): c is SfbPoolComponent => c.type === "sfb-pool");
    const hits: RuleHit[] = [];

    const checkedTargets = new Set<string>();
    for (const r of records) {
      if (checkedTargets.has(r.target)) continue;
      checkedTargets.add(r.target);
      const domains = records.filter((x) => x.target === r.target).map((x) => x.domain);
      const recordNames = domains.map((d) => `${SERVICE}.${d}`).join(", ");
      const via = resolves(plan, r.target);
      const named = pools.filter((p) => {
        const own = [normalizeName(p.poolFqdn), ...poolServers(p)];
        return own.includes(r.target) || via.some((v) => own.includes(v));
      });
      const answering = named.length > 0 ? named : pools.filter((p) => p.autoLogon === true);
      if (answering.length > 0) {
        for (const pool of answering) {
          for (const v of views.filter((x) => x.component?.id === pool.id)) {
            if (hasExact(v, r.target)) continue;
            const hint =
              v.target === "plan" && pool.autoLogon !== true
                ? ` Mark ${pool.id} as the auto-logon pool ("autoLogon": true) so that the planner adds the name.`
                : "";
            hits.push({
              certificate: v.id,
              target: v.target,
              message: `${theCert(v)} does not contain ${r.target}, the target of ${recordNames}. Clients that sign in automatically inside the network are sent to ${r.target} and get a certificate name mismatch: automatic sign-in for ${domains.join(", ")} fails.${hint}`,
              names: [r.target],
            });
          }
        }
      } else if (!views.some((v) => hasExact(v, r.target))) {
        hits.push({
          message: `No Front End, Standard Edition or Director certificate of this plan contains ${r.target}, the target of ${recordNames}, and no pool of the plan answers for it. Clients that sign in automatically inside the network are sent to ${r.target} and get a certificate error. Mark the pool that should answer as the auto-logon pool ("autoLogon": true), or correct the record.`,
          names: [r.target],
        });
      }
    }

    if (strictDnsNaming(plan)) {
      for (const r of records) {
        if (isInDomain(r.target, r.domain)) continue;
        hits.push({
          severity: "warning",
          message: `${SERVICE}.${r.domain} points to ${r.target}, whose name is not in the SIP domain ${r.domain}. With strict DNS naming (the client default), Lync / Skype for Business clients of ${r.domain} refuse that server during automatic sign-in. Point the record at a name in the domain, such as sip.${r.domain} (an A record for the pool, with sip.${r.domain} on the pool certificate), or deploy the DisableStrictDNSNaming group policy and set "strictDnsNaming": false in the plan.`,
          names: [r.target],
        });
      }
    }
    return hits;
  },
};
