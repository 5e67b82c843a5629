// "Renewals through 2029": what short-lived public certificates mean for this plan — issuances, installs and
// hours per year, each certificate's next renew-by date, and the calendar file with one event per renewal.
import { useId, useMemo, useState } from "react";
import { todayIso } from "../../domain";
import type { Plan, PlanResult } from "../../domain/types";
import { renewalCalendarParts } from "../../schedule/ics";
import {
  DEFAULT_HOURS_PER_ISSUANCE,
  planRenewalSchedule,
  type RenewalSchedule,
} from "../../schedule/renewals";
import { usePlanStore } from "../../state/plan-store";
import { downloadBlob, planFileStem } from "../download";
import { plural } from "../format";
import { yieldToBrowser } from "../yield";

export function scheduleOf(plan: Plan, result: PlanResult): RenewalSchedule {
  return planRenewalSchedule(plan, result.certificates, todayIso());
}

export function calendarFileName(plan: Plan): string {
  return `${planFileStem(plan.name)}-renewals.ics`;
}

/** Written a certificate at a time, letting the page breathe: a 1,000-node plan's calendar is several MB. */
export async function downloadCalendar(plan: Plan, schedule: RenewalSchedule): Promise<void> {
  const parts: string[] = [];
  let n = 0;
  for (const part of renewalCalendarParts(schedule, { planName: plan.name, now: new Date() })) {
    parts.push(part);
    if (++n % 16 === 0) await yieldToBrowser();
  }
  downloadBlob(new Blob(parts, { type: "text/calendar" }), calendarFileName(plan));
}

function hours(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function HoursField({ plan }: { plan: Plan }) {
  const uid = useId();
  const commit = usePlanStore((s) => s.commitPlan);
  const [value, setValue] = useState(String(plan.schedule?.hoursPerIssuance ?? DEFAULT_HOURS_PER_ISSUANCE));
  const [error, setError] = useState("");
  const save = (text: string) => {
    setValue(text);
    const n = Number(text.trim());
    if (text.trim() === "" || !Number.isFinite(n) || n <= 0 || n > 1000) {
      setError("Type a number of hours above 0 and at most 1000, e.g. 1.5.");
      return;
    }
    setError("");
    const current = usePlanStore.getState().plan;
    commit({ ...current, schedule: { ...current.schedule, hoursPerIssuance: n } });
  };
  return (
    <div className="field renewal-hours">
      <label htmlFor={`${uid}-h`}>Hours per issuance</label>
      <input
        id={`${uid}-h`}
        type="number"
        min={0.25}
        max={1000}
        step={0.25}
        inputMode="decimal"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${uid}-hint${error ? ` ${uid}-err` : ""}`}
        onChange={(e) => save(e.target.value)}
      />
      <p className="field-hint" id={`${uid}-hint`}>
        Your manual cost of one issuance: the CSR, the order and its domain validation, installing on every
        node, and the check afterwards. Saved with the plan.
      </p>
      {error ? (
        <p className="field-error" id={`${uid}-err`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** How many rows the per-certificate table shows before "Show all". */
const ROWS = 50;

/** Each certificate's lifetime and renew-by date: rendered only when unfolded, and 50 rows at first, since a
 *  10,000-node plan has thousands of certificates (the Review pages its cards for the same reason). */
function CertificateDates({ schedule }: { schedule: RenewalSchedule }) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const rows = all ? schedule.certificates : schedule.certificates.slice(0, ROWS);
  return (
    <details className="renewal-dates" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Each certificate's lifetime and next renewal</summary>
      {open ? (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Certificate</th>
                <th scope="col">Lifetime if issued on {schedule.from}</th>
                <th scope="col">Renew by</th>
                <th scope="col">Renewals through 2029</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const first = c.issuances[0];
                return (
                  <tr key={c.certificateId}>
                    <th scope="row">
                      {c.cn} <span className="muted">({c.certificateId})</span>
                    </th>
                    <td>
                      {first ? `${first.lifetimeDays} days` : "—"}
                      {first ? <span className="muted"> — {first.limit}</span> : null}
                    </td>
                    <td className="nowrap">{first?.renewBy ?? "—"}</td>
                    <td>{Math.max(0, c.issuances.length - 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length < schedule.certificates.length ? (
            <button type="button" className="button button-small" onClick={() => setAll(true)}>
              Show all {schedule.certificates.length} certificates
            </button>
          ) : null}
        </>
      ) : null}
    </details>
  );
}

/** The load table and, on the Review, the cost field and the calendar download. */
export function RenewalLoad({
  plan,
  result,
  editable,
  held,
  headingId,
}: {
  plan: Plan;
  result: PlanResult;
  editable: boolean;
  held: boolean;
  headingId: string;
}) {
  const schedule = useMemo(() => scheduleOf(plan, result), [plan, result]);
  if (result.certificates.length === 0) return null;
  const publicCount = schedule.certificates.filter((c) => c.caType === "public").length;
  return (
    <section className="panel renewal-load" aria-labelledby={headingId}>
      <h3 id={headingId}>Renewals through 2029</h3>
      <p>
        Public TLS certificates issued from March 15, 2026 live at most 200 days, from March 15, 2027 at most
        100 days and from March 15, 2029 at most 47 days (CA/Browser Forum Baseline Requirements §6.3.2,
        ballot SC-081). Each certificate is renewed when a third of its lifetime is left, the margin Let's
        Encrypt advises for every renewal. {plural(publicCount, "public certificate")} of{" "}
        {plural(result.certificates.length, "certificate")} follow that schedule; a certificate from your own
        CA keeps the validity you ask of it.
      </p>
      <table className="renewal-load-table">
        <caption>
          Issuances per year for the whole plan, at {hours(schedule.hoursPerIssuance)}{" "}
          {schedule.hoursPerIssuance === 1 ? "hour" : "hours"} per issuance
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Issuances</th>
            <th scope="col">Installs (× nodes)</th>
            <th scope="col">Hours</th>
          </tr>
        </thead>
        <tbody>
          {schedule.load.map((l) => (
            <tr key={l.year}>
              <th scope="row" className="nowrap">
                {l.year === Number(schedule.from.slice(0, 4)) ? `${l.year} (from ${schedule.from})` : l.year}
              </th>
              <td>{l.issuances}</td>
              <td>{l.installs}</td>
              <td>{hours(l.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable ? <HoursField plan={plan} /> : null}
      <CertificateDates schedule={schedule} />
      <p className="no-print">
        <button
          type="button"
          className="button"
          disabled={held}
          onClick={() => void downloadCalendar(plan, schedule)}
        >
          Download renewal calendar (.ics)
        </button>{" "}
        <span className="muted">One all-day event per renewal, with a reminder 14 days before.</span>
      </p>
    </section>
  );
}
