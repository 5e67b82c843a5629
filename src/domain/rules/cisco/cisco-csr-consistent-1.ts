import type { SubjectFields } from "../../types";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./util";

function describeSubject(s: SubjectFields): string {
  const parts = (["O", "OU", "L", "ST", "C"] as const).filter((k) => s[k]).map((k) => `${k}=${s[k]}`);
  return parts.join(", ");
}

/** The per-node CSRs are typed on each node's Generate CSR page: the plan holds the values, the admin types them. */
export const CISCO_CSR_CONSISTENT_1: PlanRule = {
  id: "CISCO-CSR-CONSISTENT-1",
  scope: "plan",
  severity: "info",
  description:
    "Per-node CSRs of one cluster sent to a public CA: identical O, OU, L, ST, C and key length on every node.",
  source:
    'Cisco Jabber Planning Guide, "Certificate Signing Request Formats and Requirements" — "If you submit CSRs from multiple nodes, public CAs might require that the information is consistent in all CSRs." (quoted from a copy of the guide; not verified against Cisco\'s current page)',
  applies: (ctx) =>
    ctx.plan.components.some((c) => c.type === "cisco-uc" && c.distribution === "single-server"),
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of ctx.plan.components) {
      if (c.type !== "cisco-uc" || c.distribution !== "single-server") continue;
      const certs = ctx.certificates.filter((x) => x.componentId === c.id && x.caType === "public");
      if (certs.length < 2) continue;
      const nodes = certs.map((x) => x.subject.CN);
      const subject = describeSubject(certs[0]?.subject ?? {});
      const keys = [
        ...new Set(
          certs.map((x) => (x.key.algorithm === "RSA" ? `RSA ${x.key.size}` : `ECDSA ${x.key.curve}`)),
        ),
      ];
      const keyText =
        keys.length === 1
          ? `key ${keys[0]}`
          : `one key length for all (the plan has ${listNames(keys)}: choose one)`;
      hits.push({
        message: `You will generate ${certs.length} CSRs, one on each node, and the public CA may require the same information in all of them. On every node's Generate CSR page enter exactly ${subject ? subject : "the same O, OU, L, ST and C (none are in the plan yet)"}, and ${keyText}, hash SHA256.`,
        names: nodes,
      });
    }
    return hits;
  },
};
