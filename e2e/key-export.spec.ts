// The defaults around the private key: a passphrase that protects a key has at least 15 characters (said in
// the field as it is typed); an unencrypted key leaves the page only after the admin confirms it once per
// page load (Keys step, zip, Install step); the zip's keys can share one passphrase; the zip's worksheet.html
// carries its own CSP.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  confirmUnencryptedKeys,
  download,
  expectCsrAndKey,
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  keyCard,
  openssl,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

const ZIP_PASSPHRASE = "one passphrase for every key";

function unzip(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

/** The text of the elements an input's aria-describedby points to. */
async function description(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** Counts downloads, to show that a cancelled one wrote nothing. */
function countDownloads(page: Page): { count: number } {
  const c = { count: 0 };
  page.on("download", () => {
    c.count++;
  });
  return c;
}

test("a short passphrase is refused in the field, with the reason, on the Keys step, for the zip and for the PFX", async ({
  page,
}) => {
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "px");
  const pass = card.getByLabel("Passphrase", { exact: true });
  await pass.fill("a");
  await card.getByLabel("Repeat the passphrase").fill("a");
  await expect(pass).toHaveAttribute("aria-invalid", "true");
  expect(await description(pass)).toMatch(/^Too short: 1 character, at least 15 are needed\./);
  await expect(card.getByText(/^Too short: 1 character/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, "Keys step with a refused passphrase");
  // refused means not used: the key is written without it
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText(/key file not encrypted/)).toBeVisible();
  await pass.fill("staple tree 42!");
  await card.getByLabel("Repeat the passphrase").fill("staple tree 42!");
  await expect(pass).not.toHaveAttribute("aria-invalid", "true");
  await expect(card.getByText(/^Too short/)).toHaveCount(0);
  await card.getByRole("button", { name: "Encrypt the key file with this passphrase" }).click();
  await expect(card.getByText("key file encrypted with your passphrase")).toBeVisible({ timeout: 30_000 });

  // the zip's passphrase: refused the same way, and the zip waits rather than writing plain keys
  const zipPass = page.getByLabel("Zip key passphrase", { exact: true });
  await zipPass.fill("1");
  await expect(zipPass).toHaveAttribute("aria-invalid", "true");
  expect(await description(zipPass)).toMatch(/^Too short: 1 character/);
  const zipButton = page.getByRole("button", { name: "Download all (.zip)" });
  await expect(zipButton).toBeDisabled();
  expect(await description(zipButton)).toContain("waits until the passphrase is accepted");
  await zipPass.fill("");
  await expect(zipButton).toBeEnabled();

  // the PFX passphrase on the Install step
  await gotoStep(page, "Install");
  const pfx = page.getByLabel("PFX passphrase", { exact: true });
  await pfx.fill("1");
  await page.getByLabel("Repeat the PFX passphrase").fill("1");
  await expect(pfx).toHaveAttribute("aria-invalid", "true");
  expect(await description(pfx)).toMatch(/Too short: 1 character, at least 15 are needed\./);
  await expectNoSeriousA11yViolations(page, "Install step with a refused PFX passphrase");
});

test("an unencrypted key leaves only after one confirmation per page load; the zip's keys can share one passphrase that openssl opens", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir();
  const downloads = countDownloads(page);
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^2 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });

  // the first unencrypted key: the page asks, says what breaks; Cancel writes nothing
  const external = keyCard(page, "edge/external");
  await external.getByRole("button", { name: "Download key" }).click();
  const dialog = page.getByRole("dialog", { name: "Download a key file without a passphrase?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("anyone who gets a copy");
  await expect(dialog).toContainText("Key file passphrase");
  await expectNoSeriousA11yViolations(page, "the unencrypted-key confirmation");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(external.getByText("Key file not downloaded.")).toBeVisible();
  expect(downloads.count).toBe(0);

  // confirmed once, it is not asked again in this page
  const key = await download(
    page,
    async () => {
      await external.getByRole("button", { name: "Download key" }).click();
      await confirmUnencryptedKeys(page);
    },
    dir,
  );
  expect(readFileSync(key.file, "utf8")).toContain("-----BEGIN PRIVATE KEY-----");
  const internal = await download(
    page,
    () => keyCard(page, "edge/internal").getByRole("button", { name: "Download key" }).click(),
    dir,
  );
  expect(readFileSync(internal.file, "utf8")).toContain("-----BEGIN PRIVATE KEY-----");
  expect(downloads.count).toBe(2);

  // the consent is memory only: after a reload the page asks again (zip)
  await page.reload();
  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(/^2 keys and CSRs generated/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "Download all (.zip)" }).click();
  const zipDialog = page.getByRole("dialog", { name: "Download 2 key files without a passphrase?" });
  await expect(zipDialog).toBeVisible();
  await zipDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Nothing downloaded.")).toBeVisible();
  expect(downloads.count).toBe(2);

  // one passphrase for the zip: no question, every key file encrypted with it
  await page.getByLabel("Zip key passphrase", { exact: true }).fill(ZIP_PASSPHRASE);
  await page.getByLabel("Repeat the zip key passphrase").fill(ZIP_PASSPHRASE);
  const zip = await download(
    page,
    () => page.getByRole("button", { name: "Download all (.zip)" }).click(),
    dir,
  );
  await expect(page.getByText(/every key encrypted with the zip passphrase/)).toBeVisible();
  const files = unzip(zip.file);
  const today = new Date().toISOString().slice(0, 10); // the date each key was made is in its file name
  for (const [base, sans] of [
    ["edge_external", ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"]],
    ["edge_internal", ["lsedge.contoso.net"]],
  ] as const) {
    const stem = `${base}-${today}`;
    expect(files[`${stem}.key`]).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    const csr = writeFile(dir, `zip-${stem}.csr`, files[`${stem}.csr`] as string);
    const k = writeFile(dir, `zip-${stem}.key`, files[`${stem}.key`] as string);
    expectCsrAndKey(csr, k, sans, ZIP_PASSPHRASE); // openssl pkey -passin pass:…
    expect(() => openssl(["pkey", "-in", k, "-passin", "pass:a wrong passphrase", "-noout"])).toThrow();
  }

  // the zip's worksheet.html carries its own CSP: an inline script injected into it does not run
  const sheet = files["worksheet.html"] as string;
  expect(sheet).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
  );
  const inject = (html: string) =>
    html.replace(
      "</body>",
      `<script>window.__ran = 1</script><img src="x" onerror="window.__img = 1"></body>`,
    );
  // the browser's own reports of what the policy blocked (an init script runs whatever the page's CSP says)
  await page.addInitScript(() => {
    const w = window as unknown as { __blocked: string[] };
    w.__blocked = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__blocked.push(e.effectiveDirective));
  });
  /** Opens the file and waits until the injected script and image have had their chance: with the policy, until
   *  the browser has reported blocking both; without it, until both have run. No fixed wait: on a loaded machine
   *  "nothing ran after 200 ms" could have been checked before anything could run. */
  const opened = async (html: string, name: string, policy: boolean) => {
    const file = join(dir, name);
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(
      (policy) => {
        const w = window as unknown as { __blocked: string[]; __ran?: number; __img?: number };
        return policy
          ? w.__blocked.includes("script-src-elem") && w.__blocked.includes("img-src")
          : w.__ran === 1 && w.__img === 1;
      },
      policy,
      { timeout: 20_000 },
    );
    return page.evaluate(() => {
      const w = window as unknown as { __ran?: number; __img?: number };
      return {
        ran: w.__ran ?? 0,
        img: w.__img ?? 0,
        margin: getComputedStyle(document.body).marginLeft,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content"),
      };
    });
  };
  const guarded = await opened(inject(sheet), "worksheet-injected.html", true);
  expect(guarded).toMatchObject({ ran: 0, img: 0, csp: expect.stringContaining("default-src 'none'") });
  expect(guarded.margin).toBe("32px"); // its own inline style still applies (2rem)
  // the check can fail: the same file without its policy runs the injected script
  const bare = await opened(
    inject(sheet.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")),
    "worksheet-bare.html",
    false,
  );
  expect(bare).toMatchObject({ ran: 1, img: 1 });
});

test("the Install step's key download follows the same rule: it asks, or it is encrypted with the PFX passphrase", async ({
  page,
}) => {
  const dir = tempDir();
  const downloads = countDownloads(page);
  const pfxPassphrase = "staple tree 42 moss";
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "px");
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);

  await gotoStep(page, "Install");
  await page.getByRole("button", { name: "Download key" }).click();
  const dialog = page.getByRole("dialog", { name: "Download a key file without a passphrase?" });
  await expect(dialog).toContainText("PFX passphrase");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Key file not downloaded.")).toBeVisible();
  expect(downloads.count).toBe(1);

  await page.getByLabel("PFX passphrase", { exact: true }).fill(pfxPassphrase);
  await page.getByLabel("Repeat the PFX passphrase").fill(pfxPassphrase);
  const key = await download(page, () => page.getByRole("button", { name: "Download key" }).click(), dir);
  expect(readFileSync(key.file, "utf8")).toContain("-----BEGIN ENCRYPTED PRIVATE KEY-----");
  expectCsrAndKey(
    csr.file,
    key.file,
    ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
    pfxPassphrase,
  );
});
