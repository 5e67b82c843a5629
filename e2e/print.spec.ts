// The worksheet printed to PDF: every SAN and both fingerprints of every certificate are in the PDF text
// (pdftotext), one page per certificate. The fingerprints are computed from the downloaded CSR with openssl.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  confirmUnencryptedKeys,
  freshStart,
  gotoStep,
  screenshot,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

const colonHex = (buf: Buffer) =>
  (createHash("sha256").update(buf).digest("hex").toUpperCase().match(/../g) ?? []).join(":");

function fingerprints(csrFile: string): { csr: string; spki: string } {
  const der = execFileSync("openssl", ["req", "-in", csrFile, "-outform", "DER"]);
  const pub = execFileSync("openssl", ["req", "-in", csrFile, "-noout", "-pubkey"], { encoding: "utf8" });
  const spkiDer = execFileSync("openssl", ["pkey", "-pubin", "-outform", "DER"], { input: pub });
  return { csr: colonHex(der), spki: colonHex(spkiDer) };
}

test("Worksheet → PDF: every SAN and the CSR and public-key fingerprints, one page per certificate", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB full site");
  await gotoStep(page, "Review");
  const sans: Record<string, string[]> = {};
  for (const article of await page.getByRole("article").all()) {
    const id = (await article.locator(".cert-id code").textContent()) ?? "";
    sans[id] = await article.locator(".san-table tbody tr td:nth-child(2)").allTextContents();
  }
  expect(Object.keys(sans)).toHaveLength(6);

  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^6 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });
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

  await gotoStep(page, "Worksheet");
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "worksheet-print-media");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pdfFile = writeFile(dir, "worksheet.pdf", pdf);
  const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" });
  const flat = text.replace(/\s+/g, "");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" }))?.[1]);
  // one printed page per certificate (README), each page that certificate's and no other's, then the plan's
  // renewal load on a page of its own, then the domain-validation plan from a new page (its DNS lines run on)
  const renewalPage = 6 + 1;
  expect(pages).toBeGreaterThan(renewalPage);
  const pageText = (n: number) =>
    execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdfFile, "-"], {
      encoding: "utf8",
    });
  expect(pageText(renewalPage)).toContain("Renewals through");
  expect(pageText(renewalPage)).not.toContain("Domain validation");
  expect(pageText(renewalPage + 1)).toContain("Domain validation");
  expect(flat).toContain("_validation-persist.contoso.com.");
  expect(flat).toContain("Add-DnsServerResourceRecord");
  const ids = Object.keys(sans);
  for (let i = 1; i < renewalPage; i++) {
    const pageText = execFileSync("pdftotext", ["-f", String(i), "-l", String(i), "-layout", pdfFile, "-"], {
      encoding: "utf8",
    });
    const on = ids.filter((id) => pageText.includes(`Certificate ${id}\n`));
    expect(on, `page ${i}`).toHaveLength(1);
    expect(pageText, `page ${i}: the sign-off block`).toMatch(
      /Change ticket[\s\S]*Requested by[\s\S]*Approved by[\s\S]*Date/,
    );
  }
  // navigation and buttons are not printed
  expect(text).not.toContain("Print / Save as PDF");
  expect(text).not.toContain("Keys and CSRs");

  for (const [id, names] of Object.entries(sans)) {
    const stem = `${id.replace(/[^A-Za-z0-9._-]/g, "_")}-${new Date().toISOString().slice(0, 10)}`;
    const csrFile = writeFile(dir, `${stem}.csr`, files[`${stem}.csr`] as Uint8Array);
    const fp = fingerprints(csrFile);
    // each fingerprint on one line of the printed page: never wrapped mid-value
    expect(
      text.split("\n").some((l) => l.includes(fp.csr)),
      `CSR SHA-256 of ${id} on one line`,
    ).toBe(true);
    expect(
      text.split("\n").some((l) => l.includes(fp.spki)),
      `public key SHA-256 of ${id} on one line`,
    ).toBe(true);
    expect(flat).toContain(fp.csr);
    for (const n of names) expect(flat, `SAN ${n} of ${id}`).toContain(n);
  }
  expect(text).toContain("Domains the CA will validate");
  expect(text).toContain("DNS records that must exist");
  expect(text).toContain("Contoso Skype for Business site");
});
