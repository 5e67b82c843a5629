import type { PlanRule } from "../rule";
import { SFB_EDGE_ENV, sfbVersion, xmppDomainsOf } from "./shared";

/** RULES.md 42. XMPP domains in a Skype for Business Server 2019 plan: no XMPP gateway/proxy, no XMPP SANs.
 *  Only when the plan has an Edge that would offer XMPP (an Edge with `"xmpp": false` opted out). */
export const LYNC_XMPP_SFB2019_1: PlanRule = {
  id: "LYNC-XMPP-SFB2019-1",
  scope: "plan",
  severity: "warning",
  description: "Skype for Business Server 2019 has no XMPP federation: XMPP domains are ignored.",
  source: `${SFB_EDGE_ENV} — "XMPP Gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019."`,
  applies: (ctx) =>
    sfbVersion(ctx.plan) === "sfb-2019" &&
    xmppDomainsOf(ctx.plan).length > 0 &&
    ctx.plan.components.some((c) => c.type === "sfb-edge" && c.xmpp !== false),
  check(ctx) {
    const domains = xmppDomainsOf(ctx.plan);
    return [
      {
        message: `The plan lists the XMPP domain${domains.length === 1 ? "" : "s"} ${domains.join(", ")}, but Skype for Business Server 2019 no longer supports XMPP gateways and proxies: XMPP federation will not work through the Edge, and no XMPP names are added to the Edge certificate. Remove the XMPP domains, or federate over XMPP with another product.`,
        names: domains,
      },
    ];
  },
};
