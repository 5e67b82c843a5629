// "Automate renewals" (issue 13 §3): from the Keys and CSRs step, the Expressway-E's panel shows the ACME settings
// with the planned names; the Skype for Business Edge panel's PowerShell script and the Pexip panel's bash script
// download with a safe file name and carry exactly the planned names; the bash script passes bash -n and
// shellcheck as downloaded. The expected names are written out here from the presets (Microsoft's consolidated
// Edge example, the Pexip DMZ example), independently of the app's planner.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import {
  download,
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  keyCard,
  startPreset,
  tempDir,
} from "./helpers";

const PANEL = "Automate renewals";

function panelOf(page: Page, title: string): Locator {
  return page.getByRole("region", { name: `${PANEL}: ${title}`, exact: true });
}

async function open(panel: Locator): Promise<void> {
  await panel.getByText(PANEL, { exact: true }).click();
  await expect(panel.locator("details")).toHaveAttribute("open", "");
}

/** A download's text: UTF-16 LE when it starts with a byte-order mark, else UTF-8; line endings as "\n". */
function textOf(file: string): { text: string; crlf: boolean } {
  const bytes = readFileSync(file);
  const raw =
    bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString("utf16le") : bytes.toString("utf8");
  return { text: raw.replace(/\r\n/g, "\n"), crlf: raw.includes("\r\n") };
}

test.describe("Automate renewals", () => {
  test("Expressway-E: the built-in ACME client's settings with the planned names and the clientAuth notes", async ({
    page,
  }) => {
    await freshStart(page);
    await startPreset(page, "Expressway pair");
    await gotoStep(page, "Keys and CSRs");
    const card = keyCard(page, "exp-e");
    const panel = card.getByRole("region", { name: /^Automate renewals: / });
    await open(panel);
    await expect(
      panel.getByRole("heading", { name: "Cisco Expressway-E: Renews automatically" }),
    ).toBeVisible();
    const sans = panel.getByRole("row", { name: /^Subject alternative names/ });
    await expect(sans).toContainText("expe.example.com");
    await expect(panel.getByRole("row", { name: /^Validation/ })).toContainText("TCP port 80");
    await expect(panel).toContainText("xConfiguration XCP TLS Certificate CVS EnableServerEkuUpload: On");
    await expect(panel).toContainText("Could not be confirmed from the vendor's own pages here");
    await expect(panel.getByRole("link", { name: /fn74362/ })).toBeVisible();
    // the Expressway-C: nothing renews it, and the panel says the least manual path
    const c = keyCard(page, "exp-c").getByRole("region", { name: /^Automate renewals: / });
    await open(c);
    await expect(c.getByRole("heading", { name: "Cisco Expressway-C: Renewed by hand" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "Keys and CSRs with Automate renewals open");
  });

  test("SfB Edge: the PowerShell script downloads and carries the planned names and the -Roll assignment", async ({
    page,
  }) => {
    const dir = tempDir();
    await freshStart(page);
    await startPreset(page, "SfB Edge");
    await gotoStep(page, "Keys and CSRs");
    const panel = panelOf(page, "Edge external — sip.contoso.com");
    await open(panel);
    await expect(panel.getByRole("heading", { name: /Renewed by a script$/ })).toBeVisible();
    const { file, name } = await download(
      page,
      () => panel.getByRole("button", { name: "Download edge_external-acme.ps1", exact: true }).click(),
      dir,
    );
    expect(name).toBe("edge_external-acme.ps1");
    const { text, crlf } = textOf(file);
    expect(crlf).toBe(true);
    const lines = text.split("\n");
    const from = lines.indexOf("$Domains = @(");
    const domains = lines.slice(from + 1, lines.indexOf(")", from)).map((l) => l.trim().replace(/,$/, ""));
    expect(domains).toEqual(["'sip.contoso.com'", "'webcon.contoso.com'", "'sip.fabrikam.com'"]);
    expect(lines).toContain(
      "Import-CsCertificate -Path $PfxPath -Password $plain -PrivateKeyExportable $true",
    );
    expect(lines).toContain(
      "Set-CsCertificate -Type 'AudioVideoAuthentication' -Thumbprint $thumbprint -Roll -EffectiveDate $effective",
    );
    await expect(panel.getByRole("status")).toHaveText("Downloaded edge_external-acme.ps1.");
  });

  test("Pexip DMZ: the bash script downloads, passes bash -n and shellcheck, and lists the planned names and nodes", async ({
    page,
  }) => {
    const dir = tempDir();
    await freshStart(page);
    await startPreset(page, "Pexip public DMZ");
    await gotoStep(page, "Keys and CSRs");
    const panel = keyCard(page, "px").getByRole("region", { name: /^Automate renewals: / });
    await open(panel);
    const { file, name } = await download(
      page,
      () => panel.getByRole("button", { name: "Download px-acme.sh", exact: true }).click(),
      dir,
    );
    expect(name).toBe("px-acme.sh");
    expect(spawnSync("bash", ["-n", file], { encoding: "utf8" }).status).toBe(0);
    const sc = spawnSync("shellcheck", ["--shell=bash", file], { encoding: "utf8" });
    expect(sc.status, sc.stdout).toBe(0);
    // bash itself reads the lists back
    const text = readFileSync(file, "utf8");
    const defs = text.slice(text.indexOf("CERT_NAME="), text.indexOf("KEY_ARGS="));
    const r = spawnSync("bash", ["-c", `${defs}\nprintf '%s\\n' "\${DOMAINS[@]}" -- "\${NODES[@]}"`], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const [domains, nodes] = r.stdout.trim().split("\n--\n");
    // the Pexip DMZ example: the pool name first (the certificate's subject), then each node, then the SIP domain
    expect(domains?.split("\n")).toEqual([
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
    expect(nodes?.split("\n")).toEqual(["px01.vc.example.com", "px02.vc.example.com"]);
    expect(text).toContain("/api/admin/configuration/v1/tls_certificate/");
  });
});
