// The calendar file is read back by two independent parsers: ical.js (Mozilla's, the one Thunderbird uses) in
// Node, and Python's icalendar (Debian's python3-icalendar) in a separate process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain";
import { emptyPlan, presetPlan } from "../domain/presets";
import type { CertificatePlan, Plan } from "../domain/types";
import { ALARM_DAYS_BEFORE, foldLine, icsText, renewalCalendar } from "./ics";
import { renewalSchedule } from "./renewals";

const NOW = new Date("2026-12-07T09:30:00Z");
const dir = mkdtempSync(join(tmpdir(), "ics-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function siteCalendar(): { text: string; renewals: { cn: string; id: string; date: string }[] } {
  const plan = presetPlan("sfb-full-site");
  const { certificates } = planCertificates(plan, { today: "2026-12-07" });
  const schedule = renewalSchedule(plan, certificates, { from: "2026-12-07" });
  const renewals = schedule.certificates.flatMap((c) =>
    c.issuances
      .filter((i) => i.renewBy <= schedule.until)
      .map((i) => ({ cn: c.cn, id: c.certificateId, date: i.renewBy })),
  );
  return { text: renewalCalendar(schedule, { planName: plan.name, now: NOW }), renewals };
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  alarmTrigger: string;
  description: string;
}

function parseWithIcalJs(text: string): ParsedEvent[] {
  const comp = new ICAL.Component(ICAL.parse(text));
  return comp.getAllSubcomponents("vevent").map((v) => {
    const ev = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent("valarm");
    return {
      uid: ev.uid,
      summary: ev.summary,
      start: ev.startDate.toString(),
      allDay: ev.startDate.isDate,
      alarmTrigger: String(alarm?.getFirstPropertyValue("trigger") ?? ""),
      description: ev.description,
    };
  });
}

const PYTHON = "/usr/bin/python3";
const PY_READER = `
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
out = []
for ev in cal.walk("VEVENT"):
    alarms = [a for a in ev.walk("VALARM")]
    out.append({
        "uid": str(ev.get("UID")),
        "summary": str(ev.get("SUMMARY")),
        "start": ev.decoded("DTSTART").isoformat(),
        "stamp": ev.decoded("DTSTAMP").isoformat(),
        "description": str(ev.get("DESCRIPTION")),
        "trigger": str(alarms[0].decoded("TRIGGER")) if alarms else "",
    })
print(json.dumps(out))
`;

function parseWithPython(
  text: string,
): { uid: string; summary: string; start: string; stamp: string; description: string; trigger: string }[] {
  const file = join(dir, `cal-${Math.random().toString(36).slice(2)}.ics`);
  writeFileSync(file, text, "utf8");
  const r = spawnSync(PYTHON, ["-c", PY_READER, file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`python icalendar failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe("the renewal calendar of a site (RFC 5545)", () => {
  const { text, renewals } = siteCalendar();

  it("is CRLF-terminated with no line over 75 octets", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("ical.js reads one all-day event per renewal, with a unique UID, the CN and id, and a reminder", () => {
    const events = parseWithIcalJs(text);
    expect(events).toHaveLength(renewals.length);
    expect(renewals.length).toBeGreaterThan(20);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    events.forEach((e, i) => {
      const r = renewals[i];
      expect(e.summary).toBe(`Renew ${r?.cn} (${r?.id})`);
      expect(e.start).toBe(r?.date);
      expect(e.allDay).toBe(true);
      expect(e.alarmTrigger).toBe(`-P${ALARM_DAYS_BEFORE}D`);
      expect(e.description).toContain(`Renew the certificate ${r?.cn}`);
    });
  });

  it("Python's icalendar reads the same events, DTSTAMP and reminders", () => {
    const events = parseWithPython(text);
    expect(events.map((e) => [e.summary, e.start])).toEqual(
      renewals.map((r) => [`Renew ${r.cn} (${r.id})`, r.date]),
    );
    for (const e of events) {
      expect(e.stamp).toBe("2026-12-07T09:30:00+00:00");
      expect(e.trigger).toBe(`-${ALARM_DAYS_BEFORE} days, 0:00:00`);
    }
  });
});

function oneCert(cn: string, id: string): { plan: Plan; certs: CertificatePlan[] } {
  const cert = {
    id,
    componentId: "c",
    componentType: "custom",
    profile: "custom",
    title: cn,
    subject: { CN: cn },
    sans: [],
    eku: ["serverAuth"],
    keyUsage: [],
    key: { algorithm: "ECDSA", curve: "P-256" },
    caType: "public",
    validityDays: 199,
    exportableKey: false,
    installOn: [],
  } as unknown as CertificatePlan;
  return {
    plan: { ...emptyPlan(), name: cn },
    certs: [cert],
  };
}

describe("texts the format treats specially", () => {
  it("escapes backslash, semicolon and comma, and both parsers give the text back", () => {
    const cn = "a,b;c\\d — ünïcödé 証明書 ".repeat(4).trim();
    const { plan, certs } = oneCert(cn, "weird/id");
    const schedule = renewalSchedule(plan, certs, { from: "2029-01-01" });
    const text = renewalCalendar(schedule, { planName: cn, now: NOW });
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(parseWithIcalJs(text)[0]?.summary).toBe(`Renew ${cn} (weird/id)`);
    expect(parseWithPython(text)[0]?.summary).toBe(`Renew ${cn} (weird/id)`);
  });

  it("refuses a control character instead of writing it", () => {
    expect(() => icsText("x\r\nBEGIN:VEVENT")).toThrow(/control character|line break/);
  });

  it("folding never splits a character and unfolds to the same line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const folded = foldLine(`SUMMARY:${s}`);
        for (const part of folded.split("\r\n"))
          expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
        expect(folded.replaceAll("\r\n ", "")).toBe(`SUMMARY:${s}`);
      }),
      { numRuns: 300 },
    );
  });
});
