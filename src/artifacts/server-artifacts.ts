// What applies to one certificate when its key must be born on the server: the list the Keys and CSRs step shows
// ("Generate on the server instead") and the words the worksheet prints about where the key is created.

import { keyBirth, keyLocations } from "../domain/key-birth";
import { own } from "../domain/own";
import type { CertificatePlan, KeyLocation, Plan } from "../domain/types";
import { type ApplianceSheet, applianceSheet, applianceSheetFile } from "./appliance";
import { certreqInf } from "./certreq";
import type { TextFile } from "./common";
import { opensslConfig } from "./openssl";
import { sfbShellArtifact } from "./sfb-shell";

export type ServerArtifactKind = Exclude<KeyLocation, "browser">;

export interface ServerArtifact extends TextFile {
  kind: ServerArtifactKind;
  /** Short name used in "Copy <label>" and in the worksheet: "certreq .inf", "OpenSSL config" … */
  label: string;
  /** Heading: "Windows certreq" … */
  title: string;
  /** Command lines to run, each copyable on its own. */
  commands: { label: string; command: string }[];
  notes: string[];
  /** For appliance field sheets: the structured fields (the text is their plain-text rendering). */
  sheet?: ApplianceSheet;
}

const APPLIANCE_LABEL: Record<ApplianceSheet["platform"], string> = {
  pexip: "Pexip CSR fields",
  cucm: "CUCM CSR fields",
  cuc: "Unity Connection CSR fields",
  expressway: "Expressway CSR fields",
  audiocodes: "AudioCodes CSR fields",
  ribbon: "Ribbon CSR fields",
  anynode: "anynode certificate request",
  oracle: "Oracle SBC certificate record",
  "cisco-cube": "CUBE trustpoint configuration",
};

/** Everything that applies to the certificate, most specific first: the appliance's own CSR page, the
 *  Skype for Business Management Shell, then certreq and OpenSSL (which work for every certificate). */
export function serverArtifacts(cert: CertificatePlan, plan: Plan): ServerArtifact[] {
  const out: ServerArtifact[] = [];
  // certreq only where the certificate lives in a Windows machine store, OpenSSL only where the platform can import
  // the key it makes (domain/key-birth.ts, from the vendors' pages)
  const birth = keyBirth(cert);

  const sheet = applianceSheet(cert, plan);
  if (sheet) {
    out.push({
      ...applianceSheetFile(cert, sheet),
      kind: "appliance",
      label: APPLIANCE_LABEL[sheet.platform],
      title: sheet.title,
      commands: sheet.commands ?? [],
      // the sheet's notes are part of its text
      notes: [],
      sheet,
    });
  }

  const shell = sfbShellArtifact(cert, plan);
  if (shell) {
    const { commands, shell: shellName, notes, ...file } = shell;
    out.push({
      ...file,
      kind: "sfb-shell",
      label: "Management Shell command",
      title: `${shellName}: Request-CsCertificate`,
      commands: [],
      notes,
    });
  }

  if (birth.windows) {
    const inf = certreqInf(cert, plan);
    const { commands, notes, requestFile, certificateFile, ...file } = inf;
    const lines = [commands.new, commands.accept];
    out.push({
      ...file,
      kind: "certreq",
      label: "certreq .inf",
      title: "Windows certreq",
      commands: [
        { label: "certreq commands", command: lines.join("\n") },
        ...(commands.submit ? [{ label: "certreq submit command", command: commands.submit }] : []),
      ],
      notes,
    });
  }

  if (birth.openssl) {
    const ossl = opensslConfig(cert);
    const { command, notes, keyFile, csrFile, ...file } = ossl;
    out.push({
      ...file,
      kind: "openssl",
      label: "OpenSSL config",
      title: "OpenSSL",
      commands: [{ label: "OpenSSL command", command }],
      notes,
    });
  }
  return out;
}

/** Where this certificate's key is created: the Keys and CSRs step's choice when the platform allows it, else the
 *  platform's default (the browser, or the appliance's own CSR page where the platform cannot import a key). */
export function keyLocationOf(cert: CertificatePlan, plan: Plan): KeyLocation {
  const chosen = own(plan.certificateOptions, cert.id)?.keyLocation;
  const birth = keyBirth(cert);
  if (chosen === undefined) return birth.defaultLocation;
  return keyLocations(cert, applianceSheet(cert, plan) !== null).includes(chosen)
    ? chosen
    : birth.defaultLocation;
}

/** The worksheet's words: "in this browser", or "on the server, with certreq .inf (edge_external.inf)". */
export function keyLocationNote(cert: CertificatePlan, plan: Plan): string {
  const location = keyLocationOf(cert, plan);
  if (location === "browser") return "in this browser";
  const artifact = serverArtifacts(cert, plan).find((a) => a.kind === location);
  if (!artifact) return "on the server";
  if (artifact.kind === "appliance" && artifact.sheet) {
    return `on the server, with the platform's own CSR page (${artifact.sheet.where}; fields in ${artifact.fileName})`;
  }
  return `on the server, with ${artifact.label} (${artifact.fileName})`;
}
