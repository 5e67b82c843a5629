// Short-lived public certificates: the Review shows what the SC-081 schedule means for this plan (issuances,
// installs and hours per year through 2029), the admin states their own cost per issuance, and the renewal
// calendar downloads as an .ics file that a real calendar parser (ical.js) reads back, event by event.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { download, freshStart, gotoStep, startPreset, tempDir } from "./helpers";

test("Review → the 2027 and 2029 load of a full site, the stated hours, and the renewal calendar parsed by ical.js", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB full site");
  await gotoStep(page, "Review");
  const panel = page.getByRole("region", { name: "Renewals through 2029" });
  await expect(panel).toBeVisible();
  const table = panel.getByRole("table", { name: /Issuances per year for the whole plan/ });
  const row = (year: number) => table.getByRole("row", { name: new RegExp(`^${year}\\b`) });
  const cells = async (year: number) =>
    (await row(year).getByRole("cell").allTextContents()).map((t) => Number(t.trim()));
  const [i2027] = await cells(2027);
  const [i2029, installs2029, hours2029] = await cells(2029);
  expect(i2027).toBeGreaterThan(0);
  // 2029 has the 47-day phase: more issuances than 2027's 100-day phase
  expect(i2029).toBeGreaterThan(i2027 ?? 0);
  expect(installs2029).toBeGreaterThanOrEqual(i2029 ?? 0);
  expect(hours2029).toBe((i2029 ?? 0) * 2);

  // the admin's own cost per issuance, saved with the plan
  await panel.getByLabel("Hours per issuance").fill("0.5");
  await expect(table).toHaveAccessibleName(/at 0\.5 hours per issuance/);
  const [, , halfHours2029] = await cells(2029);
  expect(halfHours2029).toBe((i2029 ?? 0) * 0.5);

  const ics = await download(
    page,
    () => panel.getByRole("button", { name: "Download renewal calendar (.ics)" }).click(),
    dir,
  );
  expect(ics.name).toMatch(/-renewals\.ics$/);
  const text = readFileSync(ics.file, "utf8");
  expect(text).toContain("\r\n");
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  // every issuance after the first is one renewal event, in the years the table counts
  const issuancesAfterFirst = (await Promise.all([2026, 2027, 2028, 2029].map(cells))).reduce(
    (n, [i]) => n + (i ?? 0),
    0,
  );
  const certificates = await page.getByRole("article").count();
  expect(events.length).toBe(issuancesAfterFirst - certificates);
  for (const e of events) {
    expect(e.summary).toMatch(/^Renew \S+ \([^)]+\)$/);
    expect(e.startDate.isDate).toBe(true);
  }
  expect(events.some((e) => e.startDate.toString().startsWith("2029-"))).toBe(true);

  // the worksheet carries the same load on its own page
  await gotoStep(page, "Worksheet");
  await expect(page.getByRole("region", { name: "Renewals through 2029" })).toBeVisible();
});
