// ISO 3166-1 alpha-2: the 249 officially assigned country codes (ISO 3166 Maintenance Agency,
// https://www.iso.org/iso-3166-country-codes.html). Exceptionally or transitionally reserved codes
// (UK, EU, EL, UN, AC, TA, XK...) are deliberately absent: X.520 countryName takes an assigned code only.
export const ISO_3166_ALPHA2: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
    "DE DJ DK DM DO DZ " +
    "EC EE EG EH ER ES ET " +
    "FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
    "HK HM HN HR HT HU " +
    "ID IE IL IM IN IO IQ IR IS IT " +
    "JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ " +
    "LA LB LC LI LK LR LS LT LU LV LY " +
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
    "NA NC NE NF NG NI NL NO NP NR NU NZ " +
    "OM " +
    "PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
    "QA " +
    "RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
    "UA UG UM US UY UZ " +
    "VA VC VE VG VI VN VU " +
    "WF WS " +
    "YE YT " +
    "ZA ZM ZW"
  ).split(" "),
);

/** Codes people type for a country that are not its ISO 3166-1 alpha-2 code, and the code to use instead. */
export const COUNTRY_CODE_MISTAKES: Readonly<Record<string, string>> = {
  UK: "GB", // exceptionally reserved for the United Kingdom; the assigned code is GB
  EN: "GB",
  EL: "GR", // the EU's code for Greece
  USA: "US",
  GBR: "GB",
  DEU: "DE",
  GER: "DE",
  FRA: "FR",
  NLD: "NL",
  CHE: "CH",
  AUT: "AT",
  ESP: "ES",
  ITA: "IT",
  SWE: "SE",
  NOR: "NO",
  DNK: "DK",
  FIN: "FI",
  BEL: "BE",
  IRL: "IE",
  POL: "PL",
  CAN: "CA",
  AUS: "AU",
  NZL: "NZ",
  JPN: "JP",
  CHN: "CN",
  IND: "IN",
  BRA: "BR",
  MEX: "MX",
  ZAF: "ZA",
};

/** null when `value` is a valid C attribute, else a message for the admin. */
export function countryCodeProblem(value: string): string | null {
  if (ISO_3166_ALPHA2.has(value)) return null;
  const upper = value.trim().toUpperCase();
  if (ISO_3166_ALPHA2.has(upper)) {
    return `The country (C) "${value}" must be written in capital letters: "${upper}".`;
  }
  const hint = COUNTRY_CODE_MISTAKES[upper];
  if (hint) return `The country (C) "${value}" is not an ISO 3166 two-letter code; use ${withName(hint)}.`;
  return `The country (C) "${value}" is not an ISO 3166 two-letter country code (for example US, GB, DE, FR).`;
}

/** "GB (United Kingdom)", with the platform's own region names (no data to ship). */
function withName(code: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "region" }).of(code);
    return name && name !== code ? `${code} (${name})` : code;
  } catch {
    return code;
  }
}
