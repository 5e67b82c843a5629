// Skype for Business / Lync reverse proxy publishing (listener) certificate: RULES.md LYNC-RP-1, LYNC-FE-MEET-1,
// LYNC-DISCOVER-1; PLAN-FORMAT.md: the CN is the first of `externalWebFqdns`.
import { normalizeName } from "../names";
import type { CertificatePlan, SfbReverseProxyComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";
import { addSummarisable, mobilityEnabled, sfbSipDomains, simpleUrlNames, simpleUrls } from "./sfb-common";

export function planSfbReverseProxy(c: SfbReverseProxyComponent, ctx: ProfileContext): CertificatePlan[] {
  const plan = ctx.plan;
  const webFqdns = c.externalWebFqdns.map(normalizeName).filter((n) => n.length > 0);
  const cn = webFqdns[0] ?? "";
  const sans = new SanList();
  // External web services FQDN of every Front End pool and Director published through this listener.
  for (const w of webFqdns) sans.add(w, "external web services FQDN (Front End pool or Director)");

  // Meet (per SIP domain) and dial-in; never admin: the reverse proxy publishes "all simple URLs, except the one
  // for the Admin URL" (LYNC-FE-WEBEXT-1). "The optional wildcard replaces both meet and dialin SAN" (LYNC-RP-1).
  const notIncluded = addSummarisable(
    sans,
    simpleUrlNames(simpleUrls(plan), { admin: false }),
    plan.sfb?.wildcardSimpleUrls === true,
  );

  if (c.officeOnlineFqdn) sans.add(c.officeOnlineFqdn, "Office Online Server (Office Web Apps) FQDN");

  // lyncdiscover.<sipdomain> on the listener (LYNC-DISCOVER-1). It stays explicit next to the wildcard, as in
  // Microsoft's reverse proxy table (lyncdiscover.contoso.com and "(Optional):*.contoso.com").
  if (mobilityEnabled(plan)) {
    for (const d of sfbSipDomains(plan)) {
      sans.add(
        `lyncdiscover.${d}`,
        `mobility: external autodiscover for SIP domain ${d} (lyncdiscover.<domain>)`,
      );
    }
  }

  return [
    makeCertificate(c, ctx, {
      id: c.id,
      profile: "sfb-reverse-proxy",
      title: `Reverse proxy — ${cn}`,
      cn,
      sans,
      eku: ["serverAuth"],
      exportableKey: false,
      installOn: [],
      notIncluded,
    }),
  ];
}
