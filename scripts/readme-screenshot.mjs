#!/usr/bin/env node
// Regenerates the README's pictures from the production build: `npm run build && node scripts/readme-screenshot.mjs`.
// - docs/review-step.png: the Review step's first certificate card (SfB Edge preset);
// - docs/renewal-load.png: the "Renewals through 2029" panel of the Review (SfB full site preset).
import { mkdirSync } from "node:fs";
import { withBrowser } from "./bench/browser.mjs";

async function openPreset(page, base, preset) {
  await page.goto(`${base}/#start`);
  await page.getByRole("button", { name: preset, exact: true }).click();
  const discard = page.getByRole("button", { name: "Discard and continue" });
  if (await discard.isVisible().catch(() => false)) await discard.click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Review" }).click();
  await page.getByRole("heading", { level: 2, name: /Review/ }).waitFor();
  await page.waitForTimeout(400);
}

mkdirSync("docs", { recursive: true });
await withBrowser(async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await openPreset(page, base, "SfB Edge");
  // the first certificate card (the Edge external certificate): below the summary, the renewal load and the
  // domain validation panels, so the card itself, not the top of the page
  await page.locator("article.cert-card").first().screenshot({ path: "docs/review-step.png" });

  const load = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await openPreset(load, base, "SfB full site");
  await load
    .getByRole("region", { name: "Renewals through 2029" })
    .screenshot({ path: "docs/renewal-load.png" });
});
console.log("docs/review-step.png, docs/renewal-load.png");
