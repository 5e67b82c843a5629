// Control characters: refused in every text of a plan, and refused again by every writer of a line-based file
// (OpenSSL config, certreq .inf, PowerShell, appliance field sheets), so that no text typed or opened by the
// admin can start a new line, section or command in a file the admin then runs on a server.
//
// Refused (Unicode character database, General_Category Cc, plus the characters that end a line or reorder text):
// - C0 controls U+0000–U+001F (NUL, TAB, LF, CR…), DEL U+007F, C1 controls U+0080–U+009F (incl. NEL U+0085);
// - LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029 (line breaks for many parsers and editors);
// - the bidirectional formatting characters of UAX #9 (https://www.unicode.org/reports/tr9/ §2): embeddings and
//   overrides U+202A–U+202E, isolates U+2066–U+2069, and the implicit marks LRM U+200E, RLM U+200F and ALM U+061C.
//   They cannot break a line, but they make a value read differently on screen from what the file says
//   ("Trojan Source", CVE-2021-42574); a name in a certificate request never needs one.
// Zero-width joiners (U+200C/U+200D) are kept: some scripts need them to spell words.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this module finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export interface ControlChar {
  /** index in the string (UTF-16 code units) */
  index: number;
  /** "U+000A" */
  code: string;
  /** "a line break", "a tab", "a right-to-left override"… */
  name: string;
}

function nameOf(cp: number): string {
  if (
    cp === 0x0a ||
    cp === 0x0d ||
    cp === 0x0b ||
    cp === 0x0c ||
    cp === 0x85 ||
    cp === 0x2028 ||
    cp === 0x2029
  )
    return "a line break";
  if (cp === 0x09) return "a tab";
  if (cp === 0x00) return "a NUL character";
  if (cp >= 0x202a && cp <= 0x202e) return "a text-direction override";
  if (cp >= 0x2066 && cp <= 0x2069) return "a text-direction isolate";
  if (cp === 0x200e || cp === 0x200f || cp === 0x061c) return "an invisible text-direction mark";
  return "a control character";
}

/** The first control character of the text, or null. */
export function findControlChar(text: string): ControlChar | null {
  const m = CONTROL.exec(text);
  if (!m) return null;
  const cp = m[0].charCodeAt(0);
  return { index: m.index, code: `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`, name: nameOf(cp) };
}

export function hasControlChar(text: string): boolean {
  return CONTROL.test(text);
}

/** The plan's sentence for a text with a control character (the field's location is shown with it). */
export function controlCharMessage(c: ControlChar): string {
  return `contains ${c.name} (${c.code}, character ${c.index + 1}), which could add hidden lines or commands to the request files generated for the server; remove it`;
}

/** For the writers: throw instead of writing a control character into a line-based file. */
export function assertNoControlChar(text: string, what: string): void {
  const c = findControlChar(text);
  if (c) {
    throw new Error(
      `${what} contains ${c.name} (${c.code}), which would change the lines of the generated file; the value is refused.`,
    );
  }
}
