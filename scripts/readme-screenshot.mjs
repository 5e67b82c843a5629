#!/usr/bin/env node
// Regenerates docs/review-step.png, the README's picture of the Review step (SfB Edge preset), from the
// production build: `npm run build && node scripts/readme-screenshot.mjs`.
import { mkdirSync } from "node:fs";
import { withBrowser } from "./bench/browser.mjs";

mkdirSync("docs", { recursive: true });
await withBrowser(async (browser, base) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${base}/#start`);
  await page.getByRole("button", { name: "SfB Edge" }).click();
  const discard = page.getByRole("button", { name: "Discard and continue" });
  if (await discard.isVisible().catch(() => false)) await discard.click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Review" }).click();
  await page.getByRole("heading", { level: 2, name: /Review/ }).waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: "docs/review-step.png", fullPage: false });
});
console.log("docs/review-step.png");
