import type { CertificateRule, RuleHit } from "../rule";
import { EDGE_PROFILES, edgeOf, edgeServers, isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 28. Edge pool (two or more servers): exportable key, and the same certificate and key on every member
 *  (the planned certificate must be installed on all of them). Covers the external and the internal certificate. */
export const LYNC_EDGE_POOL_1: CertificateRule = {
  id: "LYNC-EDGE-POOL-1",
  scope: "certificate",
  severity: "error",
  description:
    "Edge pool: exportable private key, same certificate and key on every Edge Server of the pool.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "If the certificate will be used on an Edge pool, it must be created as exportable, with the same certificate used on each Edge Server"; SfB edge-environmental-requirements — "need to have the exact same certificate with the same private key for the Media Relay Authentication service."`,
  applies(view) {
    const edge = edgeOf(view);
    return isProfile(view, ...EDGE_PROFILES) && edge !== undefined && edgeServers(edge).length > 1;
  },
  check(view) {
    const edge = edgeOf(view);
    if (!edge) return [];
    const servers = edgeServers(edge);
    const hits: RuleHit[] = [];
    if (view.exportableKey === false) {
      hits.push({
        message: `${theCert(view)} has a non-exportable private key, but this Edge pool has ${servers.length} servers (${servers.join(", ")}). The same certificate and private key must be installed on every Edge Server (the A/V Authentication / Media Relay Authentication service needs the same key everywhere): without an exportable key you cannot copy it, and audio/video through the pool fails. Request it with an exportable key.`,
      });
    }
    if (view.target === "plan" && view.planned) {
      const installed = new Set(view.planned.installOn);
      const left = servers.filter((s) => !installed.has(s));
      if (left.length > 0) {
        hits.push({
          message: `The planned certificate is not installed on every Edge Server of the pool: ${left.join(", ")} ${left.length === 1 ? "is" : "are"} missing. Every member needs the same certificate and key.`,
          names: left,
        });
      }
    }
    return hits;
  },
};
