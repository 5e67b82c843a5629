// Bounds on what an import reads: a real export is small (a 40-server Topology Builder file is a few hundred kB,
// a Pexip worker_vm list of 100 nodes about 150 kB), so anything far larger is refused before any parsing.
import { findControlChar } from "../domain/control-chars";

/** Pasted text or a dropped file larger than this is refused before it is read (UTF-16 code units ≈ characters). */
export const MAX_IMPORT_CHARS = 3 * 1024 * 1024;
/** XML elements / JSON values visited at most: bounded work however the file is shaped. */
export const MAX_NODES = 200_000;
/** Nesting depth at most: a topology is about 12 levels deep, an API answer about 5. */
export const MAX_DEPTH = 64;
/** A value read into the plan is at most this long (an FQDN is at most 253 characters). */
export const MAX_VALUE_CHARS = 1024;

export class ImportError extends Error {}

export function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} kB`;
}

/** Refuse text that is too large to be an export, before anything else looks at it. */
export function checkSize(text: string, what: string): void {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(
      `${what} is ${formatSize(text.length)}; an export of a deployment is at most ${formatSize(MAX_IMPORT_CHARS)} (a large topology file is a few hundred kB). Is it the right file? Nothing was imported and your plan is unchanged.`,
    );
  }
}

/** A value read from a file, trimmed; refused (null with the reason) when it holds a control character. */
export function cleanValue(raw: string): { value: string } | { refused: string } {
  const t = raw.trim();
  const c = findControlChar(t);
  if (c) return { refused: `contains ${c.name} (${c.code}); it was not imported` };
  if (t.length > MAX_VALUE_CHARS) return { refused: `is ${t.length} characters long; it was not imported` };
  return { value: t };
}

/** An optional value read from a file: cleaned (cleanValue), undefined when absent or empty; a refused one is
 *  noted in `refused` as "<where> <why>" and left out. */
export function takeValue(raw: string | undefined, where: string, refused: string[]): string | undefined {
  if (raw === undefined) return undefined;
  const p = cleanValue(raw);
  if ("refused" in p) {
    refused.push(`${where} ${p.refused}`);
    return undefined;
  }
  return p.value === "" ? undefined : p.value;
}
