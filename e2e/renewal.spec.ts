// Renewal and added nodes, as an admin does it a year later: start from the existing certificate (made here by a
// throwaway openssl CA for two Pexip nodes), confirm the Pexip proposal, see the diff and the billed SAN count on
// the Review step, add a third node, generate, and check with openssl that the new CSR has every original name
// plus the new node (PEXIP-RENEW-1). The worksheet shows the diff.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { existingCertificate, makeCa, opensslCsr } from "./ca-helpers";
import {
  download,
  downloadUnencrypted,
  freshStart,
  gotoStep,
  keyCard,
  readCsr,
  screenshot,
  tempDir,
} from "./helpers";

const ORIGINAL = ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"];

test("renew a Pexip certificate made by openssl with 2 nodes, add a third: the new CSR has all originals plus the node", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-renewal-");
  const ca = makeCa(dir);
  // a public DMZ certificate as a public CA issues it: OV policy OID (CA/B Forum BR 7.1.6.1)
  const old = existingCertificate(
    ca,
    "old-px",
    "/C=NO/O=Example Corp/CN=px.vc.example.com",
    ORIGINAL,
    "serverAuth,clientAuth",
    ["2.23.140.1.2.2"],
  );

  await freshStart(page);
  await expect(
    page.getByRole("heading", { name: "Start from an existing certificate or CSR" }),
  ).toBeVisible();
  await page.getByLabel("Existing certificate or CSR file").setInputFiles(old);
  await expect(page.getByText(/^Read a certificate issued by SAN Planner E2E Issuing CA/)).toBeVisible();
  const proposal = page.getByRole("region", { name: "Proposed plan" });
  await expect(proposal.getByLabel("Component type")).toHaveValue("pexip");
  await expect(proposal).toContainText("share the domain vc.example.com");
  await expect(proposal).toContainText("4 of the 4 names kept");
  await screenshot(page, "renewal-proposal");
  await proposal.getByRole("button", { name: "Use this plan" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  const card = page.getByRole("article", { name: /px\.vc\.example\.com/ });
  await expect(card).toContainText(
    "Compared with the existing certificate (CN px.vc.example.com, valid until",
  );
  await expect(card).toContainText("0 names added, 0 names removed, 4 names kept.");
  await expect(card).toContainText("SANs the CA will bill: 4");
  await card.getByLabel("Price per SAN").fill("25");
  await card.getByLabel("Currency").fill("EUR");
  await expect(card).toContainText("Estimate: EUR 100.00");

  // a year later: a third Conferencing Node
  await gotoStep(page, "Components");
  await page
    .getByLabel(/^Conferencing Nodes/)
    .fill(
      "px01.vc.example.com px01.vc.example.com\npx02.vc.example.com px02.vc.example.com\npx03.vc.example.com px03.vc.example.com",
    );
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  await gotoStep(page, "Review");
  await expect(card).toContainText("1 name added, 0 names removed, 4 names kept.");
  const diff = card.getByRole("table", { name: /Names: new plan against the old certificate/ });
  await expect(
    diff.getByRole("row", { name: /px03\.vc\.example\.com Added node px03\.vc\.example\.com/ }),
  ).toBeVisible();
  await expect(card).toContainText("SANs the CA will bill: 5");
  await expect(card).toContainText("Estimate: EUR 125.00");
  await expect(card.locator('li.finding[data-rule="PEXIP-RENEW-1"]').first()).toBeVisible();
  await expect(card).toContainText("does not cover px03.vc.example.com");
  await screenshot(page, "renewal-review");

  await gotoStep(page, "Keys and CSRs");
  const keys = keyCard(page, "px");
  await keys.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(keys.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  const csr = await download(page, () => keys.getByRole("button", { name: "Download CSR" }).click(), dir);
  const checked = readCsr(csr.file);
  expect(checked.verified).toBe(true);
  expect([...checked.sans].sort()).toEqual([...ORIGINAL, "px03.vc.example.com"].sort());
  expect(checked.subject).toContain("CN = px.vc.example.com");
  expect(checked.subject).toContain("O = Example Corp");

  await gotoStep(page, "Worksheet");
  const ws = page.getByRole("article", { name: /px\.vc\.example\.com/ });
  await expect(ws).toContainText("Changes from the existing certificate");
  await expect(
    ws
      .getByRole("table", { name: "Changes from the old certificate" })
      .getByRole("row", { name: /px03.*Added/ }),
  ).toBeVisible();
  expect(readFileSync(csr.file, "utf8")).toContain("CERTIFICATE REQUEST");
});

test("a pasted Expressway CSR is recognised, and the current plan is kept unless the admin confirms", async ({
  page,
}) => {
  const dir = tempDir("san-planner-renewal-");
  const { csr } = opensslCsr(dir, "expe", "/O=Example Corp/CN=expe.example.com", [
    "expe.example.com",
    "expe1.example.com",
    "expe2.example.com",
    "collab-edge.example.com",
  ]);
  await freshStart(page);
  await page.getByRole("button", { name: "Pexip public DMZ", exact: true }).click();
  await gotoStep(page, "Start");
  await page.getByLabel("Existing certificate or CSR (PEM)").fill(readFileSync(csr, "utf8"));
  await page.getByRole("button", { name: "Read certificate or CSR" }).click();
  await expect(page.getByText("Read a certificate request (CSR).")).toBeVisible();
  const proposal = page.getByRole("region", { name: "Proposed plan" });
  await expect(proposal.getByLabel("Component type")).toHaveValue("expressway");
  await expect(proposal).toContainText("collab-edge.example.com is a Mobile and Remote Access");
  await expect(proposal).toContainText("4 of the 4 names kept");

  await proposal.getByRole("button", { name: "Use this plan" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Discard the current plan?");
  await dialog.getByRole("button", { name: "Keep the current plan" }).click();
  await expect(page.locator(".plan-name")).toHaveText("Pexip public DMZ vc.example.com");

  await proposal.getByRole("button", { name: "Use this plan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Discard and continue" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.locator(".plan-name")).toHaveText("Renewal of expe.example.com");
  const card = page.getByRole("article", { name: /Expressway-E — expe\.example\.com/ });
  await expect(card).toContainText("Compared with the existing CSR (CN expe.example.com)");
  await expect(card).toContainText("0 names added, 0 names removed, 4 names kept.");
});

// Renewal traps (issue 11 §5), as an admin meets them a year later: the renewal's files must not carry the names of
// the files in production (px.csr / px.key), the CA type must stay that of the certificate being renewed, and one
// defect gives one finding.
test("a renewal's downloads carry the certificate id and the date, and a private CA's certificate is renewed from a private CA", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-renewal-");
  const ca = makeCa(dir);
  // an Expressway-C cluster certificate from the enterprise CA: the throwaway CA puts no CA/B Forum policy OID in it
  const names = ["expc.example.com", "expc1.example.com", "expc2.example.com"];
  const old = existingCertificate(ca, "old-expc", "/O=Example Corp/CN=expc.example.com", names);

  await freshStart(page);
  await page.getByLabel("Existing certificate or CSR file").setInputFiles(old);
  const proposal = page.getByRole("region", { name: "Proposed plan" });
  await expect(proposal.getByLabel("Component type")).toHaveValue("expressway");
  await expect(proposal).toContainText("comes from a private (enterprise) CA");
  await proposal.getByRole("button", { name: "Use this plan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();

  await gotoStep(page, "Organization");
  await expect(page.getByLabel("Certificate authority")).toHaveValue("internal");

  await gotoStep(page, "Keys and CSRs");
  const keys = keyCard(page, "exp-c");
  await keys.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(keys.getByText("CSR generated", { exact: true })).toBeVisible({ timeout: 30_000 });
  const today = new Date().toISOString().slice(0, 10);
  const csr = await download(page, () => keys.getByRole("button", { name: "Download CSR" }).click(), dir);
  // an unencrypted key: the page asks once (the zip below does not ask again)
  const key = await downloadUnencrypted(page, keys.getByRole("button", { name: "Download key" }), dir);
  expect(csr.name).toBe(`exp-c-${today}.csr`);
  expect(key.name).toBe(`exp-c-${today}.key`);
  const checked = readCsr(csr.file);
  expect(checked.verified).toBe(true);
  expect([...checked.sans].sort()).toEqual([...names].sort());
  const zip = await download(
    page,
    () => page.getByRole("button", { name: "Download all (.zip)" }).click(),
    dir,
  );
  const files = unzipSync(new Uint8Array(readFileSync(zip.file)));
  expect(Object.keys(files).sort()).toEqual(
    [`exp-c-${today}.csr`, `exp-c-${today}.key`, "plan.json", "renewals.ics", "worksheet.html"].sort(),
  );
});

test("renewing a public certificate with clientAuth: the clientAuth warning is shown once", async ({
  page,
}) => {
  const dir = tempDir("san-planner-renewal-");
  const ca = makeCa(dir);
  // an OV certificate as a public CA issues it (CA/B Forum policy OID 2.23.140.1.2.2), with clientAuth
  const old = existingCertificate(
    ca,
    "old-px",
    "/C=NO/O=Example Corp/CN=px.vc.example.com",
    ORIGINAL,
    "serverAuth,clientAuth",
    ["2.23.140.1.2.2"],
  );
  await freshStart(page);
  await page.getByLabel("Existing certificate or CSR file").setInputFiles(old);
  const proposal = page.getByRole("region", { name: "Proposed plan" });
  await expect(proposal.getByLabel("Component type")).toHaveValue("pexip");
  await expect(proposal).not.toContainText("private (enterprise) CA");
  await proposal.getByRole("button", { name: "Use this plan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await gotoStep(page, "Organization");
  await expect(page.getByLabel("Certificate authority")).toHaveValue("public");
  await gotoStep(page, "Review");
  const card = page.getByRole("article", { name: /px\.vc\.example\.com/ });
  const finding = card.locator('li.finding[data-rule="PKI-CLIENTAUTH-PUBLIC-1"]');
  await expect(finding.first()).toBeVisible();
  await expect(finding).toHaveCount(1);
});
