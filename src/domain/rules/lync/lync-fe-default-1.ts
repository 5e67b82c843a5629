import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import {
  explain,
  hasExact,
  isProfile,
  LYNC2013,
  poolOf,
  serverOf,
  sfbSipDomains,
  strictDnsNaming,
  theCert,
  topologyNames,
  wildcardNote,
} from "./shared";

/** RULES.md 43. Front End / Standard Edition Default certificate: CN = pool FQDN; SAN = pool FQDN + the server FQDN
 *  (SE: the same name); sip.<sipdomain> for each SIP domain when the pool is the auto-logon server and strict DNS
 *  naming is in force. All SIP names: written out, a wildcard never counts. A CN that is no topology name at all is
 *  LYNC-NAME-1; the Director's Default certificate is LYNC-DIR-1. */
export const LYNC_FE_DEFAULT_1: CertificateRule = {
  id: "LYNC-FE-DEFAULT-1",
  scope: "certificate",
  severity: "error",
  description:
    "Front End / Standard Edition Default certificate: CN = pool FQDN; SAN = pool FQDN, server FQDN, and sip.<sipdomain> for an auto-logon pool with strict DNS naming.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=eepool.contoso.com; SAN=eepool.contoso.com; SAN=ee01.contoso.com" / "If this pool is the auto-logon server for clients and strict DNS matching is required in group policy, you also need entries for sip.sipdomain"`,
  applies: (view) => isProfile(view, "sfb-front-end", "sfb-standard-edition") && poolOf(view) !== undefined,
  check(view, ctx) {
    const pool = poolOf(view);
    if (!pool) return [];
    const poolFqdn = normalizeName(pool.poolFqdn);
    const hits: RuleHit[] = [];
    const cn = view.subjectCN;
    if (cn !== poolFqdn && !isWildcard(cn) && topologyNames(ctx.plan).has(cn)) {
      hits.push({
        message: `${theCert(view)} has the subject name ${cn}, but the Default certificate's subject name is the pool FQDN ${poolFqdn}. The certificate wizard and Microsoft's tables use the pool FQDN; request it with ${poolFqdn} as the subject name.`,
        names: [cn],
      });
    }
    const need: { name: string; why: string }[] = [{ name: poolFqdn, why: "pool FQDN" }];
    const server = serverOf(view, pool);
    if (server && server !== poolFqdn) need.push({ name: server, why: "FQDN of this server" });
    if (pool.autoLogon === true && strictDnsNaming(ctx.plan)) {
      for (const d of sfbSipDomains(ctx.plan))
        need.push({ name: `sip.${d}`, why: `SIP domain ${d}: auto-logon pool with strict DNS naming` });
    }
    const missing = need.filter((n) => !hasExact(view, n.name));
    if (missing.length > 0) {
      hits.push({
        message: `${theCert(view)} is missing ${explain(missing)}. Clients and the other Lync / Skype for Business servers connect to these names over SIP (TLS/MTLS) and compare them literally: sign-in and server-to-server traffic to this Front End fail with a name mismatch.${wildcardNote(
          view,
          missing.map((m) => m.name),
          "SIP names must be listed explicitly (RFC 5922)",
        )}`,
        names: missing.map((m) => m.name),
      });
    }
    return hits;
  },
};
