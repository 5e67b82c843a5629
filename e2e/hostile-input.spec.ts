// Hostile and broken input through the real UI: plan files (not JSON, binary, wrong format, future version,
// over 5 MB, 100,000 levels of nesting, unknown fields, __proto__, markup in names, 10,000 nodes), a stored
// plan that no longer reads, pasted DNS tool output full of garbage, and bad names typed into the forms.
// Every case: the page never goes blank, the user's plan is never lost, and the message says what is wrong and
// where (the JSON path, the line, or the field). Pasted PEM goes through the Start step's "Existing certificate
// or CSR" box here; the fuller PEM/DER corpus (codes and locations) runs against inspect() in
// src/crypto/hostile-corpus.test.ts.
import { readFileSync } from "node:fs";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { kdfBombPfx, sameNameCertificates } from "../src/crypto/hostile-samples.test-helpers";
import { issue, makeCa, opensslCsr } from "./ca-helpers";
import {
  browserStorage,
  expectNoKeyMaterial,
  expectPageAlive,
  keyNeedles,
  openPlanFile,
  storedPlan,
} from "./guard-helpers";
import { gotoStep, openssl, startLagProbe, startPreset, stopLagProbe, tempDir, writeFile } from "./helpers";
import { mainThreadBlock } from "./main-thread";

const PLAN = "san-planner/plan";
const KEEP = "Contoso Skype for Business Edge"; // the SfB Edge preset: the plan the user must never lose

interface PlanCase {
  name: string;
  file: string;
  content: () => string | Uint8Array;
  /** every expected error: its location as shown (the JSON path or "(file)") and a part of its message */
  errors: [path: string, message: string | RegExp][];
}

const nested = (depth: number, open: string, close: string, inner = "0") =>
  open.repeat(depth) + inner + close.repeat(depth);

const PLAN_CASES: PlanCase[] = [
  {
    name: "text that is not JSON",
    file: "notes.json",
    content: () => "Plan for Contoso:\n- sip.contoso.com\n- webcon.contoso.com\n",
    errors: [["(file)", /^is not valid JSON at line 1, column 1: unexpected "P"/]],
  },
  {
    name: "a binary file (a PNG renamed .json)",
    file: "logo.json",
    content: () =>
      Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff,
      ]),
    errors: [["(file)", /^is not valid JSON/]],
  },
  {
    name: "an empty file",
    file: "empty.json",
    content: () => "",
    errors: [["(file)", /^is not valid JSON/]],
  },
  {
    name: "JSON that is not an object",
    file: "list.json",
    content: () => '["sip.contoso.com"]',
    errors: [["(file)", "is not a SAN Planner plan: expected a JSON object, found a list"]],
  },
  {
    name: "another tool's file (wrong format)",
    file: "other.json",
    content: () => JSON.stringify({ format: "cert-tool/v2", version: 1, name: "x", components: [] }),
    errors: [["format", `is the text "cert-tool/v2"; a SAN Planner plan file has "format": "${PLAN}"`]],
  },
  {
    name: "no format at all",
    file: "package.json",
    content: () => JSON.stringify({ name: "san-planner", version: "0.1.0" }),
    errors: [["format", `is missing; a SAN Planner plan file has "format": "${PLAN}"`]],
  },
  {
    name: "a plan from a future version",
    file: "future.json",
    content: () => JSON.stringify({ format: PLAN, version: 7, name: "From the future", components: [] }),
    errors: [["version", /newer SAN Planner \(plan format version 7\); this app reads version 1/]],
  },
  {
    name: "a file over 5 MB",
    file: "huge.json",
    content: () =>
      JSON.stringify({
        format: PLAN,
        version: 1,
        name: "huge",
        components: [],
        padding: "x".repeat(6 * 1024 * 1024),
      }),
    errors: [["(file)", /^this file is 6\.0 MB; a plan file is at most 5\.0 MB/]],
  },
  {
    name: "100,000 levels of nested lists where the components go",
    file: "deep-list.json",
    content: () => `{"format":"${PLAN}","version":1,"name":"deep","components":${nested(100_000, "[", "]")}}`,
    errors: [["components[0]", "must be a component object, not a list"]],
  },
  {
    name: "100,000 levels of nested objects in an unknown field",
    file: "deep-object.json",
    content: () =>
      `{"format":"${PLAN}","version":1,"name":"deep","components":[],"extra":${nested(100_000, '{"a":', "}")}}`,
    errors: [["extra", 'unknown field "extra"']],
  },
  {
    name: "unknown and misspelt fields",
    file: "typos.json",
    content: () =>
      JSON.stringify({
        format: PLAN,
        version: 1,
        name: "typos",
        sipdomains: ["contoso.com"],
        components: [
          {
            type: "pexip",
            id: "px",
            deployment: "public-dmz",
            nodes: [{ fqdn: "px01.vc.example.com" }],
            colour: "blue",
          },
        ],
      }),
    errors: [
      ["sipdomains", 'unknown field "sipdomains" (did you mean "sipDomains"?)'],
      ["components[0].colour", 'unknown field "colour"'],
    ],
  },
  {
    name: "a __proto__ key (prototype pollution)",
    file: "proto.json",
    content: () =>
      `{"format":"${PLAN}","version":1,"name":"proto","sipDomains":[],"components":[],"__proto__":{"polluted":true,"name":"x"}}`,
    errors: [["__proto__", 'unknown field "__proto__"']],
  },
  {
    name: "bad names in every kind of name field",
    file: "names.json",
    content: () =>
      JSON.stringify({
        format: PLAN,
        version: 1,
        name: "bad names",
        sipDomains: ["*.*.example.com", "exa mple.com", "_sip._tls.example.com", "192.0.2.10"],
        components: [
          {
            type: "pexip",
            id: "px",
            deployment: "public-dmz",
            nodes: [{ fqdn: `${"a".repeat(300)}.example.com` }, { fqdn: "2001:db8::1" }],
          },
        ],
      }),
    errors: [
      ["sipDomains[0]", '"*.*.example.com" contains a wildcard (*), which is not allowed here'],
      ["sipDomains[1]", '"exa mple.com" has a space inside the name'],
      ["sipDomains[2]", 'has an underscore in "_sip"; host names allow letters, digits and hyphens only'],
      ["sipDomains[3]", '"192.0.2.10" is an IP address; this field needs a fully qualified domain name'],
      ["components[0].nodes[0].fqdn", "is 312 characters long; a DNS name has at most 253"],
      [
        "components[0].nodes[1].fqdn",
        '"2001:db8::1" is an IP address; this field needs a fully qualified domain name',
      ],
    ],
  },
  {
    name: "5,000 bad node names (only the first 100 messages are listed)",
    file: "many-errors.json",
    content: () =>
      JSON.stringify({
        format: PLAN,
        version: 1,
        name: "many errors",
        sipDomains: [],
        components: [
          {
            type: "pexip",
            id: "px",
            deployment: "on-prem",
            poolFqdn: "pool.example.com",
            nodes: Array.from({ length: 5000 }, (_, i) => ({ fqdn: `node_${i}.example.com` })),
          },
        ],
      }),
    errors: [["components[0].nodes[4].fqdn", '"node_4.example.com" has an underscore']],
  },
];

async function expectPlanKept(page: Page): Promise<void> {
  await expectPageAlive(page);
  await expect(page.locator(".plan-name")).toHaveText(KEEP);
  expect((await storedPlan(page))?.name).toBe(KEEP);
}

test("hostile plan files are refused with what is wrong and where; the current plan stays", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir();
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Start");
  for (const c of PLAN_CASES) {
    await test.step(c.name, async () => {
      await openPlanFile(page, writeFile(dir, c.file, c.content()));
      const alert = page.getByRole("alert").filter({ hasText: `“${c.file}” was not opened` });
      await expect(alert).toBeVisible();
      await expect(alert).toContainText("The current plan is unchanged.");
      const items = alert.locator(".error-list li");
      const shown = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          path: li.querySelector(".error-path")?.getAttribute("data-path") ?? "",
          text: (li.textContent ?? "").replace(li.querySelector(".error-path")?.textContent ?? "", "").trim(),
        })),
      );
      for (const [path, message] of c.errors) {
        const hit = shown.find(
          (s) =>
            s.path === path &&
            (typeof message === "string" ? s.text.includes(message) : message.test(s.text)),
        );
        expect(
          hit,
          `${c.name}: "${path}" ${String(message)} in ${JSON.stringify(shown.slice(0, 8))}`,
        ).toBeDefined();
      }
      // every message has a location
      expect(shown.every((s) => s.path !== "" && s.text !== "")).toBe(true);
      await expectPlanKept(page);
    });
  }
  // the long list is cut at 100 messages, with the count of the rest
  await expect(page.getByRole("alert").getByText("… and 4900 more.")).toBeVisible();
  // the __proto__ key polluted nothing
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
});

test("a JSON syntax error in a plan file says on which line and column", async ({ page }) => {
  // PRODUCT BUG (reported to the lead): parsePlanText takes the location from V8's "at position N", which V8
  // gives for some syntax errors only; single quotes (a hand edit's usual mistake) get "Unexpected token" and
  // no line at all.
  const dir = tempDir();
  await page.goto("/#start");
  for (const [file, text, where] of [
    ["trailing-comma.json", '{\n  "format": "san-planner/plan",\n  "version": 1,\n}', "at line 4, column 1"],
    [
      "single-quotes.json",
      '{\n  "format": "san-planner/plan",\n  "name": \'Contoso\'\n}',
      "at line 3, column 11",
    ],
  ] as const) {
    await test.step(file, async () => {
      await openPlanFile(page, writeFile(dir, file, text));
      const alert = page.getByRole("alert").filter({ hasText: `“${file}” was not opened` });
      await expect(alert).toContainText(`is not valid JSON ${where}`, { timeout: 3000 });
      await expectPageAlive(page);
    });
  }
});

test("markup in a plan file is shown as text, never run (plan name, organization, component name)", async ({
  page,
}) => {
  const dir = tempDir();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto("/#start");
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const plan = {
    format: PLAN,
    version: 1,
    name: `Contoso ${evil}`,
    subject: { O: `Contoso <b onmouseover=alert(3)>Ltd</b>`, C: "US" },
    sipDomains: ["contoso.com"],
    components: [
      {
        type: "custom",
        id: "web",
        name: `Web ${evil}`,
        commonName: "www.contoso.com",
        sans: ["www.contoso.com"],
      },
    ],
  };
  await openPlanFile(page, writeFile(dir, "markup.json", JSON.stringify(plan)));
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.locator(".plan-name")).toHaveText(`Contoso ${evil}`);
  for (const step of ["Review", "Keys and CSRs", "Worksheet"] as const) {
    await gotoStep(page, step);
    await expect(page.getByText(evil).first()).toBeVisible();
  }
  await gotoStep(page, "Organization");
  await expect(page.getByLabel("Organization (O)")).toHaveValue("Contoso <b onmouseover=alert(3)>Ltd</b>");
  expect(await page.locator('main img[src="x"], main script, main b[onmouseover]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await expectPageAlive(page);
});

test("a 10,000-node plan opens and the Review renders", async ({ page }) => {
  test.setTimeout(120_000);
  const dir = tempDir();
  await page.goto("/#start");
  const nodes = 10_000;
  const plan = {
    format: PLAN,
    version: 1,
    name: "CUCM 10,000 nodes",
    subject: { O: "Example Corp", C: "NO" },
    sipDomains: [],
    defaults: { caType: "internal", key: { algorithm: "ECDSA", curve: "P-256" } },
    components: [
      {
        type: "cisco-uc",
        id: "cucm",
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: "cucm-pub.example.com",
        subscribers: Array.from({ length: nodes - 1 }, (_, i) => `cucm-sub${i + 1}.example.com`),
      },
    ],
  };
  const started = Date.now();
  await openPlanFile(page, writeFile(dir, "cucm-10000.json", JSON.stringify(plan)));
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`Showing 50 of ${nodes} certificates.`)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("article.cert-card")).toHaveCount(50);
  console.log(`10,000-node plan opened and its Review rendered in ${Date.now() - started} ms`);
  await expect(page.locator(".plan-name")).toHaveText("CUCM 10,000 nodes");
  expect((await storedPlan(page))?.name).toBe("CUCM 10,000 nodes");
  // and it comes back from storage on a reload
  await page.reload();
  await expect(page.getByText(`Showing 50 of ${nodes} certificates.`)).toBeVisible({ timeout: 60_000 });
  await expectPageAlive(page);
});

async function expectStoredPlanKeptAside(page: Page, raw: string, problem: RegExp): Promise<void> {
  await page.evaluate((r) => localStorage.setItem("san-planner/plan", r), raw);
  await page.reload();
  await expectPageAlive(page);
  const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(banner, "a banner says the stored plan could not be read").toBeVisible({ timeout: 5000 });
  await banner.getByText("Show the problems").click();
  await expect(banner.locator("li").filter({ hasText: problem }).first()).toBeVisible();
  // kept aside, untouched, until the user saves or discards it
  expect(await page.evaluate(() => localStorage.getItem("san-planner/plan-unreadable"))).not.toBeNull();
  await banner.getByRole("button", { name: "Discard the stored plan" }).click();
  await expect(banner).toBeHidden();
}

test("a stored plan that is not JSON is kept aside with a banner, never dropped", async ({ page }) => {
  await page.goto("/#start");
  await expectStoredPlanKeptAside(
    page,
    '{"state":{"plan":{"format":"san-planner/plan", oops',
    /^the file: is not valid JSON/,
  );
});

test("a stored plan nested 20,000 levels deep is kept aside with a banner, never dropped", async ({
  page,
}) => {
  // PRODUCT BUG (reported to the lead): plan-store.ts re-serialises the unreadable plan with JSON.stringify,
  // which throws RangeError on deep nesting; zustand swallows it, no banner appears, the page starts an empty
  // plan and its first edit overwrites the stored one.
  await page.goto("/#start");
  const raw = `{"state":{"plan":{"format":"${PLAN}","version":1,"name":"deep","components":${nested(20_000, "[", "]")}}},"version":1}`;
  await expectStoredPlanKeptAside(page, raw, /must be a component object, not a list/);
});

test("pasted DNS tool output full of garbage: the records are read, every other line is listed with why", async ({
  page,
}) => {
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Domains and DNS");
  const paste = [
    "; <<>> DiG 9.18.24 <<>> SRV _sipfederationtls._tcp.contoso.com",
    ";; ANSWER SECTION:",
    "_sipfederationtls._tcp.adatum.com. 3600 IN SRV 0 0 5061 sip.adatum.com.",
    "<script>alert(1)</script>",
    "_sip._tls.contoso.com. 3600 IN SRV 0 0 443 sip_bad.contoso.com.",
    "_xmpp-server._tcp.contoso.com. 3600 IN SRV 0 0 99999 xmpp.contoso.com.",
    "\u0001\u0002 \ufffe binary junk",
    "_sip._tls.contoso.com. 3600 IN SRV 0 0 443 .",
    "x".repeat(5000),
    "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 0 0 5061 *.contoso.com.",
    "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 0 0 5061 192.0.2.1.",
  ].join("\n");
  await page.getByLabel("DNS tool output", { exact: true }).fill(paste);
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.getByRole("heading", { name: "Found 1 record" })).toBeVisible();
  const notRead = page.locator(".paste-result .error-list li");
  const expected: [number, string][] = [
    [4, "not an SRV record line this reader knows"],
    [5, 'target "sip_bad.contoso.com." has an underscore in "sip_bad"'],
    [6, "priority, weight or port is missing or not a number from 0 to 65535"],
    [7, "not an SRV record line this reader knows"],
    [8, 'target "." means the service is explicitly not offered'],
    [9, "this line is 5,000 characters long"],
    [10, 'target "*.contoso.com." contains a wildcard'],
    [11, 'target "192.0.2.1." is an IP address, not a DNS name'],
  ];
  await expect(notRead).toHaveCount(expected.length);
  for (const [i, [line, why]] of expected.entries()) {
    await expect(notRead.nth(i)).toContainText(`Line ${line}:`);
    await expect(notRead.nth(i)).toContainText(why);
  }
  // the markup is shown as text
  await expect(notRead.nth(0).locator("code")).toHaveText("<script>alert(1)</script>");
  // adatum.com is not in the plan: its record is offered apart, and skipped unless the admin adds the domain
  await page.getByRole("radio", { name: "Add adatum.com to the SIP domains and add its record" }).check();
  await page.getByRole("button", { name: "Apply 1 record" }).click();
  await expect(page.getByText("1 record added, adatum.com added to the plan's domains.")).toBeVisible();
  const rows = await page.getByRole("table", { name: "SRV records" }).locator("tbody tr").count();
  await expect(page.getByLabel(`Target, record ${rows}`)).toHaveValue("sip.adatum.com");
  await expect(page.getByText("Saved in the plan.")).toBeVisible();
  await expectPageAlive(page);
});

test("bad names typed into a form: the field says what is wrong, and the plan keeps its last valid value", async ({
  page,
}) => {
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Components");
  const field = page.getByLabel(/^Access Edge external FQDN/);
  await expect(field).toHaveValue("sip.contoso.com");
  const cases: [string, string][] = [
    ["*.*.example.com", '"*.*.example.com" contains a wildcard (*), which is not allowed here'],
    ["exa mple.com", '"exa mple.com" has a space inside the name, after "exa" (character 4)'],
    [`${"a".repeat(300)}.com`, "is 304 characters long; a DNS name has at most 253"],
    [`${"a".repeat(64)}.contoso.com`, "has a label of 64 characters"],
    [
      "_sip._tls.contoso.com",
      'has an underscore in "_sip"; host names allow letters, digits and hyphens only',
    ],
    ["192.0.2.10", '"192.0.2.10" is an IP address; this field needs a fully qualified domain name'],
    ["sip..contoso.com", "has an empty label (two dots in a row or a leading dot)"],
    ["sip.contoso.com/path", 'contains the character "/"'],
  ];
  for (const [value, message] of cases) {
    await test.step(
      value.length > 40 ? `${value.slice(0, 20)}… (${value.length} characters)` : value,
      async () => {
        await field.fill(value);
        await expect(field).toHaveAttribute("aria-invalid", "true");
        const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
        const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
        expect(errorId, "the error is tied to the field").toBeDefined();
        await expect(page.locator(`[id="${errorId}"]`)).toContainText(message);
        await expect(page.getByText("Not in the plan yet").first()).toBeVisible();
        const stored = (await storedPlan(page)) as { components: { accessEdgeFqdn?: string }[] };
        expect(stored.components[0]?.accessEdgeFqdn).toBe("sip.contoso.com");
      },
    );
  }
  await field.fill("sip.contoso.com");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expectPageAlive(page);
});

test("a Unicode look-alike name is flagged, with the name, on the Review (SfB: no IDNs)", async ({
  page,
}) => {
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Components");
  // "ѕip" with CYRILLIC SMALL LETTER DZE: it looks like "sip" and is another name (xn--ip-doc)
  await page.getByLabel(/^Access Edge external FQDN/).fill("\u0455ip.contoso.com");
  await expect(page.getByText("Saved in the plan.").first()).toBeVisible();
  await gotoStep(page, "Review");
  const card = page.getByRole("article", { name: /Edge external/ });
  await expect(card.getByRole("table", { name: /Subject alternative names/ })).toContainText(
    "xn--ip-doc.contoso.com",
  );
  await expect(card.locator('li.finding[data-rule="PKI-HOSTNAME-CHARS-1"]')).toHaveCount(1);
  await expect(card).toContainText("does not support internationalized domain names");
  await expect(card).toContainText("xn--ip-doc.contoso.com");
});

test("a Unicode look-alike name is flagged on a non-SfB component too (a mixed-script label is a homograph)", async ({
  page,
}) => {
  // PRODUCT GAP (reported to the lead): outside Skype for Business, "px01.vc.ехаmple.com" with Cyrillic е, х, а
  // becomes xn--… silently; nothing tells the admin that the name only looks like the one they meant.
  await page.goto("/#start");
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Components");
  const nodes = page.getByLabel(/^Conferencing Nodes/);
  const first = (await nodes.inputValue()).split("\n")[0] ?? "";
  const lookAlike = first.replaceAll("px01", "p\u044501"); // CYRILLIC SMALL LETTER HA for "x"
  await nodes.fill((await nodes.inputValue()).replace(first, lookAlike));
  await gotoStep(page, "Review");
  const findings = page.locator(".cert-card").first();
  await expect(findings).toBeVisible();
  await expect(findings).toContainText(/look-alike|mixed script|homograph|confusable/i, { timeout: 3000 });
});

test("pasted PEM: garbage, truncated base64, a private key, a 3 MB blob, a PKCS#7 — each answered in words, nothing kept", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir();
  const key = `${dir}/leaf.key`;
  const cert = `${dir}/leaf.pem`;
  openssl([
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-days",
    "30",
    "-subj",
    "/CN=sip.contoso.com",
    "-addext",
    "subjectAltName=DNS:sip.contoso.com,DNS:webcon.contoso.com",
    "-keyout",
    key,
    "-out",
    cert,
  ]);
  const certPem = readFileSync(cert, "utf8");
  const keyPem = readFileSync(key, "utf8");
  const p7b = openssl(["crl2pkcs7", "-nocrl", "-certfile", cert]);
  const lines = certPem.trim().split("\n");
  const cases: [name: string, text: string, message: string | RegExp][] = [
    [
      "garbage",
      "Dear admin, the certificate is attached. Regards",
      "the text has no PEM block (-----BEGIN …-----) and is not base64",
    ],
    [
      "truncated base64",
      [...lines.slice(0, Math.floor(lines.length / 2)), lines[lines.length - 1]].join("\n"),
      "PEM block 1 (CERTIFICATE) is damaged: its content is not valid DER (cut off or altered)",
    ],
    [
      "a character changed",
      lines.map((l, i) => (i === 3 ? `${l.slice(0, 10)}*${l.slice(11)}` : l)).join("\n"),
      "PEM block 1 is damaged (base64 at line 4)",
    ],
    ["no END line", lines.slice(0, -1).join("\n"), "PEM block 1 (CERTIFICATE, line 1) has no END line"],
    ["a private key where a certificate is expected", keyPem, "a private key alone cannot be renewed from"],
    [
      "a 3 MB blob",
      `-----BEGIN CERTIFICATE-----\n${"QUFB".repeat(768 * 1024)}\n-----END CERTIFICATE-----\n`,
      /This file is 3(\.0)? MB; a certificate is a few kB/,
    ],
  ];
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Start");
  const box = page.getByLabel("Existing certificate or CSR (PEM)");
  const read = page.getByRole("button", { name: "Read certificate or CSR" });
  for (const [name, text, message] of cases) {
    await test.step(name, async () => {
      await box.fill(text);
      await read.click();
      await expect(box).toHaveAttribute("aria-invalid", "true");
      const errorId = (await box.getAttribute("aria-describedby")) ?? "";
      const error = page.locator(`[id="${errorId}"]`);
      if (typeof message === "string") await expect(error).toContainText(message);
      else await expect(error).toHaveText(message);
      await expectPlanKept(page);
    });
  }
  // a PKCS#7 bundle is read (its certificate), and nothing replaces the plan until the admin confirms
  await box.fill(p7b);
  await read.click();
  await expect(page.getByText(/^Read a certificate issued by/)).toBeVisible();
  await expect(box).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { name: "Proposed plan" })).toBeVisible();
  await expectPlanKept(page);
  // the pasted private key was read in memory only
  await box.fill("");
  expectNoKeyMaterial(await browserStorage(page), keyNeedles(keyPem, "pasted key"));
});

// ---------------------------------------------------------------- control characters and reserved ids (issue 16)
// A plan file is sent by a colleague, a partner or a consultant: a line break in any of its texts could add a
// line, a section or an openssl_conf directive to the request files the admin then runs on a server. Every text
// of the plan is refused when it holds a control character, wherever it is; ids that are Object.prototype's
// member names are ids like any other.

test.describe("control characters and reserved ids", () => {
  const edgeWith = (patch: (p: Record<string, unknown>) => void): string => {
    const p: Record<string, unknown> = {
      format: PLAN,
      version: 1,
      name: "Injected",
      subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
      sipDomains: ["contoso.com"],
      components: [
        {
          type: "sfb-edge",
          id: "edge",
          name: "Edge",
          accessEdgeFqdn: "sip.contoso.com",
          webConfEdgeFqdn: "webcon.contoso.com",
          internalFqdn: "edge-int.contoso.net",
          servers: ["edge01.contoso.net"],
        },
        { type: "custom", id: "web", commonName: "www.contoso.com", sans: ["www.contoso.com"] },
      ],
    };
    patch(p);
    return JSON.stringify(p);
  };
  const CASES: PlanCase[] = [
    {
      name: "the reported hidden-SAN injection in the state (ST)",
      file: "st-injection.json",
      content: () =>
        edgeWith((p) => {
          (p.subject as Record<string, string>).ST =
            "London\n[alt_names]\nDNS.99 = login.attacker.example\n[req_distinguished_name]";
        }),
      errors: [["subject.ST", /^contains a line break \(U\+000A, character 7\)/]],
    },
    {
      name: "control characters in every kind of field",
      file: "every-field.json",
      content: () =>
        edgeWith((p) => {
          p.name = "Plan\r\nCertificateTemplate = SubCA";
          const s = p.subject as Record<string, string>;
          s.O = "Contoso\u0000Ltd";
          s.OU = "IT\u202e";
          s.L = "Red\u2028mond";
          const [edge, web] = p.components as Record<string, unknown>[];
          if (!edge || !web) throw new Error("components");
          edge.name = 'Edge"\nExportable = TRUE';
          edge.servers = ["edge01.contoso.net", "edge02\u0085.contoso.net"];
          web.name = "Web\tserver";
          p.acceptedFindings = [{ rule: "PKI-KEY-1", reason: "agreed\u2066", acceptedBy: "Ann\u001b[2J" }];
          p.certificateOptions = { "web\n": { keyLocation: "openssl" } };
          p.billing = { currency: "EU\u007fR" };
        }),
      errors: [
        ["name", "contains a line break (U+000D, character 5)"],
        ["subject.O", "contains a NUL character (U+0000"],
        ["subject.OU", "contains a text-direction override (U+202E"],
        ["subject.L", "contains a line break (U+2028"],
        ["components[0].name", "contains a line break (U+000A"],
        ["components[0].servers[1]", "contains a line break (U+0085"],
        ["components[1].name", "contains a tab (U+0009"],
        ["acceptedFindings[0].reason", "contains a text-direction isolate (U+2066"],
        ["acceptedFindings[0].acceptedBy", "contains a control character (U+001B"],
        ['certificateOptions["web\\n"]', "has a field name that contains a line break (U+000A"],
        ["billing.currency", "contains a control character (U+007F"],
      ],
    },
    {
      name: 'certificateOptions {"__proto__": …}',
      file: "options-proto.json",
      content: () =>
        edgeWith(() => undefined).replace(
          /}$/,
          ',"certificateOptions":{"__proto__":{"keyLocation":"openssl","polluted":true}}}',
        ),
      errors: [["certificateOptions.__proto__", '"__proto__" is not a certificate id; remove this entry']],
    },
  ];

  test("plan files with control characters are refused, each field with its location; the current plan stays", async ({
    page,
  }) => {
    const dir = tempDir();
    await page.goto("/#start");
    await startPreset(page, "SfB Edge");
    await gotoStep(page, "Start");
    for (const c of CASES) {
      await test.step(c.name, async () => {
        await openPlanFile(page, writeFile(dir, c.file, c.content()));
        const alert = page.getByRole("alert").filter({ hasText: `“${c.file}” was not opened` });
        await expect(alert).toBeVisible();
        await expect(alert).toContainText("The current plan is unchanged.");
        const shown = await alert.locator(".error-list li").evaluateAll((lis) =>
          lis.map((li) => ({
            path: li.querySelector(".error-path")?.getAttribute("data-path") ?? "",
            text: (li.textContent ?? "")
              .replace(li.querySelector(".error-path")?.textContent ?? "", "")
              .trim(),
          })),
        );
        // exactly one message per refused field, each saying which character and where
        expect(shown.map((s) => s.path)).toEqual(c.errors.map(([path]) => path));
        for (const [path, message] of c.errors) {
          const hit = shown.find(
            (s) =>
              s.path === path &&
              (typeof message === "string" ? s.text.includes(message) : message.test(s.text)),
          );
          expect(hit, `${path} ${String(message)} in ${JSON.stringify(shown)}`).toBeDefined();
        }
        await expectPlanKept(page);
      });
    }
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test("a control character typed or pasted into a field: the field says which and where, the plan keeps its value", async ({
    page,
  }) => {
    await page.goto("/#start");
    await startPreset(page, "SfB Edge");
    const field = page.getByLabel("Organization (O)", { exact: true });
    await expect(field).toHaveValue("Contoso Ltd");
    for (const [value, message] of [
      ["Contoso\tLtd", "contains a tab (U+0009, character 8)"],
      ["Contoso\u202eLtd", "contains a text-direction override (U+202E, character 8)"],
      ["Contoso Ltd\u200f", "contains an invisible text-direction mark (U+200F, character 12)"],
    ] as const) {
      await test.step(JSON.stringify(value), async () => {
        await field.fill(value);
        await expect(field).toHaveAttribute("aria-invalid", "true");
        const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
        const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
        expect(errorId, "the error is tied to the field").toBeDefined();
        await expect(page.locator(`[id="${errorId}"]`)).toContainText(message);
        const stored = (await storedPlan(page)) as { subject?: { O?: string } } | null;
        expect(stored?.subject?.O).toBe("Contoso Ltd");
      });
    }
    await field.fill("Contoso Ltd");
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
  });

  test("components whose ids are Object.prototype names (constructor, toString, valueOf…): Review, Keys, Worksheet work", async ({
    page,
  }) => {
    const ids = ["constructor", "toString", "valueOf", "hasOwnProperty"];
    const dir = tempDir();
    const file = writeFile(
      dir,
      "reserved-ids.json",
      JSON.stringify({
        format: PLAN,
        version: 1,
        name: "Reserved ids",
        sipDomains: [],
        hosts: { constructor: ["192.0.2.1"] },
        components: ids.map((id) => ({
          type: "custom",
          id,
          commonName: `${id.toLowerCase()}.contoso.com`,
          sans: [`${id.toLowerCase()}.contoso.com`],
        })),
        certificateOptions: { valueOf: { keyLocation: "openssl" } },
      }),
    );
    await page.goto("/#start");
    await openPlanFile(page, file);
    const discard = page.getByRole("button", { name: "Discard and continue" });
    if (await discard.isVisible().catch(() => false)) await discard.click();
    await expect(page.locator(".plan-name")).toHaveText("Reserved ids");
    expect(((await storedPlan(page))?.components ?? []).length).toBe(ids.length);

    await gotoStep(page, "Keys and CSRs");
    for (const id of ids)
      await expect(page.getByRole("region", { name: new RegExp(`\\(${id}\\)$`) })).toBeVisible();
    // the option recorded for "valueOf" is read back; the others have none
    const withOption = page.getByRole("region", {
      name: /^Generate on the server instead: .*valueof\.contoso\.com$/,
    });
    await expect(withOption.getByRole("radio", { name: /OpenSSL config/ })).toBeChecked();
    const card = page.getByRole("region", { name: /\(constructor\)$/ });
    await card.getByRole("button", { name: "Generate", exact: true }).click();
    await expect(card.getByText("CSR generated")).toBeVisible({ timeout: 30_000 });
    await expect(
      page.getByRole("region", { name: /\(toString\)$/ }).getByText("not generated"),
    ).toBeVisible();

    await gotoStep(page, "Worksheet");
    for (const id of ids)
      await expect(page.getByText(`${id.toLowerCase()}.contoso.com`).first()).toBeVisible();
    await expectPageAlive(page);
    await expect(page.getByText("Cannot read properties")).toHaveCount(0);
  });
});

// ---------------------------------------------------------------- bounded work (issue: "bounded work on hostile input")
// Files that ask for unbounded work: a PKCS#12 key-derivation bomb and same-name certificate chains. Each gets
// a sentence, the admin's input stays, and no task blocks the page's main thread for a second or more (the
// longest main-thread task while the file is read, from Chromium's trace: e2e/main-thread.ts says why CPU
// time). Before: the bomb ran its key derivation on the page (seconds in one task), and 400 same-name
// certificates meant 159,600 signature checks on the page (36 s).
const FREEZE_MS = 1000;

async function readAndMeasure(
  browser: Browser,
  page: Page,
  what: string,
  load: () => Promise<void>,
  answer: Locator,
): Promise<void> {
  const block = await mainThreadBlock(browser, page, async () => {
    await load();
    await expect(answer).toBeVisible({ timeout: 90_000 });
  });
  console.log(
    `${what}: longest main-thread task ${block.longestCpuMs.toFixed(0)} ms CPU (${block.longestWallMs.toFixed(0)} ms wall); main thread busy ${block.totalCpuMs.toFixed(0)} ms CPU in all`,
  );
  expect(block.longestCpuMs, `${what}: longest main-thread task (CPU ms)`).toBeLessThan(FREEZE_MS);
}

test("a PKCS#12 key-derivation bomb (30 keys × 1,000,000 iterations): refused with a sentence, the page never freezes", async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const bomb = writeFile(tempDir(), "bomb.pfx", kdfBombPfx(30, 1_000_000));
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  // Start from an existing certificate: the file input
  await gotoStep(page, "Start");
  const refused = page.getByText(/asks for 30,000,000 PKCS#12 key-derivation iterations in all/);
  await readAndMeasure(
    browser,
    page,
    "KDF bomb, Start step",
    () => page.getByLabel("Existing certificate or CSR file").setInputFiles(bomb),
    refused,
  );
  await expect(refused).toContainText("openssl pkcs12 -export");
  await expectPlanKept(page);

  // Install: the same file as the private key, with a passphrase; the passphrase stays in its field
  await gotoStep(page, "Install");
  await page.getByLabel("Key file passphrase").fill("secret");
  await readAndMeasure(
    browser,
    page,
    "KDF bomb, Install step",
    () => page.getByLabel("Private key file").setInputFiles(bomb),
    refused,
  );
  await expect(page.getByLabel("Key file passphrase")).toHaveValue("secret");
  await expectPlanKept(page);
});

/** Pastes a large text the way a paste does (one input event); Playwright's fill types it, far slower. */
async function paste(box: Locator, text: string): Promise<void> {
  await box.evaluate((element, value) => {
    const area = element as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

test("same-name certificates without key identifiers: 400 are refused at once, 50 are read; the page never freezes", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const many = await sameNameCertificates(400);
  const fifty = await sameNameCertificates(50, "CN=Fabrikam Issuing CA");
  expect(many.length).toBeGreaterThan(170_000);
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Install");
  const box = page.getByLabel("Issued certificate (PEM)");
  const refused = page.getByText(/holds more than 50 certificates, more than this app reads at once/);
  await readAndMeasure(browser, page, "400 same-name certificates", () => paste(box, many), refused);
  await expect(refused).toContainText("not a whole CA bundle or trust store");
  expect(await box.inputValue()).toBe(many); // the paste is kept

  // 50 (the cap): read, and the chain analysed with a bounded number of signature checks (one of them is
  // taken as the issued certificate, and checked against the plan)
  const read = page.getByText(/The Subject CN is Fabrikam Issuing CA/);
  await readAndMeasure(browser, page, "50 same-name certificates", () => paste(box, fifty), read);
  await expectPlanKept(page);
});

test("a slow but legitimate .pfx (Windows' ceiling of 600,000 iterations): progress and Cancel; cancelling keeps what was loaded", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const dir = tempDir();
  const ca = makeCa(dir);
  const { csr, key } = opensslCsr(dir, "leaf", "/CN=sip.contoso.com", ["sip.contoso.com"]);
  const leaf = issue(ca, csr);
  const pfx = `${dir}/slow.pfx`;
  // 3DES key, RC2 certificate, SHA-1 MAC, each at 600,000 PKCS#12-KDF iterations: within the budget, seconds of work
  openssl([
    "pkcs12",
    "-export",
    "-legacy",
    "-iter",
    "600000",
    "-inkey",
    key,
    "-in",
    leaf,
    "-passout",
    "pass:secret",
    "-out",
    pfx,
  ]);
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Install");
  await page.getByLabel("Issued certificate file").setInputFiles(leaf);
  await expect(page.getByText("Certificate and key: not checked")).toBeVisible();
  await page.getByLabel("Key file passphrase").fill("secret");
  const progress = page.getByRole("status").filter({ hasText: "Reading what you loaded" });
  const cancelled = page.getByText("Reading was cancelled; what you loaded is kept");
  const block = await mainThreadBlock(browser, page, async () => {
    await page.getByLabel("Private key file").setInputFiles(pfx);
    await expect(progress).toBeVisible();
    await expect(progress.getByRole("progressbar", { name: "Reading what you loaded" })).toBeVisible();
    await progress.getByRole("button", { name: "Cancel" }).click();
    await expect(cancelled).toBeVisible();
  });
  console.log(`slow .pfx until Cancel: longest main-thread task ${block.longestCpuMs.toFixed(0)} ms CPU`);
  expect(block.longestCpuMs).toBeLessThan(FREEZE_MS);
  await expect(progress).toHaveCount(0);
  await expect(page.getByLabel("Key file passphrase")).toHaveValue("secret");
  await expectPlanKept(page);

  // read again (the passphrase edited: the admin's usual reason to cancel) and left to finish, the same file
  // opens: the key belongs to the certificate
  const read = await mainThreadBlock(browser, page, async () => {
    const passphrase = page.getByLabel("Key file passphrase");
    await passphrase.fill("secret?");
    await passphrase.fill("secret");
    await expect(
      page
        .getByRole("list", { name: "Checks" })
        .getByRole("listitem")
        .filter({ hasText: "The certificate matches the private key" }),
    ).toContainText("Pass", { timeout: 120_000 });
  });
  await expect(cancelled).toHaveCount(0);
  console.log(
    `slow .pfx read to the end: longest main-thread task ${read.longestCpuMs.toFixed(0)} ms CPU, main thread busy ${read.totalCpuMs.toFixed(0)} ms CPU in all`,
  );
  expect(read.longestCpuMs).toBeLessThan(FREEZE_MS);
});

// issue 16: the DNS paste's prompt pattern backtracked catastrophically (32 kB of "a@b:" froze the tab 22 s)
test("a hostile DNS paste (64 kB of prompt look-alikes, then 300 kB) is answered at once, in words; the records kept", async ({
  page,
}) => {
  await page.goto("/#start");
  await startPreset(page, "SfB Edge");
  await gotoStep(page, "Domains and DNS");
  const box = page.getByLabel("DNS tool output", { exact: true });
  // 17 lines at the 4 kB line cap: every pattern runs on each of them
  const hostile = `${"a@b:".repeat(1023)}\n`.repeat(17);
  await box.fill(`${hostile}_sip._tls.contoso.com. 3600 IN SRV 0 0 443 sip.contoso.com.`);
  await startLagProbe(page);
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.getByRole("heading", { name: "Found 1 record" })).toBeVisible({ timeout: 10_000 });
  expect(await stopLagProbe(page), "the longest main-thread stall, ms").toBeLessThan(1000);
  await expect(page.locator(".paste-result .error-list li")).toHaveCount(17);
  await expect(page.locator(".paste-result")).toContainText("Already in the table, unchanged");

  // over the 256 kB cap: nothing is read, and the page says why
  await box.fill("x".repeat(300 * 1024));
  await page.getByRole("button", { name: "Read records" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "at most 256 kB is read" })).toContainText(
    "The paste is 300 kB",
  );
  await expectPageAlive(page);
});
