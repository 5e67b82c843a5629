import { expresswayChatAliases } from "../../profiles/expressway";
import type { ExpresswayComponent } from "../../types";
import { existingViews } from "../engine";
import type { PlanRule, RuleHit } from "../rule";
import { covered, expresswayComponent, expresswaysOfRole, listNames } from "./util";

function difference(a: string[], b: string[]): string[] {
  return a.filter((x) => !b.includes(x));
}

export const EXPWY_CHAT_1: PlanRule = {
  id: "EXPWY-CHAT-1",
  scope: "plan",
  severity: "error",
  description:
    "The same IM and Presence chat node aliases (DNS format) on the Expressway-C and Expressway-E certificates.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X15.5, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html — "You must include the same chat node aliases in the Expressway-E server certificate\'s alternative names."',
  applies: (ctx) => ctx.plan.components.some((c) => c.type === "expressway"),
  check(ctx) {
    const hits: RuleHit[] = [];
    const cs = expresswaysOfRole(ctx.plan, "c");
    const es = expresswaysOfRole(ctx.plan, "e");
    // Each Expressway is paired with the opposite-role Expressway whose aliases differ least.
    const reported = new Set<string>();
    const pairs: [ExpresswayComponent, ExpresswayComponent][] = [];
    const bestOf = (x: ExpresswayComponent, others: ExpresswayComponent[]) => {
      const ax = expresswayChatAliases(x);
      let best: ExpresswayComponent | undefined;
      let bestDiff = Number.POSITIVE_INFINITY;
      for (const o of others) {
        const ao = expresswayChatAliases(o);
        const d = difference(ax, ao).length + difference(ao, ax).length;
        if (d < bestDiff) {
          best = o;
          bestDiff = d;
        }
      }
      return best;
    };
    for (const e of es) {
      const c = bestOf(e, cs);
      if (c) pairs.push([c, e]);
    }
    for (const c of cs) {
      const e = bestOf(c, es);
      if (e) pairs.push([c, e]);
    }
    for (const [c, e] of pairs) {
      const key = `${c.id}|${e.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const ac = expresswayChatAliases(c);
      const ae = expresswayChatAliases(e);
      const onlyC = difference(ac, ae);
      const onlyE = difference(ae, ac);
      if (onlyC.length === 0 && onlyE.length === 0) continue;
      const parts: string[] = [];
      if (onlyC.length > 0) parts.push(`${listNames(onlyC)} only on the Expressway-C "${c.id}"`);
      if (onlyE.length > 0) parts.push(`${listNames(onlyE)} only on the Expressway-E "${e.id}"`);
      hits.push({
        certificate: e.id,
        message: `The chat node aliases differ between the Expressway-C and Expressway-E: ${parts.join("; ")}. Federated group chat over TLS fails for aliases missing on either side. Put the same chat node aliases on both certificates.`,
        names: [...onlyC, ...onlyE],
      });
    }
    // Existing certificates that lack a chat node alias of their Expressway.
    for (const v of existingViews(ctx.plan, ctx)) {
      // a peer's own client certificate carries its name only (CISCO-CLIENT-CERT-1)
      const comp = expresswayComponent(v);
      if (!comp) continue;
      const missing = expresswayChatAliases(comp).filter((a) => !covered(v, a));
      if (missing.length === 0) continue;
      hits.push({
        certificate: v.id,
        target: "existing",
        message: `The existing ${comp.role === "e" ? "Expressway-E" : "Expressway-C"} certificate does not carry the chat node alias${missing.length > 1 ? "es" : ""} ${listNames(missing)}: federated group chat through ${missing.length > 1 ? "them" : "it"} fails TLS.`,
        names: missing,
      });
    }
    return hits;
  },
};
