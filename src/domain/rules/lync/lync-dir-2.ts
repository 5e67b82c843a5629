import { normalizeName } from "../../names";
import type { SfbPoolComponent } from "../../types";
import type { PlanRule, RuleHit } from "../rule";
import { LYNC2013, poolServers } from "./shared";

/** RULES.md 51. A Director's external web services FQDN must differ from every Front End pool's / Standard Edition
 *  server's: its external web FQDN, pool FQDN, internal web FQDN and server FQDNs. */
export const LYNC_DIR_2: PlanRule = {
  id: "LYNC-DIR-2",
  scope: "plan",
  severity: "error",
  description: "The Director's external web services FQDN differs from the Front End pool's.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "The Director external web FQDN must be different from the Front End pool or Front End Server."`,
  applies: (ctx) =>
    ctx.plan.components.some((c) => c.type === "sfb-pool" && c.role === "director" && !!c.externalWebFqdn),
  check(ctx) {
    const pools = ctx.plan.components.filter((c): c is SfbPoolComponent => c.type === "sfb-pool");
    const hits: RuleHit[] = [];
    for (const dir of pools.filter((p) => p.role === "director" && p.externalWebFqdn)) {
      const ext = normalizeName(dir.externalWebFqdn ?? "");
      for (const fe of pools.filter((p) => p.role !== "director")) {
        const own = new Set([
          normalizeName(fe.poolFqdn),
          normalizeName(fe.internalWebFqdn ?? fe.poolFqdn),
          ...(fe.externalWebFqdn ? [normalizeName(fe.externalWebFqdn)] : []),
          ...poolServers(fe),
        ]);
        if (!own.has(ext)) continue;
        hits.push({
          message: `The Director ${dir.id} uses ${ext} as its external web services FQDN, which is also a name of the Front End pool ${fe.id}. The reverse proxy cannot tell the two apart, and Topology Builder requires them to differ: give the Director its own external web FQDN (for example a "webdir" name).`,
          names: [ext],
        });
      }
    }
    return hits;
  },
};
