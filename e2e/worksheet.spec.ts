// The worksheet keeps its promises (README: one printed page per certificate, for the CA and the change ticket):
// "Key created: in this browser" only once the key exists; no CNAME advice for a zone apex; a sign-off block on
// every certificate's page, on screen, in print and in the zip's worksheet.html. "Print / Save as PDF" is checked
// by counting window.print() calls (stubbed), never by racing the print dialog against page.pdf().
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  confirmUnencryptedKeys,
  freshStart,
  gotoStep,
  schemaValidPlan,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.print = () => {
      const w = window as unknown as { __printed?: number };
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
}

test("Key created says 'in this browser' only once the key exists; Print calls the print dialog once", async ({
  page,
}) => {
  await stubPrint(page);
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Worksheet");
  const keyCreated = page.getByRole("row", { name: /^Key created/ });
  await expect(keyCreated).toHaveCount(1);
  await expect(keyCreated).not.toContainText(/^Key created\s*in this browser$/);
  await expect(keyCreated).toContainText("not yet");

  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^1 key and CSR generated/)).toBeVisible({ timeout: 60_000 });
  await gotoStep(page, "Worksheet");
  await expect(keyCreated).toHaveText(/^Key created\s*in this browser$/);

  await page.getByRole("button", { name: "Print / Save as PDF" }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed?: number }).__printed)).toBe(1);
});

test("a zone apex on a certificate gets addresses only (no CNAME advice); every page has a sign-off block, in the zip's worksheet too", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  // the company's web site certificate: www.contoso.com and the bare domain contoso.com (a zone apex)
  const plan = {
    format: "san-planner/plan",
    version: 1,
    name: "Contoso web",
    subject: { O: "Contoso Ltd", C: "US" },
    sipDomains: ["contoso.com"],
    components: [
      { type: "custom", id: "web", commonName: "www.contoso.com", sans: ["www.contoso.com", "contoso.com"] },
    ],
  };
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser.setFiles(writeFile(dir, "web.json", schemaValidPlan(JSON.stringify(plan))));
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  await gotoStep(page, "Worksheet");
  const records = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Type" }) });
  const apex = records
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "contoso.com", exact: true }) });
  await expect(apex).toHaveCount(1);
  await expect(apex.getByRole("cell").first()).toHaveText("A / AAAA");
  await expect(apex).toContainText("no CNAME");
  await expect(apex).toContainText("RFC 1912");

  const pages = page.locator(".ws-page");
  const n = await pages.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const p = pages.nth(i);
    await expect(p.getByRole("heading", { name: "Sign-off" })).toBeVisible();
    for (const label of ["Change ticket", "Requested by", "Approved by", "Date"])
      await expect(p.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
  }

  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^1 key and CSR generated/)).toBeVisible({ timeout: 60_000 });
  const [zipDownload] = await Promise.all([
    page.waitForEvent("download"),
    (async () => {
      await page.getByRole("button", { name: "Download all (.zip)" }).click();
      await confirmUnencryptedKeys(page);
    })(),
  ]);
  const zipFile = `${dir}/all.zip`;
  await zipDownload.saveAs(zipFile);
  const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
  const name = Object.keys(files).find((f) => f.endsWith("worksheet.html"));
  expect(name).toBeDefined();
  const html = new TextDecoder().decode(files[name as string]);
  for (const label of ["Sign-off", "Change ticket", "Requested by", "Approved by", "Date"])
    expect(html).toContain(label);
  expect(html).not.toMatch(/A \/ AAAA or CNAME<\/td><td><code>contoso\.com</);
  expect(html).toContain("in this browser");

  // the zip's worksheet prints one page per certificate with whole fingerprints
  // opened from disk, as the admin opens the file from the zip
  const htmlFile = writeFile(dir, "worksheet.html", html);
  const sheet = await page.context().newPage();
  await sheet.goto(`file://${htmlFile}`);
  await sheet.emulateMedia({ media: "print" });
  const pdf = await sheet.pdf({ format: "A4" });
  const pdfFile = `${dir}/ws.pdf`;
  writeFileSync(pdfFile, pdf);
  const info = execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" });
  // one page for the certificate; a public certificate's domain-validation plan follows from page 2
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdfFile, "-"], {
    encoding: "utf8",
  });
  if (html.includes("<h2>Domain validation</h2>")) {
    expect(pageCount).toBeGreaterThan(1);
    expect(text).not.toContain("Domain validation");
    const second = execFileSync("pdftotext", ["-f", "2", "-l", "2", "-layout", pdfFile, "-"], {
      encoding: "utf8",
    });
    expect(second).toContain("Domain validation");
  } else expect(pageCount).toBe(1);
  expect(text.split("\n").filter((l) => /([0-9A-F]{2}:){31}[0-9A-F]{2}/.test(l))).toHaveLength(2);
});
