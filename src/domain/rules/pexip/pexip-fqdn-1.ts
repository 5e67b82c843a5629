import { normalizeName } from "../../names";
import type { PexipComponent } from "../../types";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./util";

export const PEXIP_FQDN_1: PlanRule = {
  id: "PEXIP-FQDN-1",
  scope: "plan",
  severity: "error",
  description:
    "Each node's SIP TLS FQDN (Configured FQDN) equals its own DNS FQDN and is unique across nodes (node configuration).",
  source:
    'https://docs.pexip.com/sfb/dmz_certs_dns.htm — "The Configured FQDN setting on each Conferencing Node must match the node\'s DNS FQDN and it must be unique per node."',
  applies: (ctx) => ctx.plan.components.some((c) => c.type === "pexip"),
  check(ctx) {
    const hits: RuleHit[] = [];
    const pexips = ctx.plan.components.filter((c): c is PexipComponent => c.type === "pexip");
    const byFqdn = new Map<string, string[]>();
    const bySipTls = new Map<string, { node: string; component: string }[]>();
    for (const c of pexips) {
      for (const node of c.nodes) {
        const fqdn = normalizeName(node.fqdn);
        byFqdn.set(fqdn, [...(byFqdn.get(fqdn) ?? []), c.id]);
        if (node.sipTlsFqdn === undefined) continue;
        const sipTls = normalizeName(node.sipTlsFqdn);
        if (sipTls === "") continue; // PEXIP-FQDN-2
        bySipTls.set(sipTls, [...(bySipTls.get(sipTls) ?? []), { node: fqdn, component: c.id }]);
        if (sipTls !== fqdn) {
          hits.push({
            certificate: c.id,
            message: `Node ${fqdn} is configured with SIP TLS FQDN ${sipTls}. Pexip requires it to be the node's own FQDN: Skype for Business / Lync checks the name the node announces against DNS and the certificate, and ${sipTls} is not on the certificate, so calls through this node fail. Set the node's SIP TLS FQDN to ${fqdn}.`,
            names: [sipTls, fqdn],
          });
        }
      }
    }
    for (const [fqdn, components] of byFqdn) {
      if (components.length < 2) continue;
      hits.push({
        certificate: components[1],
        message: `Node FQDN ${fqdn} is listed ${components.length} times (${listNames([...new Set(components)])}). Every Conferencing Node needs its own FQDN; two nodes with one name break SIP routing and the certificate's node list.`,
        names: [fqdn],
      });
    }
    for (const [sipTls, nodes] of bySipTls) {
      const distinct = [...new Set(nodes.map((n) => n.node))];
      if (distinct.length < 2) continue;
      hits.push({
        certificate: nodes[0]?.component,
        message: `SIP TLS FQDN ${sipTls} is configured on ${listNames(distinct)}. It must be unique per node (each node's own FQDN), otherwise Skype for Business sends one node's traffic to another and TLS fails.`,
        names: [sipTls, ...distinct],
      });
    }
    return hits;
  },
};
