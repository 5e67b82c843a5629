// Opening plan files (file input and drag-and-drop), the plan coming back after a reload, "New plan" asking first,
// and a stored plan that no longer reads: errors are shown with their location, and no plan is ever lost.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { download, freshStart, gotoStep, startPreset, tempDir, writeFile } from "./helpers";

const BROKEN_PEXIP = {
  format: "san-planner/plan",
  version: 1,
  name: "Broken Pexip plan",
  sipDomains: ["vc.example.com"],
  components: [
    {
      type: "pexip",
      id: "px",
      deployment: "public-dmz",
      nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px_02.vc.example.com" }],
      colour: "blue",
    },
  ],
};

async function openPlanFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser.setFiles(file);
}

test("a plan file with errors is refused with each error's location; the current plan stays", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Start");
  await openPlanFile(page, writeFile(dir, "broken.json", JSON.stringify(BROKEN_PEXIP, null, 2)));

  const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
  await expect(alert).toContainText("“broken.json” was not opened");
  await expect(alert).toContainText("The current plan is unchanged.");
  await expect(alert.getByText("the first component’s second node’s FQDN")).toBeVisible();
  await expect(alert).toContainText('"px_02.vc.example.com" has an underscore');
  await expect(alert.getByText("the first component’s colour")).toBeVisible();
  await expect(alert).toContainText('unknown field "colour"');

  // the previous plan is not lost: in the page, on the Review step, and after a reload
  await expect(page.locator(".plan-name")).toHaveText("Contoso Skype for Business Edge");
  await gotoStep(page, "Review");
  await expect(page.getByRole("article", { name: "Edge external — sip.contoso.com" })).toBeVisible();
  await page.reload();
  await expect(page.locator(".plan-name")).toHaveText("Contoso Skype for Business Edge");
  await expect(page.getByRole("article", { name: "Edge external — sip.contoso.com" })).toBeVisible();
});

test("a valid plan file opens (after confirming the discard), by the button and by drag-and-drop", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  // the saved plan is the file format: save it, change the plan, open the saved file again
  const saved = await download(page, () => page.getByRole("button", { name: "Save plan" }).click(), dir);
  expect(saved.name).toBe("Contoso_Skype_for_Business_Edge.json");
  const text = readFileSync(saved.file, "utf8");
  expect(JSON.parse(text).format).toBe("san-planner/plan");

  await startPreset(page, "Custom");
  await gotoStep(page, "Start");
  await openPlanFile(page, saved.file);
  const dialog = page.getByRole("dialog", { name: "Discard the current plan?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Discard and continue" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.locator(".plan-name")).toHaveText("Contoso Skype for Business Edge");

  // drag-and-drop: a file that is not JSON is refused with its line and column
  await gotoStep(page, "Start");
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(
      new File(['{\n  "format": "san-planner/plan",\n  oops\n}'], "dropped.json", {
        type: "application/json",
      }),
    );
    return dt;
  });
  await page.locator(".dropzone").dispatchEvent("drop", { dataTransfer });
  const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
  await expect(alert).toContainText("“dropped.json” was not opened");
  await expect(alert).toContainText("is not valid JSON at line 3");
  await expect(page.locator(".plan-name")).toHaveText("Contoso Skype for Business Edge");
});

test("New plan asks before discarding; the last plan comes back when the page is reopened", async ({
  page,
  context,
}) => {
  await freshStart(page);
  await startPreset(page, "Pexip on-prem");
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.locator(".plan-name")).toHaveText("Pexip on-prem confpool-eu");
  await other.close();

  await page.getByRole("button", { name: "New plan" }).click();
  const dialog = page.getByRole("dialog", { name: "Discard the current plan?" });
  await expect(dialog).toContainText("Pexip on-prem confpool-eu");
  await dialog.getByRole("button", { name: "Keep the current plan" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(".plan-name")).toHaveText("Pexip on-prem confpool-eu");

  await page.getByRole("button", { name: "New plan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Discard and continue" }).click();
  await expect(page.locator(".plan-name")).toHaveText("Untitled plan");
  await expect(page.getByRole("heading", { level: 2, name: "Start" })).toBeVisible();
});

test("a stored plan that no longer reads is kept aside with a banner, never silently dropped", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  const stored = {
    state: {
      plan: {
        format: "san-planner/plan",
        version: 1,
        name: "Old plan",
        sipDomains: ["bad_domain.example.com"],
        components: [],
      },
    },
    version: 1,
  };
  await page.evaluate((s) => localStorage.setItem("san-planner/plan", JSON.stringify(s)), stored);
  await page.reload();
  const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(banner).toContainText("The plan stored in this browser could not be read");
  await banner.getByText("Show the problems").click();
  await expect(banner.getByText("the first SIP domain")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("san-planner/plan-unreadable"))).toContain(
    "bad_domain.example.com",
  );
  const saved = await download(
    page,
    () => banner.getByRole("button", { name: "Download the stored plan" }).click(),
    dir,
  );
  expect(JSON.parse(readFileSync(saved.file, "utf8")).name).toBe("Old plan");
  await banner.getByRole("button", { name: "Discard the stored plan" }).click();
  await expect(banner).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem("san-planner/plan-unreadable"))).toBeNull();
  // keys and passphrases are never stored
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/PRIVATE KEY|passphrase/);
});
