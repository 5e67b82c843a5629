// Import your topology: a Topology Builder file → preview (where each value came from) → apply → Review shows the
// Edge and pool certificates with reasons naming the topology file → the CSRs, checked by openssl. And a hostile
// file: refused with a clear message, the plan kept.
import { expect, test } from "@playwright/test";
import { TBXML } from "../src/import/test-fixtures";
import {
  download,
  downloadUnencrypted,
  expectCsrAndKey,
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  keyCard,
  tempDir,
} from "./helpers";

const FROM = "from the topology file “contoso.tbxml”";

async function openImport(page: import("@playwright/test").Page): Promise<void> {
  await page.getByRole("link", { name: "Import your topology" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Import your topology" })).toBeVisible();
}

test("import a Topology Builder file: preview, apply, Review names the topology, CSRs verified by openssl", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await openImport(page);
  await page.getByLabel("Export files (drop them here, or choose)").setInputFiles({
    name: "contoso.tbxml",
    mimeType: "application/xml",
    buffer: Buffer.from(TBXML, "utf8"),
  });
  await expect(page.getByRole("status").filter({ hasText: "Read “contoso.tbxml”" })).toContainText(
    "Skype for Business topology",
  );

  // the preview: nothing has changed yet; each value says where it came from
  const edge = page.getByRole("region", { name: "Edge pool edgepool01.contoso.com — will be added" });
  await expect(edge).toBeVisible();
  const values = edge.getByRole("table", { name: "Values read" });
  await expect(
    values.getByRole("row", { name: /Web Conferencing Edge FQDN webconf\.contoso\.com/ }),
  ).toContainText(
    "the external port of the Web Conferencing Edge service of Edge pool edgepool01.contoso.com",
  );
  await expect(values.getByRole("row", { name: /A\/V Edge FQDN av\.contoso\.com/ })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Front End pool pool01.contoso.com — will be added" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Standard Edition pool se01.contoso.com — will be added" }),
  ).toBeVisible();
  await expect(
    page.getByText(/Survivable Branch Appliances and branch servers were not imported/),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, "import preview");

  // leave the Standard Edition server out: unticked items are not applied
  await page.getByRole("checkbox", { name: "Import Standard Edition pool se01.contoso.com" }).uncheck();
  await page.getByRole("button", { name: "Apply the import (4 items)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  const external = page.getByRole("article", { name: "Edge external — sip.contoso.com" });
  await expect(external).toContainText(
    `${FROM}: Access Edge external FQDN of Edge pool edgepool01.contoso.com`,
  );
  await expect(external).toContainText(
    `${FROM}: Web Conferencing Edge external FQDN of Edge pool edgepool01.contoso.com`,
  );
  const fe = page.getByRole("article", { name: "Front End — fe01.contoso.com" });
  await expect(fe).toContainText(`${FROM}: Front End server of pool pool01.contoso.com`);
  await expect(fe).toContainText(`${FROM}: external web services of pool pool01.contoso.com`);
  await expect(page.getByRole("article", { name: /Standard Edition/ })).toHaveCount(0);

  await gotoStep(page, "Keys and CSRs");
  const edgeCard = keyCard(page, "edge-edgepool01/external");
  await edgeCard.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(edgeCard.getByText("self-signature verifies")).toBeVisible({ timeout: 60_000 });
  const csr = await download(page, () => edgeCard.getByRole("button", { name: "Download CSR" }).click(), dir);
  const key = await downloadUnencrypted(page, edgeCard.getByRole("button", { name: "Download key" }), dir);
  const checked = expectCsrAndKey(csr.file, key.file, [
    "sip.contoso.com",
    "webconf.contoso.com",
    "sip.fabrikam.com",
  ]);
  expect(checked.subject).toContain("CN = sip.contoso.com");

  const feCard = keyCard(page, "fe-pool01/fe01.contoso.com");
  await feCard.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(feCard.getByText("self-signature verifies")).toBeVisible({ timeout: 60_000 });
  const feCsr = await download(page, () => feCard.getByRole("button", { name: "Download CSR" }).click(), dir);
  const feKey = await download(page, () => feCard.getByRole("button", { name: "Download key" }).click(), dir);
  const feChecked = expectCsrAndKey(feCsr.file, feKey.file, [
    "pool01.contoso.com",
    "fe01.contoso.com",
    "webext.contoso.com",
    "meet.contoso.com",
    "meet.fabrikam.com",
    "dialin.contoso.com",
    "admin.contoso.com",
    "lyncdiscoverinternal.contoso.com",
    "lyncdiscover.contoso.com",
    "lyncdiscoverinternal.fabrikam.com",
    "lyncdiscover.fabrikam.com",
  ]);
  expect(feChecked.subject).toContain("CN = pool01.contoso.com");
});

test("a hostile or wrong export is refused with a clear message and the plan is kept", async ({ page }) => {
  await freshStart(page);
  await page.getByRole("button", { name: "Start empty" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Organization" })).toBeVisible();
  await page.getByLabel("Plan name").fill("Kept plan");
  await page.goto("/#start");
  await openImport(page);
  const paste = page.getByLabel("Or paste an export");
  await paste.fill(
    '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&b;</Topology>',
  );
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not imported" });
  await expect(alert).toContainText("contains a DOCTYPE declaration (line 2)");
  await expect(alert).toContainText("your plan is unchanged");
  await paste.fill('{"hello": "world"}');
  await page.getByRole("button", { name: "Read the pasted text" }).click();
  await expect(alert).toContainText("is JSON, but not one of the exports this page reads");
  await expect(page.getByRole("heading", { name: "Preview" })).toHaveCount(0);
  await expect(page.locator(".plan-name")).toHaveText("Kept plan");
});

test("an export dropped on the import page is read like a chosen file", async ({ page }) => {
  await freshStart(page);
  await openImport(page);
  const dataTransfer = await page.evaluateHandle((xml) => {
    const dt = new DataTransfer();
    dt.items.add(new File([xml], "dropped.tbxml", { type: "application/xml" }));
    return dt;
  }, TBXML);
  const zone = page.locator(".import-drop");
  await zone.dispatchEvent("dragover", { dataTransfer });
  await expect(zone).toHaveClass(/import-drop-active/);
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(zone).not.toHaveClass(/import-drop-active/);
  await expect(page.getByRole("status").filter({ hasText: "Read “dropped.tbxml”" })).toContainText(
    "Skype for Business topology",
  );
  await expect(
    page.getByRole("region", { name: "Edge pool edgepool01.contoso.com — will be added" }),
  ).toBeVisible();
});
