// Helpers and sources shared by the SBC rules (Teams Direct Routing, Webex Calling Local Gateway). Not a rule.
//
// Read 2026-12-07 from the MicrosoftDocs/OfficeDocs-SkypeForBusiness repository (the source of Microsoft Learn):
// - Teams/direct-routing-plan.md, "Plan Direct Routing", ms.date 06/17/2024 (the newest version of the page we could
//   read here; older versions of the same file, e.g. 2019–2021, ask for "Server Authentication" only);
// - Teams/direct-routing-whats-new.md, "What's new for Direct Routing" (entries up to September 2024).
// Later changes reported by SBC vendors and consultants (a December 2025 Message Center post listing seven Microsoft
// and DigiCert roots, Microsoft's own server certificates moving to Server Authentication only) could NOT be
// confirmed on a Microsoft page here: the findings say so and send the admin to Microsoft's current page.
import { normalizeName, parentDomain } from "../../names";
import { sbcNames } from "../../profiles/sbc";
import type { SbcComponent } from "../../types";
import type { CertView, RuleContext } from "../rule";

export { hasEku, listNames, plural } from "../common";

export const PLAN_DR_URL = "https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan";
export const WHATS_NEW_DR_URL = "https://learn.microsoft.com/en-us/microsoftteams/direct-routing-whats-new";

/** The date of the newest "Plan Direct Routing" we read, as Microsoft's page gives it. */
export const PLAN_DR_DATE = "June 17, 2024";

export const SRC_FQDN =
  `Microsoft Learn, Plan Direct Routing (${PLAN_DR_URL}#public-trusted-certificate-for-the-sbc, ${PLAN_DR_DATE}) — ` +
  '"The certificate needs to have the SBC FQDN as the common name (CN) or the subject alternative name (SAN) field." ' +
  '"Alternatively, Direct Routing supports a wildcard in the CN and/or SAN, and the wildcard needs to conform to ' +
  'standard RFC HTTP Over TLS." "An example would be using *.contoso.com, which would match the SBC FQDN ' +
  "sbc.contoso.com, but wouldn't match with sbc.test.contoso.com.\"";

export const SRC_DOMAIN =
  `Microsoft Learn, Plan Direct Routing, SBC domain names (${PLAN_DR_URL}#sbc-domain-names, ${PLAN_DR_DATE}) — ` +
  '"The SBC domain name must be from one of the names registered in Domains of the tenant." "Note that you can\'t use ' +
  'the *.onmicrosoft.com tenant for the FQDN name of the SBC." "Before you can pair an SBC with the name ' +
  'sbc1.sip.contoso.com, you must register the domain name sip.contoso.com in Domains in your tenant."';

export const SRC_CA =
  `Microsoft Learn, Plan Direct Routing (${PLAN_DR_URL}#public-trusted-certificate-for-the-sbc, ${PLAN_DR_DATE}) — ` +
  '"Direct Routing SIP interface will only trust certificates that are signed by Certificate Authorities (CAs) that ' +
  'are part of the Microsoft Trusted Root Certificate Program."';

export const SRC_EKU =
  `Microsoft Learn, Plan Direct Routing (${PLAN_DR_URL}#public-trusted-certificate-for-the-sbc, ${PLAN_DR_DATE}) — ` +
  '"Also make sure that the Extended Key Usage (EKU) extension of your certificate includes Server Authentication ' +
  `and Client Authentication."; What's new for Direct Routing (${WHATS_NEW_DR_URL}) — "Please note that the final ` +
  'switch to request both Server and Client authentication for EKU will be performed on March 19, 2024."';

export const SRC_TRUST =
  `Microsoft Learn, Plan Direct Routing (${PLAN_DR_URL}#public-trusted-certificate-for-the-sbc, ${PLAN_DR_DATE}) — ` +
  '"If Mutual TLS (MTLS) support is enabled for the Teams connection on the SBC, then you must install the ' +
  "Baltimore CyberTrust Root and the DigiCert Global Root G2 certificates in the SBC Trusted Root Store of the Teams " +
  'TLS context." "Check that the certificate ‘Subject Alternative Name’ includes ‘sip.pstnhub.microsoft.com’."; ' +
  `What's new for Direct Routing (${WHATS_NEW_DR_URL}) — "Both the old and the new CA MUST be trusted by the SBC – ` +
  'DON\'T REMOVE THE OLD CA." "This change is being made because the current Root CA expires in May 2025."';

/** The SBC component of a view, when it is one. */
export function sbcComponent(view: CertView): SbcComponent | undefined {
  return view.component?.type === "sbc" ? view.component : undefined;
}

export function teamsComponent(view: CertView): SbcComponent | undefined {
  const c = sbcComponent(view);
  return c?.purpose === "teams-direct-routing" ? c : undefined;
}

export function teamsComponents(ctx: RuleContext): SbcComponent[] {
  return ctx.plan.components.filter(
    (c): c is SbcComponent => c.type === "sbc" && c.purpose === "teams-direct-routing",
  );
}

/** The SBCs a certificate must name: its own SBC for a per-SBC certificate, else every SBC of the component. */
export function sbcsOf(view: CertView, c: SbcComponent): string[] {
  const names = sbcNames(c);
  const rest = view.id.startsWith(`${c.id}/`) ? normalizeName(view.id.slice(c.id.length + 1)) : "";
  if (rest !== "") return names.includes(rest) ? [rest] : [];
  return names;
}

/** The certificate id that carries this SBC in the plan (per-SBC: "<id>/<fqdn>", else "<id>"). */
export function certificateIdOf(c: SbcComponent, fqdn: string): string {
  return (c.certificate ?? "per-sbc") === "per-sbc" ? `${c.id}/${fqdn}` : c.id;
}

/** The "domain portion" of an SBC FQDN (Microsoft's words): everything after the first label. */
export function sbcDomain(fqdn: string): string {
  return parentDomain(normalizeName(fqdn));
}

export function isOnMicrosoft(name: string): boolean {
  const n = normalizeName(name);
  return n === "onmicrosoft.com" || n.endsWith(".onmicrosoft.com");
}
