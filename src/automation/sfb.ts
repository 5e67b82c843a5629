// Skype for Business Server / Lync Server: a PowerShell script on Posh-ACME that orders the planned certificate
// with DNS-01, and on every server of the pool imports the same PFX (same key) and assigns it with
// Set-CsCertificate, rolling the A/V Authentication type in with -Roll -EffectiveDate where Microsoft documents it.
//
// Why Posh-ACME (not win-acme): it is a PowerShell module (Windows PowerShell 5.1 with .NET 4.7.1, or 7), so one
// script can order, check and assign in the same language as the Management Shell; New-PACertificate takes the
// exact name list (-Domain, "The first one in the list will be considered the MainDomain and be set as the
// subject"), DNS-01 through one of its DNS plugins (-Plugin / -PluginArgs), CNAME delegation of
// _acme-challenge (-DnsAlias), a PFX with the password we choose (-PfxPassSecure), and it re-uses the order's key
// on renewal unless -AlwaysNewKey ("Otherwise, the old key is re-used if it exists"); Submit-Renewal renews only
// inside the renewal window, so the script can run daily from Task Scheduler. win-acme is a separate executable
// with its own scheduler and store plugins: the Set-CsCertificate part would still be a script hook.
//
// Every value that comes from the plan is written with psLiteral (single-quoted, '' escaping, control characters
// refused); nothing from the plan is ever written unquoted or inside double quotes.
import { assertLines, fileBase, friendlyName } from "../artifacts/common";
import { psLiteral, SFB_CERT_TYPES, sfbShellName } from "../artifacts/sfb-shell";
import type { CertificatePlan, KeySpec, Plan } from "../domain/types";
import { AUTOMATION_SOURCES as S } from "./sources";
import type { Automation, AutomationScript } from "./types";

/** Posh-ACME -CertKeyLength: "For RSA keys, specify a number between 2048-4096 (divisible by 128). For ECC keys,
 *  specify either 'ec-256' or 'ec-384'." P-521 is not offered: the nearest it offers is used, and said. */
export function poshAcmeKeyLength(key: KeySpec): { value: string; note?: string } {
  if (key.algorithm === "RSA") return { value: String(key.size) };
  if (key.curve === "P-256") return { value: "ec-256" };
  if (key.curve === "P-384") return { value: "ec-384" };
  return {
    value: "ec-384",
    note: "Posh-ACME offers ECDSA P-256 and P-384 keys only: the script asks for P-384 instead of the planned P-521.",
  };
}

export function sfbPfxPath(cert: Pick<CertificatePlan, "id">): string {
  return `C:\\certs\\${fileBase(cert)}-acme.pfx`;
}

/** $Name = @( 'a', 'b' ) over several lines */
function psArray(name: string, values: readonly string[]): string[] {
  return [
    `${name} = @(`,
    ...values.map((v, i) => `  ${psLiteral(v)}${i < values.length - 1 ? "," : ""}`),
    ")",
  ];
}

function psTypes(types: readonly string[]): string {
  return types.map((t) => psLiteral(t)).join(",");
}

/** The Set-CsCertificate lines for the Install step; the A/V Authentication type rolls in (Lync Server 2013 and
 *  later), the others are assigned at once. */
export function sfbAssignLines(types: readonly string[], canRoll: boolean): string[] {
  const roll = canRoll && types.includes("AudioVideoAuthentication");
  const now = roll ? types.filter((t) => t !== "AudioVideoAuthentication") : [...types];
  const lines: string[] = [];
  // -Type as quoted names ('A','B'): the same CertType[] as Microsoft's -Type A,B, and unambiguous to every parser
  if (now.length > 0) lines.push(`Set-CsCertificate -Type ${psTypes(now)} -Thumbprint $thumbprint`);
  if (roll) {
    lines.push(
      "# A/V Authentication: the new certificate becomes primary at -EffectiveDate; tokens issued with the old one",
      "# stay valid until then (Microsoft: Staging AV and OAuth certificates using -Roll in Set-CsCertificate).",
      "# A [datetime] value, not a string, so the server's date format does not matter.",
      "Set-CsCertificate -Type 'AudioVideoAuthentication' -Thumbprint $thumbprint -Roll -EffectiveDate $effective",
    );
  }
  return lines;
}

export function sfbAcmeScript(cert: CertificatePlan, plan: Plan): AutomationScript | null {
  const types = SFB_CERT_TYPES[cert.profile];
  if (!types) return null;
  const version = plan.sfb?.version;
  const canRoll = version !== "lync-2010";
  const shell = sfbShellName(version);
  const names = cert.sans.filter((s) => s.type === "dns").map((s) => s.value);
  // the CN first: Posh-ACME makes the first name the subject
  const cn = cert.subject.CN.toLowerCase();
  const domains = [cn, ...names.filter((n) => n !== cn)];
  const key = poshAcmeKeyLength(cert.key);
  const stem = fileBase(cert);
  const pfx = sfbPfxPath(cert);
  const servers = cert.installOn.length > 0 ? cert.installOn : ["each server of the pool"];
  const roll = canRoll && types.includes("AudioVideoAuthentication");
  const lines = [
    `# Renew certificate ${stem} with Posh-ACME (ACME, DNS-01) and assign it in ${shell === "Lync Server Management Shell" ? "Lync Server" : "Skype for Business Server"}.`,
    "# Generated by SAN Planner: the names are the plan's. Change the plan, not this list.",
    "#",
    "# Step 1 - on the one machine that orders (Windows PowerShell 5.1 with .NET 4.7.1, or PowerShell 7;",
    "#   Install-Module Posh-ACME; internet access to the ACME CA and your DNS provider's API):",
    `#   .\\${stem}-acme.ps1 -Step Request -Plugin <your DNS plugin> -PluginArgs @{...} -PfxPassword (Read-Host -AsSecureString)`,
    "#   Run it daily from Task Scheduler: it renews only inside the renewal window.",
    `# Step 2 - in the ${shell}, as administrator, on every one of: ${servers.join(", ")}`,
    `#   (copy ${pfx} there first; the same PFX, so the same key, on every server of the pool):`,
    `#   .\\${stem}-acme.ps1 -Step Install -PfxPassword (Read-Host -AsSecureString)`,
    "#Requires -Version 5.1",
    "[CmdletBinding()]",
    "param(",
    "  [Parameter(Mandatory = $true)][ValidateSet('Request', 'Install')][string]$Step,",
    "  [Parameter(Mandatory = $true)][securestring]$PfxPassword,",
    "  [string]$Plugin,",
    "  [hashtable]$PluginArgs = @{},",
    "  [string[]]$DnsAlias,",
    "  [string]$DirectoryUrl = 'LE_PROD',",
    "  [string[]]$Contact,",
    `  [string]$PfxPath = ${psLiteral(pfx)},`,
    ...(roll ? ["  [int]$RollHours = 24,"] : []),
    "  [switch]$Force",
    ")",
    "$ErrorActionPreference = 'Stop'",
    ...psArray("$Domains", domains),
    `$OrderName = ${psLiteral(stem)}`,
    `$FriendlyName = ${psLiteral(friendlyName(cert))}`,
    "",
    "if ($Step -eq 'Request') {",
    "  if (-not $Plugin) { throw 'DNS-01 needs your DNS provider''s Posh-ACME plugin: give -Plugin and its -PluginArgs.' }",
    "  Import-Module Posh-ACME",
    "  Set-PAServer -DirectoryUrl $DirectoryUrl",
    "  $order = Get-PAOrder -Name $OrderName",
    "  if ($order) {",
    "    # inside the renewal window only, unless -Force; the order's key is re-used (same key on every server)",
    "    $cert = Submit-Renewal -Name $OrderName -Force:$Force",
    "  } else {",
    "    $request = @{",
    "      Domain        = $Domains",
    "      Name          = $OrderName",
    "      Plugin        = $Plugin",
    "      PluginArgs    = $PluginArgs",
    `      CertKeyLength = ${psLiteral(key.value)}`,
    "      PfxPassSecure = $PfxPassword",
    "      FriendlyName  = $FriendlyName",
    "      AcceptTOS     = $true",
    "    }",
    "    if ($DnsAlias) { $request.DnsAlias = $DnsAlias }",
    "    if ($Contact) { $request.Contact = $Contact }",
    "    $cert = New-PACertificate @request",
    "  }",
    "  if (-not $cert) { Write-Host 'Not in the renewal window yet: nothing to do.'; return }",
    "  # the certificate must carry exactly the planned names",
    "  $want = @($Domains | ForEach-Object { $_.ToLowerInvariant() } | Sort-Object)",
    "  $got = @($cert.AllSANs | ForEach-Object { $_.ToLowerInvariant() } | Sort-Object)",
    "  if (($want -join ',') -ne ($got -join ',')) { throw ('The CA returned other names than the plan: ' + ($got -join ', ')) }",
    "  New-Item -ItemType Directory -Force -Path (Split-Path -Parent $PfxPath) | Out-Null",
    "  Copy-Item -LiteralPath $cert.PfxFullChain -Destination $PfxPath -Force",
    `  Write-Host ('Wrote ' + $PfxPath + ' (thumbprint ' + $cert.Thumbprint + '). Copy it to: ' + ${psLiteral(servers.join(", "))})`,
    "  return",
    "}",
    "",
    "# Step 2: import and assign on this server",
    "$pfx = Get-PfxData -FilePath $PfxPath -Password $PfxPassword",
    "$thumbprint = $pfx.EndEntityCertificates[0].Thumbprint",
    "$plain = [System.Net.NetworkCredential]::new('', $PfxPassword).Password",
    "Import-CsCertificate -Path $PfxPath -Password $plain -PrivateKeyExportable $true",
    ...(roll ? ["$effective = (Get-Date).AddHours($RollHours)"] : []),
    ...sfbAssignLines(types, canRoll),
    "Get-CsCertificate | Format-Table -Property @('Use', 'Thumbprint', 'NotAfter', 'EffectiveDate') -AutoSize",
  ];
  // defence in depth: no line of the script may carry a control character (a comment would end at a line break)
  assertLines(lines, "the PowerShell script");
  const text = `${lines.join("\n")}\n`;
  return {
    fileName: `${stem}-acme.ps1`,
    text,
    mimeType: "text/plain",
    lineEnding: "crlf",
    // Windows PowerShell 5.1 reads a BOM-less file as the ANSI code page: non-ASCII needs the UTF-16 LE BOM
    encoding: /^[\u0020-\u007e\n]*$/.test(text) ? "utf-8" : "utf-16le",
    label: "PowerShell script",
    language: "powershell",
    runOn: `Step 1 on the machine that orders; step 2 in the ${shell} on ${servers.join(", ")}`,
  };
}

export function sfbAutomation(cert: CertificatePlan, plan: Plan): Automation {
  const types = SFB_CERT_TYPES[cert.profile] ?? [];
  const platform =
    plan.sfb?.version === "lync-2010" || plan.sfb?.version === "lync-2013"
      ? "Lync Server"
      : "Skype for Business Server";
  const sources = [S.setCsCertificate, S.importCsCertificate, S.sfbRoll, S.poshAcme];
  if (cert.caType !== "public") {
    return {
      level: "manual",
      platform,
      summary: `Nothing in ${platform} renews certificates by itself, and this one comes from your internal CA, not an ACME CA.`,
      settings: [],
      steps: [
        `Least manual path: in the ${sfbShellName(plan.sfb?.version)}, request it online from your enterprise CA with Request-CsCertificate -New -Type ${types.join(",")} -CA <your CA> (the Generate on the server instead panel has the same line with -Output for an offline request), then Set-CsCertificate -Type ${types.join(",")} -Thumbprint <new thumbprint> on each server.`,
        "If your internal CA offers an ACME server, the PowerShell script for a public certificate works with it too (-DirectoryUrl).",
      ],
      scripts: [],
      notes: [],
      unconfirmed: [],
      sources: [S.setCsCertificate],
    };
  }
  const script = sfbAcmeScript(cert, plan);
  const key = poshAcmeKeyLength(cert.key);
  const notes: string[] = [
    "DNS-01: Posh-ACME creates the _acme-challenge TXT records through your DNS provider's plugin (Windows DNS, Azure, Route 53, Cloudflare and many more); with -DnsAlias it writes them to a validation zone that _acme-challenge CNAME records point to.",
    `Import-CsCertificate -PrivateKeyExportable $true keeps the key exportable, as the plan asks for a certificate shared by ${cert.installOn.length > 1 ? `${cert.installOn.length} servers` : "the pool"}.`,
  ];
  if (types.includes("AudioVideoAuthentication")) {
    notes.push(
      plan.sfb?.version === "lync-2010"
        ? "Lync Server 2010 has no -Roll: the A/V Authentication type is assigned at once, and calls in progress can drop. Lync Server 2010 runs Windows PowerShell 2.0, which Posh-ACME does not support: run step 1 on another machine."
        : "AccessEdgeExternal and DataEdgeExternal are assigned at once; AudioVideoAuthentication rolls in after -RollHours (24 by default), so that A/V tokens issued with the old certificate stay valid meanwhile. Microsoft: the roll-over works for the A/V Edge (and OAuth) certificate only; the other types do not benefit from it.",
    );
  }
  if (key.note) notes.push(key.note);
  return {
    level: "scripted",
    platform,
    summary: `${platform} has no ACME client: this PowerShell script (Posh-ACME) orders the certificate with DNS-01, checks the names, and assigns the same PFX on every server with Set-CsCertificate.`,
    settings: [],
    steps: [
      "Step 1, on the machine that orders: run the script with -Step Request, your DNS plugin and a PFX password; schedule it daily (it renews only inside the renewal window).",
      `Step 2, on ${cert.installOn.length > 0 ? cert.installOn.join(", ") : "each server of the pool"}: copy the PFX there and run the script with -Step Install in the Management Shell.`,
    ],
    scripts: script ? [script] : [],
    notes,
    unconfirmed: [],
    sources,
  };
}
