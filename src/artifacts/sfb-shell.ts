// Skype for Business / Lync Server Management Shell: the offline `Request-CsCertificate -New` line per certificate.
//
// Parameters and certificate types: Request-CsCertificate (MicrosoftDocs/office-docs-powershell,
//   skype/skype-ps/SkypeForBusiness/Request-CsCertificate.md),
//   https://learn.microsoft.com/en-us/powershell/module/skypeforbusiness/request-cscertificate
//   -New -Type <CertType[]> -Output <String> -ComputerFqdn -DomainName ("Comma-separated list of fully-qualified
//   domain names that should be added to the certificate's Subject Alternative Name field") -FriendlyName
//   -KeySize (1024, 2048, 4096) -KeyAlg (RSA, ECDH_P256, ECDH_P384, ECDH_P521) -PrivateKeyExportable <Boolean>
//   -ClientEKU <Boolean> -Organization -OU -City -State -Country.
//   "If you want to create an offline certificate request use the Output parameter" (the online form uses -CA).
//   Examples 4, 5 and 7 request the combined types in one command: "Default,WebServicesInternal,WebServicesExternal"
//   and "AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication" — one key, one certificate, as planned here.
// The cmdlet "will analyze your topology ... and automatically request a certificate with the proper subject name
// and subject alternative name fields": the topology decides the names, -DomainName only adds to them.
import type { CertificatePlan, CertificateProfile, Plan, SfbVersion } from "../domain/types";
import {
  assertLines,
  assertNoControlChar,
  extraSans,
  fileBase,
  friendlyName,
  subjectValue,
  type TextFile,
} from "./common";

/** The certificate types each planned SfB certificate stands for (our certificates combine Microsoft's). */
export const SFB_CERT_TYPES: Partial<Record<CertificateProfile, string[]>> = {
  "sfb-edge-external": ["AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication"],
  "sfb-edge-internal": ["Internal"],
  "sfb-front-end": ["Default", "WebServicesInternal", "WebServicesExternal"],
  "sfb-standard-edition": ["Default", "WebServicesInternal", "WebServicesExternal"],
  "sfb-director": ["Default", "WebServicesInternal", "WebServicesExternal"],
  "sfb-mediation": ["Default"],
};

/** Documented -KeySize values. */
const SFB_KEY_SIZES = [1024, 2048, 4096];

export interface SfbShellCommand {
  /** the -Type value, e.g. "AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication" */
  type: string;
  command: string;
}

export interface SfbShellArtifact extends TextFile {
  shell: string;
  commands: SfbShellCommand[];
  notes: string[];
}

/** A PowerShell double-quoted string: backtick-escape the characters PowerShell treats specially inside one
 *  (` $ " and the typographic double quotes it also accepts as delimiters). */
export function psQuote(value: string): string {
  // a line break ends the command: what follows it would run as a command of its own
  assertNoControlChar(value, "A value of the PowerShell command");
  return `"${value.replace(/[`$"\u201c\u201d\u201e]/g, (c) => `\`${c}`)}"`;
}

/** A PowerShell single-quoted (verbatim) string: no $ expansion, no backtick escapes; the only special
 *  characters are the single quotes, which PowerShell also accepts in their typographic forms U+2018–U+201B, each
 *  written twice (about_Quoting_Rules: "To include a single quotation mark in a single-quoted string, use a second
 *  consecutive single quote"). A control character is refused, as in psQuote. */
export function psLiteral(value: string): string {
  assertNoControlChar(value, "A value of the PowerShell script");
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;
}

export function sfbShellName(version: SfbVersion | undefined): string {
  return version === "lync-2010" || version === "lync-2013"
    ? "Lync Server Management Shell"
    : "Skype for Business Server Management Shell";
}

/** The offline request file path the command writes (-Output). */
export function sfbOutputPath(cert: Pick<CertificatePlan, "id">): string {
  return `C:\\certs\\${fileBase(cert)}.req`;
}

export function sfbShellCommands(cert: CertificatePlan, _plan?: Plan): SfbShellCommand[] {
  const types = SFB_CERT_TYPES[cert.profile];
  if (!types) return [];
  const type = types.join(",");
  const args: string[] = ["Request-CsCertificate", "-New", "-Type", type, "-Output", sfbOutputPath(cert)];
  const computer = cert.installOn[0];
  // "You should always use the computer name when requesting a certificate, even when requesting a pool certificate."
  if (computer) args.push("-ComputerFqdn", psQuote(computer));
  const extra = extraSans(cert);
  if (extra.length > 0) args.push("-DomainName", psQuote(extra.join(",")));
  args.push("-FriendlyName", psQuote(friendlyName(cert)));
  if (cert.key.algorithm === "RSA") {
    args.push("-KeySize", String(cert.key.size));
  } else {
    args.push("-KeyAlg", `ECDH_${cert.key.curve.replace("-", "")}`);
  }
  args.push("-PrivateKeyExportable", cert.exportableKey ? "$true" : "$false");
  if (cert.eku.includes("clientAuth")) args.push("-ClientEKU", "$true");
  const fields: [string, "O" | "OU" | "L" | "ST" | "C"][] = [
    ["-Organization", "O"],
    ["-OU", "OU"],
    ["-City", "L"],
    ["-State", "ST"],
    ["-Country", "C"],
  ];
  for (const [param, key] of fields) {
    const v = subjectValue(cert.subject, key);
    if (v !== undefined) args.push(param, psQuote(v));
  }
  const command = args.join(" ");
  assertLines([command], "the Management Shell command");
  return [{ type, command }];
}

export function sfbShellArtifact(cert: CertificatePlan, plan: Plan): SfbShellArtifact | null {
  const commands = sfbShellCommands(cert, plan);
  if (commands.length === 0) return null;
  const shell = sfbShellName(plan.sfb?.version);
  const text = `${commands.map((c) => c.command).join("\n")}\n`;
  const notes: string[] = [
    `Run in the ${shell} (as administrator) on ${cert.installOn[0] ?? "the server"}. The request is written to ${sfbOutputPath(cert)} for your CA (create C:\\certs first).`,
    `Request-CsCertificate builds the subject and SAN list from the topology; -DomainName adds the plan's other names. Before you send the request, compare it with the worksheet (certutil -dump ${sfbOutputPath(cert)}): ${cert.sans.length} name${cert.sans.length === 1 ? "" : "s"}, subject CN ${cert.subject.CN}. Remove nothing the plan needs; ask the CA to leave out any extra name the topology added.`,
  ];
  if (cert.key.algorithm === "RSA" && !SFB_KEY_SIZES.includes(cert.key.size)) {
    notes.push(
      `-KeySize ${cert.key.size} is not among the documented values (1024, 2048, 4096): use the certreq .inf for this key.`,
    );
  }
  if (cert.key.algorithm === "ECDSA") {
    notes.push(
      "-KeyAlg takes ECDH_P256/ECDH_P384/ECDH_P521 (the documented names); Lync/SfB documentation lists RSA key lengths only. If the request fails, use the certreq .inf, which asks for an ECDSA key explicitly.",
    );
  }
  if (cert.exportableKey && cert.installOn.length > 1) {
    notes.push(
      `Same certificate and key on every pool member: after importing the CA's answer (Import-CsCertificate or certreq -accept), export it with its private key and import it on ${cert.installOn.slice(1).join(", ")}.`,
    );
  }
  return {
    fileName: `${fileBase(cert)}.ps1`,
    text,
    mimeType: "text/plain",
    lineEnding: "crlf",
    // PowerShell 5.1 reads a BOM-less file as the ANSI code page: non-ASCII needs the UTF-16 LE BOM.
    encoding: /^[\u0020-\u007e\n]*$/.test(text) ? "utf-8" : "utf-16le",
    shell,
    commands,
    notes,
  };
}
