// Issue 13 §2 and §4 as an admin meets them: the Review of a public-CA preset shows the domain-validation plan,
// whose zone-file download BIND's named-checkzone loads zone by zone and whose PowerShell download is one
// Add-DnsServerResourceRecord call a line; and an Expressway-E split into a public server certificate and a
// private client certificate per peer produces two kinds of CSR, which openssl reads back (server: TLS Web Server
// Authentication only; client: TLS Web Client Authentication only, CN = SAN = the peer).
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { powerShellParameters, readPowerShellCommand } from "../src/artifacts/testing/powershell-reader";
import { namedCheckzone } from "../src/crypto/tools.test-helpers";
import { download, freshStart, gotoStep, keyCard, readCsr, startPreset, tempDir } from "./helpers";

test("Review of a public-CA preset: the domain-validation section, its zone file loaded by named-checkzone, its PowerShell lines tokenized", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Review");
  const panel = page.getByRole("region", { name: "Domain validation" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/A public CA may reuse a domain validation for \d+ days/);
  await expect(panel.getByRole("table", { name: /domains? to validate/ })).toContainText("contoso.com");
  await expect(panel.getByRole("table", { name: /domains? to validate/ })).toContainText("fabrikam.com");
  await expect(panel.getByRole("region", { name: "zone-file lines" })).toContainText(
    "_validation-persist.contoso.com.",
  );
  // the sources: the Baseline Requirements, with their words
  await panel.getByText("Sources").click();
  await expect(panel.getByRole("link", { name: "Baseline Requirements §4.2.1" })).toHaveAttribute(
    "href",
    /github\.com\/cabforum\/servercert\/blob\/main\/docs\/BR\.md#421/,
  );

  const zone = await download(
    page,
    () => panel.getByRole("button", { name: /^Download .*\.zone$/ }).click(),
    dir,
  );
  const text = readFileSync(zone.file, "utf8");
  const byZone = new Map<string, string[]>();
  let current = "";
  for (const line of text.split("\n")) {
    const m = /^; zone (\S+):/.exec(line);
    if (m) current = m[1] ?? "";
    else if (line.trim() !== "") byZone.set(current, [...(byZone.get(current) ?? []), line]);
  }
  expect([...byZone.keys()]).toEqual(expect.arrayContaining(["contoso.com", "fabrikam.com"]));
  // every zone of the file is a domain the table lists
  const tableText = await panel.getByRole("table", { name: /domains? to validate/ }).textContent();
  for (const name of byZone.keys()) expect(tableText).toContain(name);
  for (const [name, lines] of byZone) {
    const r = namedCheckzone(dir, name, lines);
    expect(r.ok, r.output).toBe(true);
  }

  const ps = await download(
    page,
    () => panel.getByRole("button", { name: /^Download .*\.ps1$/ }).click(),
    dir,
  );
  const commands = readFileSync(ps.file, "utf8")
    .split("\r\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  expect(commands.length).toBe(text.split("\n").filter((l) => l !== "" && !l.startsWith(";")).length);
  for (const line of commands) {
    const args = readPowerShellCommand(line);
    expect(args[0]?.text).toBe("Add-DnsServerResourceRecord");
    expect([...byZone.keys()]).toContain(powerShellParameters(args).get("-ZoneName"));
  }

  // the worksheet carries the same section
  await gotoStep(page, "Worksheet");
  await expect(page.getByRole("region", { name: "Domain validation" })).toBeVisible();
});

test("an Expressway-E split into a public server certificate and a private client certificate per peer: two CSRs, read by openssl", async ({
  page,
}) => {
  const dir = tempDir();
  await freshStart(page);
  await startPreset(page, "Expressway pair");
  await gotoStep(page, "Components");
  const card = page.getByRole("region", { name: /Cisco Expressway — exp-e/ });
  await card.getByLabel("Client certificate").selectOption("separate");
  await expect(page.getByText("Saved in the plan.").first()).toBeVisible();

  await gotoStep(page, "Review");
  await expect(page.getByRole("article", { name: /client certificate — expe1\.example\.com/ })).toBeVisible();
  const clientCard = page.getByRole("article", { name: /client certificate — expe1\.example\.com/ });
  await expect(clientCard).toContainText("Client authentication (clientAuth");
  await expect(clientCard).toContainText("mutual TLS connections it opens");

  await gotoStep(page, "Keys and CSRs");
  const check = async (id: string, eku: string) => {
    const c = keyCard(page, id);
    await c.getByRole("button", { name: "Generate", exact: true }).click();
    const csr = await download(page, () => c.getByRole("button", { name: "Download CSR" }).click(), dir);
    const r = readCsr(csr.file);
    expect(r.verified).toBe(true);
    const lines = r.text.split("\n");
    const i = lines.findIndex((l) => l.includes("X509v3 Extended Key Usage"));
    expect((lines[i + 1] ?? "").trim()).toBe(eku);
    return r;
  };
  const server = await check("exp-e", "TLS Web Server Authentication");
  expect(server.sans).toEqual(
    new Set(["expe.example.com", "expe1.example.com", "expe2.example.com", "example.com"]),
  );
  const client = await check("exp-e/client/expe1.example.com", "TLS Web Client Authentication");
  expect(client.sans).toEqual(new Set(["expe1.example.com"]));
  expect(client.subject).toContain("CN = expe1.example.com");
});
