// "What is deployed now" (issue 17 §3), step 1: find the certificates in whatever the admin pastes or drops, and
// split them by where they came from. Pure text work, no crypto: the crypto layer's inspect() reads each piece
// (src/drift/read.ts), with its own limits (size, certificates per input, signature checks per certificate).
//
// What is recognised:
// - `openssl s_client -connect host:port -showcerts` output, one server or several pasted one after another: each
//   "CONNECTED(…)" line starts a new server, and the certificates keep the order the server sent them in;
// - PEM blocks in any other text (CUCM `show cert own tomcat`, a .pem or .cer file, a PEM .p7b);
// - JSON (a management API's answer) with PEM inside its strings: every string holding a PEM block is one piece;
// - a DER certificate or a DER .p7b file (dropped or chosen).
// Private keys found among them are left out before anything is read: this page compares certificates only.

import { findControlChar } from "../domain/control-chars";

/** Largest paste or file read at once (the crypto layer's own input limit, src/crypto/inspect.ts MAX_INPUT_BYTES):
 *  the openssl output of one server is a few kB, so this is the output of a hundred servers or more. */
export const MAX_PASTE_CHARS = 1024 * 1024;
/** Most pieces (servers, JSON strings) read from one paste. */
export const MAX_SOURCES = 50;
/** Deepest JSON nesting walked (an API answer is 3–5 levels deep). */
export const MAX_JSON_DEPTH = 64;

export type SourceKind =
  /** what a TLS server sent (openssl s_client output): order and completeness of the chain are the server's */
  | "tls"
  /** certificates pasted as text: their order is the paste's */
  | "text"
  /** a string of a JSON answer */
  | "json"
  /** a binary file (DER certificate or .p7b) */
  | "file";

export interface LiveSource {
  /** where it came from, in the admin's words: "openssl s_client output 2", "JSON value 1 (“certificate”)" */
  label: string;
  kind: SourceKind;
  /** the text to read or the file's bytes */
  input: string | Uint8Array;
  /** lines of the paste before this piece: the reader's "line N" is line N + firstLine of the paste */
  firstLine: number;
}

export type ExtractResult =
  | { ok: true; sources: LiveSource[]; notes: string[] }
  | { ok: false; message: string };

/** Labels of the PEM blocks read; everything else (keys, CSRs, parameters) is left out. */
const CERTIFICATE_LABELS = new Set([
  "CERTIFICATE",
  "X509 CERTIFICATE",
  "TRUSTED CERTIFICATE",
  "PKCS7",
  "PKCS #7 SIGNED DATA",
  "CMS",
]);

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 #._/-]*)-----$/;

/** A name from a certificate or a file name as it may be shown: control and text-direction characters (which
 *  could hide or reorder what is read) are written as their code, e.g. "U+202E". */
export function visible(text: string): string {
  if (!findControlChar(text)) return text;
  let out = "";
  for (const ch of text) {
    const c = findControlChar(ch);
    out += c ? `[${c.code}]` : ch;
  }
  return out;
}

export function formatChars(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} characters`;
}

function tooLarge(size: number): ExtractResult {
  return {
    ok: false,
    message: `This is ${formatChars(size)}; this page reads up to ${formatChars(MAX_PASTE_CHARS)} at once (the openssl output of one server is a few kB). Paste the output of fewer servers at a time. Nothing was read; the plan is unchanged.`,
  };
}

interface Filtered {
  text: string;
  /** PEM blocks left out, by label */
  skipped: string[];
  /** certificate blocks kept */
  kept: number;
}

/**
 * Keeps the certificate and PKCS#7 blocks of `lines[from..to)`, blanks every other line (so that the crypto
 * layer's line numbers, counted from `from`, still point at the paste), and lists the other blocks it left out. A
 * block without END is kept to its end, so that the crypto layer reports it as cut off.
 */
function filterBlocks(lines: readonly string[], from: number, to: number): Filtered {
  const out: string[] = [];
  const skipped: string[] = [];
  let kept = 0;
  let i = from;
  while (i < to) {
    const line = lines[i]!.trim();
    const begin = BEGIN.exec(line);
    if (!begin) {
      // an END line without BEGIN is damage the reader reports; other text is dropped
      out.push(line.startsWith("-----END") ? lines[i]! : "");
      i++;
      continue;
    }
    const label = begin[1]!;
    let end = i + 1;
    while (end < to && !lines[end]!.trim().startsWith("-----END") && !lines[end]!.includes("-----BEGIN"))
      end++;
    const last = end < to && lines[end]!.trim().startsWith("-----END") ? end : end - 1;
    if (CERTIFICATE_LABELS.has(label)) {
      for (let j = i; j <= last; j++) out.push(lines[j]!);
      kept++;
    } else {
      for (let j = i; j <= last; j++) out.push("");
      skipped.push(label);
    }
    i = last + 1;
  }
  return { text: out.join("\n"), skipped, kept };
}

function skippedNote(skipped: string[], where: string): string | null {
  if (skipped.length === 0) return null;
  const keys = skipped.filter((l) => l.includes("PRIVATE KEY")).length;
  const others = skipped.length - keys;
  const parts: string[] = [];
  if (keys > 0)
    parts.push(
      `${keys === 1 ? "a private key" : `${keys} private keys`} (left out without being read: this page compares certificates only and never needs a key)`,
    );
  if (others > 0)
    parts.push(
      `${others} other block${others === 1 ? "" : "s"} that ${others === 1 ? "is" : "are"} not a certificate`,
    );
  return `${where} also held ${parts.join(" and ")}.`;
}

const SIMPLE_KEY = /^[A-Za-z][A-Za-z0-9_ -]{0,39}$/;
/** Fields of an API object that name what a certificate belongs to (shown next to the piece, when simple). */
const NAME_FIELDS = ["name", "hostname", "fqdn", "subject_name", "common_name", "node", "description"];

function describeOwner(owner: Record<string, unknown> | null): string {
  if (!owner) return "";
  for (const field of NAME_FIELDS) {
    const v = owner[field];
    if (typeof v === "string" && /^[A-Za-z0-9*._:=, -]{1,80}$/.test(v)) return `, ${v}`;
  }
  return "";
}

function fromJson(value: unknown): ExtractResult {
  const sources: LiveSource[] = [];
  const notes: string[] = [];
  const stack: { value: unknown; depth: number; key: string; owner: Record<string, unknown> | null }[] = [
    { value, depth: 0, key: "", owner: null },
  ];
  let strings = 0;
  while (stack.length > 0) {
    const { value: v, depth, key, owner } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) {
      return {
        ok: false,
        message: `This JSON is nested more than ${MAX_JSON_DEPTH} levels deep; an API answer is a few levels deep. Nothing was read; the plan is unchanged.`,
      };
    }
    if (typeof v === "string") {
      if (!v.includes("-----BEGIN")) continue;
      strings++;
      const lines = v.split(/\r\n|\r|\n/);
      const filtered = filterBlocks(lines, 0, lines.length);
      const label = `JSON value ${strings}${SIMPLE_KEY.test(key) ? ` (“${key}”${describeOwner(owner)})` : ""}`;
      const note = skippedNote(filtered.skipped, label);
      if (note) notes.push(note);
      if (filtered.kept === 0) continue;
      if (sources.length >= MAX_SOURCES) return tooManySources();
      sources.push({ label, kind: "json", input: filtered.text, firstLine: 0 });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: depth + 1, key, owner });
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        stack.push({ value: child, depth: depth + 1, key: k, owner: v as Record<string, unknown> });
      }
    }
  }
  if (sources.length === 0) {
    return {
      ok: false,
      message:
        strings > 0
          ? `The JSON holds no certificate: ${notes.join(" ")}`
          : "The JSON holds no certificate (no text in it starts with -----BEGIN CERTIFICATE-----). Paste the answer of the API that returns the certificate itself.",
    };
  }
  return { ok: true, sources, notes };
}

function tooManySources(): ExtractResult {
  return {
    ok: false,
    message: `This holds certificates of more than ${MAX_SOURCES} servers or values; compare at most ${MAX_SOURCES} at once. Nothing was read; the plan is unchanged.`,
  };
}

const CONNECTED = /^CONNECTED\(/;
/** Notes kept per paste (a hostile paste of a million empty connections must not make a million sentences). */
const MAX_NOTES = 20;

function fromText(text: string, name?: string): ExtractResult {
  const lines = text.split(/\r\n|\r|\n/);
  // each "CONNECTED(" line starts one server's output; text before the first one is its own piece
  const starts: number[] = [0];
  for (let i = 0; i < lines.length; i++) if (CONNECTED.test(lines[i]!.trim()) && i > 0) starts.push(i);
  const sources: LiveSource[] = [];
  const notes: string[] = [];
  let servers = 0;
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s]!;
    const to = starts[s + 1] ?? lines.length;
    const isTls = CONNECTED.test(lines[from]!.trim());
    if (isTls) servers++;
    const filtered = filterBlocks(lines, from, to);
    const label = isTls
      ? `openssl s_client output ${servers}`
      : name
        ? `“${visible(name)}”`
        : starts.length > 1
          ? "The text before the first openssl output"
          : "The pasted certificates";
    const note = skippedNote(filtered.skipped, label);
    if (note && notes.length < MAX_NOTES) notes.push(note);
    if (filtered.kept === 0) {
      if (isTls && notes.length < MAX_NOTES)
        notes.push(
          `${label} has no certificate: the connection failed or the server sent none (add -showcerts, and check the host and port).`,
        );
      continue;
    }
    if (sources.length >= MAX_SOURCES) return tooManySources();
    sources.push({ label, kind: isTls ? "tls" : "text", input: filtered.text, firstLine: from });
  }
  if (sources.length === 0) {
    return {
      ok: false,
      message: `No certificate was found${notes.length > 0 ? `: ${notes.join(" ")}` : "."}`,
    };
  }
  return { ok: true, sources, notes };
}

function looksLikeJson(trimmed: string): boolean {
  return trimmed.startsWith("{") || trimmed.startsWith("[");
}

/** Finds the certificates in pasted text. Never throws; bounded by MAX_PASTE_CHARS, MAX_SOURCES, MAX_JSON_DEPTH. */
export function extractFromText(text: string, name?: string): ExtractResult {
  if (text.length > MAX_PASTE_CHARS) return tooLarge(text.length);
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Nothing was pasted." };
  if (looksLikeJson(trimmed)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) return fromJson(parsed);
    // not valid JSON (cut off, or several answers pasted one after another): read the PEM in its strings
    if (trimmed.includes("-----BEGIN")) {
      const unescaped = trimmed.replace(/\\r\\n|\\n/g, "\n").replace(/\\\//g, "/");
      const r = fromText(unescaped, name);
      if (r.ok)
        r.notes.unshift(
          "The text looks like JSON but is not valid JSON (cut off, or several answers pasted together): the certificates were read from its text.",
        );
      return r;
    }
  }
  if (trimmed.includes("-----BEGIN")) return fromText(text, name);
  // base64 of a DER certificate or .p7b without PEM lines: the crypto layer reads it as it is
  if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && trimmed.replace(/\s+/g, "").length >= 64) {
    return {
      ok: true,
      sources: [
        {
          label: name ? `“${visible(name)}”` : "The pasted text",
          kind: "text",
          input: trimmed,
          firstLine: 0,
        },
      ],
      notes: [],
    };
  }
  return {
    ok: false,
    message:
      "No certificate was found: the text has no PEM block (-----BEGIN CERTIFICATE-----). Paste the whole output of openssl s_client with -showcerts, the output of show cert own, or the API's JSON answer.",
  };
}

/** True when the bytes read as text (UTF-8, UTF-16 with a byte-order mark): a PEM file rather than DER. */
function decodeText(data: Uint8Array): string | null {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) {
    try {
      return new TextDecoder(data[0] === 0xff ? "utf-16le" : "utf-16be").decode(data.subarray(2));
    } catch {
      return null;
    }
  }
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  for (let i = start; i < data.length; i++) {
    const byte = data[i]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) return null;
  }
  return new TextDecoder("utf-8").decode(data.subarray(start));
}

/** Finds the certificates in a dropped or chosen file: text files as pasted text, binary ones (DER, .p7b) as they are. */
export function extractFromFile(name: string, data: Uint8Array): ExtractResult {
  if (data.length > MAX_PASTE_CHARS) return tooLarge(data.length);
  if (data.length === 0) return { ok: false, message: `“${visible(name)}” is empty.` };
  const text = decodeText(data);
  if (text !== null) return extractFromText(text, name);
  return {
    ok: true,
    sources: [{ label: `“${visible(name)}”`, kind: "file", input: data, firstLine: 0 }],
    notes: [],
  };
}
