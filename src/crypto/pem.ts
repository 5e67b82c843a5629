// Strict PEM (RFC 7468) reading and writing. Reading reports damage precisely: which block, which line.

import { type Bytes, base64Value, fromBase64, toBase64Lines } from "./bytes";

export interface PemBlock {
  /** 1-based position of the block in the text */
  index: number;
  /** the label between BEGIN and END, e.g. "CERTIFICATE" */
  label: string;
  /** RFC 1421 headers (Proc-Type, DEK-Info) of old encrypted OpenSSL keys; empty otherwise */
  headers: Record<string, string>;
  der: Bytes;
  /** 1-based line numbers of the BEGIN and END lines */
  beginLine: number;
  endLine: number;
}

export interface PemError {
  message: string;
  block: number;
  line: number;
}

export type PemResult = { ok: true; blocks: PemBlock[] } | { ok: false; error: PemError; blocks: PemBlock[] };

const BEGIN = /^-----BEGIN ([A-Z0-9][A-Z0-9 #._/-]*)-----$/;
const END = /^-----END ([A-Z0-9][A-Z0-9 #._/-]*)-----$/;

/** True when the text contains at least one PEM BEGIN line. */
export function containsPem(text: string): boolean {
  return text.includes("-----BEGIN ");
}

/**
 * Decodes every PEM block of a text. Text between blocks (openssl's "Bag Attributes", "subject=" lines,
 * a mail signature) is ignored; inside a block everything must be base64, or it is reported as damage.
 */
export function decodePem(text: string): PemResult {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: PemBlock[] = [];
  const fail = (message: string, block: number, line: number): PemResult => ({
    ok: false,
    error: { message, block, line },
    blocks,
  });
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (!line.includes("-----BEGIN")) {
      if (line.startsWith("-----END")) {
        return fail(
          `Line ${i + 1} ends a PEM block that never began (no BEGIN line before it).`,
          blocks.length + 1,
          i + 1,
        );
      }
      i++;
      continue;
    }
    const index = blocks.length + 1;
    const begin = BEGIN.exec(line);
    if (!begin) {
      return fail(`PEM block ${index} is damaged (its BEGIN line ${i + 1} is malformed).`, index, i + 1);
    }
    const label = begin[1]!;
    const beginLine = i + 1;
    const headers: Record<string, string> = {};
    let base64 = "";
    let lastDataLine = beginLine;
    const dataLines: { line: number; length: number }[] = [];
    let sawPadding = false;
    let inHeaders = true;
    let endLine = 0;
    i++;
    for (; i < lines.length; i++) {
      const current = lines[i]!.trim();
      if (current.startsWith("-----END")) {
        const end = END.exec(current);
        if (!end)
          return fail(`PEM block ${index} is damaged (its END line ${i + 1} is malformed).`, index, i + 1);
        if (end[1] !== label) {
          return fail(
            `PEM block ${index} is damaged: it begins as "${label}" (line ${beginLine}) but ends as "${end[1]}" (line ${i + 1}).`,
            index,
            i + 1,
          );
        }
        endLine = i + 1;
        break;
      }
      if (current.includes("-----BEGIN")) {
        return fail(
          `PEM block ${index} (${label}, line ${beginLine}) has no END line before the next block at line ${i + 1}: part of it is missing.`,
          index,
          i + 1,
        );
      }
      if (current === "") {
        inHeaders = false;
        continue;
      }
      if (inHeaders && base64 === "" && /^[A-Za-z][A-Za-z0-9-]*:/.test(current)) {
        const colon = current.indexOf(":");
        headers[current.slice(0, colon)] = current.slice(colon + 1).trim();
        continue;
      }
      inHeaders = false;
      for (let c = 0; c < current.length; c++) {
        const code = current.charCodeAt(c);
        if (code === 0x3d) {
          sawPadding = true;
          continue;
        }
        if (sawPadding || base64Value(code) < 0) {
          return fail(`PEM block ${index} is damaged (base64 at line ${i + 1}).`, index, i + 1);
        }
      }
      base64 += current;
      lastDataLine = i + 1;
      dataLines.push({ line: i + 1, length: current.length });
    }
    if (endLine === 0) {
      return fail(
        `PEM block ${index} (${label}, line ${beginLine}) has no END line: the text is cut off.`,
        index,
        lines.length,
      );
    }
    if (base64 === "") return fail(`PEM block ${index} (${label}) is empty.`, index, beginLine);
    const der = fromBase64(base64);
    if (!der) {
      // Wrong length or padding. Encoders write lines of equal length but the last: a line (not the last)
      // that is shorter or longer than most is where characters were lost or added.
      const full = dataLines.slice(0, -1);
      const counts = new Map<number, number>();
      for (const entry of full) counts.set(entry.length, (counts.get(entry.length) ?? 0) + 1);
      const width = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const odd = full.length >= 2 ? full.find((entry) => entry.length !== width) : undefined;
      const line = odd?.line ?? lastDataLine;
      return fail(`PEM block ${index} is damaged (base64 at line ${line}).`, index, line);
    }
    blocks.push({ index, label, headers, der, beginLine, endLine });
    i++;
  }
  return { ok: true, blocks };
}

/** PEM with 64-character lines, LF line ends and a final newline. */
export function encodePem(label: string, der: Uint8Array): string {
  return `-----BEGIN ${label}-----\n${toBase64Lines(der)}-----END ${label}-----\n`;
}
