import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import { edgeOf, isProfile, LYNC2013, theCert, topologyNames } from "./shared";

/** RULES.md 32. Internal Edge certificate: CN = internal Edge FQDN (pool FQDN / internal VIP); no SAN needed.
 *  A CN that is not a topology name at all is LYNC-NAME-1, a wildcard CN LYNC-WILDCARD-2 (one finding per defect). */
export const LYNC_EDGE_INT_1: CertificateRule = {
  id: "LYNC-EDGE-INT-1",
  scope: "certificate",
  severity: "error",
  description: "Edge internal: subject name = internal Edge FQDN; SAN entries are neither needed nor used.",
  source: `${LYNC2013}lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses — "The internal interface certificate uses only the SN and does not need or use SAN entries."`,
  applies: (view) => isProfile(view, "sfb-edge-internal") && edgeOf(view) !== undefined,
  check(view, ctx) {
    const edge = edgeOf(view);
    if (!edge) return [];
    const expected = normalizeName(edge.internalFqdn);
    const cn = view.subjectCN;
    const hits: RuleHit[] = [];
    if (cn !== expected && !isWildcard(cn) && topologyNames(ctx.plan).has(cn)) {
      hits.push({
        message: `${theCert(view)} has the subject name ${cn}, but the internal Edge FQDN is ${expected}. The Front End and Director servers connect to ${expected} and check the subject name only, so the internal Edge interface fails and external access, federation and A/V relay stop working.`,
        names: [cn],
      });
    }
    const extra = view.sans.map((s) => s.value).filter((n) => n !== cn && !isWildcard(n));
    if (extra.length > 0) {
      hits.push({
        severity: "info",
        message: `${theCert(view)} carries subject alternative names besides the subject name (${extra.join(", ")}). The internal Edge interface uses only the subject name: the extra SANs are harmless but not needed.`,
        names: extra,
      });
    }
    return hits;
  },
};
