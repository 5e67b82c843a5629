import { COUNTRY_CODE_MISTAKES, ISO_3166_ALPHA2 } from "../../countries";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./shared";

/** The symbols DigiCert (KB SO16317) and the Cisco Jabber planning guide say to keep out of DN fields. */
export const FORBIDDEN_DN_CHARACTERS = [
  "@",
  "&",
  "!",
  "#",
  "$",
  "%",
  "^",
  "*",
  "(",
  ")",
  "~",
  "?",
  "<",
  ">",
  "/",
  "\\",
];

const FIELD_NAMES = {
  O: "Organization (O)",
  OU: "Organizational unit (OU)",
  L: "Locality (L)",
  ST: "State or province (ST)",
} as const;

export const PKI_DN_CHARS_1: PlanRule = {
  id: "PKI-DN-CHARS-1",
  scope: "plan",
  severity: "warning",
  description:
    "Subject fields: no @ & ! # $ % ^ * ( ) ~ ? < > / \\ in O, OU, L, ST; the country is a 2-letter ISO 3166 code.",
  source:
    "Cisco Jabber 12.6 Planning Guide " +
    "(https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_6/cjab_b_planning-guide-for-cisco-jabber-12-6/cjab_b_planning-guide-for-cisco-jabber-12-6_chapter_0111.html) — " +
    '"Do not contain certain characters, such as @&! , in the Organization , OU , or other fields."; DigiCert KB ' +
    'SO16317 (https://knowledge.digicert.com/solution/SO16317.html) — "Do not abbreviate or use any of these ' +
    'symbols: ! @ # $ % ^ * ( ) ~ ? > < / \\."',
  applies: (ctx) => ctx.plan.subject !== undefined,
  check(ctx) {
    const subject = ctx.plan.subject ?? {};
    const hits: RuleHit[] = [];
    for (const key of ["O", "OU", "L", "ST"] as const) {
      const value = subject[key]?.trim();
      if (!value) continue;
      const found = FORBIDDEN_DN_CHARACTERS.filter((ch) => value.includes(ch));
      if (found.length === 0) continue;
      const hint = found.includes("&") ? ' (write "and" instead of "&")' : "";
      hits.push({
        names: [value],
        message:
          `The ${FIELD_NAMES[key]} "${value}" contains ${listNames(found.map((c) => `"${c}"`))}. Some public CAs ` +
          "(DigiCert) reject requests with these symbols and the Cisco UC CSR tools do not accept them either, " +
          `and every certificate of this plan carries the field. Spell it without them${hint}.`,
      });
    }
    const raw = subject.C?.trim();
    if (raw) {
      const upper = raw.toUpperCase();
      if (!ISO_3166_ALPHA2.has(raw)) {
        const suggestion = ISO_3166_ALPHA2.has(upper) ? upper : COUNTRY_CODE_MISTAKES[upper];
        const uk =
          upper === "UK" ? ' ("UK" is only reserved in ISO 3166; the United Kingdom\'s code is GB)' : "";
        const use = suggestion
          ? ` Use "${suggestion}"${uk}.`
          : " Use the country's two-letter ISO code in capitals, e.g. US, GB, DE.";
        hits.push({
          names: [raw],
          message: `The Country (C) "${raw}" is not an ISO 3166-1 alpha-2 country code; CAs reject the request.${use}`,
        });
      }
    }
    return hits;
  },
};
