// Long lists of cards (Review, Keys and CSRs, Components): from the 4th card of a list of 10 or more, the browser
// lays a card out only near the viewport, and the card's form controls (the CA choices, the accept form, the key
// choice, the passphrase fields, the CSR text, a component's form) wait until then (src/ui/deferred-card.tsx).
// Chrome's autofill checks the visibility of every form control on the page whenever one appears, and for a
// control in a card whose layout is skipped that check forces the card's layout: on the Review of a 1,000-node
// plan it froze the page for ~0.8 s; its Components step ran one ~0.6 s task. Checked here: a far card holds no
// control at first, shows them when scrolled to, keeps what was typed when scrolled away, and every control
// renders at once in a browser without the event. The worksheet's pages are skipped the same way on screen (817
// pages took ~4 s of style and layout in one task), and printed in full.
import { execFileSync } from "node:child_process";
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  keyCard,
  schemaValidPlan,
  stepLink,
  tempDir,
  writeFile,
} from "./helpers";

const COUNT = 30;

/** 30 web server certificates from a public CA, each with an internal name: one error, and so one accept form,
 *  on every card. */
function planText(): string {
  return JSON.stringify({
    format: "san-planner/plan",
    version: 1,
    name: "30 web servers",
    subject: { O: "Example Corp", C: "US" },
    sipDomains: [],
    defaults: { caType: "public", key: { algorithm: "ECDSA", curve: "P-256" } },
    components: Array.from({ length: COUNT }, (_, i) => ({
      type: "custom",
      id: `web${i}`,
      commonName: `web${i}.example.com`,
      sans: [`web${i}.example.com`, `web${i}.corp.local`],
    })),
  });
}

async function openPlan(page: Page): Promise<void> {
  await freshStart(page);
  const file = writeFile(tempDir(), "web-30.json", schemaValidPlan(planText()));
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser.setFiles(file);
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.locator("article.cert-card")).toHaveCount(COUNT);
}

const controls = (card: Locator) => card.locator("select, input, textarea");
/** The browser skips the card's contents (content-visibility: auto, far from the viewport): its heading is
 *  not rendered. */
const skipped = (card: Locator) =>
  card
    .locator("h3")
    .evaluate((el) => !el.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions));

test("Review of 30 certificates: a far card's controls wait until it is scrolled to, then keep what was typed", async ({
  page,
}) => {
  await openPlan(page);
  const cards = page.locator("article.cert-card");
  const first = cards.nth(0);
  const far = cards.nth(25);
  // the first cards render in full; a far card renders its text (its names and findings) but no control
  await expect(first.getByLabel("CA for this certificate", { exact: true })).toBeVisible();
  await expect(first.getByLabel("Reason for accepting this error")).toBeVisible();
  await expect(far).toContainText("web25.corp.local");
  await expect(far.locator('li.finding[data-rule="PKI-INTERNAL-NAME-1"]')).toHaveCount(1);
  expect(await skipped(far)).toBe(true);
  await expect(controls(far)).toHaveCount(0);
  // the cards between hold none either: only the cards near the viewport have controls
  expect(await page.locator("article.cert-card select").count()).toBeLessThan(COUNT);

  await far.scrollIntoViewIfNeeded();
  await expect(far.getByLabel("CA for this certificate", { exact: true })).toBeVisible();
  await expect(far.getByLabel("Which public CA issues it", { exact: true })).toBeVisible();
  const reason = far.getByLabel("Reason for accepting this error");
  await reason.fill("Lab certificate, never presented to the internet");

  // scrolled away, with the focus and the selection elsewhere (a card holding either stays rendered), the card
  // is skipped again; its controls, and what was typed, stay
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("heading", { level: 2, name: "Review" }).click();
  await expect.poll(() => skipped(far)).toBe(true);
  await expect(reason).toHaveValue("Lab certificate, never presented to the internet");
  await far.scrollIntoViewIfNeeded();
  await far.getByRole("button", { name: "Accept this error" }).click();
  await expect(far.getByText("Lab certificate, never presented to the internet")).toBeVisible();
  await expect(far.locator("span.tag-accepted")).toBeVisible();
});

test("Components of 30: a far component's form waits until it is scrolled to, its edits reach the plan, and a far form with an unfinished edit renders at once", async ({
  page,
}) => {
  await openPlan(page);
  await gotoStep(page, "Components");
  const cards = page.locator("section.component-card");
  await expect(cards).toHaveCount(COUNT);
  const far = cards.nth(25);
  // a far card names its component, holds no control and is skipped; the first cards hold their forms
  await expect(far.getByRole("heading", { level: 3 })).toContainText("web25");
  expect(await skipped(far)).toBe(true);
  await expect(controls(far)).toHaveCount(0);
  await expect(cards.nth(0).getByLabel("Common name (CN)")).toHaveValue("web0.example.com");
  const withForms = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll("section.component-card")].filter((c) => c.querySelector("input"))
          .length,
    );
  expect(await withForms()).toBeLessThan(10);
  // the far cards' regions keep their names (the heading) and their Remove buttons
  await expect(page.getByRole("button", { name: "Remove web25", exact: true })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, "Components of 30, far cards without their forms");

  await far.scrollIntoViewIfNeeded();
  const cn = far.getByLabel("Common name (CN)");
  await expect(cn).toHaveValue("web25.example.com");
  await far
    .getByLabel(/^Subject alternative names/)
    .fill("web25.example.com\nweb25.corp.local\nportal25.example.com");
  await expect(page.getByText(/Not in the plan yet/)).toHaveCount(0);
  await gotoStep(page, "Review");
  await expect(page.locator("article.cert-card").nth(25)).toContainText("portal25.example.com");

  // an edit the plan cannot take, left in the far card: the way back renders that card's form at once and
  // focuses the field, though the card is far from where the step opens
  await gotoStep(page, "Components");
  await far.scrollIntoViewIfNeeded();
  await cn.fill("web25..example.com");
  await expect(far.getByText(/Not in the plan yet/)).toBeVisible();
  await stepLink(page, "Keys and CSRs").click();
  await page.getByRole("dialog").getByRole("button", { name: "Leave Components" }).click();
  const banner = page.getByRole("region", { name: /Edits on Components are not in the plan/ });
  await banner.getByRole("button", { name: "Fix them on Components" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Components", exact: true })).toBeVisible();
  await expect(cn).toBeFocused();
  await expect(cn).toHaveValue("web25..example.com");
});

test("Keys and CSRs with 30 certificates: a far card names its key in words, and offers the choice when scrolled to", async ({
  page,
}) => {
  await openPlan(page);
  await gotoStep(page, "Keys and CSRs");
  const far = keyCard(page, "web25");
  await expect(far).toContainText("Key: ECDSA P-256");
  expect(await skipped(far)).toBe(true);
  await expect(controls(far)).toHaveCount(0);
  await expect(keyCard(page, "web0").getByLabel("Key", { exact: true })).toBeVisible();

  await far.scrollIntoViewIfNeeded();
  await expect(far.getByLabel("Key", { exact: true })).toBeVisible();
  await expect(far.getByLabel("Passphrase", { exact: true })).toBeVisible();
  await expect(far).not.toContainText("Key: ECDSA P-256");
});

test("in a browser without the content-visibility event (Chrome < 108, Firefox < 125, Safari < 18), every card renders its controls at once", async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { ContentVisibilityAutoStateChangeEvent?: unknown })
      .ContentVisibilityAutoStateChangeEvent;
  });
  await openPlan(page);
  const far = page.locator("article.cert-card").nth(25);
  await expect(far.getByLabel("CA for this certificate", { exact: true })).toHaveCount(1);
  await expect(far.getByLabel("Reason for accepting this error")).toHaveCount(1);
  expect(await page.locator("article.cert-card select").count()).toBeGreaterThanOrEqual(COUNT);
});

test("Worksheet of 30 certificates: far pages are skipped on screen, and the PDF prints every page", async ({
  page,
}) => {
  await openPlan(page);
  await gotoStep(page, "Worksheet");
  const pages = page.locator("article.ws-page");
  await expect(pages).toHaveCount(COUNT);
  await expect(pages.nth(25)).toContainText("web25.corp.local");
  expect(await skipped(pages.nth(25))).toBe(true);
  expect(await skipped(pages.nth(0))).toBe(false);

  await page.emulateMedia({ media: "print" });
  expect(await skipped(pages.nth(25))).toBe(false);
  const pdfFile = writeFile(tempDir(), "worksheet.pdf", await page.pdf({ format: "A4" }));
  const pageCount = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" }))?.[1],
  );
  expect(pageCount).toBeGreaterThan(COUNT);
  // every certificate on a page of its own, in order: certificate i on printed page i + 1
  for (const i of [0, 3, 12, 25, COUNT - 1]) {
    const text = execFileSync(
      "pdftotext",
      ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdfFile, "-"],
      {
        encoding: "utf8",
      },
    );
    expect(text, `printed page ${i + 1}`).toContain(`web${i}.corp.local`);
  }
});
