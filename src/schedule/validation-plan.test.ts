// The domain-validation plan: the reuse window at each phase boundary of BR §4.2.1 (SC-081), the registrable
// domains from the Public Suffix List, the methods left on a date, and every DNS line read back by the tools that
// consume it — BIND's named-checkzone for the zone-file text, a PowerShell tokenizer written from Microsoft's
// quoting rules (src/artifacts/testing/powershell-reader.ts) for the Add-DnsServerResourceRecord lines.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { powerShellParameters, readPowerShellCommand } from "../artifacts/testing/powershell-reader";
import { namedCheckzone } from "../crypto/tools.test-helpers";
import { planCertificates } from "../domain";
import { presetPlan } from "../domain/presets";
import "../domain/public-suffix";
import type { CertificatePlan, Plan } from "../domain/types";
import { domainValidationReuseDays } from "../domain/validity";
import { domainValidationPlan } from "./validation-plan";
import { acmeDelegationRecords, type DnsRecordSet, persistentValidationRecords } from "./validation-records";

const dir = mkdtempSync(join(tmpdir(), "dv-plan-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function planned(plan: Plan): CertificatePlan[] {
  return planCertificates(plan).certificates;
}

describe("domain-validation reuse window (BR §4.2.1 as amended by SC-081)", () => {
  it.each([
    ["2026-03-14", 398],
    ["2026-03-15", 200],
    ["2027-03-14", 200],
    ["2027-03-15", 100],
    ["2029-03-14", 100],
    ["2029-03-15", 10],
    ["2031-01-01", 10],
  ])("a certificate issued on %s may rely on a validation at most %i days old", (date, days) => {
    expect(domainValidationReuseDays(date)).toBe(days);
  });

  it.each([
    ["2026-03-14", 398],
    ["2026-03-15", 200],
    ["2027-03-15", 100],
    ["2029-03-15", 10],
  ])("the plan issued on %s states %i days, in words", (date, days) => {
    const plan = { ...presetPlan("sfb-edge"), issueDate: date };
    const dv = domainValidationPlan(plan, planned(plan), "2026-12-07");
    expect(dv?.reuseDays).toBe(days);
    expect(dv?.reuseText).toContain(`for ${days} days`);
    if (days === 10) expect(dv?.reuseText).toContain("every order is validated again");
  });
});

describe("what the CA validates, per public certificate", () => {
  it("the registrable domains come from the Public Suffix List (co.uk, and a private-section suffix)", () => {
    const plan: Plan = {
      ...presetPlan("custom"),
      issueDate: "2026-12-07",
      defaults: { caType: "public", publicCa: "letsencrypt" },
      components: [
        {
          type: "custom",
          id: "web",
          commonName: "meet.fabrikam.co.uk",
          sans: ["meet.fabrikam.co.uk", "www.contoso.com", "uc.contoso.com", "lab.contoso.github.io"],
        },
      ],
    };
    const dv = domainValidationPlan(plan, planned(plan), "2026-12-07");
    expect(dv?.certificates[0]?.domains).toEqual(["contoso.com", "contoso.github.io", "fabrikam.co.uk"]);
    expect(dv?.certificates[0]?.publicCa).toBe("Let's Encrypt");
    expect(dv?.domains).toEqual(["contoso.com", "contoso.github.io", "fabrikam.co.uk"]);
    // Let's Encrypt publishes its issuer domain name: no placeholder for it
    expect(dv?.zoneFile).toContain('"letsencrypt.org; accounturi=ACCOUNT-URI-FROM-YOUR-CA; policy=wildcard"');
  });

  it("an internal-CA-only plan has no validation plan; an internal name on a public certificate is listed", () => {
    const internal = { ...presetPlan("sfb-edge"), defaults: { caType: "internal" as const } };
    expect(domainValidationPlan(internal, planned(internal), "2026-12-07")).toBeNull();
    const plan: Plan = {
      ...presetPlan("custom"),
      defaults: { caType: "public" },
      components: [
        { type: "custom", id: "web", commonName: "www.contoso.com", sans: ["www.contoso.com", "web01.corp"] },
      ],
    };
    const dv = domainValidationPlan(plan, planned(plan), "2026-12-07");
    expect(dv?.certificates[0]?.unvalidatable).toEqual(["web01.corp"]);
    expect(dv?.skipped.map((s) => s.name)).toEqual(["web01.corp"]);
  });

  it("methods on a date: phone ends on 2027-03-15, email on 2028-03-15; a wildcard rules out website and ALPN checks", () => {
    const on = (issueDate: string, sans = ["www.contoso.com"]) => {
      const plan: Plan = {
        ...presetPlan("custom"),
        issueDate,
        defaults: { caType: "public" },
        components: [{ type: "custom", id: "web", commonName: sans[0] as string, sans }],
      };
      return domainValidationPlan(plan, planned(plan), "2026-12-07");
    };
    expect(on("2027-03-14")?.methods.map((m) => m.method)).toContain("phone");
    expect(on("2027-03-15")?.methods.map((m) => m.method)).not.toContain("phone");
    expect(on("2027-03-15")?.ended.map((m) => m.method)).toEqual(["phone"]);
    expect(on("2028-03-14")?.methods.map((m) => m.method)).toContain("email");
    expect(on("2028-03-15")?.methods.map((m) => m.method)).not.toContain("email");
    const wild = on("2026-12-07", ["*.contoso.com", "contoso.com"]);
    expect(wild?.methods.filter((m) => !m.usable).map((m) => m.method)).toEqual([
      "http-file",
      "acme-http",
      "tls-alpn",
    ]);
    expect(on("2026-12-07")?.methods.every((m) => m.usable)).toBe(true);
    const persist = wild?.methods.find((m) => m.method === "dns-persistent");
    expect(persist?.note).toContain("10 days");
  });
});

describe("the DNS lines, read back", () => {
  it("every preset with public certificates: each zone's lines load in named-checkzone", () => {
    for (const id of ["sfb-edge", "sfb-full-site", "pexip-dmz", "expressway-pair"] as const) {
      const plan = { ...presetPlan(id), defaults: { ...presetPlan(id).defaults, caType: "public" as const } };
      const dv = domainValidationPlan(plan, planned(plan), "2026-12-07");
      expect(dv, id).not.toBeNull();
      const byZone = new Map<string, string[]>();
      for (const s of [...(dv?.persistent ?? []), ...(dv?.acme ?? [])])
        byZone.set(s.zone, [...(byZone.get(s.zone) ?? []), ...s.zoneLines]);
      // the text offered for copy and download carries the same lines
      for (const lines of byZone.values()) for (const l of lines) expect(dv?.zoneFile).toContain(l);
      for (const [zone, lines] of byZone) {
        const r = namedCheckzone(dir, zone, lines);
        expect(r.ok, `${id} ${zone}: ${r.output}`).toBe(true);
      }
    }
  });

  it("every PowerShell line is one Add-DnsServerResourceRecord call whose parameters are the records", () => {
    const plan = { ...presetPlan("sfb-edge"), issueDate: "2026-12-07" };
    const dv = domainValidationPlan(plan, planned(plan), "2026-12-07");
    const lines = (dv?.powershell ?? "").split("\r\n").filter((l) => l !== "" && !l.startsWith("#"));
    expect(lines.length).toBe(
      (dv?.persistent.length ?? 0) + (dv?.acme.flatMap((s) => s.zoneLines).length ?? 0),
    );
    for (const line of lines) {
      const args = readPowerShellCommand(line);
      expect(args[0]?.text).toBe("Add-DnsServerResourceRecord");
      const p = powerShellParameters(args);
      expect(dv?.domains).toContain(p.get("-ZoneName"));
      if (p.has("-Txt")) expect(p.get("-Name")).toBe("_validation-persist");
      else {
        expect(p.has("-CName")).toBe(true);
        const alias = p.get("-HostNameAlias") ?? "";
        const owner = p.get("-Name") ?? "";
        expect(owner.startsWith("_acme-challenge")).toBe(true);
        expect(alias.endsWith(`.acme.${p.get("-ZoneName")}`)).toBe(true);
      }
    }
  });

  it("hostile text in the account URI or issuer domain reaches the cmdlet as written, and never runs", () => {
    const hostile = [
      'https://ca.example/acct/1"; Remove-Item C:\\ -Recurse; "',
      "https://ca.example/acct/$(Stop-Computer)",
      "https://ca.example/acct/`$env:USERNAME",
      `https://ca.example/acct/$\{x}|whoami&`,
    ];
    for (const accountUri of hostile) {
      const [set] = persistentValidationRecords(["contoso.com"], { issuerDomain: "ca.example", accountUri });
      const line = (set as DnsRecordSet).powershell[0] as string;
      const p = powerShellParameters(readPowerShellCommand(line));
      expect(p.get("-DescriptiveText")).toBe(`ca.example; accounturi=${accountUri}; policy=wildcard`);
      expect(p.get("-ZoneName")).toBe("contoso.com");
      // and BIND still reads the TXT record as one record
      expect(namedCheckzone(dir, "contoso.com", (set as DnsRecordSet).zoneLines).ok).toBe(true);
    }
  });

  it("a non-ASCII value (typographic quotes PowerShell also ends strings at) is refused, not written", () => {
    expect(() =>
      persistentValidationRecords(["contoso.com"], {
        accountUri: "https://ca.example/acct/\u201d; calc; \u201c",
      }),
    ).toThrow(/ASCII/);
  });

  it("any printable account URI: one command, the exact text (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."a$`\"'();|&{}@ -/:.x"), maxLength: 40 }), (uri) => {
        const [set] = persistentValidationRecords(["contoso.com"], { accountUri: uri });
        const p = powerShellParameters(readPowerShellCommand((set as DnsRecordSet).powershell[0] as string));
        expect(p.get("-DescriptiveText")).toBe(
          `ISSUER-DOMAIN-FROM-YOUR-CA; accounturi=${uri}; policy=wildcard`,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("hostile host names are refused, never written into a zone or a command", () => {
    for (const name of [
      "sip.contoso.com; rm -rf /",
      'sip".contoso.com',
      "sip.contoso.com\nevil IN A 1.2.3.4",
      "$(x).contoso.com",
    ])
      expect(() => acmeDelegationRecords([{ name, zone: "contoso.com" }])).toThrow();
    for (const zone of ['contoso.com" -Force', "contoso.com`n"])
      expect(() => persistentValidationRecords([zone], {})).toThrow();
  });
});
