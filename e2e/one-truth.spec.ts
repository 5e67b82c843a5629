// One truth between the form and the plan, from an admin's mistakes: an invalid edit left on a step is not in the
// plan, so the step bar marks the step, leaving it asks, and Review, Keys, Worksheet and Install say which step
// and which field, with a way to it, and hold CSRs, downloads, server-side files and printing until the edit is
// fixed or discarded. A CSR is never made from values the form does not show.
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, freshStart, gotoStep, startPreset, stepLink } from "./helpers";

interface Mistake {
  step: "Organization" | "Domains and DNS" | "Components";
  /** the field's label on the form (the banner names it in the same words) */
  label: string;
  bad: string;
  /** the form on the step, as the banner names it */
  form: RegExp;
}

const MISTAKES: Mistake[] = [
  { step: "Organization", label: "Country (C)", bad: "USA", form: /Organization: Country \(C\)/ },
  {
    step: "Domains and DNS",
    label: "SIP domains",
    bad: "contoso..com",
    form: /Domains and DNS: SIP domains/,
  },
  {
    step: "Components",
    label: "Access Edge external FQDN",
    bad: "sip..contoso.com",
    form: /Components — .*Edge “edge”: Access Edge external FQDN/,
  },
];

/** Leave the current step for `to` by the step bar, answering the "leave?" question. */
async function leaveTo(page: Page, to: "Review" | "Keys and CSRs" | "Worksheet" | "Install", from: string) {
  await stepLink(page, to).click();
  const dialog = page.getByRole("dialog", { name: `Leave ${from} with edits that are not in the plan?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: `Leave ${from}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: to, exact: true })).toBeVisible();
}

for (const m of MISTAKES) {
  test(`an invalid edit left on ${m.step}: marked, asked, named on every later step, actions held until discarded`, async ({
    page,
  }) => {
    await freshStart(page);
    await startPreset(page, "SfB Edge");
    if (m.step !== "Organization") await gotoStep(page, m.step);
    const field = page.getByLabel(m.label).first();
    const before = await field.inputValue();
    await field.fill(m.bad);
    await expect(page.getByText(/Not in the plan yet/).first()).toBeVisible();

    // the step bar marks the step, in words for a screen reader
    await expect(stepLink(page, m.step)).toHaveAccessibleDescription(/edits that are not in the plan/);

    // leaving asks; "Stay and fix them" stays on the step with the edit
    await stepLink(page, "Keys and CSRs").click();
    const dialog = page.getByRole("dialog", { name: `Leave ${m.step} with edits that are not in the plan?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(m.label);
    await dialog.getByRole("button", { name: "Stay and fix them" }).click();
    await expect(page.getByRole("heading", { level: 2, name: m.step, exact: true })).toBeVisible();
    await expect(field).toHaveValue(m.bad);

    await leaveTo(page, "Keys and CSRs", m.step);
    const banner = page.getByRole("region", { name: new RegExp(`Edits on ${m.step} are not in the plan`) });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(m.form);
    // no JSON path in the admin's banner
    await expect(banner).not.toContainText(/\[\d+\]|sipDomains|subject\.C/);
    await expect(page.getByRole("button", { name: "Generate all", exact: true })).toBeDisabled();
    for (const b of await page.getByRole("button", { name: "Generate", exact: true }).all())
      await expect(b).toBeDisabled();

    // the banner and the marked step bar pass axe
    if (m.step === "Components") await expectNoSeriousA11yViolations(page, "Keys with edits not in the plan");
    for (const step of ["Review", "Worksheet", "Install"] as const) {
      await stepLink(page, step).click();
      await expect(page.getByRole("heading", { level: 2, name: step, exact: true })).toBeVisible();
      await expect(banner).toBeVisible();
    }
    await gotoStep(page, "Worksheet");
    await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeDisabled();
    await gotoStep(page, "Review");
    await expect(page.getByText("ready for a CSR")).toHaveCount(0);

    // the way back goes to the field itself (focused), without breaking the step routing
    await banner.getByRole("button", { name: `Fix them on ${m.step}` }).click();
    await expect(page).toHaveURL(
      new RegExp(`#${m.step === "Domains and DNS" ? "domains" : m.step.toLowerCase()}$`),
    );
    await expect(page.getByRole("heading", { level: 2, name: m.step, exact: true })).toBeVisible();
    await expect(page.getByLabel(m.label).first()).toBeFocused();
    await expect(page.getByLabel(m.label).first()).toHaveValue(m.bad);

    // discard: the form shows the plan's values again, nothing is held, the mark is gone
    await leaveTo(page, "Keys and CSRs", m.step);
    await banner.getByRole("button", { name: `Discard my edits on ${m.step}` }).click();
    await expect(banner).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Generate all", exact: true })).toBeEnabled();
    await expect(stepLink(page, m.step)).not.toHaveAccessibleDescription(/edits that are not in the plan/);
    await gotoStep(page, m.step);
    await expect(page.getByLabel(m.label).first()).toHaveValue(before);
  });
}

test("a fixed edit releases the hold: the CSR carries what the form shows", async ({ page }) => {
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Components");
  const field = page.getByLabel("Access Edge external FQDN").first();
  await field.fill("sip..contoso.com");
  await leaveTo(page, "Keys and CSRs", "Components");
  await expect(page.getByRole("button", { name: "Generate all", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Fix them on Components" }).click();
  await expect(field).toBeFocused();
  await field.fill("sip2.contoso.com");
  await expect(page.getByText(/Not in the plan yet/)).toHaveCount(0);
  await expect(stepLink(page, "Components")).not.toHaveAccessibleDescription(/not in the plan/);
  // no question when nothing is pending
  await gotoStep(page, "Keys and CSRs");
  await expect(page.getByRole("region", { name: /are not in the plan/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/keys? and CSRs? generated/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("sip2.contoso.com").first()).toBeVisible();
});

test("the step bar: no ✓ for Review on an empty plan, and every badge says what it means", async ({
  page,
}) => {
  await freshStart(page);
  // the counts come after a short pause: the assertions below mean something once they are in
  await expect(page.locator("nav.stepbar[data-counted]")).toHaveCount(1);
  await expect(stepLink(page, "Review")).not.toContainText("✓");
  await expect(stepLink(page, "Review")).not.toHaveAttribute("aria-describedby", /./);
  await startPreset(page, "SfB Edge");
  await expect(stepLink(page, "Components")).toHaveAccessibleDescription(/^\d+ components? in the plan$/);
  await expect(stepLink(page, "Review")).toHaveAccessibleDescription(/no errors|to fix or accept/);
  await expect(stepLink(page, "Keys and CSRs")).toHaveAccessibleDescription(/0 of \d+ CSRs? generated/);
});
