import type { PublicCa } from "./types";

// CA/Browser Forum ballot SC-081 (BR v2.2.6 §6.3.2): maximum validity of a public TLS certificate by issue date.
const SCHEDULE: { from: string; days: number }[] = [
  { from: "2029-03-15", days: 47 },
  { from: "2027-03-15", days: 100 },
  { from: "2026-03-15", days: 200 },
];

/** The longest validity (days) a public CA may issue on `issueDate` (YYYY-MM-DD). */
export function maxPublicValidityDays(issueDate: string): number {
  for (const step of SCHEDULE) if (issueDate >= step.from) return step.days;
  return 398;
}

/** A CA's own lifetime, shorter than the Baseline Requirements allow, from the CA's own announcement. */
interface CaLifetimeStep {
  from: string;
  days: number;
}

/**
 * Let's Encrypt, "Decreasing Certificate Lifetimes to 45 Days" (letsencrypt.org/2025/12/02/from-90-to-45, read
 * 2026-12-07 from github.com/letsencrypt/website content/en/post/2025-12-02-from-90-to-45.md): "We currently
 * issue certificates valid for 90 days" … "February 10, 2027: Let's Encrypt will switch our default classic ACME
 * profile to issuing 64-day certificates" … "February 16, 2028: We will further update the classic profile to
 * issue 45-day certificates". The default (classic) profile; the opt-in tlsserver (45 days since May 13, 2026)
 * and shortlived (6 days) profiles are shorter still. The other CAs the plan can name announce no maximum of
 * their own below the BR's.
 */
const CA_LIFETIMES: Partial<Record<PublicCa, CaLifetimeStep[]>> = {
  letsencrypt: [
    { from: "2028-02-16", days: 45 },
    { from: "2027-02-10", days: 64 },
    { from: "0000-01-01", days: 90 },
  ],
};

/** The longest validity the named public CA itself issues on `issueDate`, when it announces one below the BR's. */
export function caMaxValidityDays(publicCa: PublicCa | undefined, issueDate: string): number | undefined {
  const steps = publicCa ? CA_LIFETIMES[publicCa] : undefined;
  return steps?.find((s) => issueDate >= s.from)?.days;
}

/** Requested validity when the plan names none: one day under the longest a public CA may issue on the
 *  issue date (PKI-VALIDITY-1; the day of slack absorbs CAs' rounding of notAfter, which is why CAs sell
 *  "397-day" certificates under a 398-day limit), or two years for an internal CA (a common template). */
export function defaultValidityDays(caType: "public" | "internal", issueDate: string): number {
  return caType === "public" ? maxPublicValidityDays(issueDate) - 1 : 730;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

// BR v2.2.6 §4.2.1 (as amended by ballot SC-081; read 2026-12-07 from github.com/cabforum/servercert
// docs/BR.md), "Table: Domain Name and IP Address validation data reuse periods": before 2026-03-15 398 days,
// 2026-03-15 to 2027-03-15 200 days, 2027-03-15 to 2029-03-15 100 days, from 2029-03-15 10 days. "any data,
// document, or completed validation used MUST be obtained within the maximum number of days prior to issuing
// the Certificate".
const DOMAIN_REUSE: { from: string; days: number }[] = [
  { from: "2029-03-15", days: 10 },
  { from: "2027-03-15", days: 100 },
  { from: "2026-03-15", days: 200 },
];

/** How many days before `issueDate` a public CA may have validated a domain and still rely on it. */
export function domainValidationReuseDays(issueDate: string): number {
  for (const step of DOMAIN_REUSE) if (issueDate >= step.from) return step.days;
  return 398;
}

/** BR §3.2.2.4.22 (SC-088): "CAs MUST consider 10 days as the maximum validation data reuse period for
 *  validations completed using this method" — the persistent record is re-checked at least every 10 days. */
export const PERSISTENT_RECORD_REUSE_DAYS = 10;
