// The whole journey with the keyboard only (Tab, Shift+Tab, Enter, Space, typing): no mouse click anywhere.

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  expectCsrAndKey,
  expectVisibleFocus,
  freshStart,
  screenshot,
  tabTo,
  tempDir,
  writeFile,
} from "./helpers";

test("keyboard only: preset, edit, accept an error with a reason, generate all, download the zip, worksheet", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);

  await tabTo(page, "SfB Edge", { role: "button" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Organization" })).toBeFocused();

  await tabTo(page, "Organization (O)");
  await expectVisibleFocus(page);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Contoso Pharmaceuticals");
  await expect(page.getByLabel("Organization (O)")).toHaveValue("Contoso Pharmaceuticals");

  // Components: make the external Edge certificate internal-CA: an error (LYNC-EDGE-EXT-7) to accept
  await tabTo(page, "Components", { role: "link" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Components" })).toBeFocused();
  await tabTo(page, "Certificate authority", { role: "select" });
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Certificate authority")).toHaveValue("internal");

  await tabTo(page, "Review", { role: "link" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeFocused();
  await expect(page.getByText(/blocks? CSR generation/)).toBeVisible();
  await tabTo(page, "Reason for accepting this error");
  // the one error of this plan, named by its message, never by the app's internal rule id
  await expect(
    page.locator('li.finding[data-rule="LYNC-EDGE-EXT-7"]').getByLabel("Reason for accepting this error"),
  ).toBeFocused();
  await page.keyboard.type("Lab deployment: federation partners trust our enterprise root CA.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Accepted by (optional)").first()).toBeFocused();
  await page.keyboard.type("J. Smith, UC team");
  await page.keyboard.press("Tab");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Accepted by J\. Smith, UC team on \d{4}-\d{2}-\d{2}:/).first()).toBeVisible();

  await tabTo(page, "Keys and CSRs", { role: "link" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Keys and CSRs" })).toBeFocused();
  await tabTo(page, "Generate all", { role: "button" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^2 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });

  await tabTo(page, "Download all (.zip)", { role: "button" });
  // the keys are not encrypted: the page asks first; the dialog is operated with the keyboard too
  const zipping = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Download 2 key files without a passphrase?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Download unencrypted keys" })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  const zip = await zipping;
  const zipFile = `${dir}/all.zip`;
  await zip.saveAs(zipFile);
  const files = unzipSync(new Uint8Array(readFileSync(zipFile)));
  const text = (n: string) => new TextDecoder().decode(files[n]);
  const today = new Date().toISOString().slice(0, 10);
  const csr = writeFile(dir, "e.csr", text(`edge_external-${today}.csr`));
  const key = writeFile(dir, "e.key", text(`edge_external-${today}.key`));
  expectCsrAndKey(csr, key, ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]);
  expect(text("worksheet.html")).toContain(
    "Lab deployment: federation partners trust our enterprise root CA.",
  );
  expect(text("worksheet.html")).toContain("J. Smith, UC team");
  expect(JSON.parse(text("plan.json")).acceptedFindings[0]).toMatchObject({
    rule: "LYNC-EDGE-EXT-7",
    acceptedBy: "J. Smith, UC team",
  });

  await tabTo(page, "Worksheet", { role: "link" });
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Worksheet" })).toBeFocused();
  await tabTo(page, "Print / Save as PDF", { role: "button" });
  await expectVisibleFocus(page);
  await screenshot(page, "keyboard-worksheet-focus");
});
