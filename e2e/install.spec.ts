// Step 8, Install, as an admin uses it after the CA answers: plan, generate, download the CSR and key; a throwaway
// openssl CA issues the certificate; the certificate, its chain (.p7b) and the key file are loaded; every check
// passes; the modern and legacy PFX and the PEM files are downloaded and opened with openssl. Then two CAs that
// did not issue what was asked (a dropped SAN, a dropped clientAuth) are caught with a clear message, and the
// Skype for Business hand-off carries the real thumbprint.
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { issue, makeCa, p7b, run, runAll, thumbprint } from "./ca-helpers";
import {
  download,
  downloadUnencrypted,
  freshStart,
  gotoStep,
  keyCard,
  screenshot,
  startPreset,
  tempDir,
} from "./helpers";

const PASSPHRASE = "correct horse battery";
const PFX_PASSPHRASE = "staple tree 42 moss";

function check(page: Page, title: string | RegExp): Locator {
  return page.getByRole("list", { name: "Checks" }).getByRole("listitem").filter({ hasText: title });
}

async function generate(page: Page, id: string, passphrase?: string): Promise<Locator> {
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, id);
  if (passphrase) {
    await card.getByLabel("Passphrase", { exact: true }).fill(passphrase);
    await card.getByLabel("Repeat the passphrase").fill(passphrase);
  }
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  return card;
}

/** The public key of a PEM certificate or key, by openssl. */
function publicKey(kind: "x509" | "pkey", pem: string): string {
  return kind === "x509" ? run(["x509", "-noout", "-pubkey"], pem) : run(["pkey", "-pubout"], pem);
}

test("round trip: plan, generate, issue with an openssl CA, install checks, modern and legacy PFX and PEM verified by openssl", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-install-");
  const ca = makeCa(dir);
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  const card = await generate(page, "px", PASSPHRASE);
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  const key = await download(page, () => card.getByRole("button", { name: "Download key" }).click(), dir);
  expect(readFileSync(key.file, "utf8")).toContain("ENCRYPTED PRIVATE KEY");

  const leaf = issue(ca, csr.file);
  const chain = p7b(ca);

  await gotoStep(page, "Install");
  await expect(page.getByLabel("Certificate", { exact: true })).toHaveValue("px");
  await page.getByLabel("Issued certificate file").setInputFiles(leaf);
  await page.getByLabel("Chain files").setInputFiles(chain);
  // the key file, not the one in memory: as after a reload
  await page.getByLabel("Load a key file").check();
  await page.getByLabel("Private key file").setInputFiles(key.file);
  await expect(page.getByText("This key is encrypted: enter its passphrase.")).toBeVisible();
  await page.getByLabel("Key file passphrase").fill("wrong");
  await expect(page.getByText("Wrong passphrase: the key does not decrypt with it.")).toBeVisible();
  await page.getByLabel("Key file passphrase").fill(PASSPHRASE);

  await expect(check(page, "The certificate matches the private key")).toContainText("Pass");
  // the CSR made on the Keys step is still in this page: the certificate is held to it, and it to the plan
  await expect(check(page, "The CA issued what the CSR asked")).toContainText(
    "made on the Keys and CSRs step",
  );
  for (const title of [
    "The CA issued what the CSR asked",
    "The plan has not changed since this CSR was made",
    "Extended key usage as planned",
    "Chain complete and ordered up to a root",
    /Valid, 8\d days left/,
    "Key strength as planned: RSA 2048",
  ]) {
    await expect(check(page, title)).toContainText("Pass");
  }
  await expect(page.getByText("Every check passed.")).toBeVisible();
  await expect(check(page, "Chain complete")).toContainText(
    "px.vc.example.com → SAN Planner E2E Issuing CA → SAN Planner E2E Root CA",
  );

  // Pexip: modern by default (no Skype for Business version in the plan)
  await expect(page.getByLabel("PFX format")).toHaveValue("modern");
  const friendly = await page.getByLabel("Friendly name").inputValue();
  expect(friendly).toMatch(
    /^Pexip Conferencing Nodes \(public DMZ\) — px\.vc\.example\.com \d{4}-\d{2}-\d{2}$/,
  );
  await expect(page.getByRole("button", { name: "Download PFX (modern)" })).toBeDisabled();
  await page.getByLabel("PFX passphrase", { exact: true }).fill(PFX_PASSPHRASE);
  await page.getByLabel("Repeat the PFX passphrase").fill(`${PFX_PASSPHRASE}!`);
  await expect(page.getByText("The two passphrases do not match.")).toBeVisible();
  await page.getByLabel("Repeat the PFX passphrase").fill(PFX_PASSPHRASE);

  const modern = await download(
    page,
    () => page.getByRole("button", { name: "Download PFX (modern)" }).click(),
    dir,
  );
  const legacy = await download(
    page,
    () => page.getByRole("button", { name: "Download PFX (legacy)" }).click(),
    dir,
  );
  const pem = await download(
    page,
    () => page.getByRole("button", { name: "Download certificate (PEM)" }).click(),
    dir,
  );
  const bundle = await download(
    page,
    () => page.getByRole("button", { name: "Download chain bundle" }).click(),
    dir,
  );
  const full = await download(
    page,
    () => page.getByRole("button", { name: "Download full chain (PEM)" }).click(),
    dir,
  );
  const keyOut = await download(page, () => page.getByRole("button", { name: "Download key" }).click(), dir);
  // the certificate id and the date (a renewal's files never overwrite those in production)
  const today = new Date().toISOString().slice(0, 10);
  expect([modern.name, legacy.name, pem.name, bundle.name, full.name, keyOut.name]).toEqual([
    `px-${today}.pfx`,
    `px-${today}-legacy.pfx`,
    `px-${today}.pem`,
    `px-${today}-chain.pem`,
    `px-${today}-fullchain.pem`,
    `px-${today}.key`,
  ]);

  const leafKey = publicKey("x509", readFileSync(leaf, "utf8"));
  for (const [file, profile] of [
    [modern.file, /AES-256-CBC|PBES2/],
    [legacy.file, /3-KeyTripleDES|pbeWithSHA1And3-KeyTripleDES-CBC/],
  ] as const) {
    const info = runAll(["pkcs12", "-in", file, "-passin", `pass:${PFX_PASSPHRASE}`, "-info", "-nodes"]);
    expect(info).toMatch(profile);
    // openssl prints the BMPString's em dash as an unprintable character
    expect(info).toContain(`friendlyName: ${friendly.split(" — ")[0]}`);
    expect(info).toContain(`px.vc.example.com ${friendly.slice(-10)}`);
    const keyPem = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n/.exec(info)?.[0] ?? "";
    expect(publicKey("pkey", keyPem), `key in ${file}`).toBe(leafKey);
    const certs = run(["pkcs12", "-in", file, "-passin", `pass:${PFX_PASSPHRASE}`, "-nokeys"]);
    expect(certs.match(/BEGIN CERTIFICATE/g)).toHaveLength(3);
    expect(() => run(["pkcs12", "-in", file, "-passin", "pass:wrong", "-nokeys"])).toThrow();
  }

  expect(readFileSync(pem.file, "utf8")).toBe(run(["x509", "-in", leaf]).replace(/\r\n/g, "\n"));
  expect(run(["verify", "-CAfile", bundle.file, pem.file]).trim()).toBe(`${pem.file}: OK`);
  expect(run(["verify", "-CAfile", ca.root, "-untrusted", full.file, pem.file]).trim()).toBe(
    `${pem.file}: OK`,
  );
  expect(readFileSync(full.file, "utf8").match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
  expect(readFileSync(keyOut.file, "utf8")).toContain("ENCRYPTED PRIVATE KEY");
  expect(publicKey("pkey", run(["pkey", "-in", keyOut.file, "-passin", `pass:${PFX_PASSPHRASE}`]))).toBe(
    leafKey,
  );

  const next = page.getByRole("region", { name: "Next step: Pexip Infinity" });
  await expect(next).toContainText("Certificates > TLS Certificates");
  await expect(next).toContainText("px01.vc.example.com, px02.vc.example.com");
  await expect(next).toContainText(`px-${today}-chain.pem`);
  await screenshot(page, "install-pexip");
});

test("a CA that dropped a SAN and one that dropped clientAuth are both caught with a clear message", async ({
  page,
}) => {
  const dir = tempDir("san-planner-install-");
  const ca = makeCa(dir);
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  const card = await generate(page, "px");
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);

  const dropped = issue(ca, csr.file, { dropSans: ["px02.vc.example.com"] });
  await gotoStep(page, "Install");
  // the key made on the Keys step, still in this page
  await expect(page.getByLabel("Use the key generated in this page")).toBeChecked();
  await page.getByLabel("Issued certificate file").setInputFiles(dropped);
  await page.getByLabel("Chain files").setInputFiles([ca.intermediate, ca.root]);
  await expect(check(page, "The certificate matches the private key")).toContainText("Pass");
  // one defect, one finding: the CA's, against the CSR it answers (made in this page)
  const droppedRow = check(page, "The CA dropped names the CSR asked for");
  await expect(droppedRow).toContainText("Fail");
  await expect(droppedRow).toContainText(
    "The CA dropped px02.vc.example.com, which the CSR asked for: clients connecting to px02.vc.example.com fail TLS.",
  );
  await expect(check(page, "The plan has not changed since this CSR was made")).toContainText("Pass");
  await expect(page.getByText(/^1 check failed/)).toBeVisible();
  await screenshot(page, "install-dropped-san");

  const serverOnly = issue(ca, csr.file, { dropClientAuth: true });
  await page.getByLabel("Issued certificate file").setInputFiles(serverOnly);
  const eku = check(page, "The public CA dropped Client Authentication (clientAuth)");
  await expect(eku).toContainText("Warning");
  await expect(eku).toContainText("mutual TLS with Skype for Business");
  await expect(eku).toContainText("Chrome Root Program Policy v1.8");
  await expect(check(page, "The CA issued what the CSR asked")).toContainText("Pass");
  await expect(page.getByText("No check failed, 1 warning.")).toBeVisible();
  await screenshot(page, "install-dropped-clientauth");
});

test("Skype for Business Edge: legacy PFX by default and the Set-CsCertificate line with the real thumbprint", async ({
  page,
}) => {
  const dir = tempDir("san-planner-install-");
  const ca = makeCa(dir);
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  const card = await generate(page, "edge/external");
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  const leaf = issue(ca, csr.file);

  await gotoStep(page, "Install");
  await page.getByLabel("Certificate", { exact: true }).selectOption("edge/external");
  // full chain pasted in one box: leaf, intermediate, root
  await page
    .getByLabel("Issued certificate (PEM)")
    .fill([leaf, ca.intermediate, ca.root].map((f) => readFileSync(f, "utf8")).join(""));
  await expect(check(page, "Chain complete and ordered up to a root")).toContainText("Pass");
  // SfB 2015 runs on Windows Server 2012 R2 / 2016: TripleDES
  await expect(page.getByLabel("PFX format")).toHaveValue("legacy");
  const next = page.getByRole("region", { name: /^Next step: Skype for Business Server/ });
  await expect(next).toContainText(
    `Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -Thumbprint ${thumbprint(leaf)}`,
  );
  await expect(next).toContainText(
    `Import-PfxCertificate -FilePath C:\\certs\\edge_external-${new Date().toISOString().slice(0, 10)}-legacy.pfx -CertStoreLocation Cert:\\LocalMachine\\My`,
  );
  await page.getByLabel("PFX format").selectOption("modern");
  await expect(next).toContainText(`C:\\certs\\edge_external-${new Date().toISOString().slice(0, 10)}.pfx`);
  await expect(next).toContainText("-Roll -EffectiveDate");
});

// Issue 11 §4: "The CA dropped planned names — sip.northwind.com" when the certificate matched its CSR exactly and the
// plan had changed after the CSR was made. The certificate is now held to the CSR it answers (found by public key
// among the CSRs made in this page, or loaded by the admin) and the CSR to the plan, separately.
test("an Install after the plan changed: the plan change is named, never blamed on the CA; an uploaded CSR works after a reload", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-install-");
  const ca = makeCa(dir);
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  const card = await generate(page, "edge/external");
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  await downloadUnencrypted(page, card.getByRole("button", { name: "Download key" }), dir);
  // the CA issues exactly what the CSR asked
  const leaf = issue(ca, csr.file);

  // after the CSR went out, another SIP domain joined the plan
  await gotoStep(page, "Domains and DNS");
  const sip = page.getByLabel("SIP domains");
  await sip.fill(`${await sip.inputValue()}\nnorthwind.com`);
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  await gotoStep(page, "Install");
  await page.getByLabel("Certificate", { exact: true }).selectOption("edge/external");
  await page.getByLabel("Issued certificate file").setInputFiles(leaf);
  const asked = check(page, "The CA issued what the CSR asked");
  await expect(asked).toContainText("Pass");
  await expect(asked).toContainText("made on the Keys and CSRs step");
  const changed = check(page, "The plan changed after this CSR was made");
  await expect(changed).toContainText("Fail");
  await expect(changed).toContainText(
    "The plan changed after this CSR was made: sip.northwind.com was added to the plan, so the certificate cannot have it",
  );
  await expect(changed).toContainText("The CA is not at fault");
  const checks = page.getByRole("list", { name: "Checks" });
  await expect(checks).not.toContainText("The CA dropped");
  await screenshot(page, "install-plan-changed");

  // a reload forgets the page's CSRs: without the CSR the step does not guess whose doing it was
  await page.reload();
  await gotoStep(page, "Install");
  await page.getByLabel("Certificate", { exact: true }).selectOption("edge/external");
  await page.getByLabel("Issued certificate file").setInputFiles(leaf);
  const missing = check(page, "Planned names are missing from the certificate");
  await expect(missing).toContainText(
    "sip.northwind.com is planned but not in the certificate: either the CA dropped it, or the plan changed after the CSR was made.",
  );
  await expect(checks).not.toContainText("The CA dropped");
  // the admin loads the CSR they sent: the certificate is held to it again
  await page.getByLabel("CSR file").setInputFiles(csr.file);
  await expect(check(page, "The CA issued what the CSR asked")).toContainText(`loaded from ${csr.name}`);
  await expect(check(page, "The plan changed after this CSR was made")).toContainText(
    "sip.northwind.com was added",
  );
});
