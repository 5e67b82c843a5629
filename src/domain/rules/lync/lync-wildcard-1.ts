import { matchesName, normalizeName } from "../../names";
import type { CertificateRule, CertView, RuleContext, RuleHit } from "../rule";
import {
  hasExact,
  isProfile,
  LYNC2013,
  POOL_PROFILES,
  poolOf,
  serverOf,
  sfbProfile,
  sfbSipDomains,
  srvTargets,
  summarisableNames,
  theCert,
  wildcardSans,
} from "./shared";

/** SIP names a Front End / Standard Edition / Director certificate answers for: the pool, its server, and with
 *  auto-logon sip.<domain> and the `_sipinternaltls._tcp` targets. A wildcard must never be what covers them. */
function poolSipNames(view: CertView, ctx: RuleContext): string[] {
  const pool = poolOf(view);
  if (!pool) return [];
  // a per-server certificate answers for its own server only (the other members have their own certificates)
  const server = serverOf(view, pool);
  const out = [normalizeName(pool.poolFqdn), ...(server ? [server] : [])];
  if (pool.autoLogon) {
    const domains = sfbSipDomains(ctx.plan);
    for (const d of domains) out.push(`sip.${d}`);
    for (const t of srvTargets(ctx.plan, "_sipinternaltls._tcp", domains)) out.push(t.target);
  }
  return [...new Set(out)];
}

/** RULES.md 34. Wildcards only summarise simple URLs / lyncdiscover names, on Front End / Director web components
 *  (including the combined Default + web certificate) and the reverse proxy. Any wildcard on the Edge external,
 *  Mediation or SBA certificate is an error; on a pool certificate, a wildcard that summarises none of those
 *  names or that is the only match for a SIP name is an error. The internal Edge is LYNC-EDGE-INT-2. */
export const LYNC_WILDCARD_1: CertificateRule = {
  id: "LYNC-WILDCARD-1",
  scope: "certificate",
  severity: "error",
  description:
    "Wildcard SANs only to summarise simple URLs / lyncdiscover names on Front End, Director and reverse proxy; never on the Edge external, Mediation or SBA, never for a SIP name.",
  source: `${LYNC2013}lync-server-2013-plan-for-edge-server-certificates — "Wildcard certificates are not supported in Lync Server, except where used to summarize the Simple URLs through the reverse proxy."; ${LYNC2013}lync-server-2013-wildcard-certificate-support — "Wildcard SAN entry is supported for Simple URLs (meet and dialin) and for SAN entries for LyncDiscover and LyncDiscoverInternal in Front End web components."`,
  applies: (view) =>
    isProfile(view, "sfb-edge-external", "sfb-mediation", "sfb-sba", ...POOL_PROFILES) &&
    wildcardSans(view).length > 0,
  check(view, ctx) {
    const wild = wildcardSans(view);
    const profile = sfbProfile(view);
    if (profile === "sfb-edge-external" || profile === "sfb-mediation" || profile === "sfb-sba") {
      const role =
        profile === "sfb-edge-external"
          ? "the Edge external interfaces (Access Edge, Web Conferencing Edge, A/V Authentication)"
          : profile === "sfb-mediation"
            ? "a Mediation Server"
            : "a Survivable Branch Appliance";
      return [
        {
          message: `${theCert(view)} contains the wildcard ${wild.join(", ")}. Lync / Skype for Business does not support wildcards on ${role}; SIP peers compare names literally (RFC 5922) and will not match it. List every name explicitly.`,
          names: wild,
        },
      ];
    }
    const hits: RuleHit[] = [];
    const sip = poolSipNames(view, ctx);
    const summarisable = summarisableNames(ctx.plan);
    for (const w of wild) {
      const relied = sip.filter((n) => matchesName(w, n) && !hasExact(view, n));
      if (relied.length > 0) {
        hits.push({
          message: `${theCert(view)} relies on the wildcard ${w} for the SIP name${relied.length === 1 ? "" : "s"} ${relied.join(", ")}. SIP clients and servers compare names literally (RFC 5922) and Microsoft supports wildcards on this certificate only for the simple URLs and lyncdiscover names: sign-in and server-to-server SIP fail. Add ${relied.join(", ")} explicitly.`,
          names: [w, ...relied],
        });
      } else if (!summarisable.some((n) => matchesName(w, n))) {
        hits.push({
          message: `${theCert(view)} contains the wildcard ${w}, which summarises none of the simple URLs or lyncdiscover names of this plan. Microsoft supports a wildcard on Front End and Director certificates only for those names; list the names it is meant to cover explicitly.`,
          names: [w],
        });
      }
    }
    return hits;
  },
};
