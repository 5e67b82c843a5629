import { ciscoUcNodes, PURPOSE_LABEL } from "../../profiles/cisco-uc";
import type { CiscoUcComponent } from "../../types";
import { existingViews } from "../engine";
import type { PlanRule, RuleHit } from "../rule";
import { covered } from "./util";

function noNodeMessage(c: CiscoUcComponent): string {
  const purpose = PURPOSE_LABEL[c.purpose];
  if (c.product === "cuc") {
    return `Unity Connection has no ${purpose} certificate (its Generate CSR page offers tomcat and ipsec), so "${c.id}" plans nothing. Use purpose tomcat for Unity Connection.`;
  }
  return `No IM and Presence node is listed, and the ${purpose} certificate lives on IM and Presence nodes only, so "${c.id}" plans nothing. Add the IM and Presence nodes of the cluster.`;
}

/** Plan scope: it also reports a component whose purpose has no node at all (nothing to plan a certificate for). */
export const CUCM_TOMCAT_1: PlanRule = {
  id: "CUCM-TOMCAT-1",
  scope: "plan",
  severity: "error",
  description:
    "Single-server distribution: every publisher and subscriber presents its own certificate, CN = SAN = node FQDN.",
  source:
    'Cisco Jabber 12.6 Planning Guide, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_6/cjab_b_planning-guide-for-cisco-jabber-12-6/cjab_b_planning-guide-for-cisco-jabber-12-6_chapter_0111.html — "Each cluster node, subscriber, and publisher, runs a Tomcat service and can present the client with an HTTP certificate."',
  applies: (ctx) => ctx.plan.components.some((c) => c.type === "cisco-uc"),
  check(ctx) {
    const hits: RuleHit[] = [];
    const existing = existingViews(ctx.plan, ctx);
    for (const c of ctx.plan.components) {
      if (c.type !== "cisco-uc") continue;
      const nodes = ciscoUcNodes(c);
      if (nodes.length === 0) {
        hits.push({ certificate: c.id, message: noNodeMessage(c) });
        continue;
      }
      if (c.distribution !== "single-server") continue;
      const purpose = PURPOSE_LABEL[c.purpose];
      for (const n of nodes) {
        const view = existing.find((v) => v.id === `${c.id}/${n.fqdn}`);
        if (!view) continue;
        const problems: string[] = [];
        if (view.subjectCN !== n.fqdn) problems.push(`its CN is ${view.subjectCN || "empty"}`);
        if (!covered(view, n.fqdn)) problems.push("its SAN list does not contain the node FQDN");
        if (problems.length === 0) continue;
        hits.push({
          certificate: view.id,
          target: "existing",
          message: `The existing ${purpose} certificate of ${n.fqdn} (${n.role}) does not name the node: ${problems.join(" and ")}. Jabber, browsers and the other nodes connect to ${n.fqdn} and prompt or fail. Generate a new CSR on that node (CN = SAN = ${n.fqdn}).`,
          names: [n.fqdn],
        });
      }
    }
    return hits;
  },
};
