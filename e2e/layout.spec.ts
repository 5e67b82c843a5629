// Layout and keyboard defects an admin saw on screen, checked by geometry at 1280 and 800 px: the "Where is this
// key created?" radios sit next to their labels and the last one is whole; request files stay inside their boxes;
// SRV names are not cut at 800 px; Install's three inputs stack at 800 px; the PFX format shows its whole text;
// "Add SRV record" does not make the admin type the service twice.
import { expect, type Page, test } from "@playwright/test";
import { freshStart, gotoStep, startPreset } from "./helpers";

const WIDTHS = [1280, 800] as const;

async function at(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
}

for (const width of WIDTHS) {
  test(`${width} px: the key-location radios sit next to their labels, request files stay in their boxes`, async ({
    page,
  }) => {
    await at(page, width);
    await freshStart(page);
    // an Expressway can take a key made in the browser, by OpenSSL or on the appliance: three choices
    await startPreset(page, "Expressway pair");
    await gotoStep(page, "Keys and CSRs");
    const panel = page.locator(".srp").first();
    await panel.getByText("Generate on the server instead").click();
    const group = panel.getByRole("group", { name: "Where is this key created?" });
    await expect(group).toBeVisible();
    const groupBox = await group.boundingBox();
    const radios = await group.getByRole("radio").all();
    expect(radios.length).toBeGreaterThan(1);
    for (const radio of radios) {
      const r = await radio.boundingBox();
      const label = await radio.evaluate((el) => {
        const l = el.closest("label") as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(l);
        const rects = [...range.getClientRects()].filter(
          (x) => x.width > 0 && x.left > el.getBoundingClientRect().right - 1,
        );
        const first = rects[0];
        const box = l.getBoundingClientRect();
        return {
          textLeft: first?.left ?? -1,
          textTop: first?.top ?? -1,
          textBottom: first?.bottom ?? -1,
          right: box.right,
          bottom: box.bottom,
          scroll: l.scrollWidth - l.clientWidth,
        };
      });
      expect(r && groupBox).toBeTruthy();
      if (!r || !groupBox) continue;
      // the radio is a radio-sized box at the start of its label's first line, not floating mid-width above it
      expect(r.width).toBeLessThan(30);
      expect(r.x - groupBox.x).toBeLessThan(40);
      expect(label.textLeft - (r.x + r.width)).toBeLessThan(20);
      expect(label.textLeft - (r.x + r.width)).toBeGreaterThanOrEqual(0);
      const middle = r.y + r.height / 2;
      expect(middle).toBeGreaterThan(label.textTop);
      expect(middle).toBeLessThan(label.textBottom);
      // the whole option is inside the group: nothing clipped
      expect(label.right).toBeLessThanOrEqual(groupBox.x + groupBox.width + 0.5);
      expect(label.bottom).toBeLessThanOrEqual(groupBox.y + groupBox.height + 0.5);
      expect(label.scroll).toBeLessThanOrEqual(0);
    }
    // every request file wraps inside its box: the Expressway's, then the CUCM CSR fields (a CUCM node makes its
    // own key, so its panel opens on the node's CSR page)
    const overflowing = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("pre")]
          .filter((p) => p.getClientRects().length > 0 && p.scrollWidth > p.clientWidth + 1)
          .map((p) => `${p.className}: ${p.scrollWidth} > ${p.clientWidth}`),
      );
    expect(await overflowing()).toEqual([]);
    await freshStart(page);
    await startPreset(page, "CUCM cluster");
    await gotoStep(page, "Keys and CSRs");
    await expect(page.locator(".srp pre").first()).toBeVisible();
    expect(await overflowing()).toEqual([]);
  });
}

test("800 px: SRV records show every name whole; Install stacks its inputs", async ({ page }) => {
  await at(page, 800);
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Domains and DNS");
  const inputs = page.locator(".srv-table input");
  expect(await inputs.count()).toBeGreaterThan(3);
  const cut = await inputs.evaluateAll((els) =>
    (els as HTMLInputElement[])
      .filter((i) => i.scrollWidth > i.clientWidth)
      .map((i) => `${i.getAttribute("aria-label")}: ${i.value}`),
  );
  expect(cut).toEqual([]);
  // nothing runs past the page's edge
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);

  await gotoStep(page, "Install");
  const sources = await page.locator(".install-source").all();
  expect(sources.length).toBeGreaterThanOrEqual(3);
  const boxes = await Promise.all(sources.map((s) => s.boundingBox()));
  const xs = new Set(boxes.map((b) => Math.round(b?.x ?? -1)));
  expect([...xs], "one column: the inputs start at the same x").toHaveLength(1);
});

test("1280 px: the PFX format select shows its options' whole text", async ({ page }) => {
  await at(page, 1280);
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Install");
  const select = page.getByLabel("PFX format");
  const fit = await select.evaluate((s: HTMLSelectElement) => {
    const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
    const cs = getComputedStyle(s);
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const widest = Math.max(...[...s.options].map((o) => ctx.measureText(o.text).width));
    // the text area: the box less its padding and the drop-down arrow (about 24 px)
    const room = s.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight) - 24;
    return { widest, room };
  });
  expect(fit.widest).toBeLessThanOrEqual(fit.room);
});

test("Add SRV record: typing a service replaces the suggestion instead of doubling it", async ({ page }) => {
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Domains and DNS");
  const before = await page.locator(".srv-table tbody tr").count();
  await page.getByRole("button", { name: "Add SRV record" }).click();
  const service = page.getByLabel(`Service, record ${before + 1}`);
  await expect(service).toBeFocused();
  await page.keyboard.type("_sip._tls");
  await expect(service).toHaveValue("_sip._tls");
});
