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
  issuances: Issuance[];
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

const DAY = 86_400_000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
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

function requestedValidity(plan: Plan, cert: CertificatePlan): number | undefined {
  const component = plan.components.find((c) => c.id === cert.componentId);
  return component?.validityDays ?? plan.defaults?.validityDays;
}

/** Every issuance of every planned certificate from `from` (the plan's issue date) through `until`. */
export function renewalSchedule(
  plan: Plan,
  certificates: readonly CertificatePlan[],
  options: { from: string; until?: string; hoursPerIssuance?: number },
): RenewalSchedule {
  const until = options.until ?? SCHEDULE_UNTIL;
  const hoursPerIssuance = options.hoursPerIssuance ?? DEFAULT_HOURS_PER_ISSUANCE;
  const schedules: CertificateSchedule[] = certificates.map((cert) => {
    const requested = requestedValidity(plan, cert);
    const issuances: Issuance[] = [];
    let date = options.from;
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
    return {
      certificateId: cert.id,
      cn: cert.subject.CN,
      title: cert.title,
      caType: cert.caType,
      nodes: Math.max(1, cert.installOn.length),
      issuances,
    };
  });
  const load = LOAD_YEARS.map((year) => {
    let issuances = 0;
    let installs = 0;
    for (const s of schedules) {
      const n = s.issuances.filter((i) => i.issued.startsWith(`${year}-`)).length;
      issuances += n;
      installs += n * s.nodes;
    }
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
