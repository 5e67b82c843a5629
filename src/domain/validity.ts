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
