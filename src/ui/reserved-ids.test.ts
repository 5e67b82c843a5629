// Component and certificate ids, and host names, that are also Object.prototype's member names ("constructor",
// "toString", "valueOf"…) are ids like any other: no lookup keyed by them may return an inherited member.
// Before: the Keys and Worksheet steps crashed with "Cannot read properties of undefined (reading 'algorithm')".
import { describe, expect, it } from "vitest";
import { planCertificates } from "../domain";
import { own } from "../domain/own";
import { parsePlan } from "../domain/plan-file";
import { presetPlan } from "../domain/presets";
import type { Plan } from "../domain/types";
import { useKeyStore } from "../state/key-store";
import { buildWorksheet, worksheetHtml } from "./worksheet-model";

const RESERVED = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
];

function planWithIds(): Plan {
  const base = presetPlan("custom");
  const template = base.components[0] as Plan["components"][number];
  const r = parsePlan({
    ...base,
    hosts: { constructor: ["10.0.0.1"], "web.example.com": ["10.0.0.2"] },
    components: RESERVED.map((id, i) => ({ ...template, id, name: `Component ${i}` })),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

describe("ids that are Object.prototype member names", () => {
  it("own() never returns an inherited member", () => {
    expect(own({}, "constructor")).toBeUndefined();
    expect(own({ constructor: 1 }, "constructor")).toBe(1);
    expect(own(undefined, "toString")).toBeUndefined();
  });

  it("the worksheet of such a plan builds, with no key facts invented for any certificate", () => {
    const plan = planWithIds();
    const result = planCertificates(plan);
    expect(result.certificates.map((c) => c.componentId)).toEqual(RESERVED);
    const ws = buildWorksheet(plan, result, {}, () => "fp", "2026-07-01");
    expect(ws.certificates).toHaveLength(RESERVED.length);
    const html = worksheetHtml(ws);
    for (const id of RESERVED) expect(html).toContain(id);
  });

  it("the key store has no entry, passphrase, busy flag or error for them until one is made", () => {
    const s = useKeyStore.getState();
    for (const id of [...RESERVED, "__proto__"]) {
      expect(own(s.entries, id)).toBeUndefined();
      expect(own(s.passphrases, id)).toBeUndefined();
      expect(own(s.busy, id)).toBeUndefined();
      expect(own(s.errors, id)).toBeUndefined();
    }
    s.setPassphrase("constructor", "a passphrase of some length");
    expect(own(useKeyStore.getState().passphrases, "constructor")).toBe("a passphrase of some length");
    expect(own(useKeyStore.getState().passphrases, "toString")).toBeUndefined();
  });
});
