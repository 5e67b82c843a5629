import { normalizeName } from "../../names";
import { perPlan } from "../../plan-facts";
import type { SfbPoolComponent } from "../../types";
import type { CertificateRule } from "../rule";
import {
  hasExact,
  isProfile,
  LYNC2013,
  poolOf,
  poolServers,
  resolves,
  sfbSipDomains,
  theCert,
} from "./shared";

/** Legacy discovery names present in the plan's DNS facts (`hosts`), with the FE/SE pools they lead to: the pool
 *  they resolve to, else the auto-logon pools, else every Front End / Standard Edition pool. */
const legacyNames = perPlan(function legacyNames(
  plan: Parameters<typeof resolves>[0],
): { name: string; pools: string[] }[] {
  const hosts = new Set(Object.keys(plan.hosts ?? {}).map(normalizeName));
  const pools = plan.components.filter(
    (c): c is SfbPoolComponent => c.type === "sfb-pool" && c.role !== "director",
  );
  const out: { name: string; pools: string[] }[] = [];
  for (const d of sfbSipDomains(plan)) {
    for (const prefix of ["sipinternal", "sipexternal"]) {
      const name = `${prefix}.${d}`;
      if (!hosts.has(name)) continue;
      const via = resolves(plan, name);
      let answering = pools.filter((p) =>
        [normalizeName(p.poolFqdn), ...poolServers(p)].some((n) => via.includes(n)),
      );
      if (answering.length === 0) answering = pools.filter((p) => p.autoLogon === true);
      if (answering.length === 0) answering = pools;
      out.push({ name, pools: answering.map((p) => p.id) });
    }
  }
  return out;
});

/** RULES.md 48. sipinternal.<domain> / sipexternal.<domain> configured in DNS (the plan's `hosts`) belong on the
 *  Front End Default certificate. */
export const LYNC_FE_SIPINT_1: CertificateRule = {
  id: "LYNC-FE-SIPINT-1",
  scope: "certificate",
  severity: "warning",
  description:
    "sipinternal.<domain> / sipexternal.<domain> in DNS: add them to the Front End Default certificate.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "If you have configured sipinternal.contoso.com or sipexternal.contoso.com in your DNS, you will need to add them in the certificate's Subject Alternative Name."`,
  applies: (view, ctx) =>
    isProfile(view, "sfb-front-end", "sfb-standard-edition") &&
    poolOf(view) !== undefined &&
    !!ctx.plan.hosts,
  check(view, ctx) {
    const pool = poolOf(view);
    if (!pool) return [];
    const missing = legacyNames(ctx.plan)
      .filter((l) => l.pools.includes(pool.id) && !hasExact(view, l.name))
      .map((l) => l.name);
    if (missing.length === 0) return [];
    return [
      {
        message: `${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} in your DNS but not on ${theCert(view).replace(/^The/, "the")}. Older clients still use these host names for automatic sign-in and get a certificate name mismatch on this pool. Add them as SANs, or remove the DNS records if nothing uses them.`,
        names: missing,
      },
    ];
  },
};
