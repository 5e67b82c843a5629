// Small pure formatters shared by Review, Keys and the worksheet.
import type { CertificatePlan, KeySpec, Severity } from "../domain/types";

export function describeKey(k: KeySpec): string {
  return k.algorithm === "RSA" ? `RSA ${k.size}` : `ECDSA ${k.curve}`;
}

export const KEY_CHOICES: readonly { value: string; label: string; spec: KeySpec }[] = [
  { value: "RSA-2048", label: "RSA 2048", spec: { algorithm: "RSA", size: 2048 } },
  { value: "RSA-3072", label: "RSA 3072", spec: { algorithm: "RSA", size: 3072 } },
  { value: "RSA-4096", label: "RSA 4096", spec: { algorithm: "RSA", size: 4096 } },
  { value: "ECDSA-P-256", label: "ECDSA P-256", spec: { algorithm: "ECDSA", curve: "P-256" } },
  { value: "ECDSA-P-384", label: "ECDSA P-384", spec: { algorithm: "ECDSA", curve: "P-384" } },
];

export function keyValue(k: KeySpec): string {
  return k.algorithm === "RSA" ? `RSA-${k.size}` : `ECDSA-${k.curve}`;
}

export function isGeneratable(k: KeySpec): boolean {
  return KEY_CHOICES.some((c) => c.value === keyValue(k));
}

/** "CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, ST=Washington, C=US" */
export function subjectDn(s: CertificatePlan["subject"]): string {
  return (["CN", "OU", "O", "L", "ST", "C"] as const)
    .filter((k) => s[k] !== undefined && s[k] !== "")
    .map((k) => `${k}=${s[k]}`)
    .join(", ");
}

export const EKU_LABEL: Record<string, string> = {
  serverAuth: "Server authentication (serverAuth, 1.3.6.1.5.5.7.3.1)",
  clientAuth: "Client authentication (clientAuth, 1.3.6.1.5.5.7.3.2)",
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: "Error",
  warning: "Warning",
  info: "Notice",
};
export const SEVERITY_GROUP: Record<Severity, string> = {
  error: "Errors",
  warning: "Warnings",
  info: "Notices",
};

/** Splits a citation into text and URLs, so that the URLs can be links. */
export function citationParts(source: string): { text: string; url?: string }[] {
  const parts: { text: string; url?: string }[] = [];
  const re = /https?:\/\/[^\s"'<>)\]]+[^\s"'<>)\].,;:]/g;
  let last = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) });
    parts.push({ text: m[0], url: m[0] });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Accepted by J. Smith on 2026-11-23" when an acceptance says who or when, else null (the Review and the
 *  worksheet say it the same way). */
export function acceptedByLine(a: { acceptedBy?: string; acceptedAt?: string }): string | null {
  if (!a.acceptedBy && !a.acceptedAt) return null;
  return `Accepted${a.acceptedBy ? ` by ${a.acceptedBy}` : ""}${a.acceptedAt ? ` on ${a.acceptedAt.slice(0, 10)}` : ""}`;
}
