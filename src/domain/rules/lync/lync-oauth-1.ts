import type { PlanRule } from "../rule";
import { LYNC2013, sfbVersion } from "./shared";

/** RULES.md 55. Lync Server 2013 and later need a global OAuthTokenIssuer certificate (server-to-server
 *  authentication), which no component of the plan produces: a hint once per plan with a Front End / Standard
 *  Edition / Director pool. The plan cannot describe that certificate's key, so the 2048-bit advice is in the text. */
export const LYNC_OAUTH_1: PlanRule = {
  id: "LYNC-OAUTH-1",
  scope: "plan",
  severity: "info",
  description:
    "Lync 2013+: plan the OAuthTokenIssuer certificate too (single purpose, no SAN, key of 2048 bits or more).",
  source: `${LYNC2013}lync-server-2013-certificate-summary-single-director — "Note that the minimum key length is 1024, but you may receive a warning that the minimum recommended key length is 2048 bits."`,
  applies: (ctx) =>
    sfbVersion(ctx.plan) !== "lync-2010" && ctx.plan.components.some((c) => c.type === "sfb-pool"),
  check() {
    return [
      {
        message:
          "Lync Server 2013 and Skype for Business Server also need one OAuthTokenIssuer certificate for server-to-server authentication (Exchange, SharePoint, Office Online Server). It is a single-purpose, global certificate: no SAN is required, and use a key of at least 2048 bits (1024 is accepted with a warning). This plan does not produce it: request it with the Deployment Wizard, or add a custom certificate.",
      },
    ];
  },
};
