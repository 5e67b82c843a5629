// The renewal hand-offs, checked by the tools that will run them: every bash script passes `bash -n` and
// shellcheck and is read back by bash itself (its name lists equal the plan's); every PowerShell script parses
// with a PowerShell grammar (tree-sitter-powershell) and with our tokenizer, which also proves that every value
// from the plan is a single-quoted literal — for every preset and for hostile plans (quotes, $(...), backticks,
// semicolons in every name the scripts carry), where no value may ever become code.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { PRESETS, presetPlan } from "../domain/presets";
import type { CertificatePlan, Plan } from "../domain/types";
import { buildWorksheet, worksheetHtml } from "../ui/worksheet-model";
import { type AutomationScript, automation } from "./index";
import { automationLevel } from "./status";
import { powerShellSyntaxErrors, readPsScript } from "./testing/powershell";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "san-planner-automation-"));
  dirs.push(d);
  return d;
}

function run(cmd: string, args: string[], cwd?: string) {
  return spawnSync(cmd, args, { encoding: "utf8", cwd });
}

/** bash -n and shellcheck on a batch of files: one shellcheck process, and one bash that runs `bash -n` on each
 *  file in turn (a process started from this test costs ≈40 ms, one started from bash ≈3 ms). */
function checkBash(files: string[]): void {
  const n = run("bash", [
    "-c",
    'for f in "$@"; do bash -n "$f" || { echo "bash -n failed on $f" >&2; exit 1; }; done; echo "$#"',
    "bash",
    ...files,
  ]);
  expect(n.status, n.stderr).toBe(0);
  expect(n.stdout.trim()).toBe(String(files.length));
  const sc = run("shellcheck", ["--shell=bash", "--severity=style", ...files]);
  expect(sc.status, sc.stdout + sc.stderr).toBe(0);
}

/** The arrays and variables a bash script defines before its first blank line after `set -euo pipefail`,
 *  evaluated by bash itself, NUL-separated: what bash reads is what the plan says. */
function bashDefinitions(script: string, names: string[], cwd: string): Record<string, string[]> {
  const start = script.indexOf("set -euo pipefail\n\n");
  expect(start).toBeGreaterThan(0);
  const body = script.slice(start + "set -euo pipefail\n\n".length);
  const defs = body.slice(0, body.indexOf("\n\n"));
  const dump = names
    .map((n) => `for x in "\${${n}[@]}"; do printf '%s\\0' "$x"; done; printf '\\1'`)
    .join("; ");
  const r = run("bash", ["-c", `set -euo pipefail\n${defs}\n${dump}`], cwd);
  expect(r.status, r.stderr).toBe(0);
  const parts = r.stdout.split("\u0001");
  const out: Record<string, string[]> = {};
  names.forEach((n, i) => {
    out[n] = (parts[i] ?? "").split("\u0000").slice(0, -1);
  });
  return out;
}

const planNames = (cert: CertificatePlan) => cert.sans.filter((s) => s.type === "dns").map((s) => s.value);

/** Every script of every certificate of a plan: generated, checked, and its name lists read back. */
async function checkPlan(
  plan: Plan,
  certs: CertificatePlan[],
  dir: string,
  bashFiles: string[],
): Promise<number> {
  const checks: (() => void)[] = [];
  let scripts = 0;
  for (const cert of certs) {
    const a = automation(cert, plan);
    // the worksheet's one line and the panel never disagree
    expect(a.level, cert.id).toBe(automationLevel(cert));
    expect(a.summary.length).toBeGreaterThan(20);
    if (a.level !== "manual") expect(a.sources.length, cert.id).toBeGreaterThan(0);
    for (const s of a.scripts) {
      scripts++;
      // a safe file name: letters, digits, dot, dash, underscore; no path
      expect(s.fileName).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(sh|ps1)$/);
      if (s.language === "bash") {
        const f = join(dir, `${bashFiles.length}-${s.fileName}`);
        writeFileSync(f, s.text);
        bashFiles.push(f);
        checks.push(() => expectBashIsPlan(s, cert, plan, dir));
      } else {
        await expectPowerShellIsPlan(s, cert);
      }
    }
  }
  for (const c of checks) c();
  return scripts;
}

function expectBashIsPlan(s: AutomationScript, cert: CertificatePlan, plan: Plan, dir: string): void {
  const names = planNames(cert);
  if (s.fileName.endsWith("-acme.sh")) {
    const d = bashDefinitions(s.text, ["CERT_NAME", "DOMAINS", "NODES"], dir);
    expect([...(d.DOMAINS ?? [])].sort()).toEqual([...names].sort());
    expect(d.DOMAINS?.[0]).toBe(cert.subject.CN.toLowerCase());
    const c = plan.components.find((x) => x.id === cert.componentId);
    const nodes = c?.type === "pexip" ? c.nodes.map((n) => n.fqdn.toLowerCase()) : cert.installOn;
    expect(d.NODES).toEqual(nodes);
  } else {
    const d = bashDefinitions(s.text, ["NODE", "COMMON_NAME", "ALT_NAMES", "SERVICE"], dir);
    expect([...(d.COMMON_NAME ?? []), ...(d.ALT_NAMES ?? [])].sort()).toEqual([...names].sort());
    expect(d.NODE?.length).toBe(1);
  }
}

async function expectPowerShellIsPlan(s: AutomationScript, cert: CertificatePlan): Promise<void> {
  expect(await powerShellSyntaxErrors(s.text)).toEqual([]);
  const lines = readPsScript(s.text);
  // the $Domains array: its literals, in order, are the plan's names with the CN first
  const text = s.text.split("\n");
  const from = text.indexOf("$Domains = @(");
  const to = text.indexOf(")", from);
  expect(from).toBeGreaterThan(0);
  const domains = lines.slice(from + 1, to).flatMap((l) => l.literals);
  expect([...domains].sort()).toEqual([...planNames(cert)].sort());
  expect(domains[0]).toBe(cert.subject.CN.toLowerCase());
  expect(lines.slice(from + 1, to).every((l) => l.code.trim() === "" || l.code.trim() === ",")).toBe(true);
}

describe("every preset: each certificate's renewal hand-off", () => {
  it("bash scripts pass bash -n and shellcheck and carry the planned names; PowerShell parses and carries them", async () => {
    const dir = tempDir();
    let scripts = 0;
    const levels = new Set<string>();
    const files: string[] = [];
    for (const preset of PRESETS) {
      const plan = presetPlan(preset.id);
      const certs = planCertificates(plan).certificates;
      for (const c of certs) levels.add(automationLevel(c));
      scripts += await checkPlan(plan, certs, dir, files);
    }
    checkBash(files);
    // the presets reach every kind: automatic (Expressway-E), scripted (SfB, Pexip, CUCM) and manual
    expect([...levels].sort()).toEqual(["automatic", "manual", "scripted"]);
    expect(scripts).toBeGreaterThan(6);
  });

  it("Expressway-E: the ACME settings with the planned names, port 80, and what happens to clientAuth", () => {
    const plan = presetPlan("expressway-pair");
    const certs = planCertificates(plan).certificates;
    const e = certs.find((c) => c.profile === "expressway-e") as CertificatePlan;
    const a = automation(e, plan);
    expect(a.level).toBe("automatic");
    const sans = a.settings.find((x) => x.label.startsWith("Subject alternative names"));
    expect(sans?.value).toBe(e.sans.map((x) => x.value).join(", "));
    expect(a.settings.find((x) => x.label === "Validation")?.value).toContain("TCP port 80");
    expect(a.notes.join(" ")).toContain("xConfiguration XCP TLS Certificate CVS EnableServerEkuUpload: On");
    expect(a.notes.join(" ")).toContain("client certificate store");
    expect(a.sources.join(" ")).toContain("fn74362");
    // what could not be read is said, not guessed
    expect(a.unconfirmed.join(" ")).toContain("could not be read");
    const c = certs.find((x) => x.profile === "expressway-c") as CertificatePlan;
    expect(automation(c, plan).level).toBe("manual");
  });

  it("Skype for Business Edge: Import-CsCertificate on every pool member, -Roll -EffectiveDate only for A/V Authentication", async () => {
    const plan = presetPlan("sfb-edge");
    const edge = planCertificates(plan).certificates.find(
      (c) => c.profile === "sfb-edge-external",
    ) as CertificatePlan;
    const a = automation(edge, plan);
    const ps = a.scripts[0] as AutomationScript;
    expect(ps.language).toBe("powershell");
    expect(ps.lineEnding).toBe("crlf");
    const lines = ps.text.split("\n");
    expect(lines).toContain(
      "Import-CsCertificate -Path $PfxPath -Password $plain -PrivateKeyExportable $true",
    );
    expect(lines).toContain(
      "Set-CsCertificate -Type 'AccessEdgeExternal','DataEdgeExternal' -Thumbprint $thumbprint",
    );
    expect(lines).toContain(
      "Set-CsCertificate -Type 'AudioVideoAuthentication' -Thumbprint $thumbprint -Roll -EffectiveDate $effective",
    );
    // Lync Server 2010 has no -Roll
    const lync = { ...plan, sfb: { ...plan.sfb, version: "lync-2010" as const } };
    const old = automation(edge, lync).scripts[0] as AutomationScript;
    expect(old.text).not.toContain("-Roll");
    expect(old.text).toContain(
      "Set-CsCertificate -Type 'AccessEdgeExternal','DataEdgeExternal','AudioVideoAuthentication' -Thumbprint $thumbprint",
    );
    expect(await powerShellSyntaxErrors(old.text)).toEqual([]);
  });

  it("an internal-CA certificate stays manual and says the least manual path", () => {
    const plan = presetPlan("pexip-on-prem");
    const cert = planCertificates(plan).certificates[0] as CertificatePlan;
    const a = automation(cert, plan);
    expect(a.level).toBe("manual");
    expect(a.scripts).toEqual([]);
    expect(a.steps.join(" ")).toContain("/api/admin/configuration/v1/tls_certificate/");
  });
});

// ---------------------------------------------------------------- hostile values

/** Shell and PowerShell metacharacters, command substitutions, quotes of every kind, letters of several scripts */
const HOSTILE = [
  "'; touch CANARY; echo '",
  "$(touch CANARY)",
  "`touch CANARY`",
  '"; Remove-Item C:\\ -Recurse; "',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: PowerShell text, not a template
  "$env:USERNAME ${x} $(Get-Date)",
  "\u2018; iex x; \u2019",
  "\u201c$x\u201d",
  "a'b\"c`d$e\\f;g|h&i<j>k(l)m{n}o*p?q[r]s!t#u~v^w",
  "株式会社 Ωmega Ш",
];

function hostileCert(base: CertificatePlan, v: string): CertificatePlan {
  return {
    ...base,
    title: `${v} — ${base.subject.CN}`,
    subject: { ...base.subject, CN: `${base.subject.CN}` },
    sans: [...base.sans, { type: "dns", value: v, reasons: ["hostile"] }],
    installOn: [v, ...base.installOn],
  };
}

function hostilePlan(plan: Plan, v: string): Plan {
  return {
    ...plan,
    components: plan.components.map((c) =>
      c.type === "pexip"
        ? { ...c, nodes: [{ fqdn: v }, ...c.nodes] }
        : c.type === "cisco-uc"
          ? { ...c, publisher: v, distribution: "multi-server" as const }
          : c,
    ),
  };
}

const PRESETS_WITH_SCRIPTS = ["sfb-edge", "pexip-dmz", "cucm-cluster"] as const;

describe("hostile names never become shell or PowerShell code", () => {
  it("fixed corpus: quotes, $(...), backticks, typographic quotes in names, hosts and titles", async () => {
    const dir = tempDir();
    let scripts = 0;
    const files: string[] = [];
    for (const id of PRESETS_WITH_SCRIPTS) {
      const base = presetPlan(id);
      for (const v of HOSTILE) {
        const plan = hostilePlan(base, v);
        const certs = planCertificates(base)
          .certificates.filter((c) => automationLevel(c) === "scripted")
          .map((c) => hostileCert(c, v));
        scripts += await checkPlan(plan, certs, dir, files);
        for (const cert of certs) {
          for (const s of automation(cert, plan).scripts) {
            if (s.language === "powershell") expectOnlyLiterals(s, v);
            else expectBashLiteral(s, v, dir);
          }
        }
      }
    }
    checkBash(files);
    expect(scripts).toBeGreaterThan(20);
    // bash read every hostile value as data: nothing ran
    expect(existsSync(join(dir, "CANARY"))).toBe(false);
  });

  it("fast-check: any text of quotes, $, backticks and letters in a name (30 plans)", async () => {
    const dir = tempDir();
    const unit = fc.constantFrom(
      ..."'\"`$(){};|&<>\\#@!*?[]~^ \u2018\u2019\u201a\u201b\u201c\u201d\u201eaZé株Ω",
    );
    // between markers, so that "appears in the code" cannot be a single | that the script has anyway
    const values = fc
      .sample(fc.string({ unit, minLength: 1, maxLength: 20 }), { numRuns: 30, seed: 1207 })
      .map((x) => `ZQ${x}QZ`);
    const base = presetPlan("sfb-edge");
    const edge = planCertificates(base).certificates.find(
      (c) => c.profile === "sfb-edge-external",
    ) as CertificatePlan;
    const px = presetPlan("pexip-dmz");
    const pxCert = planCertificates(px).certificates[0] as CertificatePlan;
    for (const v of values) {
      const ps = automation(hostileCert(edge, v), base).scripts[0] as AutomationScript;
      expect(await powerShellSyntaxErrors(ps.text)).toEqual([]);
      expectOnlyLiterals(ps, v);
      const sh = automation(hostileCert(pxCert, v), hostilePlan(px, v)).scripts[0] as AutomationScript;
      expectBashLiteral(sh, v, dir);
    }
    const files = values.map((v, i) => {
      const f = join(dir, `fc-${i}.sh`);
      writeFileSync(
        f,
        (automation(hostileCert(pxCert, v), hostilePlan(px, v)).scripts[0] as AutomationScript).text,
      );
      return f;
    });
    checkBash(files);
    expect(existsSync(join(dir, "CANARY"))).toBe(false);
  });

  it("a control character (line break, NUL, text-direction override) is refused, never written", () => {
    const plan = presetPlan("pexip-dmz");
    const cert = planCertificates(plan).certificates[0] as CertificatePlan;
    const edgePlan = presetPlan("sfb-edge");
    const edge = planCertificates(edgePlan).certificates[0] as CertificatePlan;
    for (const ch of ["\n", "\r", "\u0000", "\u2028", "\u202e"]) {
      const v = `px01${ch}rm -rf /`;
      expect(() => automation(hostileCert(cert, v), plan)).toThrow(/U\+/);
      expect(() => automation(hostileCert(edge, v), edgePlan)).toThrow(/U\+/);
    }
  });
});

/** PowerShell: the hostile value appears in the script only as the content of single-quoted literals: never in
 *  code, never in a double-quoted (expanding) string; and each literal that holds it holds exactly a plan value. */
function expectOnlyLiterals(s: AutomationScript, v: string): void {
  const lines = readPsScript(s.text);
  for (const l of lines) {
    expect(l.code).not.toContain(v);
    for (const e of l.expanding) expect(e).not.toContain(v);
  }
  const literals = lines.flatMap((l) => l.literals);
  expect(literals.some((x) => x === v || x.includes(v))).toBe(true);
  // the code outside literals and comments has no $( or backtick that a value could have brought
  for (const l of lines) expect(l.code).not.toMatch(/`/);
}

/** bash: the hostile value is read back by bash, byte for byte, from the DOMAINS/NODES or name arrays. */
function expectBashLiteral(s: AutomationScript, v: string, dir: string): void {
  const names = s.fileName.endsWith("-acme.sh") ? ["DOMAINS", "NODES"] : ["NODE", "ALT_NAMES"];
  const d = bashDefinitions(s.text, names, dir);
  const all = names.flatMap((n) => d[n] ?? []);
  expect(all).toContain(v);
  if (!s.fileName.endsWith("-acme.sh")) {
    // run it: for a multi-server certificate "csr" only prints where to make the CSR, with the publisher's name
    // as data, byte for byte
    const f = join(dir, `run-${s.fileName}`);
    writeFileSync(f, s.text);
    const r = run("bash", [f, "csr"], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`on the publisher ${v} in Cisco Unified OS Administration`);
  }
}

describe("the worksheet says which certificates are automated and which stay manual", () => {
  it("one Renewal line per certificate, on screen and in the printed file, agreeing with the panel", () => {
    const plan = presetPlan("expressway-pair");
    const result = planCertificates(plan);
    const ws = buildWorksheet(plan, result, {}, () => "", "2026-12-07");
    const line = (id: string) => ws.certificates.find((c) => c.id === id)?.renews ?? "";
    expect(line("exp-e")).toMatch(/^Automatic: /);
    expect(line("exp-c")).toMatch(/^Manual: /);
    for (const c of result.certificates) {
      const level = automation(c, plan).level;
      expect(line(c.id).toLowerCase().startsWith(level)).toBe(true);
    }
    const html = worksheetHtml(ws);
    expect(html).toContain(
      "<tr><th>Renewal</th><td>Automatic: the platform&#39;s own ACME client renews it</td></tr>",
    );
  });
});

describe("separate client certificates", () => {
  it("a node's own client certificate (private CA) stays manual, on the panel and the worksheet alike", () => {
    const base = presetPlan("expressway-pair");
    const plan: Plan = {
      ...base,
      components: base.components.map((c) =>
        c.type === "expressway" && c.role === "e" ? { ...c, clientCertificate: "separate" as const } : c,
      ),
    };
    const clients = planCertificates(plan).certificates.filter((c) => c.profile === "tls-client");
    expect(clients.length).toBeGreaterThan(0);
    for (const c of clients) {
      expect(automationLevel(c)).toBe("manual");
      const a = automation(c, plan);
      expect(a.level).toBe("manual");
      expect(a.scripts).toEqual([]);
    }
  });
});

describe("session border controllers", () => {
  it("an SBC certificate is renewed on the SBC: anynode's ACME client, otherwise the SBC's own certificate page", () => {
    const wild = presetPlan("teams-dr-wildcard");
    const [anynode] = planCertificates(wild, { today: "2026-12-07" }).certificates;
    const a = automation(anynode as CertificatePlan, wild);
    expect([a.level, a.platform]).toEqual(["manual", "Session border controller"]);
    expect(a.summary).toContain("ACME client");
    expect(a.steps.join(" ")).toContain("cannot validate a wildcard");
    const teams = presetPlan("teams-dr-2-sbcs");
    const [audiocodes] = planCertificates(teams, { today: "2026-12-07" }).certificates;
    const b = automation(audiocodes as CertificatePlan, teams);
    expect(b.steps.join(" ")).toContain("TLS connectivity status");
    expect(automationLevel(audiocodes as CertificatePlan)).toBe(b.level);
  });
});
