// Live hints for the Subject fields. Errors (length, country code format) come from parsePlan; these are the
// non-blocking checks of PKI-DN-CHARS-1 (RULES.md rule 12), shown while typing. The Review step shows the
// rule's own finding.
import { ISO_3166_ALPHA2 } from "../domain/countries";

/** Characters some public CAs refuse in O, OU, L, ST (Cisco Jabber 12.6 Planning Guide; DigiCert KB SO16317). */
const FORBIDDEN = /[@&!#$%^*()~?<>/\\]/g;

export function dnCharWarning(value: string | undefined): string | null {
  if (!value) return null;
  const found = [...new Set(value.match(FORBIDDEN) ?? [])];
  if (found.length === 0) return null;
  return `contains ${found.map((c) => `“${c}”`).join(" ")}: some public CAs reject these characters. Write “and” for “&”.`;
}

export function countryWarning(value: string | undefined): string | null {
  const c = (value ?? "").trim();
  if (!/^[A-Za-z]{2}$/.test(c)) return null; // the format error comes from the plan's own checks
  const upper = c.toUpperCase();
  if (upper === "UK") return "“UK” is not an ISO 3166 code: the United Kingdom is GB.";
  if (!ISO_3166_ALPHA2.has(upper))
    return `“${upper}” is not an assigned ISO 3166 country code; a CA will refuse it.`;
  if (c !== upper) return `will be written in capitals: ${upper}.`;
  return null;
}
