// Each finding on the Review can say why its rule exists ("About this rule"): the rule's own description, folded.
import { expect, test } from "@playwright/test";
import { RULES } from "../src/domain/rules";
import { freshStart, gotoStep, startPreset } from "./helpers";

test("a finding on the Review unfolds 'About this rule' with what the rule checks", async ({ page }) => {
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Review");
  // the Edge preset has notices only, folded under their group's summary
  const group = page.locator("details.finding-group-info").first();
  await group.locator("> summary").click();
  const finding = group.locator("li.finding").first();
  await expect(finding).toBeVisible();
  const ruleId = (await finding.getAttribute("data-rule")) ?? "";
  // the id is the app's internal name: it is not on the screen
  await expect(finding).not.toContainText(ruleId);
  const description = RULES.find((r) => r.id === ruleId)?.description;
  expect(description, `a description for ${ruleId}`).toBeTruthy();
  await expect(finding.getByText(description as string)).toBeHidden();
  await finding.getByText("About this rule").click();
  await expect(finding.getByText(description as string)).toBeVisible();
  await expect(finding.getByText("About this rule")).toHaveCount(1);
});
