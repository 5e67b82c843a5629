// The renewal calendar: for every planned certificate, each issuance from the plan's issue date through 2029,
// with the lifetime the CA may give on that day, the day to renew by, and the load this puts on the admin.
//
// Lifetimes. Public certificates follow the Baseline Requirements as amended by ballot SC-081 (BR §6.3.2, read
// 2026-12-07 from github.com/cabforum/servercert docs/BR.md): "Subscriber Certificates issued on or after
// 2026-03-15 and before 2027-03-15 SHOULD NOT have a Validity Period greater than 199 days and MUST NOT have a
// Validity Period greater than 200 days" (99/100 days from 2027-03-15, 46/47 days from 2029-03-15). We plan the
// SHOULD figure, as CAs sell it, or the CA's own shorter maximum where the plan names the CA (validity.ts), or
// the admin's own shorter request. An internal CA's certificate keeps the validity the plan asks for.
//
// Renew by. Let's Encrypt's integration guide (letsencrypt.org/docs/integration-guide, "When to Renew", read
// 2026-12-07): "As a backstop to ARI, we recommend renewing certificates automatically when they have a third of
// their total lifetime left. For certificates with a validity period under 10 days, we recommend renewing
// halfway through their total lifetime." The same margin suits a manual renewal: it leaves a third of the
// lifetime for an order that stalls on validation or a change window that moves.

import type { CertificatePlan, Plan } from "../domain/types";
import { caMaxValidityDays, maxPublicValidityDays } from "../domain/validity";

/** The calendar's horizon: the last phase of SC-081 starts on 2029-03-15. */
export const SCHEDULE_UNTIL = "2029-12-31";
/** The years the load table shows. */
export const LOAD_YEARS = [2026, 2027, 2028, 2029] as const;
/** The stated manual cost of one issuance (CSR, order, validation, install on every node, check), in hours. */
export const DEFAULT_HOURS_PER_ISSUANCE = 2;

export interface Issuance {
  /** YYYY-MM-DD: the day this certificate is issued (the first one: the plan's issue date) */
  issued: string;
  lifetimeDays: number;
  /** YYYY-MM-DD: the last day it is valid (notBefore + lifetime − 1 day: the BR's validity period is inclusive) */
  expires: string;
  /** YYYY-MM-DD: the day to have its successor installed, a third of the lifetime before it ends */
  renewBy: string;
  /** why this lifetime, in the admin's words */
  limit: string;
}

export interface CertificateSchedule {
  certificateId: string;
  cn: string;
  title: string;
  caType: CertificatePlan["caType"];
  /** the nodes that each import this certificate: an issuance means that many installs */
  nodes: number;
  /** shared between certificates with the same chain: never mutate */
  issuances: readonly Issuance[];
}

export interface YearLoad {
  year: number;
  issuances: number;
  installs: number;
  hours: number;
}

export interface RenewalSchedule {
  from: string;
  until: string;
  hoursPerIssuance: number;
  certificates: CertificateSchedule[];
  load: YearLoad[];
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): plain arithmetic, since
 *  a 1,000-node plan has ~20,000 issuances and Date objects made this the Review's slowest step. */
function dayNumber(iso: string): number {
  let y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The inverse of dayNumber (civil_from_days). */
function isoOfDay(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** The lifetime of a certificate issued on `date`, and the reason for it. */
export function lifetimeOn(
  cert: Pick<CertificatePlan, "caType" | "publicCa" | "validityDays">,
  date: string,
  requested: number | undefined,
): { days: number; limit: string } {
  if (cert.caType !== "public") {
    return { days: cert.validityDays, limit: "the validity asked of the internal CA" };
  }
  const br = maxPublicValidityDays(date);
  let days = br - 1;
  let limit = `the Baseline Requirements' maximum for certificates issued on ${date} (${br} days)`;
  const ca = caMaxValidityDays(cert.publicCa, date);
  if (ca !== undefined && ca < days) {
    days = ca;
    limit = `the CA's own maximum on ${date} (${ca} days)`;
  }
  if (requested !== undefined && requested < days) {
    days = requested;
    limit = "the validity the plan asks for";
  }
  return { days, limit };
}

/** Renew when a third of the lifetime is left; halfway for lifetimes under 10 days (Let's Encrypt's advice). */
export function renewByOffset(lifetimeDays: number): number {
  return lifetimeDays < 10 ? Math.floor(lifetimeDays / 2) : Math.floor((lifetimeDays * 2) / 3);
}

function requestedValidity(
  plan: Plan,
  cert: CertificatePlan,
  components: Map<string, Plan["components"][number]>,
): number | undefined {
  return components.get(cert.componentId)?.validityDays ?? plan.defaults?.validityDays;
}

function chainOf(
  cert: Pick<CertificatePlan, "caType" | "publicCa" | "validityDays">,
  from: string,
  until: string,
  requested: number | undefined,
): Issuance[] {
  const issuances: Issuance[] = [];
  let date = from;
  // a lifetime is at least one day, so this ends; the cap guards against a plan asking for 0 days
  while (date <= until && issuances.length < 2000) {
    const { days, limit } = lifetimeOn(cert, date, requested);
    const lifetime = Math.max(1, days);
    const renewBy = addDays(date, Math.max(1, renewByOffset(lifetime)));
    issuances.push({
      issued: date,
      lifetimeDays: lifetime,
      expires: addDays(date, lifetime - 1),
      renewBy,
      limit,
    });
    date = renewBy;
  }
  return issuances;
}

/** Every issuance of every planned certificate from `from` (the plan's issue date) through `until`. */
export function renewalSchedule(
  plan: Plan,
  certificates: readonly CertificatePlan[],
  options: { from: string; until?: string; hoursPerIssuance?: number },
): RenewalSchedule {
  const until = options.until ?? SCHEDULE_UNTIL;
  const hoursPerIssuance = options.hoursPerIssuance ?? DEFAULT_HOURS_PER_ISSUANCE;
  const components = new Map(plan.components.map((c) => [c.id, c]));
  // the chain depends only on these inputs: a large plan has hundreds of certificates but a handful of chains
  const chains = new Map<string, readonly Issuance[]>();
  const schedules: CertificateSchedule[] = certificates.map((cert) => {
    const requested = requestedValidity(plan, cert, components);
    const key = `${cert.caType}|${cert.publicCa ?? ""}|${requested ?? ""}|${cert.caType === "public" ? "" : cert.validityDays}`;
    let issuances = chains.get(key);
    if (!issuances) {
      issuances = chainOf(cert, options.from, until, requested);
      chains.set(key, issuances);
    }
    return {
      certificateId: cert.id,
      cn: cert.subject.CN,
      title: cert.title,
      caType: cert.caType,
      nodes: Math.max(1, cert.installOn.length),
      issuances,
    };
  });
  const byYear = new Map<number, { issuances: number; installs: number }>(
    LOAD_YEARS.map((y) => [y, { issuances: 0, installs: 0 }]),
  );
  for (const s of schedules) {
    for (const i of s.issuances) {
      const y = byYear.get(Number(i.issued.slice(0, 4)));
      if (!y) continue;
      y.issuances += 1;
      y.installs += s.nodes;
    }
  }
  const load = LOAD_YEARS.map((year) => {
    const { issuances, installs } = byYear.get(year) ?? { issuances: 0, installs: 0 };
    return { year, issuances, installs, hours: issuances * hoursPerIssuance };
  });
  return { from: options.from, until, hoursPerIssuance, certificates: schedules, load };
}

/** The plan's own schedule: from its issue date (or today), at its stated cost per issuance. */
export function planRenewalSchedule(
  plan: Plan,
  certificates: readonly CertificatePlan[],
  today: string,
): RenewalSchedule {
  return renewalSchedule(plan, certificates, {
    from: plan.issueDate ?? today,
    hoursPerIssuance: plan.schedule?.hoursPerIssuance ?? DEFAULT_HOURS_PER_ISSUANCE,
  });
}
