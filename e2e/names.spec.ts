// An admin's mistakes with names and DNS paste, in real Chromium (issue: a stray space became another company's
// domain; a pasted record that changed priority was skipped). Each of these failed on the code before the fix.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectPageAlive, storedPlan } from "./guard-helpers";
import { expectNoSeriousA11yViolations, gotoStep, startPreset } from "./helpers";

type StoredPlan = {
  sipDomains: string[];
  xmppDomains?: string[];
  srv?: {
    service: string;
    domain: string;
    target: string;
    port: number;
    priority?: number;
    weight?: number;
  }[];
  components: { accessEdgeFqdn?: string }[];
};
const plan = async (page: Page) => (await storedPlan(page)) as unknown as StoredPlan;

async function errorOf(page: Page, field: Locator): Promise<Locator> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
  expect(errorId, "the error is tied to the field").toBeDefined();
  return page.locator(`[id="${errorId}"]`);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Domains and DNS");
});

test("SIP domains: a space inside a name, a bare TLD, a single label and a public suffix are each refused where they are", async ({
  page,
}) => {
  const field = page.getByLabel("SIP domains");
  const before = (await plan(page)).sipDomains;
  const cases: [string, string][] = [
    [
      "contoso.com\nwingtiptoys. com",
      'Line 2: "wingtiptoys. com" has a space inside the name, after "wingtiptoys." (character 13); a name has no spaces',
    ],
    [
      "contoso.com\ncom",
      'Line 2: "com" is a top-level domain, not a domain of yours: write your whole domain, e.g. contoso.com',
    ],
    [
      "contoso.com\nwingtiptoys",
      'Line 2: "wingtiptoys" is a single label; a domain has at least two, e.g. contoso.com',
    ],
    [
      "contoso.com\nco.uk",
      'Line 2: "co.uk" is a public suffix (Public Suffix List, ICANN section: anyone can register a name below it)',
    ],
    [
      "contoso.com\nazurewebsites.net",
      '"azurewebsites.net" is a public suffix (Public Suffix List, private section',
    ],
    ["contoso.com.\nco.uk.", 'Line 2: "co.uk." is a public suffix'],
  ];
  for (const [value, message] of cases) {
    await test.step(value.replace("\n", " / "), async () => {
      await field.fill(value);
      await expect(await errorOf(page, field)).toContainText(message);
      await expect(page.getByText("Not in the plan yet").first()).toBeVisible();
      // the plan keeps its last valid value: no "com" or "sip.com" ever reaches it
      expect((await plan(page)).sipDomains).toEqual(before);
    });
  }
  // a trailing dot (the DNS root, as dig prints names) is accepted and dropped: certificates never carry it
  await field.fill("contoso.com.\nwingtiptoys.co.uk.\ncontoso.onmicrosoft.com");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  expect((await plan(page)).sipDomains).toEqual([
    "contoso.com",
    "wingtiptoys.co.uk",
    "contoso.onmicrosoft.com",
  ]);
  await expectPageAlive(page);
});

test("a pasted list with mixed separators: lines, commas and semicolons separate; a space never does", async ({
  page,
}) => {
  const field = page.getByLabel("SIP domains");
  await field.fill("contoso.com, wingtiptoys.com;northwind.com\r\n  adatum.com  \n\n;");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  expect((await plan(page)).sipDomains).toEqual([
    "contoso.com",
    "wingtiptoys.com",
    "northwind.com",
    "adatum.com",
  ]);

  // two names on one line with only a space between them is one mistyped name, not two domains
  await field.fill("contoso.com wingtiptoys.com");
  await expect(await errorOf(page, field)).toContainText(
    'Line 1: "contoso.com wingtiptoys.com" has a space inside the name, after "contoso.com" (character 12)',
  );
  expect((await plan(page)).sipDomains).toEqual([
    "contoso.com",
    "wingtiptoys.com",
    "northwind.com",
    "adatum.com",
  ]);

  // the same words for the XMPP list
  const xmpp = page.getByLabel("XMPP domains");
  await xmpp.fill("contoso.com\u00a0im.contoso.com");
  await expect(await errorOf(page, xmpp)).toContainText(
    'has a blank character inside the name, after "contoso.com" (character 12)',
  );
});

test("a host name that is a public suffix is refused on Components, with the same words", async ({
  page,
}) => {
  await gotoStep(page, "Components");
  const field = page.getByLabel(/^Access Edge external FQDN/);
  await field.fill("co.uk");
  await expect(await errorOf(page, field)).toContainText(
    '"co.uk" is a public suffix (Public Suffix List, ICANN section',
  );
  await field.fill("com");
  await expect(await errorOf(page, field)).toContainText('"com" is a public suffix');
  expect((await plan(page)).components[0]?.accessEdgeFqdn).toBe("sip.contoso.com");
});

test("a pasted DNS record whose priority and weight changed updates the plan (and so the worksheet)", async ({
  page,
}) => {
  await page
    .getByLabel("DNS tool output", { exact: true })
    .fill(
      [
        "$ dig SRV _sipfederationtls._tcp.contoso.com",
        "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 10 60 5061 sip.contoso.com.",
        "_sip._tls.contoso.com. 3600 IN SRV 0 0 443 sip.contoso.com.",
        "_sipinternaltls._tcp.contoso.com. 3600 IN SRV 0 0 5061 pool.contoso.com.",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Read records" }).click();
  const result = page.locator(".paste-result");
  await expect(result.getByRole("heading", { name: "Changed records (the table is updated)" })).toBeVisible();
  await expect(result).toContainText(
    "_sipfederationtls._tcp.contoso.com → sip.contoso.com: priority 0 → 10, weight 0 → 60",
  );
  await expect(result.getByRole("heading", { name: "Already in the table, unchanged" })).toBeVisible();
  await expect(result.getByRole("heading", { name: "New records" })).toBeVisible();
  await page.getByRole("button", { name: "Apply 2 records" }).click();
  await expect(page.getByText("1 record added, 1 updated, 1 unchanged.")).toBeVisible();
  await expect(page.getByLabel("Priority, record 1")).toHaveValue("10");
  await expect(page.getByLabel("Weight, record 1")).toHaveValue("60");
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  const srv = (await plan(page)).srv ?? [];
  expect(srv.find((r) => r.service === "_sipfederationtls._tcp")).toMatchObject({ priority: 10, weight: 60 });
  expect(
    srv.filter((r) => r.service === "_sipfederationtls._tcp" && r.domain === "contoso.com"),
  ).toHaveLength(1);
  await gotoStep(page, "Worksheet");
  await expect(page.getByRole("cell", { name: "_sipfederationtls._tcp.contoso.com" }).first()).toBeVisible();
  await expect(page.locator("main")).toContainText("10 60 5061");
});

test("a record already in the table with a trailing dot is unchanged, not added twice", async ({ page }) => {
  await page.getByLabel("Target, record 1").fill("SIP.contoso.com.");
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  await page
    .getByLabel("DNS tool output", { exact: true })
    .fill("_sipfederationtls._tcp.contoso.com. 3600 IN SRV 0 0 5061 sip.contoso.com.");
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.locator(".paste-result")).toContainText("Already in the table, unchanged");
  await expect(page.getByRole("button", { name: "Apply 0 records" })).toBeDisabled();
});

test("records for a domain not in the plan are offered (add the domain, or skip), and dig's errors are said in words", async ({
  page,
}) => {
  await page
    .getByLabel("DNS tool output", { exact: true })
    .fill(
      [
        "_sipfederationtls._tcp.wingtiptoys.com. 3600 IN SRV 0 0 5061 sip.wingtiptoys.com.",
        "_xmpp-server._tcp.adatum.com. 3600 IN SRV 0 0 5269 xmpp.adatum.com.",
        "; <<>> DiG 9.18.24 <<>> SRV _sip._tls.northwind.com",
        ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 2210",
        "$ dig SRV _sip._tls.contoso.com",
        ";; connection timed out; no servers could be reached",
        "Resolve-DnsName : _sip._tls.litware.com : DNS name does not exist",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Read records" }).click();
  const result = page.locator(".paste-result");
  await expect(result.getByRole("heading", { name: "What the DNS tool said" })).toBeVisible();
  await expect(result).toContainText(
    "_sip._tls.northwind.com: the DNS server says this name does not exist (NXDOMAIN)",
  );
  await expect(result).toContainText("_sip._tls.contoso.com: no DNS server answered in time (timed out)");
  await expect(result).toContainText(
    "_sip._tls.litware.com: the DNS server says this name does not exist (NXDOMAIN)",
  );
  const wingtiptoys = result.getByRole("group", {
    name: "1 record for wingtiptoys.com, a domain not in the plan",
  });
  await expect(wingtiptoys.getByRole("radio", { name: "Skip it" })).toBeChecked();
  await expectNoSeriousA11yViolations(page, "DNS paste confirmation with a domain not in the plan");
  await wingtiptoys
    .getByRole("radio", { name: "Add wingtiptoys.com to the SIP domains and add its record" })
    .check();
  const adatum = result.getByRole("group", { name: "1 record for adatum.com, a domain not in the plan" });
  await expect(
    adatum.getByRole("radio", { name: "Add adatum.com to the XMPP domains and add its record" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Apply 1 record" }).click();
  await expect(
    page.getByText(
      "1 record added, 1 skipped (adatum.com not in the plan), wingtiptoys.com added to the plan's domains.",
    ),
  ).toBeVisible();
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  const stored = await plan(page);
  expect(stored.sipDomains.at(-1)).toBe("wingtiptoys.com");
  expect(stored.xmppDomains ?? []).not.toContain("adatum.com");
  expect(stored.srv?.some((r) => r.domain === "adatum.com")).toBe(false);
  expect(stored.srv?.some((r) => r.target === "sip.wingtiptoys.com")).toBe(true);
});
