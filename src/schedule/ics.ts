// The renewal calendar as an iCalendar file (RFC 5545), one all-day event per renewal with a reminder before it,
// so that every renewal of the plan lands in the admin's or the team's calendar.
//
// Written by hand: the format needs a few dozen lines, and no maintained writer is small enough for the bundle.
// What RFC 5545 asks of a writer, and where this follows it:
// - §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break"; a long line is folded by
//   "inserting a CRLF immediately followed by a single linear white-space character". We fold at 75 octets of
//   UTF-8, never inside a character.
// - §3.3.11 TEXT: backslash, semicolon and comma are escaped with a backslash, a line break as "\n".
// - §3.6.1: a VEVENT has UID and DTSTAMP; DTSTART with VALUE=DATE makes an all-day event, DTEND the day after.
// - §3.6.6: a VALARM with ACTION:DISPLAY has a DESCRIPTION and a TRIGGER.
import { assertNoControlChar } from "../domain/control-chars";
import type { RenewalSchedule } from "./renewals";
import { addDays } from "./renewals";

/** Days before the renew-by date that the calendar reminds the admin. */
export const ALARM_DAYS_BEFORE = 14;

/** RFC 5545 §3.3.11: escape a TEXT value. A control character is refused: it could start a new property. */
export function icsText(value: string): string {
  assertNoControlChar(value, "A calendar text");
  return value.replace(/[\\;,]/g, (m) => `\\${m}`);
}

/** RFC 5545 §3.1: fold a content line at 75 octets, continuation lines starting with one space. */
export function foldLine(line: string): string {
  // ASCII (almost every line): one octet a character, so slice without measuring
  if (/^[\x20-\x7e]*$/.test(line)) {
    if (line.length <= 75) return line;
    const parts = [line.slice(0, 75)];
    for (let at = 75; at < line.length; at += 74) parts.push(line.slice(at, at + 74));
    return parts.join("\r\n ");
  }
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    // the first line holds 75 octets; a continuation line holds 74 after its leading space
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function basicDate(iso: string): string {
  return iso.replaceAll("-", "");
}

/** UTC date-time in the basic format RFC 5545 §3.3.5 calls "form #2", e.g. 20261207T093000Z. */
function basicDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

export interface CalendarOptions {
  /** the plan's name, for the calendar's name */
  planName: string;
  /** when the file is written (DTSTAMP) */
  now: Date;
}

/** The calendar in pieces: the header, then one piece per certificate (all its renewal events), then the end.
 *  A 1,000-node plan's calendar is several MB: the zip writer yields to the browser between pieces. */
export function* renewalCalendarParts(
  schedule: RenewalSchedule,
  options: CalendarOptions,
): Generator<string> {
  const stamp = basicDateTime(options.now);
  const out = (lines: string[]) => `${lines.map(foldLine).join("\r\n")}\r\n`;
  yield out([
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//SAN Planner//Certificate renewal calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(`Certificate renewals — ${options.planName}`)}`,
  ]);
  for (const cert of schedule.certificates) {
    const lines: string[] = [];
    const cn = icsText(cert.cn);
    const id = icsText(cert.certificateId);
    const nodes = cert.nodes > 1 ? ` on each of its ${cert.nodes} nodes` : "";
    cert.issuances.forEach((current, i) => {
      const next = cert.issuances[i + 1];
      // the renewal of `current` is due on its renew-by date, when its successor is issued
      if (!next && current.renewBy > schedule.until) return;
      const description = [
        `Renew the certificate ${cn} (${id}) and install it${nodes} by this date.`,
        `The one in service was issued on ${current.issued} for ${current.lifetimeDays} days and expires at the end of ${current.expires}.`,
        next
          ? `Its successor can be valid for ${next.lifetimeDays} days: ${icsText(next.limit)}.`
          : "Check the lifetime the CA gives on the day you order.",
      ].join("\\n");
      lines.push(
        "BEGIN:VEVENT",
        // a stable UID, so that importing the calendar again updates these events instead of adding copies
        `UID:${id}/${current.renewBy}@san-planner`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${basicDate(current.renewBy)}`,
        `DTEND;VALUE=DATE:${basicDate(addDays(current.renewBy, 1))}`,
        `SUMMARY:Renew ${cn} (${id})`,
        `DESCRIPTION:${description}`,
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `TRIGGER:-P${ALARM_DAYS_BEFORE}D`,
        `DESCRIPTION:Renew ${cn} (${id}) by ${current.renewBy}`,
        "END:VALARM",
        "END:VEVENT",
      );
    });
    if (lines.length > 0) yield out(lines);
  }
  yield "END:VCALENDAR\r\n";
}

/** One event per renewal (each issuance after the first, on its renew-by date), each with a reminder. */
export function renewalCalendar(schedule: RenewalSchedule, options: CalendarOptions): string {
  return [...renewalCalendarParts(schedule, options)].join("");
}
