// axe-core on every step (no serious or critical violation), at 1280 px and at 800 px (where nothing may overflow
// sideways); with E2E_SCREENSHOTS=1 a screenshot of each step is kept in test-results/screenshots/.
import { expect, type Page, test } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  STEP_NAMES,
  screenshot,
  startPreset,
  stepLink,
} from "./helpers";

const SLUG: Record<(typeof STEP_NAMES)[number], string> = {
  Start: "start",
  Organization: "organization",
  "Domains and DNS": "domains",
  Components: "components",
  Review: "review",
  "Keys and CSRs": "keys",
  Worksheet: "worksheet",
  Install: "install",
};

async function noHorizontalOverflow(page: Page, context: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${context}`).toBeLessThanOrEqual(0);
}

/** The SfB full site with an error finding to accept, a field error seen and fixed, and a pasted DNS record;
 * with scanFormStates, axe also scans the empty Start step and the field error. */
async function siteWithFindings(page: Page, scanFormStates: boolean): Promise<void> {
  await freshStart(page);
  if (scanFormStates) {
    await expectNoSeriousA11yViolations(page, "Start (empty)");
    await screenshot(page, "start-empty");
  }

  await startPreset(page, "SfB full site");
  // an error to accept (the Edge external certificate from an internal CA: LYNC-EDGE-EXT-7) and a field error
  await gotoStep(page, "Components");
  await page
    .getByRole("region", { name: /Skype for Business Edge — edge/ })
    .getByLabel("Certificate authority")
    .selectOption("internal");
  await page
    .getByRole("region", { name: /Skype for Business Edge — edge/ })
    .getByLabel("Web Conferencing Edge external FQDN")
    .fill("webcon_contoso.com");
  await expect(page.getByText(/has an underscore/)).toBeVisible();
  if (scanFormStates) {
    await expectNoSeriousA11yViolations(page, "Components with a field error");
    await screenshot(page, "components-field-error");
  }
  await page
    .getByRole("region", { name: /Skype for Business Edge — edge/ })
    .getByLabel("Web Conferencing Edge external FQDN")
    .fill("webcon.contoso.com");

  await gotoStep(page, "Domains and DNS");
  await page
    .getByLabel("DNS tool output", { exact: true })
    .fill("_sip._tls.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.\nnot a record");
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.getByRole("heading", { name: "Found 1 record" })).toBeVisible();
}

async function everyStep(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  for (const name of STEP_NAMES) {
    await stepLink(page, name).click();
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    if (name === "Keys and CSRs") {
      await page.getByRole("button", { name: "Generate all", exact: true }).click();
      await expect(page.getByText(/keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText("self-signature verifies").first()).toBeVisible();
    }
    if (name === "Review") {
      await expect(
        page.locator('li.finding[data-rule="LYNC-EDGE-EXT-7"]').getByLabel("Reason for accepting this error"),
      ).toBeVisible();
      // the three Front End servers share their notices: that panel and its in-page buttons are scanned too
      await expect(page.getByRole("heading", { name: /^Notices shared by many certificates/ })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page, `${name} at ${width} px`);
    await noHorizontalOverflow(page, `${name} at ${width} px`);
    await screenshot(page, width === 1280 ? SLUG[name] : `${SLUG[name]}-${width}`);
  }
}

// One test per width. Each runs axe-core nine times over pages of thousands of elements and generates keys:
// about 30 s on an idle 2-core machine, so it gets three minutes to stay green when the machine is busy.
test("every step passes axe at 800 px and nothing overflows sideways, with an error finding, an accept form and generated keys", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await siteWithFindings(page, false);
  await everyStep(page, 800);
});

test("every step passes axe at 1280 px, with an error finding, an accept form and generated keys", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await siteWithFindings(page, true);
  await everyStep(page, 1280);

  // the step bar's links keep exactly the step names as accessible names, the current one marked
  const nav = page.getByRole("navigation", { name: "Steps" });
  await expect(nav.getByRole("link")).toHaveCount(STEP_NAMES.length);
  for (const name of STEP_NAMES) await expect(nav.getByRole("link", { name, exact: true })).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Install", exact: true })).toHaveAttribute(
    "aria-current",
    "step",
  );

  // the confirmation dialog too
  await page.getByRole("button", { name: "New plan" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "New plan dialog");
  await screenshot(page, "dialog-new-plan");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
});

// The scan itself can fail: a nameless button and an unlabelled field (critical for axe) are reported by the
// same helper every spec uses, so its settings (axe.run in the page, violations in full) hide nothing.
test("the axe scan reports a serious violation", async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><button></button><input type="text"></main></body></html>',
  );
  const failure = await expectNoSeriousA11yViolations(page, "a broken page").then(
    () => "",
    (e: Error) => e.message,
  );
  expect(failure).toContain("button-name (critical)");
  expect(failure).toContain("label (critical)");
});
