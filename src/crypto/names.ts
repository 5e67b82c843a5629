// Validation of the names that go into a CSR: Subject attributes and SAN entries.

import { findControlChar } from "../domain/control-chars";
import { countryCodeProblem } from "./countries";
import { CryptoError } from "./errors";

export type SubjectKey = "C" | "ST" | "L" | "O" | "OU" | "CN";

/** Conventional order of a Subject in the DER (and so in openssl's output). */
export const SUBJECT_ORDER: readonly SubjectKey[] = ["C", "ST", "L", "O", "OU", "CN"];

/** Upper bounds of RFC 5280 appendix A (ub-*): CAs refuse longer values. */
const MAX_LENGTH: Record<SubjectKey, number> = { C: 2, ST: 128, L: 128, O: 64, OU: 64, CN: 64 };

const LABEL: Record<SubjectKey, string> = {
  C: "country (C)",
  ST: "state or province (ST)",
  L: "locality (L)",
  O: "organisation (O)",
  OU: "organisational unit (OU)",
  CN: "common name (CN)",
};

/** PrintableString's alphabet (X.680 §41.4). */
export function isPrintableString(value: string): boolean {
  return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(value);
}

export interface SubjectAttribute {
  key: SubjectKey;
  value: string;
  encoding: "printableString" | "utf8String";
}

/** Checks and orders the Subject (C, ST, L, O, OU, CN), dropping empty attributes. */
export function subjectAttributes(
  subject: Partial<Record<SubjectKey, string | undefined>>,
): SubjectAttribute[] {
  const out: SubjectAttribute[] = [];
  for (const key of SUBJECT_ORDER) {
    const raw = subject[key];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== "string") throw new CryptoError("invalid-subject", `The ${LABEL[key]} must be text.`);
    const value = raw.trim();
    if (value === "") continue;
    // the same characters the plan refuses (domain/control-chars.ts: C0, DEL, C1, line separators, bidi controls)
    const control = findControlChar(value);
    if (control) {
      throw new CryptoError(
        "invalid-subject",
        `The ${LABEL[key]} contains ${control.name} (${control.code}); remove it.`,
      );
    }
    if (key === "C") {
      const problem = countryCodeProblem(value);
      if (problem) throw new CryptoError("invalid-subject", problem);
    }
    // in characters (code points), which a string of no more UTF-16 units than the bound cannot exceed
    const length = value.length > MAX_LENGTH[key] ? [...value].length : value.length;
    if (length > MAX_LENGTH[key]) {
      const hint = key === "CN" ? " Use a shorter name as CN; every name stays in the SAN list." : "";
      throw new CryptoError(
        "invalid-subject",
        `The ${LABEL[key]} is ${length} characters long; CAs accept at most ${MAX_LENGTH[key]}.${hint}`,
      );
    }
    out.push({ key, value, encoding: isPrintableString(value) ? "printableString" : "utf8String" });
  }
  if (!out.some((attribute) => attribute.key === "CN")) {
    throw new CryptoError("invalid-subject", "The Subject has no common name (CN).");
  }
  return out;
}

/** Labels of letters, digits, "_" and "-" (not first or last), at most 63 each, separated by single dots. */
const HOST_NAME = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** Converts a host name to lower-case A-labels (IDN → punycode) and checks its syntax. */
export function normaliseDnsName(name: string): string {
  let value = name.trim().replace(/\.$/, "").toLowerCase();
  const wildcard = value.startsWith("*.");
  let rest = wildcard ? value.slice(2) : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII check
  if (!/^[\u0000-\u007f]*$/.test(rest)) {
    let converted: string | null = null;
    try {
      converted = new URL(`http://${rest}`).hostname;
    } catch {
      converted = null;
    }
    if (!converted || converted.startsWith("[")) {
      throw new CryptoError(
        "invalid-name",
        `"${name}" is not a valid DNS name (it cannot be converted to A-labels).`,
      );
    }
    rest = converted;
  }
  value = wildcard ? `*.${rest}` : rest;
  if (value.length > 253) throw new CryptoError("invalid-name", `"${name}" is longer than 253 characters.`);
  // the usual case, a valid name, in one test; otherwise label by label below, to say which label is wrong
  if (HOST_NAME.test(rest)) return value;
  const labels = rest.split(".");
  if (labels.length < 1 || labels.some((label) => label === "")) {
    throw new CryptoError("invalid-name", `"${name}" is not a valid DNS name (empty label).`);
  }
  for (const label of labels) {
    if (label.length > 63)
      throw new CryptoError("invalid-name", `"${name}" has a label longer than 63 characters.`);
    if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(label)) {
      const hint = label.includes("*")
        ? " A wildcard may only be the whole first label (*.example.com)."
        : "";
      throw new CryptoError("invalid-name", `"${name}" is not a valid DNS name (label "${label}").${hint}`);
    }
  }
  return value;
}

/** Validates an IPv4 or IPv6 address and returns its canonical text form. */
export function normaliseIpAddress(address: string): string {
  const value = address.trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(value);
  if (v4) {
    const parts = v4.slice(1).map((part) => Number(part));
    if (parts.every((part, i) => part <= 255 && String(part) === v4[i + 1])) return parts.join(".");
    throw new CryptoError("invalid-name", `"${address}" is not a valid IPv4 address.`);
  }
  if (value.includes(":")) {
    try {
      const host = new URL(`http://[${value.replace(/^\[|\]$/g, "")}]`).hostname;
      return host.slice(1, -1);
    } catch {
      // fall through
    }
  }
  throw new CryptoError("invalid-name", `"${address}" is not a valid IP address.`);
}
