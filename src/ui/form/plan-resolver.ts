// The wizard's react-hook-form resolver, built on parsePlan: one source of validation truth for the wizard and
// for plan-file import. A form edits one slice of the plan; the resolver puts the form's values into the current
// plan (toPlan), runs parsePlan on the candidate, and maps every error whose JSON path falls in the slice
// (e.g. `components[2].nodes[0].fqdn`) to the form field that holds it (e.g. the "nodes" text box, line 1).
import { type FieldErrors, type FieldValues, type Resolver, set } from "react-hook-form";
import { type PlanError, parsePlan } from "../../domain/plan-file";
import { describePath } from "../../domain/plan-paths";
import type { Plan } from "../../domain/types";

export type PathToken = string | number;

/** `components[2].nodes[0].fqdn` → ["components", 2, "nodes", 0, "fqdn"]; `hosts["a.b"][0]` → ["hosts", "a.b", 0]. */
export function pathTokens(path: string): PathToken[] {
  const out: PathToken[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m !== null; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return out;
}

export interface FieldMessage {
  /** the RHF field name, or "" for a message about the form as a whole */
  field: string;
  message: string;
}

export interface SliceSpec<V> {
  /** the candidate plan: the current plan with this form's slice replaced by the values */
  toPlan(values: V, plan: Plan): unknown;
  /** where a parsePlan error belongs in this form, or null when its path is outside the slice */
  fieldOf(tokens: PathToken[], error: PlanError, values: V): FieldMessage | null;
}

export interface SliceResult {
  /** the parsed, normalised plan when the whole candidate is valid */
  plan?: Plan;
  messages: FieldMessage[];
  /** errors elsewhere in the plan (not this form's): the candidate cannot be committed until they are fixed */
  outside: PlanError[];
}

const cache = new WeakMap<object, { key: string; plan: Plan; result: SliceResult }>();

function cached(spec: object, key: string, plan: Plan): SliceResult | undefined {
  const hit = cache.get(spec);
  if (!hit || hit.key !== key) return undefined;
  // after a commit the store holds result.plan: the same values over it give the same result
  return hit.plan === plan || hit.result.plan === plan ? hit.result : undefined;
}

/** Validate a form's values against the plan. Memoised on (spec, values, plan): RHF's resolver and the commit
 *  subscription share one parsePlan run per change. */
export function validateSlice<V>(spec: SliceSpec<V>, values: V, plan: Plan): SliceResult {
  const key = JSON.stringify(values);
  const hit = cached(spec as object, key, plan);
  if (hit) return hit;
  const r = parsePlan(spec.toPlan(values, plan));
  let result: SliceResult;
  if (r.ok) result = { plan: r.plan, messages: [], outside: [] };
  else {
    const messages: FieldMessage[] = [];
    const outside: PlanError[] = [];
    for (const e of r.errors) {
      const m = spec.fieldOf(pathTokens(e.path), e, values);
      if (m) messages.push(m);
      else outside.push(e);
    }
    result = { messages, outside };
  }
  cache.set(spec as object, { key, plan, result });
  return result;
}

/** Messages grouped by field, joined one per line (a text box of 1,000 names can have many). */
export function toFieldErrors<V extends FieldValues>(messages: FieldMessage[]): FieldErrors<V> {
  const byField = new Map<string, string[]>();
  for (const m of messages) {
    const list = byField.get(m.field) ?? [];
    list.push(m.message);
    byField.set(m.field, list);
  }
  const errors = {};
  for (const [field, list] of byField) {
    const shown = list.length > 6 ? [...list.slice(0, 6), `… and ${list.length - 6} more`] : list;
    set(errors, field === "" ? "root.plan" : field, { type: "plan", message: shown.join("\n") });
  }
  return errors as FieldErrors<V>;
}

export function planResolver<V extends FieldValues>(spec: SliceSpec<V>, getPlan: () => Plan): Resolver<V> {
  return (values) => {
    const r = validateSlice(spec, values, getPlan());
    const all =
      r.outside.length > 0 && r.messages.length === 0
        ? [
            {
              field: "",
              message: `Another part of the plan has errors: ${r.outside.map((o) => `${describePath(o.path)}: ${o.message}`).join("; ")}`,
            },
          ]
        : r.messages;
    if (all.length === 0) return { values, errors: {} };
    return { values: {}, errors: toFieldErrors<V>(all) };
  };
}

// ---------------------------------------------------------------- list fields (one name per line)

export interface ListItems {
  items: string[];
  /** the 1-based line of each item in the text box */
  lines: number[];
}

/** A text box of names: one per line; commas and semicolons also separate, spaces never do ("fabrikam. com" is
 *  one mistyped name, which parsePlan reports with where the space is, not the two names "fabrikam" and "com").
 *  Blank lines and blanks around a name are ignored. */
export function splitList(text: string): ListItems {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const part of line.split(/[,;]/)) {
      const name = part.trim();
      if (name !== "") {
        items.push(name);
        lines.push(i + 1);
      }
    }
  });
  return { items, lines };
}

/** One entry per line, kept whole (lines with several words, e.g. "node  sip-tls-fqdn"). */
export function splitLines(text: string): ListItems {
  const items: string[] = [];
  const lines: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t !== "") {
      items.push(t);
      lines.push(i + 1);
    }
  });
  return { items, lines };
}

export const joinList = (items: readonly string[] | undefined): string => (items ?? []).join("\n");

/** "line 3: …" for an error on item k of a list field. */
export function lineMessage(list: ListItems, index: number, message: string): string {
  const line = list.lines[index];
  return line === undefined ? message : `Line ${line}: ${message}`;
}

/** A number field's text as the plan wants it: a number when it is one, else the text (so parsePlan says why). */
export function numberOrText(v: string): number | string {
  const t = v.trim();
  return /^-?\d+$/.test(t) ? Number(t) : t;
}
