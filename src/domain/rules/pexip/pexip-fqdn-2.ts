import { normalizeName } from "../../names";
import type { PexipComponent } from "../../types";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./util";

/** A node whose `sipTlsFqdn` is explicitly empty has none configured: error. A node without the field
 *  has not been recorded yet: an info reminder to set it to the node FQDN. */
export const PEXIP_FQDN_2: PlanRule = {
  id: "PEXIP-FQDN-2",
  scope: "plan",
  severity: "error",
  description:
    "Every Conferencing Node that handles Skype for Business / Lync signalling needs a SIP TLS FQDN.",
  source:
    'https://docs.pexip.com/v24/admin/assigning_hostname_fqdn.htm — "The node\'s SIP TLS FQDN is used in SIP signaling (if configured) and MS-SIP signaling (mandatory)."',
  applies: (ctx) => ctx.plan.components.some((c) => c.type === "pexip"),
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of ctx.plan.components) {
      if (c.type !== "pexip") continue;
      const pexip: PexipComponent = c;
      const empty = pexip.nodes.filter((n) => n.sipTlsFqdn !== undefined && n.sipTlsFqdn.trim() === "");
      const absent = pexip.nodes.filter((n) => n.sipTlsFqdn === undefined);
      if (empty.length > 0) {
        const names = empty.map((n) => normalizeName(n.fqdn));
        hits.push({
          certificate: c.id,
          message: `${listNames(names)} ${names.length > 1 ? "have" : "has"} no SIP TLS FQDN. Skype for Business / Lync (MS-SIP) signalling requires it: without it these nodes cannot take part in calls and meetings with Skype for Business. Set each node's SIP TLS FQDN to its own FQDN.`,
          names,
        });
      }
      if (absent.length > 0) {
        const names = absent.map((n) => normalizeName(n.fqdn));
        hits.push({
          certificate: c.id,
          severity: "info",
          message: `The plan does not record the SIP TLS FQDN of ${listNames(names)}. Check on the Management Node (Platform > Conferencing Nodes) that each node's SIP TLS FQDN is set to its own FQDN: it is mandatory for Skype for Business / Lync signalling.`,
          names,
        });
      }
    }
    return hits;
  },
};
