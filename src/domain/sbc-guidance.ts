// What the admin must know around an SBC certificate, for the worksheet and the Install step's hand-off: what to
// order, what the SBC must trust, where the certificate goes, and how Teams reports the TLS status. From Microsoft's
// and Cisco's pages (read 2026-12-07, see rules/sbc/util.ts for the quotes):
// - Plan Direct Routing (ms.date 06/17/2024): the roots for mutual TLS (Baltimore CyberTrust Root, DigiCert Global
//   Root G2), "Server Authentication and Client Authentication", a CA of the Microsoft Trusted Root Program.
// - What's new for Direct Routing: "Both the old and the new CA MUST be trusted by the SBC" (DigiCert Global Root CA).
// - Health Dashboard for Direct Routing (Teams/direct-routing-health-dashboard.md): "TLS connectivity status - TLS
//   (Transport Layer Security) connectivity shows the status of the TLS connections between Direct Routing and the
//   SBC. Health Dashboard also analyzes the certificate expiration date and warns if a certificate is set to expire
//   within 30 days".
// - Cisco, Configure Local Gateway on Cisco IOS XE for Webex Calling (not readable here; see
//   rules/sbc/webex-lgw-trust-1.ts): Cisco's core root bundle, ios_core.p7b.
import type { CertificatePlan, SbcPurpose } from "./types";

export const TEAMS_ROOTS = [
  "Baltimore CyberTrust Root",
  "DigiCert Global Root G2",
  "DigiCert Global Root CA",
];

export const SBC_SOURCES = {
  plan: "Microsoft Learn, Plan Direct Routing (June 17, 2024) — https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan",
  health:
    "Microsoft Learn, Health Dashboard for Direct Routing — https://learn.microsoft.com/en-us/microsoftteams/direct-routing-health-dashboard",
  whatsNew:
    "Microsoft Learn, What's new for Direct Routing — https://learn.microsoft.com/en-us/microsoftteams/direct-routing-whats-new",
  lgw: "Cisco, Configure Local Gateway on Cisco IOS XE for Webex Calling — https://help.webex.com/en-us/article/jr1i3r (not read here)",
} as const;

export interface SbcGuidance {
  /** what to order from the CA */
  order: string;
  /** what the SBC must trust */
  trust: string;
  /** where the status shows after installation */
  status?: string;
}

export function sbcPurposeOf(cert: Pick<CertificatePlan, "profile">): SbcPurpose | undefined {
  switch (cert.profile) {
    case "sbc-teams":
      return "teams-direct-routing";
    case "sbc-webex-lgw":
      return "webex-local-gateway";
    case "sbc-sip-trunk":
      return "sip-trunk";
    default:
      return undefined;
  }
}

export function sbcGuidance(cert: CertificatePlan): SbcGuidance | undefined {
  const purpose = sbcPurposeOf(cert);
  if (!purpose) return undefined;
  const eku = cert.eku.includes("clientAuth")
    ? "Server Authentication and Client Authentication"
    : "Server Authentication";
  if (purpose === "teams-direct-routing") {
    return {
      order: `A public certificate from a CA in the Microsoft Trusted Root Program (Microsoft trusts no other for Direct Routing), with ${eku} as Microsoft's Plan Direct Routing (June 17, 2024) asks; key at least 2048 bits.`,
      trust: `In the Teams TLS context's trusted root store of each SBC: ${TEAMS_ROOTS.join(", ")} (Microsoft's SIP proxy certificates chain to them); Microsoft has announced root changes since, so compare with Microsoft's current "What's new for Direct Routing".`,
      status:
        "Teams admin center > Voice > Direct Routing > SBCs: the TLS connectivity status of each SBC shows whether the TLS connections work, and warns when its certificate expires within 30 days.",
    };
  }
  if (purpose === "webex-local-gateway") {
    return {
      order: `A certificate with ${eku} for the CUBE's FQDN, from a CA its TLS peers trust.`,
      trust:
        "Cisco's core root bundle on the CUBE (crypto pki trustpool import clean url http://www.cisco.com/security/pki/trs/ios_core.p7b): it holds the DigiCert root of the Webex servers.",
    };
  }
  return {
    order: `A certificate with ${eku} for the SBC's FQDN, from a CA the carrier trusts (its interconnection document says which).`,
    trust: "The root of the carrier's SIP certificate, as the carrier's interconnection document names it.",
  };
}
