// JSON read with bounds: size first, then JSON.parse (a nesting too deep for the engine is caught), then an
// iterative walk that refuses nesting or value counts no API answer has.
import { checkSize, ImportError, MAX_DEPTH, MAX_NODES } from "./limits";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function parseJsonText(textIn: string, what: string): Json {
  checkSize(textIn, what);
  const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (err) {
    const reason =
      err instanceof RangeError
        ? "it is nested too deeply"
        : err instanceof Error
          ? err.message
          : String(err);
    throw new ImportError(
      `${what} is not valid JSON (${reason}). Nothing was imported and your plan is unchanged.`,
    );
  }
  const stack: [Json, number][] = [[value, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [Json, number];
    if (++count > MAX_NODES)
      throw new ImportError(
        `${what} holds more than ${MAX_NODES.toLocaleString("en")} values; an export of a deployment has far fewer. Nothing was imported and your plan is unchanged.`,
      );
    if (depth > MAX_DEPTH)
      throw new ImportError(
        `${what} is nested more than ${MAX_DEPTH} levels deep; an API answer is a few levels deep. Nothing was imported and your plan is unchanged.`,
      );
    if (Array.isArray(v)) for (const x of v) stack.push([x, depth + 1]);
    else if (v !== null && typeof v === "object")
      for (const k of Object.keys(v)) stack.push([v[k] as Json, depth + 1]);
  }
  return value;
}

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A list answer: a bare array, PowerShell's single object, or an API page `{ "objects": [...] }`. */
export function listOf(v: Json): JsonObject[] | null {
  if (Array.isArray(v)) return v.every(isObject) ? (v as JsonObject[]) : null;
  if (isObject(v)) {
    const objects = v.objects;
    if (Array.isArray(objects)) return objects.every(isObject) ? (objects as JsonObject[]) : null;
    return [v];
  }
  return null;
}

/** A field by name, case-insensitively (PowerShell and REST answers differ in case between versions). */
export function field(o: JsonObject, ...names: string[]): Json | undefined {
  for (const n of names) if (Object.hasOwn(o, n)) return o[n];
  const lower = new Map(Object.keys(o).map((k) => [k.toLowerCase(), k]));
  for (const n of names) {
    const k = lower.get(n.toLowerCase());
    if (k !== undefined) return o[k];
  }
  return undefined;
}

export function text(v: Json | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}
