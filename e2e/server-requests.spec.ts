// Keys born on the server: from the Keys and CSRs step, copy and download each request artifact ("Generate on the
// server instead") for an SfB Edge plan and a CUCM plan; the downloaded OpenSSL config is run with openssl and the
// CSR must carry exactly the planned Subject, SANs, EKUs and key usage.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { fileBase } from "../src/artifacts/common";
import { readCertreqInf } from "../src/artifacts/testing/inf-reader";
import { readCsr, runOpensslCommand } from "../src/artifacts/testing/openssl-csr";
import { keyCard } from "./helpers";

const PANEL = "Generate on the server instead";

/** What the plan says about a certificate, written out independently of the app (the preset's names come from the
 *  vendor examples: Microsoft's single consolidated Edge table, Cisco TechNote 118731's cluster). The spec does
 *  not import the planning engine: Node cannot load its `tlds` JSON dependency outside the bundler. */
interface Expected {
  id: string;
  title: string;
  profile: "sfb-edge-external" | "sfb-edge-internal" | "cisco-tomcat";
  subject: [string, string][];
  sans: string[];
  eku: string[];
  keyUsage: string[];
  key: string;
  exportableKey: boolean;
}

// the SfB Edge preset plans public certificates: its subject has no OU (PKI-OU-PUBLIC-1, CA/B Forum BR §7.1.2.7)
const CONTOSO: [string, string][] = [
  ["C", "US"],
  ["ST", "Washington"],
  ["L", "Redmond"],
  ["O", "Contoso Ltd"],
];
const EXAMPLE: [string, string][] = [
  ["C", "NO"],
  ["L", "Oslo"],
  ["O", "Example Corp"],
  ["OU", "Unified Communications"],
];

const EDGE: Expected[] = [
  {
    id: "edge/external",
    title: "Edge external — sip.contoso.com",
    profile: "sfb-edge-external",
    subject: [...CONTOSO, ["CN", "sip.contoso.com"]],
    sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"],
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: "RSA 2048",
    exportableKey: true,
  },
  {
    id: "edge/internal",
    title: "Edge internal — lsedge.contoso.net",
    profile: "sfb-edge-internal",
    subject: [...CONTOSO, ["CN", "lsedge.contoso.net"]],
    sans: ["lsedge.contoso.net"],
    eku: ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: "RSA 2048",
    exportableKey: true,
  },
];

const CUCM: Expected[] = ["cucm-pub", "cucm-sub1", "cucm-sub2", "imp-pub"].map((host) => ({
  id: `cucm/${host}.example.com`,
  title: `CUCM tomcat — ${host}.example.com`,
  profile: "cisco-tomcat",
  subject: [...EXAMPLE, ["CN", `${host}.example.com`]],
  sans: [`${host}.example.com`],
  eku: ["serverAuth", "clientAuth"],
  keyUsage: ["digitalSignature", "keyEncipherment", "dataEncipherment"],
  key: "RSA 2048",
  exportableKey: false,
}));

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const tmpDirs: string[] = [];
test.afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

async function startFromPreset(page: Page, label: string): Promise<void> {
  await page.goto("/");
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Keys and CSRs" }).click();
  await expect(page.getByRole("heading", { name: "Keys and CSRs" }).first()).toBeVisible();
}

function panelOf(page: Page, cert: Expected): Locator {
  return page.getByRole("region", { name: `${PANEL}: ${cert.title}`, exact: true });
}

async function openPanel(panel: Locator): Promise<void> {
  const summary = panel.locator("summary", { hasText: PANEL });
  await expect(summary).toBeVisible();
  if ((await panel.locator("details").getAttribute("open")) === null) await summary.click();
  await expect(panel.locator("details")).toHaveAttribute("open", "");
}

/** Text of a download: UTF-16 LE when it starts with a byte-order mark, else UTF-8; line endings as "\n". */
function decode(bytes: Buffer): string {
  const text =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? new TextDecoder("utf-16le").decode(bytes.subarray(2))
      : new TextDecoder("utf-8").decode(bytes);
  return text.replace(/\r\n/g, "\n");
}

interface Downloaded {
  fileName: string;
  text: string;
  bytes: Buffer;
}

/** Copy then download one artifact; the clipboard and the file must hold what the panel shows. */
async function copyAndDownload(
  page: Page,
  panel: Locator,
  label: string,
  fileName: string,
): Promise<Downloaded> {
  const shown =
    (await panel.getByRole("region", { name: label, exact: true }).locator("pre").textContent()) ?? "";
  expect(shown.length).toBeGreaterThan(0);

  await panel.getByRole("button", { name: `Copy ${label}`, exact: true }).click();
  await expect(panel.getByRole("status")).toHaveText(`Copied ${label}.`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\r\n/g, "\n")).toBe(shown);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("button", { name: `Download ${fileName}`, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
  const path = await download.path();
  const bytes = readFileSync(path);
  const text = decode(bytes);
  expect(text).toBe(shown);
  return { fileName, text, bytes };
}

/** Run the downloaded OpenSSL config with the command the panel shows; check the CSR against the plan. */
async function checkOpenssl(panel: Locator, cnf: Downloaded, cert: Expected): Promise<void> {
  const command = (await panel.locator("pre", { hasText: /^openssl req -new / }).textContent()) ?? "";
  expect(command).toContain(`-config ${cnf.fileName}`);
  const dir = mkdtempSync(join(tmpdir(), "san-planner-e2e-openssl-"));
  tmpDirs.push(dir);
  writeFileSync(join(dir, cnf.fileName), cnf.bytes);
  runOpensslCommand(command.trim(), dir);
  const csr = readCsr(join(dir, `${fileBase(cert)}.csr`));
  expect(csr.verified).toBe(true);
  expect(csr.subject).toEqual(cert.subject);
  expect(csr.sans).toEqual(cert.sans.map((n) => `DNS:${n}`));
  expect(csr.eku).toEqual(cert.eku);
  expect(csr.keyUsageCritical).toBe(true);
  expect(csr.keyUsage).toEqual(cert.keyUsage);
  expect(csr.key).toBe(cert.key);
}

test.describe("Generate on the server instead", () => {
  test("SfB Edge: Management Shell command, certreq .inf and OpenSSL config for each certificate", async ({
    page,
  }) => {
    const certs = EDGE;
    await startFromPreset(page, "SfB Edge");
    await expect(page.getByRole("region", { name: new RegExp(`^${PANEL}: `) })).toHaveCount(certs.length);

    for (const cert of certs) {
      const panel = panelOf(page, cert);
      await openPanel(panel);
      const stem = fileBase(cert);

      const ps1 = await copyAndDownload(page, panel, "Management Shell command", `${stem}.ps1`);
      expect(ps1.text).toMatch(/^Request-CsCertificate -New -Type /);
      expect(ps1.text).toContain(
        cert.profile === "sfb-edge-external"
          ? "-Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication "
          : "-Type Internal ",
      );
      expect(ps1.text).toContain(`-PrivateKeyExportable ${cert.exportableKey ? "$true" : "$false"}`);
      // the topology decides the SAN list: the panel says so
      await expect(panel).toContainText("topology");

      const inf = await copyAndDownload(page, panel, "certreq .inf", `${stem}.inf`);
      expect(inf.text).toContain("[NewRequest]\n");
      expect(inf.text).toContain(`\nExportable = ${cert.exportableKey ? "TRUE" : "FALSE"}\n`);
      expect(inf.text).toContain("\nMachineKeySet = TRUE\n");
      for (const n of cert.sans) expect(inf.text).toContain(`"dns=${n}`);
      // Windows line endings in the file
      expect(inf.bytes.includes(Buffer.from("\r\n"))).toBe(true);
      await panel.getByRole("button", { name: "Copy certreq commands", exact: true }).click();
      await expect(panel.getByRole("status")).toHaveText("Copied certreq commands.");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `certreq -new ${stem}.inf ${stem}.req\ncertreq -accept -machine ${stem}.cer`,
      );

      const cnf = await copyAndDownload(page, panel, "OpenSSL config", `${stem}.cnf`);
      await panel.getByRole("button", { name: "Copy OpenSSL command", exact: true }).click();
      await expect(panel.getByRole("status")).toHaveText("Copied OpenSSL command.");
      await checkOpenssl(panel, cnf, cert);
    }
  });

  test("CUCM: the node's own CSR page is the default and the only way; no certreq, no OpenSSL, no key in the browser", async ({
    page,
  }) => {
    const certs = CUCM;
    await startFromPreset(page, "CUCM cluster");
    await expect(page.getByRole("region", { name: new RegExp(`^${PANEL}: `) })).toHaveCount(certs.length);

    for (const cert of certs) {
      const panel = panelOf(page, cert);
      // open by default: the key is born on the node
      await expect(panel.locator("details")).toHaveAttribute("open", "");
      const stem = fileBase(cert);
      await expect(panel.getByRole("button", { name: "Copy Management Shell command" })).toHaveCount(0);
      // a Linux appliance: no Windows commands, and no OpenSSL key it could never import
      await expect(panel.getByRole("button", { name: "Copy certreq .inf" })).toHaveCount(0);
      await expect(panel.getByRole("button", { name: "Copy OpenSSL config" })).toHaveCount(0);
      await expect(panel).not.toContainText("Command Prompt");
      await expect(panel.getByRole("radio", { name: "In this browser" })).toHaveCount(0);
      await expect(panel.getByRole("radio", { name: /^On the server, with its own CSR page/ })).toBeChecked();
      await expect(panel).toContainText("has no way to import a private key made elsewhere");

      const sheet = await copyAndDownload(page, panel, "CUCM CSR fields", `${stem}-csr-fields.txt`);
      expect(sheet.text).toMatch(/Certificate Purpose: +tomcat\n/);
      expect(sheet.text).toMatch(/Common Name: +/);
      expect(sheet.text).toContain(cert.sans[0] ?? "");
      expect(sheet.text).toMatch(/Key Length: +\d+\n/);
      expect(sheet.text).toMatch(/Hash Algorithm: +SHA256\n/);

      const card = keyCard(page, cert.id);
      await expect(card.getByRole("button", { name: /^Generate/ })).toHaveCount(0);
    }
  });

  test("the worksheet says where the key is created", async ({ page }) => {
    const [external] = EDGE;
    if (!external) throw new Error("no certificate");
    await startFromPreset(page, "SfB Edge");
    const panel = panelOf(page, external);
    await openPanel(panel);
    const stem = fileBase(external);
    await panel.getByRole("radio", { name: `On the server, with certreq .inf (${stem}.inf)` }).check();
    await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: "Worksheet" }).click();
    await expect(page.getByText(`on the server, with certreq .inf (${stem}.inf)`)).toBeVisible();
    await expect(page.getByText("in this browser").first()).toBeVisible();
  });
});

test.describe("Server files for a certificate the Review blocks", () => {
  test("an unaccepted error (RSA 512) holds the files back and says why; with the key fixed, they are offered", async ({
    page,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), "san-planner-e2e-blocked-"));
    tmpDirs.push(dir);
    const file = join(dir, "weak-key.json");
    const component = (id: string, name: string, cn: string) => ({
      type: "custom",
      id,
      name,
      commonName: cn,
      sans: [cn],
      eku: ["serverAuth"],
    });
    writeFileSync(
      file,
      JSON.stringify({
        format: "san-planner/plan",
        version: 1,
        name: "Blocked certificate",
        subject: { O: "Contoso Ltd", C: "US" },
        sipDomains: [],
        defaults: { caType: "public" },
        components: [
          { ...component("weak", "Weak", "weak.contoso.com"), key: { algorithm: "RSA", size: 512 } },
          component("fine", "Fine", "fine.contoso.com"),
        ],
      }),
    );
    await page.goto("/#start");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Open plan" }).click(),
    ]);
    await chooser.setFiles(file);
    const discard = page.getByRole("button", { name: "Discard and continue" });
    if (await discard.isVisible().catch(() => false)) await discard.click();
    await page
      .getByRole("navigation", { name: "Steps" })
      .getByRole("link", { name: "Keys and CSRs" })
      .click();

    const weak = page.getByRole("region", { name: `${PANEL}: Weak — weak.contoso.com`, exact: true });
    const fine = page.getByRole("region", { name: `${PANEL}: Fine — fine.contoso.com`, exact: true });
    await openPanel(weak);
    await expect(weak).toContainText("No server files for this certificate yet");
    await expect(weak).toContainText("An RSA 512-bit key is below the 2048 bits");
    await expect(weak.getByRole("link", { name: "Review" })).toHaveAttribute("href", "#review");
    // no file, no command, no choice of where the key is made
    await expect(weak.locator("pre")).toHaveCount(0);
    await expect(weak.getByRole("button")).toHaveCount(0);
    await expect(weak.getByRole("radio")).toHaveCount(0);
    // the explanation passes axe (scoped to the panels: the whole step is scanned by e2e/a11y.spec.ts)
    const axe = await new AxeBuilder({ page }).include(".srp").analyze();
    expect(
      axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id),
    ).toEqual([]);
    // the other certificate is not held back
    await openPanel(fine);
    await expect(fine.getByRole("button", { name: "Copy certreq .inf", exact: true })).toBeVisible();

    // a key the CA accepts: the files are offered, and the .inf asks for that key
    const card = page.getByRole("region", { name: /\(weak\)$/ });
    await card.getByLabel("Key", { exact: true }).selectOption("RSA-2048");
    await expect(weak).not.toContainText("No server files for this certificate yet");
    const inf = await copyAndDownload(page, weak, "certreq .inf", "weak.inf");
    const facts = readCertreqInf(inf.text);
    expect(facts.key).toBe("RSA 2048");
    expect(facts.sans).toEqual(["DNS:weak.contoso.com"]);
  });
});
