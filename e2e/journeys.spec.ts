// One journey per preset family, as an admin makes it: start from a preset, edit the forms (seeing field errors as
// they type), review, generate, download the CSR and the key (and the zip), and check the files with openssl:
// the CSR verifies, carries exactly the planned SANs, and its public key is the downloaded key's.
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { unzipSync } from "fflate";
import {
  download,
  downloadUnencrypted,
  expectCsrAndKey,
  freshStart,
  gotoStep,
  keyCard,
  screenshot,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

async function expectNothingBlocks(page: Page): Promise<void> {
  await gotoStep(page, "Review");
  await expect(page.getByText("Nothing blocks CSR generation.")).toBeVisible();
}

async function generateAll(page: Page, count: number): Promise<void> {
  await gotoStep(page, "Keys and CSRs");
  await page.getByRole("button", { name: "Generate all", exact: true }).click();
  await expect(page.getByText(new RegExp(`^${count} keys? and CSRs? generated`))).toBeVisible({
    timeout: 60_000,
  });
}

function unzip(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

test("SfB Edge: edit the organization and domains (with a pasted dig answer), generate, download, verify with openssl", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB Edge");

  // Organization: a field error appears next to the field as you type, in words
  const country = page.getByLabel("Country (C)");
  await country.fill("USA");
  await expect(page.getByText('"USA" is not a two-letter ISO 3166 country code')).toBeVisible();
  await expect(country).toHaveAttribute("aria-invalid", "true");
  await country.fill("US");
  await expect(country).not.toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Organizational unit (OU)").fill("Unified Communications");

  // Domains and DNS: a third SIP domain, its SRV record pasted from dig
  await gotoStep(page, "Domains and DNS");
  await page.getByLabel("SIP domains").fill("contoso.com\nfabrikam.com\nadatum.com");
  await page
    .getByLabel("DNS tool output", { exact: true })
    .fill(
      [
        "; <<>> DiG 9.18.24 <<>> SRV _sipfederationtls._tcp.adatum.com",
        ";; ANSWER SECTION:",
        "_sipfederationtls._tcp.adatum.com. 3600 IN SRV 0 0 5061 sip.adatum.com.",
        "this line is noise",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.getByRole("heading", { name: "Found 1 record" })).toBeVisible();
  await expect(page.getByText("Line 4:")).toBeVisible();
  await page.getByRole("button", { name: "Apply 1 record" }).click();
  await expect(page.getByText("1 record added.")).toBeVisible();
  await expect(page.getByLabel("Target, record 5")).toHaveValue("sip.adatum.com");

  await expectNothingBlocks(page);
  const external = page.getByRole("article", { name: "Edge external — sip.contoso.com" });
  await expect(external.getByRole("table", { name: "Subject alternative names (4)" })).toBeVisible();
  // a public CA's certificate carries no OU (CA/Browser Forum ballot SC47v2): the typed OU is left out, and said so
  await expect(external).not.toContainText("OU=Unified Communications");
  await expect(external).toContainText(
    'The organizational unit "Unified Communications" from the Organization step is left out',
  );

  await generateAll(page, 2);
  const card = keyCard(page, "edge/external");
  await expect(card.getByText("CSR generated")).toBeVisible();
  await expect(card.getByText("self-signature verifies")).toBeVisible();
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  // an unencrypted key: the page asks once; the zip below does not ask again
  const key = await downloadUnencrypted(page, card.getByRole("button", { name: "Download key" }), dir);
  // every download carries the certificate id and the date of its key (a renewal never overwrites production files)
  const today = new Date().toISOString().slice(0, 10);
  expect(csr.name).toBe(`edge_external-${today}.csr`);
  expect(key.name).toBe(`edge_external-${today}.key`);
  const sans = ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com", "sip.adatum.com"];
  const checked = expectCsrAndKey(csr.file, key.file, sans);
  expect(checked.subject).toContain("CN = sip.contoso.com");
  expect(checked.subject).not.toContain("OU =");
  expect(checked.text).toContain("TLS Web Server Authentication");

  const zip = await download(
    page,
    () => page.getByRole("button", { name: "Download all (.zip)" }).click(),
    dir,
  );
  const files = unzip(zip.file);
  expect(Object.keys(files).sort()).toEqual([
    `edge_external-${today}.csr`,
    `edge_external-${today}.key`,
    `edge_internal-${today}.csr`,
    `edge_internal-${today}.key`,
    "plan.json",
    "renewals.ics",
    "worksheet.html",
  ]);
  expect(files[`edge_external-${today}.csr`]).toBe(readFileSync(csr.file, "utf8"));
  const internalCsr = writeFile(dir, "zip-internal.csr", files[`edge_internal-${today}.csr`] as string);
  const internalKey = writeFile(dir, "zip-internal.key", files[`edge_internal-${today}.key`] as string);
  expectCsrAndKey(internalCsr, internalKey, ["lsedge.contoso.net"]);
  expect(JSON.parse(files["plan.json"] as string).sipDomains).toEqual([
    "contoso.com",
    "fabrikam.com",
    "adatum.com",
  ]);
  expect(files["plan.json"]).not.toContain("PRIVATE KEY");
  expect(files["worksheet.html"]).toContain("sip.adatum.com");
  await screenshot(page, "journey-sfb-edge-keys");
});

test("Pexip public DMZ: paste a node, fix a typo flagged as you type, encrypted key, verify with openssl", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");

  await gotoStep(page, "Components");
  const nodes = page.getByLabel(/^Conferencing Nodes/);
  await nodes.fill(
    "px01.vc.example.com px01.vc.example.com\npx02.vc.example.com px02.vc.example.com\npx_03.vc.example.com",
  );
  await expect(page.getByText(/Line 3: "px_03\.vc\.example\.com" has an underscore/)).toBeVisible();
  await expect(page.getByText("Not in the plan yet")).toBeVisible();
  await nodes.fill(
    "px01.vc.example.com px01.vc.example.com\npx02.vc.example.com px02.vc.example.com\npx03.vc.example.com px03.vc.example.com",
  );
  await expect(page.getByText(/Line 3:/)).toHaveCount(0);
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  await expectNothingBlocks(page);
  const sanTable = page.getByRole("table", { name: "Subject alternative names (5)" });
  for (const n of [
    "px.vc.example.com",
    "px01.vc.example.com",
    "px02.vc.example.com",
    "px03.vc.example.com",
    "vc.example.com",
  ]) {
    await expect(sanTable.getByText(n, { exact: true })).toBeVisible();
  }

  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "px");
  await card.getByLabel("Passphrase", { exact: true }).fill("correct horse battery");
  await card.getByLabel("Repeat the passphrase").fill("correct horse batter");
  await expect(card.getByText("The two passphrases do not match.")).toBeVisible();
  await card.getByLabel("Repeat the passphrase").fill("correct horse battery");
  await expect(card.getByText("The two passphrases do not match.")).toHaveCount(0);
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText("key file encrypted with your passphrase")).toBeVisible();

  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  const key = await download(page, () => card.getByRole("button", { name: "Download key" }).click(), dir);
  const today = new Date().toISOString().slice(0, 10);
  expect(csr.name).toBe(`px-${today}.csr`);
  expect(readFileSync(key.file, "utf8")).toContain("-----BEGIN ENCRYPTED PRIVATE KEY-----");
  const checked = expectCsrAndKey(
    csr.file,
    key.file,
    [
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "px03.vc.example.com",
      "vc.example.com",
    ],
    "correct horse battery",
  );
  expect(checked.subject).toContain("CN = px.vc.example.com");
  expect(checked.text).toContain("TLS Web Client Authentication");

  const zip = await download(
    page,
    () => page.getByRole("button", { name: "Download all (.zip)" }).click(),
    dir,
  );
  const files = unzip(zip.file);
  expect(Object.keys(files).sort()).toEqual([
    "plan.json",
    `px-${today}.csr`,
    `px-${today}.key`,
    "renewals.ics",
    "worksheet.html",
  ]);
  await screenshot(page, "journey-pexip-keys");
});

test("CUCM single-server: ECDSA P-256 for every node, one certificate per node, each key born on its node (its own CSR page), never in the browser", async ({
  page,
}) => {
  await freshStart(page);
  await startPreset(page, "CUCM cluster");
  await gotoStep(page, "Components");
  await expect(page.getByLabel("Distribution")).toHaveValue("single-server");
  await page
    .getByLabel(/^Subscribers/)
    .fill("cucm-sub1.example.com\ncucm-sub2.example.com\ncucm-sub3.example.com");

  await expectNothingBlocks(page);
  await expect(page.getByText("5 certificates", { exact: true })).toBeVisible();
  // the per-node certificates share their check-by-hand notices: said once, each card points there
  const shared = page.getByRole("region", { name: /Notices shared by many certificates/ });
  await expect(shared.getByText(/^On 5 certificates:/).first()).toBeVisible();
  // each card points there without leaving the Review step (the URL's hash is the step)
  await page.getByRole("button", { name: "Notices shared by many certificates" }).last().click();
  await expect(page.getByRole("heading", { name: /^Notices shared by many certificates/ })).toBeFocused();
  expect(new URL(page.url()).hash).toBe("#review");

  // Review: the key is the node's, never "Exportable private key: No" as if it were ours
  const reviewCard = page.getByRole("article", { name: /cucm-pub\.example\.com/ });
  await expect(reviewCard).toContainText("Created and kept on the node by its own CSR page (Generate CSR)");
  await expect(reviewCard).not.toContainText("Exportable private key");

  // a CUCM node creates its own key (Generate CSR) and imports none: no key is made in this browser for it
  await gotoStep(page, "Keys and CSRs");
  await page.getByLabel("Key for every certificate").selectOption({ label: "ECDSA P-256" });
  await page.getByRole("button", { name: "Apply to all" }).click();
  const card = keyCard(page, "cucm/cucm-pub.example.com");
  await expect(card.getByLabel("Key")).toHaveValue("ECDSA-P-256");
  await expect(card.getByRole("button", { name: /^Generate/ })).toHaveCount(0);
  await expect(card).toContainText("The key of this certificate is created on the node, not in this browser");
  await expect(page.getByRole("button", { name: "Generate all", exact: true })).toBeDisabled();
  await expect(page.getByText(/Every certificate here gets its key on its node/)).toBeVisible();
  // the node's own CSR page is the default, with the fields to type there, for every node
  const nodes = ["cucm-pub", "cucm-sub1", "cucm-sub2", "cucm-sub3", "imp-pub"];
  for (const n of nodes) {
    const panel = page.getByRole("region", {
      name: `Generate on the server instead: CUCM tomcat — ${n}.example.com`,
    });
    await expect(panel.locator("details")).toHaveAttribute("open", "");
    await expect(panel.getByRole("radio", { name: /^On the server, with its own CSR page/ })).toBeChecked();
    await expect(panel.getByRole("radio", { name: "In this browser" })).toHaveCount(0);
    const sheet = (await panel.getByRole("region", { name: "CUCM CSR fields" }).textContent()) ?? "";
    expect(sheet).toMatch(/Common Name: +/);
    expect(sheet).toContain(`${n}.example.com`);
    expect(sheet).toMatch(/Key Type: +EC\b/);
    expect(sheet).toMatch(/Key Length: +256\b/);
  }
  await screenshot(page, "journey-cucm-keys");
  // the worksheet says where each key is created
  await gotoStep(page, "Worksheet");
  await expect(page.getByText(/on the server, with the platform's own CSR page/).first()).toBeVisible();
  // no key was made in this page: it closes without asking
  let asked = false;
  page.on("dialog", (d) => {
    asked = true;
    void d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});
