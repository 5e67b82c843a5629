import { sbcNames } from "../../profiles/sbc";
import type { PlanRule } from "../rule";
import { PLAN_DR_DATE, SRC_TRUST, teamsComponents } from "./util";

/** What the SBC must trust for Microsoft's SIP proxies (mutual TLS), from Microsoft's own pages, with their date. */
export const TEAMS_DR_TRUST_1: PlanRule = {
  id: "TEAMS-DR-TRUST-1",
  scope: "plan",
  severity: "info",
  description:
    "Teams Direct Routing: the root certificates each SBC must trust for Microsoft's SIP proxies (mutual TLS), as Microsoft's own pages list them, with their date.",
  source: SRC_TRUST,
  applies: (ctx) => teamsComponents(ctx).length > 0,
  check(ctx) {
    return teamsComponents(ctx).map((c) => ({
      names: sbcNames(c),
      message:
        `What the SBCs ${sbcNames(c).join(", ")} must trust (the Teams TLS context's trusted root store): ` +
        `Microsoft's "Plan Direct Routing" (${PLAN_DR_DATE}) lists the Baltimore CyberTrust Root and the DigiCert Global Root G2, because Microsoft's SIP proxy certificates chain to one of them; ` +
        'keep DigiCert Global Root CA as well ("Both the old and the new CA MUST be trusted by the SBC"). ' +
        "Check also that the certificate Teams presents names sip.pstnhub.microsoft.com. " +
        "Microsoft said the Baltimore root expires in May 2025 and has announced further root changes since; we could not read a newer Microsoft page listing them, so compare this list with Microsoft's current \"What's new for Direct Routing\" before the change window. " +
        "Without these roots the SBC refuses Microsoft's certificate and calls fail in both directions.",
    }));
  },
};
