import { isWildcard, normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import {
  explain,
  hasCovered,
  hasExact,
  isProfile,
  LYNC2013,
  poolOf,
  serverOf,
  sfbSipDomains,
  simpleUrlHosts,
  strictDnsNaming,
  theCert,
  topologyNames,
  wildcardNote,
} from "./shared";

/** RULES.md 50. Director certificate (Default + web combined): CN = Director pool FQDN; SAN = pool FQDN, the
 *  Director's FQDN, sip.<sipdomain> for an auto-logon Director with strict DNS naming (SIP names, written out), the
 *  internal / external web services FQDNs (written out), the dial-in and admin simple URLs (a wildcard may cover
 *  these). Meet URLs are LYNC-FE-MEET-1, lyncdiscover names LYNC-DISCOVER-1, a CN outside the topology LYNC-NAME-1. */
export const LYNC_DIR_1: CertificateRule = {
  id: "LYNC-DIR-1",
  scope: "certificate",
  severity: "error",
  description:
    "Director: CN = Director pool FQDN; SAN = pool FQDN, Director FQDN, web services FQDNs, simple URLs (or wildcard).",
  source: `${LYNC2013}lync-server-2013-certificate-summary-single-director — SAN "dir01.contoso.net dialin.contoso.com meet.contoso.com lyncdiscoverinternal.contoso.com lyncdiscover.contoso.com (Optionally) *.contoso.com"; ${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=dir-pool.contoso.com; SAN=dir-pool.contoso.com; SAN=dir01.contoso.com"`,
  applies: (view) => isProfile(view, "sfb-director") && poolOf(view) !== undefined,
  check(view, ctx) {
    const pool = poolOf(view);
    if (!pool) return [];
    const poolFqdn = normalizeName(pool.poolFqdn);
    const hits: RuleHit[] = [];
    const cn = view.subjectCN;
    if (cn !== poolFqdn && !isWildcard(cn) && topologyNames(ctx.plan).has(cn)) {
      hits.push({
        message: `${theCert(view)} has the subject name ${cn}, but a Director certificate's subject name is the Director pool FQDN ${poolFqdn}.`,
        names: [cn],
      });
    }
    const sip: { name: string; why: string }[] = [{ name: poolFqdn, why: "Director pool FQDN" }];
    const server = serverOf(view, pool);
    if (server && server !== poolFqdn) sip.push({ name: server, why: "FQDN of this Director" });
    if (pool.autoLogon === true && strictDnsNaming(ctx.plan)) {
      for (const d of sfbSipDomains(ctx.plan))
        sip.push({ name: `sip.${d}`, why: `SIP domain ${d}: auto-logon Director with strict DNS naming` });
    }
    const missingSip = sip.filter((n) => !hasExact(view, n.name));

    const web: { name: string; why: string }[] = [];
    const internalWeb = normalizeName(pool.internalWebFqdn ?? pool.poolFqdn);
    if (internalWeb !== poolFqdn && !hasExact(view, internalWeb))
      web.push({ name: internalWeb, why: "internal web services FQDN" });
    const externalWeb = pool.externalWebFqdn ? normalizeName(pool.externalWebFqdn) : "";
    if (externalWeb && !hasExact(view, externalWeb))
      web.push({ name: externalWeb, why: "external web services FQDN" });
    const urls = simpleUrlHosts(ctx.plan);
    for (const d of urls.dialin) if (!hasCovered(view, d)) web.push({ name: d, why: "dial-in simple URL" });
    for (const a of urls.admin) if (!hasCovered(view, a)) web.push({ name: a, why: "admin simple URL" });

    const missing = [...missingSip, ...web];
    if (missing.length > 0) {
      hits.push({
        message: `${theCert(view)} is missing ${explain(missing)}. The Director authenticates external users and proxies their SIP and web traffic on these names: sign-in through the Director or the web services it publishes fail with a certificate name mismatch.${wildcardNote(
          view,
          missingSip.map((m) => m.name),
          "SIP names must be listed explicitly (RFC 5922)",
        )}`,
        names: missing.map((m) => m.name),
      });
    }
    return hits;
  },
};
