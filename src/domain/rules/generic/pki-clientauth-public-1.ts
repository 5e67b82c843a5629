import { own } from "../../own";
import { longDate } from "../../public-ca";
import type { PublicCa } from "../../types";
import type { CertificateRule, CertView, RuleContext } from "../rule";
import { componentTypeOf, hasEku, isPublic } from "./shared";

// Sources read 2026-12-07 (each quoted below; the dates are the pages' own):
// - Chrome Root Program Policy v1.8 (last updated 2026-02-05), §1.3.2, read from github.com/GoogleChrome/chromerootprogram
//   content/index.md: "All corresponding subscriber certificates issued on or after March 15, 2027, MUST include the
//   extendedKeyUsage extension and only assert an extendedKeyUsage purpose of id-kp-serverAuth." (June 15, 2026 in
//   the same section is the date for subordinate CA certificates, not for subscriber certificates.)
// - DigiCert knowledge base ALERT53 (last modified 03/03/2026): "DigiCert will stop including the Client
//   Authentication EKU in our public TLS certificates on March 1, 2027."
// - Sectigo FAQ (sectigo.com/faq-client-authentication-eku-deprecation, page undated): "Effective May 15, 2026, the
//   Client Authentication EKU will be permanently removed from all newly issued SSL/TLS certificates." Resellers
//   report later Sectigo dates (October 2026, February 2027); we found none on Sectigo's own pages: unconfirmed.
// - Let's Encrypt blog "Ending TLS Client Authentication Certificate Support in 2026" (2025-05-14, updated
//   2026-03-16; github.com/letsencrypt/website content/en/post/2025-05-14-ending-tls-client-authorization.md):
//   "February 11, 2026: the default classic ACME profile will no longer contain the Client Authentication EKU." /
//   "July 8, 2026: the tlsclient ACME profile will no longer be available and no further certificates with the
//   Client Authentication EKU will be issued."
// - GlobalSign support, "Upcoming Changes to TLS Roots and Certificate Profiles" (Feb 26, 2026): publicly trusted
//   TLS certificates "must contain only the Server Authentication (ServerAuth) EKU". GlobalSign's own cut-off date
//   for Client Authentication could not be read: unconfirmed, the Chrome date applies at the latest.
// - Cisco field notices FN74362 (Expressway) and FN74345 (Unified CM, IM and Presence, Unity Connection, Emergency
//   Responder): "certificates issued by a public root CA with only Server Authentication EKU will not be valid for
//   client authentication in mutual TLS (mTLS) setups." Cisco, "Navigate Client EKU Sunset with Cisco Expressway
//   x15.5": "x15.5 has two certificate stores: 1. Server certificate store 2. Client certificate store".

/** Chrome Root Program Policy v1.8 §1.3.2: subscriber certificates issued on or after this date are serverAuth only. */
export const CLIENTAUTH_CUTOFF = "2027-03-15";

const CHROME =
  "Chrome Root Program Policy v1.8, §1.3.2 (https://googlechrome.github.io/chromerootprogram/#132-promote-use-of-dedicated-tls-server-authentication-pki-hierarchies) — " +
  '"All corresponding subscriber certificates issued on or after March 15, 2027, MUST include the extendedKeyUsage ' +
  'extension and only assert an extendedKeyUsage purpose of id-kp-serverAuth."';

const SBC_TEAMS_EKU =
  "Microsoft Learn, Plan Direct Routing (https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan#public-trusted-certificate-for-the-sbc, June 17, 2024) — " +
  '"Also make sure that the Extended Key Usage (EKU) extension of your certificate includes Server Authentication ' +
  'and Client Authentication."';

/** The source the install check quotes when no finding is at hand. */
export const CLIENTAUTH_SOURCE = CHROME;

const FN74362 =
  "Cisco Field Notice FN74362 (https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74362.html) — " +
  '"certificates issued by a public root CA with only Server Authentication EKU will not be valid for client ' +
  'authentication in mutual TLS (mTLS) setups."; Cisco, Navigate Client EKU Sunset with Cisco Expressway x15.5 ' +
  "(https://www.cisco.com/c/en/us/support/docs/unified-communications/telepresence-video-communication-server-expressway/225693-navigate-client-eku-sunset-with.html) — " +
  '"x15.5 has two certificate stores: 1. Server certificate store 2. Client certificate store"';

const FN74345 =
  "Cisco Field Notice FN74345 (https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74345.html) — " +
  '"certificates issued by a public root CA with only Server Authentication EKU will not be valid for client ' +
  'authentication in mutual TLS (mTLS) setups."';

interface CaNotice {
  name: string;
  /** the first issue date on which this CA, by its own announcement, no longer issues Client Authentication */
  stops?: string;
  /** what the CA says, in the admin's words, with its date */
  text: string;
  source: string;
}

const CA_NOTICES: Record<Exclude<PublicCa, "other">, CaNotice> = {
  digicert: {
    name: "DigiCert",
    stops: "2027-03-01",
    text:
      "DigiCert (its knowledge-base alert ALERT53, updated March 3, 2026) has issued Server Authentication only " +
      "by default since October 1, 2025, adds Client Authentication only when you choose it at enrollment, and " +
      "stops including it on March 1, 2027, for all its brands (DigiCert, GeoTrust, Thawte, RapidSSL).",
    source:
      "DigiCert knowledge base ALERT53 (https://knowledge.digicert.com/alerts/sunsetting-client-authentication-eku-from-digicert-public-tls-certificates, last modified 03/03/2026) — " +
      '"DigiCert will stop including the Client Authentication EKU in our public TLS certificates on March 1, 2027."',
  },
  sectigo: {
    name: "Sectigo",
    stops: "2026-05-15",
    text:
      "Sectigo (its own FAQ on the deprecation) stopped including Client Authentication by default on September " +
      "15, 2025 and removed it from all newly issued TLS certificates on May 15, 2026, with no exceptions. Later " +
      "dates quoted by resellers are not confirmed on Sectigo's own pages.",
    source:
      "Sectigo, Deprecation of Client Authentication EKU from Sectigo SSL/TLS Certificates (https://sectigo.com/faq-client-authentication-eku-deprecation) — " +
      '"Effective May 15, 2026, the Client Authentication EKU will be permanently removed from all newly issued ' +
      'SSL/TLS certificates. No exceptions will be granted after this date."',
  },
  letsencrypt: {
    name: "Let's Encrypt",
    stops: "2026-07-08",
    text:
      "Let's Encrypt (its blog, updated March 16, 2026) dropped Client Authentication from its default profile " +
      'on February 11, 2026 and ended the opt-in "tlsclient" profile on July 8, 2026: it issues Server ' +
      "Authentication only.",
    source:
      "Let's Encrypt, Ending TLS Client Authentication Certificate Support in 2026 (https://letsencrypt.org/2025/05/14/ending-tls-client-authentication/, updated March 16, 2026) — " +
      '"July 8, 2026: the tlsclient ACME profile will no longer be available and no further certificates with the ' +
      'Client Authentication EKU will be issued."',
  },
  globalsign: {
    name: "GlobalSign",
    text:
      "GlobalSign (its support page on TLS roots and certificate profiles, February 26, 2026) says publicly " +
      "trusted TLS certificates must carry Server Authentication only; we could not confirm the date GlobalSign " +
      "itself stops, so ask GlobalSign: at the latest it is March 15, 2027.",
    source:
      "GlobalSign support, Upcoming Changes to TLS Roots and Certificate Profiles (https://support.globalsign.com/ssl/upcoming-changes-tls-roots-and-certificate-profiles, Feb 26, 2026) — " +
      'publicly trusted TLS certificates "must contain only the Server Authentication (ServerAuth) EKU."',
  },
};

/** What stops working without clientAuth, and what to do instead, per platform, in the admin's terms. */
function platformAdvice(view: CertView): { breaks: string; fix: string; source?: string } {
  switch (componentTypeOf(view)) {
    case "sfb-edge":
      return {
        breaks: "public IM connectivity with AOL, the only reason the Edge asks for it, would fail",
        fix:
          "Microsoft ended public IM connectivity with AOL and Yahoo! on June 30, 2014: turn public IM " +
          "connectivity off for this Edge and order the certificate with Server Authentication only.",
      };
    case "pexip":
      return {
        breaks: "the mutual TLS connections between the Pexip nodes and Skype for Business / Lync fail",
        fix:
          "Issue the Pexip node certificates from your internal CA that your Skype for Business servers trust. " +
          "For federation with other organisations a private CA works only if every partner trusts your private " +
          "root: tell them before you switch.",
      };
    case "cisco-uc":
      return {
        breaks:
          "inter-server connections that present this certificate as a TLS client (intercluster, ILS, UDS, " +
          "IM and Presence and SIP trunk connections) fail",
        fix:
          "Cisco's field notice FN74345 covers Unified CM, IM and Presence and Unity Connection: until your " +
          "release supports a separate client certificate, issue this certificate from your internal CA (all " +
          "cluster nodes and peers must trust its root), or keep the public certificate only where no peer " +
          'needs it as a client certificate. Once your release supports it, set "Client certificate" to ' +
          '"Separate" on the Components step to plan a client certificate per node from your own CA.',
        source: FN74345,
      };
    case "expressway":
      return {
        breaks: "traversal and neighbour zones and other mutual TLS connections fail",
        fix:
          "Cisco's field notice FN74362: from Expressway X15.5 you can keep this public certificate as the " +
          "server certificate and load a separate client certificate, issued by your private CA, into the new " +
          "client certificate store; the peers (Expressway-C/E, Unified CM, partners you federate with) must then " +
          "trust that private root. On older releases, issue the certificate from your private CA. To plan the " +
          'two certificates, set "Client certificate" to "Separate" on the Components step.',
        source: FN74362,
      };
    case "sbc":
      if (view.component?.type === "sbc" && view.component.purpose === "teams-direct-routing") {
        // Plan Direct Routing (MicrosoftDocs/OfficeDocs-SkypeForBusiness Teams/direct-routing-plan.md, ms.date
        // 06/17/2024): "Also make sure that the Extended Key Usage (EKU) extension of your certificate includes Server
        // Authentication and Client Authentication." — and only CAs of the Microsoft Trusted Root Program are trusted,
        // so a private CA is no way out. A newer Microsoft page could not be read here.
        return {
          breaks:
            "Microsoft's SIP proxies, which use mutual TLS with the SBC, refuse the SBC (Microsoft's page of June 17, 2024 asks for Server Authentication and Client Authentication)",
          fix: 'Teams Direct Routing trusts only public CAs of the Microsoft Trusted Root Program, so your own CA is no way out here: order from a CA that still issues Client Authentication on your date, and before you order check Microsoft\'s current "Plan Direct Routing" and "What\'s new for Direct Routing" pages; we could not read a newer Microsoft page that drops the Client Authentication requirement.',
          source: SBC_TEAMS_EKU,
        };
      }
      return {
        breaks: "a SIP peer that asks the SBC for a client certificate (mutual TLS) refuses it",
        fix: "Ask the carrier or the peer whether it requires a client certificate from the SBC; if it does, use a certificate from a CA the peer trusts that still issues Client Authentication.",
      };
    default:
      return {
        breaks: "anything that uses this certificate as a TLS client certificate (mutual TLS) fails",
        fix:
          "Issue this certificate from your internal CA for server-to-server mutual TLS (every peer must trust " +
          "its root, including partner organisations you federate with), or use a separate client certificate " +
          "where the product supports one.",
      };
  }
}

function publicCaOf(view: CertView, ctx: RuleContext): PublicCa | undefined {
  return (
    view.planned?.publicCa ??
    own(ctx.plan.certificateOptions, view.id)?.publicCa ??
    ctx.plan.defaults?.publicCa
  );
}

/** One finding per defect: when the existing certificate is being renewed by a planned certificate that itself
 *  asks a public CA for clientAuth, the plan's finding says it (and says what to do); the existing certificate's
 *  would say the same thing a second time. */
function coveredByPlannedRenewal(view: CertView): boolean {
  const planned = view.target === "existing" ? view.planned : undefined;
  return planned !== undefined && planned.caType === "public" && planned.eku.includes("clientAuth");
}

export const PKI_CLIENTAUTH_PUBLIC_1: CertificateRule = {
  id: "PKI-CLIENTAUTH-PUBLIC-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Public CAs no longer issue TLS certificates with Client Authentication: each CA stopped on its own date, " +
    "and none may after March 15, 2027 (Chrome Root Program). Mutual TLS needs a certificate from your own CA " +
    "or a separate client certificate.",
  source: CHROME,
  applies: (view) => isPublic(view) && hasEku(view, "clientAuth") && !coveredByPlannedRenewal(view),
  check(view, ctx) {
    const { breaks, fix, source: platformSource } = platformAdvice(view);
    const caId = publicCaOf(view, ctx);
    const notice = caId && caId !== "other" ? CA_NOTICES[caId] : undefined;
    const date = ctx.issueDate;
    const chromePassed = date >= CLIENTAUTH_CUTOFF;
    const caPassed = notice?.stops !== undefined && date >= notice.stops;
    const on = longDate(date);
    // what the public CA can do on the issue date, in one sentence that follows "This certificate needs Client
    // Authentication" (planned) or "The existing certificate carries Client Authentication" (existing)
    const status = chromePassed
      ? `, but no publicly trusted CA may issue it on ${on}: the Chrome Root Program requires Server ` +
        "Authentication only in every TLS certificate issued on or after March 15, 2027."
      : notice
        ? caPassed
          ? `, but ${notice.name} no longer issues it on ${on}: it stopped on ${longDate(notice.stops as string)}.`
          : notice.stops
            ? `. ${notice.name} can still issue it on ${on}, but stops on ${longDate(notice.stops)}.`
            : `. Whether ${notice.name} still issues it on ${on} is not confirmed, and no public CA may from ` +
              "March 15, 2027."
        : ", but most public CAs have already stopped issuing it, each on its own date, and none may after " +
          "March 15, 2027 (Chrome Root Program).";
    const caText = notice
      ? notice.text
      : caId === "other"
        ? "Check your CA's own announcement for its date."
        : "Name your public CA on the Organization step to see that CA's own date.";
    const message =
      view.target === "plan"
        ? `This certificate needs Client Authentication${status} Without it, ${breaks}. ${fix} ${caText}`
        : `The existing certificate carries Client Authentication, and its renewal will need it too${status} ` +
          `Without it, ${breaks}. ${fix} ${caText}`;
    const sources = [CHROME, notice?.source, platformSource].filter((s): s is string => s !== undefined);
    return [
      {
        message,
        severity: view.target === "plan" && (chromePassed || caPassed) ? "error" : "warning",
        source: sources.join("; "),
      },
    ];
  },
};
