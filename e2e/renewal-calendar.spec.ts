// Short-lived public certificates: the Review shows what the SC-081 schedule means for this plan (issuances,
// installs and hours per year through 2029), the admin states their own cost per issuance, and the renewal
// calendar downloads as an .ics file that a real calendar parser (ical.js) reads back, event by event.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { download, freshStart, gotoStep, keyCard, startPreset, tempDir } from "./helpers";

test("Review → the 2027 and 2029 load of a full site, the stated hours, the renewal calendar parsed by ical.js, then Automate renewals: the Edge's script and the Expressway-E's ACME settings", async ({
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

  // the worksheet carries the same load on its own page, and says how each certificate is renewed
  await gotoStep(page, "Worksheet");
  await expect(page.getByRole("region", { name: "Renewals through 2029" })).toBeVisible();

  // the Edge's public certificate renews by script: the PowerShell downloaded from "Automate renewals" orders
  // exactly the names the Review lists for it, and assigns the certificate on every Edge server
  await gotoStep(page, "Review");
  const edgeCard = page.getByRole("article", { name: /^Edge external/ });
  const edgeSans = (await edgeCard.locator(".san-table tbody tr td:nth-child(2)").allTextContents()).map(
    (t) => t.trim(),
  );
  expect(edgeSans.length).toBeGreaterThan(1);
  await gotoStep(page, "Keys and CSRs");
  const edgePanel = keyCard(page, "edge/external").getByRole("region", { name: /^Automate renewals: / });
  await edgePanel.getByText("Automate renewals", { exact: true }).click();
  const script = await download(
    page,
    () => edgePanel.getByRole("button", { name: /^Download .+\.ps1$/ }).click(),
    dir,
  );
  const ps = readFileSync(script.file)
    .toString(script.name.endsWith(".ps1") && readFileSync(script.file)[0] === 0xff ? "utf16le" : "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n/g, "\n");
  const lines = ps.split("\n");
  const from = lines.indexOf("$Domains = @(");
  const ordered = lines.slice(from + 1, lines.indexOf(")", from)).map((l) => l.trim().replace(/,$/, ""));
  expect(ordered).toEqual(edgeSans.map((n) => `'${n}'`));
  expect(ps).toContain("New-PACertificate");
  expect(ps).toMatch(/Set-CsCertificate -Type 'AudioVideoAuthentication' .*-Roll -EffectiveDate/);

  // an Expressway pair: the Expressway-E renews itself with its own ACME client, and the panel gives its settings
  await startPreset(page, "Expressway pair");
  await gotoStep(page, "Keys and CSRs");
  const expE = keyCard(page, "exp-e").getByRole("region", { name: /^Automate renewals: / });
  await expE.getByText("Automate renewals", { exact: true }).click();
  await expect(expE.getByRole("heading", { name: "Cisco Expressway-E: Renews automatically" })).toBeVisible();
  await expect(expE.getByRole("row", { name: /^Validation/ })).toContainText("TCP port 80");
  await expect(expE.getByRole("row", { name: /^Subject alternative names/ })).toContainText(
    "expe.example.com",
  );
});
