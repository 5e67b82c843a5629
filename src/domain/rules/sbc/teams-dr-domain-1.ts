import { sbcNames, sbcTenantDomains } from "../../profiles/sbc";
import type { PlanRule, RuleHit } from "../rule";
import { certificateIdOf, isOnMicrosoft, SRC_DOMAIN, sbcDomain, teamsComponents } from "./util";

/** The SBC FQDN's domain portion is a domain registered in the tenant, never *.onmicrosoft.com. */
export const TEAMS_DR_DOMAIN_1: PlanRule = {
  id: "TEAMS-DR-DOMAIN-1",
  scope: "plan",
  severity: "error",
  description:
    "Teams Direct Routing: the domain of each SBC FQDN (everything after its first label) must be a domain registered in the Microsoft 365 tenant, never *.onmicrosoft.com; a sub-domain such as sip.contoso.com must itself be registered.",
  source: SRC_DOMAIN,
  applies: (ctx) => teamsComponents(ctx).length > 0,
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const c of teamsComponents(ctx)) {
      const tenant = sbcTenantDomains(c);
      for (const d of tenant.filter(isOnMicrosoft)) {
        hits.push({
          message: `${d} is listed as a tenant domain, but Microsoft does not allow the *.onmicrosoft.com domain for an SBC: pairing an SBC named under it fails. Add your own domain under Domains in the Microsoft 365 admin center and name the SBCs in it.`,
          names: [d],
        });
      }
      for (const fqdn of sbcNames(c)) {
        const domain = sbcDomain(fqdn);
        const certificate = certificateIdOf(c, fqdn);
        if (isOnMicrosoft(fqdn)) {
          hits.push({
            certificate,
            names: [fqdn],
            message: `The SBC ${fqdn} is named under onmicrosoft.com: Microsoft does not allow *.onmicrosoft.com for an SBC FQDN, so the SBC cannot be paired with your tenant and no public CA issues a certificate for it to you. Name the SBC in a domain of your own that is registered in the tenant.`,
          });
          continue;
        }
        if (tenant.length === 0) {
          hits.push({
            certificate,
            names: [fqdn],
            severity: "warning",
            message: `The domains registered in your Microsoft 365 tenant are not listed, so we cannot check that ${domain} (the domain of ${fqdn}) is one of them. If it is not, pairing the SBC fails with "Can't use the domain as it wasn't configured for this tenant". List the tenant's domains (Microsoft 365 admin center, Settings > Domains).`,
          });
          continue;
        }
        if (!tenant.includes(domain)) {
          const parent = tenant.find((t) => domain.endsWith(`.${t}`));
          hits.push({
            certificate,
            names: [fqdn],
            message: parent
              ? `The SBC ${fqdn} is in ${domain}, a sub-domain of the tenant domain ${parent} that is not itself registered: Microsoft refuses to pair it ("Can't use the domain as it wasn't configured for this tenant"). Register ${domain} under Domains in the tenant (and, as Microsoft describes, create a licensed user in it) before pairing, or name the SBC directly under ${parent}.`
              : `The SBC ${fqdn} is in ${domain}, which is not among the tenant's registered domains (${tenant.join(", ")}): Microsoft refuses to pair it. Register ${domain} in the tenant, or name the SBC in a registered domain.`,
          });
        }
      }
    }
    return hits;
  },
};
