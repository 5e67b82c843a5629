// Session border controllers, as an admin plans Teams Direct Routing: start from the Teams preset, see the SBC
// fields checked as they type, review Microsoft's requirements, generate the key and CSR of one SBC in the browser
// (AudioCodes imports a key made elsewhere), download the CSR and check it with openssl, then the worksheet page
// that says what to order, what the SBC must trust, where the certificate goes and where Teams shows the TLS status.
// The CUBE preset: its key is born on the router, so the Keys step offers the IOS-XE configuration, not a browser key.
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import {
  download,
  downloadUnencrypted,
  expectCsrAndKey,
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  keyCard,
  startPreset,
  tempDir,
  writeFile,
} from "./helpers";

test("Teams Direct Routing (2 SBCs): fields checked as typed, Microsoft's rules, CSR verified by openssl, worksheet page", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "Teams Direct Routing (2 SBCs)");
  // a fixed issue date before every public CA's Client Authentication cut-off, so the journey does not age
  await page.getByLabel("Issue date").fill("2026-12-07");
  await expect(page.getByText("Saved in the plan.").first()).toBeVisible();

  await gotoStep(page, "Components");
  const sbcs = page.getByLabel(/^SBC FQDNs/);
  await expect(sbcs).toHaveValue("sbc1.contoso.com\nsbc2.contoso.com");
  await sbcs.fill("sbc1.contoso.com\nsbc 2.contoso.com");
  await expect(page.getByText(/Line 2: "sbc 2\.contoso\.com" has a space inside the name/)).toBeVisible();
  await sbcs.fill("sbc1.contoso.com\nsbc2.sip.contoso.com");
  await expect(page.getByText(/Line 2:/)).toHaveCount(0);
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  // Microsoft: sbc1.sip.contoso.com needs sip.contoso.com registered in the tenant
  await gotoStep(page, "Review");
  await expect(
    page.getByText(/a sub-domain of the tenant domain contoso\.com that is not itself registered/),
  ).toBeVisible();
  await gotoStep(page, "Components");
  await page
    .getByLabel(/^Domains registered in the Microsoft 365 tenant/)
    .fill("contoso.com\nsip.contoso.com");
  await expect(page.getByText("Saved in the plan.").last()).toBeVisible();

  await gotoStep(page, "Review");
  await expect(page.getByText("Nothing blocks CSR generation.")).toBeVisible();
  // the trust checklist is an information finding (folded away with the other information)
  await expect(
    page.getByText(/Baltimore CyberTrust Root and the DigiCert Global Root G2/).first(),
  ).toBeAttached();
  await expect(page.getByText(/Microsoft's SIP proxies, which use mutual TLS/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, "Review, Teams Direct Routing");

  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "dr/sbc1.contoso.com");
  await card.getByRole("button", { name: "Generate", exact: true }).click();
  await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
  const csr = await download(page, () => card.getByRole("button", { name: "Download CSR" }).click(), dir);
  const key = await downloadUnencrypted(page, card.getByRole("button", { name: "Download key" }), dir);
  const checked = expectCsrAndKey(csr.file, key.file, ["sbc1.contoso.com"]);
  expect(checked.subject).toContain("CN = sbc1.contoso.com");
  expect(checked.text).toContain("TLS Web Server Authentication, TLS Web Client Authentication");

  await gotoStep(page, "Worksheet");
  const page1 = page.getByRole("article", { name: /— sbc1\.contoso\.com$/ });
  await expect(page1.getByRole("row", { name: /^What to order/ })).toContainText(
    "Microsoft Trusted Root Program",
  );
  await expect(page1.getByRole("row", { name: /^What the SBC must trust/ })).toContainText(
    "DigiCert Global Root G2",
  );
  await expect(page1.getByRole("row", { name: /^Where it goes/ })).toContainText("TLS Contexts");
  await expect(page1.getByRole("row", { name: /^TLS status in Teams/ })).toContainText(
    "TLS connectivity status",
  );
  await expect(page1.getByRole("row", { name: /^Key created/ })).toContainText("in this browser");
  await expectNoSeriousA11yViolations(page, "Worksheet, Teams Direct Routing");

  // printed: one A4 page per SBC certificate, the SBC rows on it, then the renewal page
  await page.emulateMedia({ media: "print" });
  const pdfFile = writeFile(dir, "worksheet.pdf", await page.pdf({ format: "A4", printBackground: true }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfFile], { encoding: "utf8" }))?.[1]);
  // then the plan's renewal load on its own page, and the domain-validation plan from a new page
  expect(pages).toBeGreaterThan(2 + 1);
  const third = execFileSync("pdftotext", ["-f", "3", "-l", "3", "-layout", pdfFile, "-"], {
    encoding: "utf8",
  });
  expect(third).toContain("Renewals through");
  expect(third).not.toContain("Certificate dr/");
  for (const [i, id] of [
    [1, "dr/sbc1.contoso.com"],
    [2, "dr/sbc2.sip.contoso.com"],
  ] as const) {
    const text = execFileSync("pdftotext", ["-f", String(i), "-l", String(i), "-layout", pdfFile, "-"], {
      encoding: "utf8",
    });
    expect(text, `page ${i}`).toContain(`Certificate ${id}\n`);
    expect(text.replace(/\s+/g, " "), `page ${i}`).toContain("TLS connectivity status");
    expect(text, `page ${i}: the sign-off block`).toMatch(/Change ticket[\s\S]*Approved by/);
  }
});

test("Webex Local Gateway (CUBE): the key is born on the router, the IOS-XE configuration carries the planned names", async ({
  page,
}) => {
  await freshStart(page);
  await startPreset(page, "Webex Local Gateway (CUBE)");
  await gotoStep(page, "Keys and CSRs");
  const card = keyCard(page, "lgw/cube1.example.com");
  await expect(card.getByRole("button", { name: "Generate", exact: true })).toHaveCount(0);
  await expect(
    card.getByText(/The Cisco CUBE router creates this certificate's private key itself/),
  ).toBeVisible();
  const config = card.getByRole("region", { name: "CUBE trustpoint configuration" });
  await expect(config).toContainText("crypto pki trustpoint lgw_cube1_example_com-TP");
  await expect(config).toContainText("subject-alt-name cube1.example.com");
  await expect(config).toContainText("crypto pki enroll lgw_cube1_example_com-TP");
});
