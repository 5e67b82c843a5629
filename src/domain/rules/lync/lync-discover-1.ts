import { perPlan } from "../../plan-facts";
import type { CertificateRule } from "../rule";
import {
  hasCovered,
  isProfile,
  mobilityEnabled,
  SFB_ENV,
  sfbProfile,
  sfbSipDomains,
  theCert,
} from "./shared";

/** RULES.md 47. Mobility autodiscover names per SIP domain: lyncdiscoverinternal.<d> and lyncdiscover.<d> on the
 *  Front End / Standard Edition / Director certificates, lyncdiscover.<d> on the reverse proxy; `*.<d>` may cover
 *  them. Mobility counts as on unless the plan says `"mobility": false`. */
const poolNames = perPlan((plan) =>
  sfbSipDomains(plan).flatMap((d) => [`lyncdiscoverinternal.${d}`, `lyncdiscover.${d}`]),
);
const proxyNames = perPlan((plan) => sfbSipDomains(plan).map((d) => `lyncdiscover.${d}`));

export const LYNC_DISCOVER_1: CertificateRule = {
  id: "LYNC-DISCOVER-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Mobility: lyncdiscover / lyncdiscoverinternal.<sipdomain> on Front End and Director, lyncdiscover on the reverse proxy.",
  source: `${SFB_ENV} — "SAN=lyncdiscoverinternal.<sipdomain>" / "SAN=lyncdiscover.<sipdomain>" / "You can alternatively use SAN=*.<sipdomain>"`,
  applies: (view, ctx) =>
    mobilityEnabled(ctx.plan) &&
    isProfile(view, "sfb-front-end", "sfb-standard-edition", "sfb-director", "sfb-reverse-proxy"),
  check(view, ctx) {
    const need = (sfbProfile(view) === "sfb-reverse-proxy" ? proxyNames : poolNames)(ctx.plan);
    const missing = need.filter((n) => !hasCovered(view, n));
    if (missing.length === 0) return [];
    return [
      {
        message: `${theCert(view)} does not cover ${missing.join(", ")}. Mobile clients and Lync 2013 / Skype for Business clients find their pool through these autodiscover names: auto-discovery fails for them (desktop sign-in through DNS SRV is not affected). Add the names, or *.<sipdomain>, or set "mobility": false if you do not use autodiscover.`,
        names: missing,
      },
    ];
  },
};
