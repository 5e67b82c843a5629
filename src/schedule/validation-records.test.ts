// The zone-file lines are read back by BIND's own parser (named-checkzone / named-compilezone, Debian's
// bind9-utils): each zone must load, and the records BIND prints must be the ones we meant.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { namedCheckzone } from "../crypto/tools.test-helpers";
import {
  ACCOUNT_PLACEHOLDER,
  acmeDelegationRecords,
  type DnsRecordSet,
  ISSUER_PLACEHOLDER,
  persistentValidationRecords,
  persistValue,
} from "./validation-records";

const dir = mkdtempSync(join(tmpdir(), "zone-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The zone as BIND loads it, in canonical form (one record a line, absolute names), or BIND's error. */
function bindLoad(set: DnsRecordSet): { ok: boolean; canonical: string; output: string } {
  const check = namedCheckzone(dir, set.zone, set.zoneLines);
  const out = join(dir, `${set.zone}.out`);
  const compile = spawnSync("named-compilezone", ["-q", "-i", "none", "-o", out, set.zone, check.file], {
    encoding: "utf8",
  });
  const canonical = compile.status === 0 ? readFileSync(out, "utf8") : "";
  return { ok: check.ok && compile.status === 0, canonical, output: check.output };
}

describe("the persistent validation record (BR §3.2.2.4.22)", () => {
  it("for Let's Encrypt carries its issuer domain name, the account URI and policy=wildcard, and BIND loads it", () => {
    const [set] = persistentValidationRecords(["contoso.com"], {
      publicCa: "letsencrypt",
      accountUri: "https://acme-v02.api.letsencrypt.org/acme/acct/1234567890",
    });
    expect(set?.zoneLines).toEqual([
      '_validation-persist.contoso.com. 3600 IN TXT "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234567890; policy=wildcard"',
    ]);
    const loaded = bindLoad(set as DnsRecordSet);
    expect(loaded.ok, loaded.output).toBe(true);
    expect(loaded.canonical).toMatch(
      /^_validation-persist\.contoso\.com\.\s+3600\s+IN\s+TXT\s+"letsencrypt\.org; accounturi=https:\/\/acme-v02\.api\.letsencrypt\.org\/acme\/acct\/1234567890; policy=wildcard"$/m,
    );
    expect(set?.powershell).toEqual([
      'Add-DnsServerResourceRecord -ZoneName "contoso.com" -Name "_validation-persist" -Txt -DescriptiveText "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/1234567890; policy=wildcard"',
    ]);
  });

  it("for another CA leaves placeholders the admin must replace, one record per registrable domain", () => {
    const sets = persistentValidationRecords(["contoso.com", "fabrikam.co.uk", "contoso.com"], {
      publicCa: "digicert",
    });
    expect(sets.map((s) => s.zone)).toEqual(["contoso.com", "fabrikam.co.uk"]);
    expect(persistValue({ publicCa: "digicert" })).toBe(
      `${ISSUER_PLACEHOLDER}; accounturi=${ACCOUNT_PLACEHOLDER}; policy=wildcard`,
    );
    for (const s of sets) expect(bindLoad(s).ok).toBe(true);
  });

  it("splits a long value into 255-octet strings, which BIND joins back", () => {
    const long = `https://ca.example/acct/${"x".repeat(400)}`;
    const [set] = persistentValidationRecords(["contoso.com"], {
      issuerDomain: "ca.example",
      accountUri: long,
    });
    const loaded = bindLoad(set as DnsRecordSet);
    expect(loaded.ok, loaded.output).toBe(true);
    const strings = [
      ...(loaded.canonical.match(/TXT\s+(.*)$/m)?.[1] ?? "").matchAll(/"((?:[^"\\]|\\.)*)"/g),
    ].map((m) => m[1] ?? "");
    expect(strings.length).toBe(2);
    expect(strings.join("")).toBe(`ca.example; accounturi=${long}; policy=wildcard`);
  });

  it("refuses a value that would break the line or the quoting", () => {
    expect(() =>
      persistentValidationRecords(["contoso.com"], { accountUri: "x\nevil IN A 1.2.3.4" }),
    ).toThrow();
    expect(() => persistentValidationRecords(["contoso.com\nevil"], {})).toThrow();
    expect(() => persistentValidationRecords(["contoso.com; rm -rf"], {})).toThrow();
  });
});

describe("ACME DNS-01 delegation (RFC 8555 §8.4)", () => {
  it("one CNAME per host name into the validation zone, wildcards at their base name, and BIND loads them", () => {
    const sets = acmeDelegationRecords([
      { name: "sip.contoso.com", zone: "contoso.com" },
      { name: "*.contoso.com", zone: "contoso.com" },
      { name: "webconf.contoso.com", zone: "contoso.com" },
      { name: "sip.fabrikam.com", zone: "fabrikam.com" },
    ]);
    expect(sets.find((s) => s.zone === "contoso.com")?.zoneLines).toEqual([
      "_acme-challenge.contoso.com. 3600 IN CNAME contoso.com.acme.contoso.com.",
      "_acme-challenge.sip.contoso.com. 3600 IN CNAME sip.contoso.com.acme.contoso.com.",
      "_acme-challenge.webconf.contoso.com. 3600 IN CNAME webconf.contoso.com.acme.contoso.com.",
    ]);
    expect(sets.find((s) => s.zone === "contoso.com")?.powershell[0]).toBe(
      'Add-DnsServerResourceRecord -ZoneName "contoso.com" -Name "_acme-challenge" -CName -HostNameAlias "contoso.com.acme.contoso.com"',
    );
    for (const s of sets) {
      const loaded = bindLoad(s);
      expect(loaded.ok, loaded.output).toBe(true);
      for (const line of s.zoneLines) {
        const owner = line.split(" ")[0] ?? "";
        expect(loaded.canonical).toContain(owner);
      }
    }
  });

  it("refuses a host outside its zone", () => {
    expect(() => acmeDelegationRecords([{ name: "sip.fabrikam.com", zone: "contoso.com" }])).toThrow(
      /not in/,
    );
  });

  it("any host names BIND accepts as names give zones BIND loads", () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(label, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (hosts) => {
          const names = hosts.map((h) => ({ name: `${h.join(".")}.contoso.com`, zone: "contoso.com" }));
          const [set] = acmeDelegationRecords(names);
          const loaded = bindLoad(set as DnsRecordSet);
          expect(loaded.ok, loaded.output).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });
});
