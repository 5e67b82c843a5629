import { PURPOSE_LABEL } from "../../profiles/cisco-uc";
import type { CiscoUcComponent } from "../../types";
import { existingViews } from "../engine";
import type { CertView, PlanRule, RuleHit } from "../rule";
import { ciscoUcComponent, listNames } from "./util";

/** Self-signed: the issuer (a DN string or a bare name) names the subject's own CN. */
function isSelfSigned(view: CertView): boolean {
  const issuer = view.existing?.issuer?.trim().toLowerCase();
  if (!issuer || view.existing?.kind === "csr") return false;
  const m = /(?:^|[,/]\s*)cn\s*=\s*([^,/]+)/.exec(issuer);
  const issuerCn = (m ? (m[1] as string) : issuer).trim();
  return issuerCn === view.subjectCN;
}

/** The certificate pairs that must not share a CN when self-signed: CallManager vs tomcat (CUCM),
 *  cup-xmpp vs tomcat (IM and Presence). */
function clash(a: CiscoUcComponent["purpose"], b: CiscoUcComponent["purpose"]): boolean {
  const pair = [a, b].sort().join("+");
  return pair === "callmanager+tomcat" || pair === "cup-xmpp+tomcat";
}

export const CUCM_SELFSIGNED_CN_1: PlanRule = {
  id: "CUCM-SELFSIGNED-CN-1",
  scope: "plan",
  severity: "warning",
  description:
    "Self-signed CallManager and tomcat (and cup-xmpp and tomcat) certificates kept for Expressway-C must have different CNs.",
  source:
    'Cisco Expressway Certificate Creation and Use Guide, "Server Certificate Requirements for Unified Communications" — "if you do use self-signed certificates, the two certificates must have different common names."',
  applies: (ctx) =>
    (ctx.plan.existing ?? []).length > 0 && ctx.plan.components.some((c) => c.type === "cisco-uc"),
  check(ctx) {
    const selfSigned = existingViews(ctx.plan, ctx).filter(
      (v) => ciscoUcComponent(v) !== undefined && isSelfSigned(v),
    );
    const hits: RuleHit[] = [];
    for (const v of selfSigned) {
      const comp = v.component as CiscoUcComponent;
      const others = selfSigned.filter(
        (o) =>
          o !== v &&
          o.subjectCN === v.subjectCN &&
          clash(comp.purpose, (o.component as CiscoUcComponent).purpose),
      );
      if (others.length === 0) continue;
      const otherPurposes = others.map((o) => PURPOSE_LABEL[(o.component as CiscoUcComponent).purpose]);
      hits.push({
        certificate: v.id,
        target: "existing",
        message: `The self-signed ${PURPOSE_LABEL[comp.purpose]} and ${listNames([...new Set(otherPurposes)])} certificates share the CN ${v.subjectCN}. Expressway trusts only one self-signed certificate per CN, so secure HTTP or secure SIP / XMPP between the Expressway-C and this node fails. Replace them with CA-signed certificates, or regenerate one so the CNs differ.`,
        names: [v.subjectCN],
      });
    }
    return hits;
  },
};
