// What a public order involves beyond the names: the CA (for its own dates), the validation level (which subject
// fields the CA carries) and the domain validation method (which ones the CA/Browser Forum still allows on a date).
// Read 2026-12-07 from github.com/cabforum/servercert docs/BR.md (v2.2.6, 31-March-2026) and the ballot pages in
// github.com/cabforum/cabforum.org (content/posts/2025/2025-11-20-ballot-sc90, 2025-10-09-ballot-sc88).
import type { CertificatePlan, Plan, PublicCa, ValidationLevel, ValidationMethod } from "./types";

export const PUBLIC_CA_LABEL: Record<PublicCa, string> = {
  digicert: "DigiCert (also GeoTrust, Thawte, RapidSSL)",
  sectigo: "Sectigo",
  letsencrypt: "Let's Encrypt",
  globalsign: "GlobalSign",
  other: "Another public CA",
};

export interface MethodInfo {
  label: string;
  /** the BR §3.2.2.4 subsections of the method */
  sections: string;
  /** from this date the BR say the method "SHOULD NOT be used" */
  discouragedFrom?: string;
  /** from this date "The CA MUST NOT rely on this method" */
  endsOn?: string;
}

// BR §3.2.2.4.4 / .13 / .14 (email) and §3.2.2.4.16 / .17 (phone), as amended by ballot SC-090: "Effective March
// 15, 2026, this method SHOULD NOT be used to issue Subscriber Certificates." and "Effective March 15, 2028 [email;
// March 15, 2027 for phone]: - The CA MUST NOT rely on this method." SC-088 added §3.2.2.4.22 "DNS TXT Record with
// Persistent Value": "The record MUST be placed at the "_validation-persist" label prepended to the Authorization
// Domain Name being validated".
export const VALIDATION_METHOD_INFO: Record<ValidationMethod, MethodInfo> = {
  "dns-change": { label: "DNS record with a value from the CA (TXT, CNAME or CAA)", sections: "§3.2.2.4.7" },
  "dns-persistent": {
    label: "Persistent DNS TXT record at _validation-persist.<domain>",
    sections: "§3.2.2.4.22",
  },
  "http-file": { label: "File on the web server under /.well-known/pki-validation", sections: "§3.2.2.4.18" },
  "acme-http": { label: "ACME http-01 challenge", sections: "§3.2.2.4.19" },
  "acme-dns-account": { label: "ACME dns-account-01 challenge", sections: "§3.2.2.4.21" },
  "tls-alpn": { label: "ACME tls-alpn-01 challenge", sections: "§3.2.2.4.20" },
  email: {
    label: "Email to admin@/webmaster@… or to a contact published in DNS",
    sections: "§3.2.2.4.4, §3.2.2.4.13, §3.2.2.4.14",
    discouragedFrom: "2026-03-15",
    endsOn: "2028-03-15",
  },
  phone: {
    label: "Phone call to a contact published in DNS",
    sections: "§3.2.2.4.16, §3.2.2.4.17",
    discouragedFrom: "2026-03-15",
    endsOn: "2027-03-15",
  },
};

export const VALIDATION_METHOD_LABEL: Record<ValidationMethod, string> = Object.fromEntries(
  Object.entries(VALIDATION_METHOD_INFO).map(([k, v]) => [k, v.label]),
) as Record<ValidationMethod, string>;

const LONG_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
/** "2027-03-15" → "March 15, 2027" */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/** The validation methods a public CA may still use on `date`, in the admin's words. */
export function methodsAllowedOn(date: string): ValidationMethod[] {
  return (Object.keys(VALIDATION_METHOD_INFO) as ValidationMethod[]).filter((m) => {
    const end = VALIDATION_METHOD_INFO[m].endsOn;
    return end === undefined || date < end;
  });
}

/** One sentence for the worksheet: which validation methods remain on the issue date, and the plan's choice. */
export function validationMethodsText(plan: Plan, issueDate: string): string {
  const allowed = methodsAllowedOn(issueDate);
  const dns = "a DNS TXT record with the CA's value, or a persistent one at _validation-persist.<domain>";
  const web = "a file on the web server or an ACME challenge";
  const contacts = allowed
    .filter((m) => VALIDATION_METHOD_INFO[m].endsOn)
    .map(
      (m) =>
        `${m === "email" ? "email" : "phone"} until ${longDate(VALIDATION_METHOD_INFO[m].endsOn as string)}`,
    );
  let text =
    `Methods a public CA may use on ${longDate(issueDate)} (CA/Browser Forum Baseline Requirements §3.2.2.4): ` +
    `${dns}; ${web}${contacts.length > 0 ? `; ${contacts.join(", ")} (discouraged since March 15, 2026)` : ""}.`;
  const chosen = plan.defaults?.validationMethod;
  if (chosen) {
    const info = VALIDATION_METHOD_INFO[chosen];
    const ended = info.endsOn !== undefined && issueDate >= info.endsOn;
    text += ` Planned: ${info.label}${ended ? ` — no longer allowed since ${longDate(info.endsOn as string)}` : ""}.`;
  }
  return text;
}

/** The validation level of the plan's public orders (default OV: the subjects UC certificates carry). */
export function validationLevelOf(plan: Plan): ValidationLevel {
  return plan.defaults?.validationLevel ?? "OV";
}

/** Which subject fields a public CA puts in the certificate for the plan's validation level (BR §7.1.2.7.2–.5). */
export function subjectCarriedText(plan: Plan, cert: Pick<CertificatePlan, "caType" | "subject">): string {
  if (cert.caType !== "public") return "Your internal CA issues the subject as requested.";
  const level = validationLevelOf(plan);
  if (level === "DV")
    return (
      "Domain validated (DV): the certificate carries the names (CN and SANs) and at most the Country; the CA " +
      "ignores Organization, Locality and State."
    );
  const fields = (["O", "L", "ST", "C"] as const).filter((k) => cert.subject[k]);
  const what = fields.length > 0 ? fields.join(", ") : "no organization fields (none planned)";
  return level === "EV"
    ? `Extended validation (EV): the CA carries the names and the organization details it verified (${what}, plus the fields the EV Guidelines require).`
    : `Organization validated (OV): the CA carries the names and the organization details it verified (${what}).`;
}
