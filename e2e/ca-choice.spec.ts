// One certificate of a component from another CA than its siblings: the Edge's internal certificate from the
// enterprise CA while the external one stays public (LYNC-EDGE-EXT-7 requires it). The choice is kept in the
// plan, survives a reload, and the rules judge each certificate by its own CA.
import { expect, test } from "@playwright/test";
import { freshStart, gotoStep, startPreset } from "./helpers";

test("an Edge's internal certificate can come from the enterprise CA while the external one stays public", async ({
  page,
}) => {
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Review");
  const internal = page.locator("article.cert-card", {
    has: page.getByText("edge/internal", { exact: true }),
  });
  const external = page.locator("article.cert-card", {
    has: page.getByText("edge/external", { exact: true }),
  });
  await expect(internal.locator("dd").filter({ hasText: /CA$/ }).first()).toHaveText("Public CA");

  await internal.getByLabel("CA for this certificate", { exact: true }).selectOption("internal");
  const caOf = (card: typeof internal) => card.locator("dd").filter({ hasText: /CA$/ }).first();
  await expect(caOf(internal)).toHaveText("Internal / enterprise CA");
  await expect(caOf(external)).toHaveText("Public CA");
  // the external certificate stays ready: its CA did not change with its sibling's
  await expect(external.getByText("ready for a CSR")).toBeVisible();

  const stored = await page.evaluate(() => localStorage.getItem("san-planner/plan") ?? "");
  expect(JSON.parse(stored).state.plan.certificateOptions["edge/internal"]).toEqual({ caType: "internal" });

  await page.reload();
  await gotoStep(page, "Review");
  await expect(internal.getByLabel("CA for this certificate", { exact: true })).toHaveValue("internal");
  await internal.getByLabel("CA for this certificate", { exact: true }).selectOption("");
  await expect(caOf(internal)).toHaveText("Public CA");
});
