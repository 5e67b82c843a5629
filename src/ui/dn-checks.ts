// Live hints for the Subject fields. Errors (length, country code format) come from parsePlan; these are the
// non-blocking checks of PKI-DN-CHARS-1 (RULES.md rule 12), shown while typing. The Review step shows the
// rule's own finding.

/** Characters some public CAs refuse in O, OU, L, ST (Cisco Jabber 12.6 Planning Guide; DigiCert KB SO16317). */
const FORBIDDEN = /[@&!#$%^*()~?<>/\\]/g;

export function dnCharWarning(value: string | undefined): string | null {
  if (!value) return null;
  const found = [...new Set(value.match(FORBIDDEN) ?? [])];
  if (found.length === 0) return null;
  return `contains ${found.map((c) => `“${c}”`).join(" ")}: some public CAs reject these characters (PKI-DN-CHARS-1). Write “and” for “&”.`;
}

// ISO 3166-1 alpha-2, officially assigned codes.
const ISO_3166 = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
    "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
    "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
    "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
    "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

export function countryWarning(value: string | undefined): string | null {
  const c = (value ?? "").trim();
  if (!/^[A-Za-z]{2}$/.test(c)) return null; // the format error comes from the plan's own checks
  const upper = c.toUpperCase();
  if (upper === "UK") return "“UK” is not an ISO 3166 code: the United Kingdom is GB (PKI-DN-CHARS-1).";
  if (!ISO_3166.has(upper))
    return `“${upper}” is not an assigned ISO 3166 country code; a CA will refuse it.`;
  if (c !== upper) return `will be written in capitals: ${upper}.`;
  return null;
}
