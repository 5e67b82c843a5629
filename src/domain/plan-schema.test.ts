// The plan file's JSON Schema (docs/plan.schema.json) and its documentation (docs/plan-format.md) against the
// code that reads plan files (plan-file.ts): the schema must accept every plan the app writes and every test
// plan, refuse what parsePlan refuses wherever a schema can say it, and name exactly the fields and values the
// code knows. Validated with Ajv (JSON Schema draft 2020-12) and ajv-formats, strict mode.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { mixedPlan, webServersPlan } from "../../scripts/bench/big-plan";
import { plan as artifactPlan, cucmComponent, expresswayEComponent } from "../artifacts/test-certificates";
import { corpusPlans } from "./message-corpus";
import { planCertificates } from "./plan";
import { parsePlan, serializePlan } from "./plan-file";
import { componentTemplate, emptyPlan, PRESETS } from "./presets";
import { makePlan as genericPlan } from "./rules/generic/test-helpers";
import { CONTOSO_SFB, contosoEdge, contosoPool, makePlan as lyncPlan } from "./rules/lync/test-helpers";
import { basePlan as vendorPlan } from "./rules/pexip/testing";
import { COMPONENT_TYPES, PLAN_FORMAT, PLAN_VERSION, type Plan } from "./types";

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const SCHEMA = JSON.parse(readFileSync(root("docs/plan.schema.json"), "utf8"));
const DOC = readFileSync(root("docs/plan-format.md"), "utf8");
const EXAMPLE_FILE = "docs/plan-example.json";
const EXAMPLE = JSON.parse(readFileSync(root(EXAMPLE_FILE), "utf8")) as Record<string, unknown>;

/** Component types the schema and the doc describe ahead of the code: the SBC of issue 14, whose contract is in
 *  the shared PLAN-FORMAT.md. While COMPONENT_TYPES lacks one, parsePlan refuses it and these tests leave it to
 *  the schema alone; once the code has it, it is checked like every other type (nothing here needs editing). */
const PENDING_TYPES = ["sbc"].filter((t) => !(COMPONENT_TYPES as readonly string[]).includes(t));

const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats(ajv);
const validate: ValidateFunction = ajv.compile(SCHEMA);
const validateComponent = ajv.getSchema(`${SCHEMA.$id}#/$defs/component`) as ValidateFunction;

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A plan as the app writes it to a file (serializePlan), read back as JSON. */
const asFile = (plan: Plan): Json => JSON.parse(serializePlan(plan));

/** The plan without components of a pending type (parsePlan cannot judge them yet). */
function withoutPending(plan: Obj): Obj {
  const out = clone(plan);
  if (Array.isArray(out.components))
    out.components = out.components.filter((c) => !(isObj(c) && PENDING_TYPES.includes(c.type as string)));
  return out;
}

function schemaErrors(v: Json): ErrorObject[] {
  return validate(v) ? [] : [...(validate.errors ?? [])];
}

function verdicts(v: Json): { schema: boolean; code: boolean; detail: string } {
  const errors = schemaErrors(v);
  const parsed = parsePlan(v);
  return {
    schema: errors.length === 0,
    code: parsed.ok,
    detail: `schema: ${errors.map((e) => `${e.instancePath} ${e.message}`).join("; ") || "valid"} | parsePlan: ${
      parsed.ok ? "valid" : parsed.errors.map((e) => `${e.path}: ${e.message}`).join("; ")
    }`,
  };
}

// ---------------------------------------------------------------- the schema's own structure, resolved per value

type Schema = Obj;
function deref(s: Schema): Schema {
  let node = s;
  for (let i = 0; typeof node.$ref === "string" && i < 20; i++) {
    const path = (node.$ref as string).replace(/^#\//, "").split("/");
    let target: Json = SCHEMA;
    for (const p of path) target = (target as Obj)[p];
    node = { ...(target as Obj), ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$ref")) };
  }
  return node;
}
const subValidators = new Map<Schema, ValidateFunction>();
function matches(s: Schema, v: Json): boolean {
  let f = subValidators.get(s);
  if (!f) {
    // resolve local references against the whole schema
    f = ajv.compile({ $defs: SCHEMA.$defs, ...s });
    subValidators.set(s, f);
  }
  return f(v) === true;
}

interface Resolved {
  props: Map<string, Schema>;
  additional?: Schema;
  items?: Schema;
}
/** The property, map-value and item schemas that apply to `v` at schema node `s` (through $ref, allOf, the
 *  if/then branches whose condition `v` meets, and the oneOf/anyOf branches it matches). */
function resolve(s: Schema, v: Json, out: Resolved = { props: new Map() }): Resolved {
  const n = deref(s);
  if (isObj(n.properties)) for (const [k, p] of Object.entries(n.properties)) out.props.set(k, p as Schema);
  if (isObj(n.additionalProperties)) out.additional = n.additionalProperties;
  if (isObj(n.items)) out.items = n.items;
  for (const sub of (n.allOf as Schema[] | undefined) ?? []) resolve(sub, v, out);
  if (isObj(n.if) && isObj(n.then) && matches(n.if, v)) resolve(n.then, v, out);
  for (const sub of [...((n.oneOf as Schema[]) ?? []), ...((n.anyOf as Schema[]) ?? [])])
    if (matches(sub, v)) resolve(sub, v, out);
  return out;
}

interface Site {
  /** parsePlan's path, e.g. components[2].nodes[0] */
  path: string;
  /** the JSON Pointer Ajv reports */
  pointer: string;
  keys: (string | number)[];
  value: Json;
  schema: Schema;
}
/** Every value of `plan` with the schema node that describes it. */
function sites(plan: Json): Site[] {
  const out: Site[] = [];
  const walk = (value: Json, schema: Schema, keys: (string | number)[]) => {
    const pointer = keys.map((k) => `/${String(k).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
    out.push({ path: codePath(keys), pointer, keys, value, schema });
    const r = resolve(schema, value);
    if (Array.isArray(value) && r.items) {
      for (let i = 0; i < value.length; i++) walk(value[i], r.items, [...keys, i]);
    } else if (isObj(value))
      for (const [k, x] of Object.entries(value)) {
        const child = r.props.get(k) ?? r.additional;
        if (child) walk(x, child, [...keys, k]);
      }
  };
  walk(plan, SCHEMA, []);
  return out;
}
function codePath(keys: (string | number)[]): string {
  let p = "";
  for (const k of keys)
    p =
      typeof k === "number"
        ? `${p}[${k}]`
        : /^[A-Za-z_$][\w$]*$/.test(k)
          ? p
            ? `${p}.${k}`
            : k
          : `${p}[${JSON.stringify(k)}]`;
  return p;
}
function setAt(plan: Json, keys: (string | number)[], value: Json | undefined): Json {
  if (keys.length === 0) return value;
  const copy = clone(plan);
  let node = copy as Obj;
  for (const k of keys.slice(0, -1)) node = node[k as string] as Obj;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}
/** A map (hosts, certificateOptions): any key, one schema for every value. */
const isMap = (s: Schema, v: Json) => resolve(s, v).additional !== undefined;

const BASE = withoutPending(EXAMPLE);
const BASE_SITES = sites(BASE);

// ---------------------------------------------------------------- tests

describe("docs/plan.schema.json", () => {
  it("is a draft 2020-12 schema with an $id, compiled by Ajv in strict mode", () => {
    expect(SCHEMA.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(typeof SCHEMA.$id).toBe("string");
    expect(ajv.validateSchema(SCHEMA)).toBe(true);
  });

  it("fixes the code's format name and version", () => {
    expect(SCHEMA.properties.format.const).toBe(PLAN_FORMAT);
    expect(SCHEMA.properties.version.const).toBe(PLAN_VERSION);
  });

  it("knows every component type of the code (COMPONENT_TYPES), each with its own definition", () => {
    const component = SCHEMA.$defs.component;
    const enumTypes = component.properties.type.enum as string[];
    expect([...enumTypes].sort()).toEqual([...COMPONENT_TYPES, ...PENDING_TYPES].sort());
    const branches = (component.allOf as Schema[]).map(
      (b) => (b.if as Obj & { properties: Obj }).properties.type,
    );
    for (const t of enumTypes) {
      expect(
        branches.filter((b) => (b as Obj).const === t),
        t,
      ).toHaveLength(1);
    }
    // the complete example holds a component of every type, so that the tests below reach every field
    const inExample = new Set((EXAMPLE.components as Obj[]).map((c) => c.type));
    for (const t of enumTypes) expect(inExample.has(t), `${EXAMPLE_FILE} has no "${t}" component`).toBe(true);
  });

  it("describes each object with exactly the fields parsePlan allows there (the complete example, every object)", () => {
    const probed: string[] = [];
    for (const site of BASE_SITES) {
      if (!isObj(site.value) || isMap(site.schema, site.value)) continue;
      const r = parsePlan(setAt(BASE, [...site.keys, "zzUnknownField"], true));
      const unknown = r.ok
        ? undefined
        : r.errors.find((e) => /unknown field "zzUnknownField"/.test(e.message));
      expect(unknown, `parsePlan takes an unknown field at ${site.path || "(top)"}`).toBeDefined();
      const allowed = (/allowed here: (.*)$/.exec(unknown?.message ?? "")?.[1] ?? "").split(", ").sort();
      const declared = [...resolve(site.schema, site.value).props.keys()].sort();
      expect(declared, `fields at ${site.path || "(top)"}`).toEqual(allowed);
      probed.push(site.path);
    }
    // the top level, every component, key, SRV record, existing certificate... were compared
    expect(probed.length).toBeGreaterThan(25);
  });

  it("uses the code's values wherever parsePlan takes one of a list (enums)", () => {
    let compared = 0;
    for (const site of BASE_SITES) {
      if (typeof site.value !== "string") continue;
      const mutated = setAt(BASE, site.keys, "zz-not-a-value");
      const r = parsePlan(mutated);
      const msg = r.ok ? undefined : r.errors.find((e) => e.path === site.path)?.message;
      const code = /^must be one of (.*), not /.exec(msg ?? "")?.[1];
      const schemaEnum = schemaErrors(mutated).find(
        (e) => e.instancePath === site.pointer && e.keyword === "enum",
      )?.params.allowedValues as string[] | undefined;
      if (code === undefined) {
        expect(
          schemaEnum,
          `the schema has a list of values at ${site.path}, the code does not`,
        ).toBeUndefined();
        continue;
      }
      const codeValues = JSON.parse(`[${code}]`) as string[];
      expect(schemaEnum, `no list of values in the schema at ${site.path}`).toBeDefined();
      const extra = (schemaEnum ?? []).filter((x) => !codeValues.includes(x));
      expect(
        codeValues.filter((x) => !(schemaEnum ?? []).includes(x)),
        site.path,
      ).toEqual([]);
      expect(
        extra.filter((x) => !PENDING_TYPES.includes(x)),
        site.path,
      ).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("refuses what parsePlan refuses, and accepts what it accepts, for every change of the complete example", () => {
    const STRINGS = ["", "zz-not-a-value", ...[9, 65, 129, 201, 254, 1025, 2001].map((n) => "x".repeat(n))];
    const NUMBERS = [
      -1, 0, 1, 1.5, 8, 511, 512, 1000, 1001, 3650, 3651, 16384, 16385, 36500, 36501, 65535, 65536,
    ];
    const OTHER_TYPES: Json[] = [null, true, 7, "zz", [], {}];
    const typeOf = (v: Json) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
    const disagreements: string[] = [];
    let n = 0;
    const check = (what: string, plan: Json) => {
      n++;
      const v = verdicts(plan);
      if (v.schema !== v.code) disagreements.push(`${what}: ${v.detail}`);
    };
    for (const site of BASE_SITES) {
      const at = site.path || "(top)";
      if (site.keys.length > 0) check(`remove ${at}`, setAt(BASE, site.keys, undefined));
      for (const other of OTHER_TYPES)
        if (typeOf(other) !== typeOf(site.value))
          check(`${at} = ${JSON.stringify(other)}`, setAt(BASE, site.keys, other));
      if (isObj(site.value))
        check(`unknown field in ${at}`, setAt(BASE, [...site.keys, "zzUnknownField"], true));
      if (typeof site.value === "string")
        for (const s of STRINGS)
          check(`${at} = "${s.slice(0, 16)}" (${s.length})`, setAt(BASE, site.keys, s));
      if (typeof site.value === "number")
        for (const x of NUMBERS) check(`${at} = ${x}`, setAt(BASE, site.keys, x));
      if (Array.isArray(site.value)) {
        check(`${at} = []`, setAt(BASE, site.keys, []));
        if (site.value.length > 0)
          check(`${at} twice its first entry`, setAt(BASE, site.keys, [site.value[0], ...site.value]));
      }
    }
    expect(disagreements).toEqual([]);
    expect(n).toBeGreaterThan(1000);
    // about 3,000 changed plans, each read by Ajv and by parsePlan: 5–16 s measured here; room for a loaded machine
  }, 240_000);

  it("refuses a wrong type, an unknown component type and a value outside a list, as parsePlan does", () => {
    const plan = BASE as Obj;
    const samples: [string, Json][] = [
      ["version as text", { ...plan, version: "1" }],
      ["a newer version", { ...plan, version: PLAN_VERSION + 1 }],
      ["another format", { ...plan, format: "something/else" }],
      ["sipDomains as text", { ...plan, sipDomains: "contoso.com" }],
      ["an unknown component type", { ...plan, components: [{ type: "teams", id: "t" }] }],
      ["a bad enum", { ...plan, defaults: { caType: "private" } }],
      ["a typo'd field", { ...plan, sipdomains: ["contoso.com"] }],
      ["a DSA key", { ...plan, defaults: { key: { algorithm: "DSA", size: 1024 } } }],
      [
        "an on-prem Pexip without its pool",
        {
          ...plan,
          components: [{ type: "pexip", id: "p", deployment: "on-prem", nodes: [{ fqdn: "a.contoso.com" }] }],
        },
      ],
      ["a line break in a name", { ...plan, name: "Plan\nCertificateTemplate = SubCA" }],
      ["a text-direction override", { ...plan, subject: { O: "Contoso\u202eLtd" } }],
      [
        "an IP address as a server name",
        { ...plan, components: [{ type: "sfb-sba", id: "s", fqdn: "10.0.0.1" }] },
      ],
      [
        "a wildcard as a server name",
        { ...plan, components: [{ type: "sfb-sba", id: "s", fqdn: "*.contoso.com" }] },
      ],
      ["a single-label SIP domain", { ...plan, sipDomains: ["contoso"] }],
      ["a bad date", { ...plan, issueDate: "2026-02-30" }],
      [
        "__proto__ as a certificate id",
        JSON.parse('{"certificateOptions":{"__proto__":{"keyLocation":"certreq"}}}'),
      ],
    ];
    for (const [what, p] of samples) {
      const v = verdicts(isObj(p) && p.format === undefined ? { ...plan, ...p } : p);
      expect({ what, schema: v.schema, code: v.code }).toEqual({ what, schema: false, code: false });
    }
  });
});

describe("every plan the app writes and every test plan", () => {
  const presets = PRESETS.map((p) => ({ label: `preset ${p.id}`, plan: asFile(p.plan()) }));
  // a new component of every type, as the Components step adds it
  const templates = COMPONENT_TYPES.map((t) => {
    const plan = emptyPlan();
    plan.name = `template ${t}`;
    plan.sipDomains = ["contoso.com"];
    plan.components = [componentTemplate(t, plan)];
    return { label: `component template ${t}`, plan: asFile(plan) };
  });
  const testPlans: { label: string; plan: Json }[] = [
    { label: "bench mixedPlan (1,016 nodes)", plan: mixedPlan() },
    { label: "bench webServersPlan", plan: webServersPlan(200) },
    { label: "artifact tests' plan", plan: artifactPlan([cucmComponent, expresswayEComponent]) },
    {
      label: "Lync rule tests' Contoso plan",
      plan: lyncPlan({ components: [contosoEdge(), contosoPool()], sfb: CONTOSO_SFB }),
    },
    { label: "vendor rule tests' plan", plan: vendorPlan({ components: [cucmComponent] }) },
    { label: "generic rule tests' plan", plan: genericPlan() },
    ...corpusPlans().map((c) => ({ label: `message corpus: ${c.label}`, plan: c.plan as Json })),
  ];

  it("validates every preset, as saved to a file", () => {
    expect(presets.length).toBe(PRESETS.length);
    for (const p of presets) expect(verdicts(p.plan), p.label).toMatchObject({ schema: true, code: true });
  });

  it("validates a new component of every type", () => {
    for (const p of templates) expect(verdicts(p.plan), p.label).toMatchObject({ schema: true, code: true });
  });

  it("validates the test plans (bench, artifact and rule test helpers, the message corpus)", () => {
    for (const p of testPlans) {
      const v = verdicts(clone(p.plan));
      // the corpus's "faults" variants are made to fire rules, not to be opened: the Expressway one has a wildcard
      // alias, which parsePlan refuses; the schema must refuse it too
      const valid = !/^message corpus: Expressway pair, faults/.test(p.label);
      expect({ label: p.label, schema: v.schema, code: v.code }, v.detail).toEqual({
        label: p.label,
        schema: valid,
        code: valid,
      });
    }
  });

  it("validates docs/plan-example.json, which uses every field of the schema", () => {
    expect(schemaErrors(EXAMPLE)).toEqual([]);
    expect(verdicts(BASE)).toMatchObject({ schema: true, code: true });
    // every property the schema declares appears in the example (so the change test above reaches it)
    const seen = new Set<string>();
    const collect = (v: Json) => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (isObj(v))
        for (const [k, x] of Object.entries(v)) {
          seen.add(k);
          collect(x);
        }
    };
    collect(EXAMPLE);
    const missing = schemaPropertyNames().filter((k) => !seen.has(k));
    expect(missing, `fields of the schema not used in ${EXAMPLE_FILE}`).toEqual([]);
  });
});

function schemaPropertyNames(): string[] {
  const names = new Set<string>();
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) {
      if (isObj(v.properties)) for (const k of Object.keys(v.properties)) names.add(k);
      for (const x of Object.values(v)) walk(x);
    }
  };
  walk(SCHEMA);
  return [...names];
}

describe("docs/plan-format.md", () => {
  const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as Obj);

  it("holds only examples the schema and parsePlan accept", () => {
    expect(blocks.length).toBeGreaterThan(3);
    for (const b of blocks) {
      if (b.format !== undefined) {
        expect(verdicts(withoutPending(b)).detail).toBe("schema: valid | parsePlan: valid");
        expect(schemaErrors(b)).toEqual([]);
      } else {
        // a single component
        expect(validateComponent(b), JSON.stringify(validateComponent.errors)).toBe(true);
        if (!PENDING_TYPES.includes(b.type as string)) {
          const plan = {
            format: PLAN_FORMAT,
            version: PLAN_VERSION,
            name: "",
            sipDomains: ["contoso.com"],
            components: [b],
          };
          expect(verdicts(plan).detail).toBe("schema: valid | parsePlan: valid");
        }
      }
    }
  });

  it("names every field of the schema and every component type", () => {
    const missing = schemaPropertyNames().filter((k) => !DOC.includes(`\`${k}\``));
    expect(missing).toEqual([]);
    for (const t of [...COMPONENT_TYPES, ...PENDING_TYPES]) expect(DOC).toContain(`| \`${t}\` |`);
    expect(DOC).toContain(EXAMPLE_FILE.replace(/^docs\//, ""));
  });

  it("gives the certificate ids the planner really makes, for every component of the complete example", () => {
    // the table rows: | `type` | ... | `<id>/external`, `<id>/internal` |
    const idPatterns = new Map<string, RegExp[]>();
    for (const m of DOC.matchAll(/^\| `([a-z-]+)` \|.*\| ids: (.*) \|$/gm)) {
      const patterns = [...(m[2] as string).matchAll(/`([^`]+)`/g)].map((x) => x[1] as string);
      idPatterns.set(
        m[1] as string,
        patterns.map(
          (p) =>
            new RegExp(
              `^${p
                .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
                .replace(/<([a-z ]+)>/g, (_, name) => (name === "id" ? "(?<id>[A-Za-z0-9-]+)" : "[^/]+"))}$`,
            ),
        ),
      );
    }
    expect([...idPatterns.keys()].sort()).toEqual([...COMPONENT_TYPES, ...PENDING_TYPES].sort());
    const parsed = parsePlan(BASE);
    if (!parsed.ok) throw new Error("the example must parse");
    const certificates = planCertificates(parsed.plan).certificates;
    const used = new Set<RegExp>();
    for (const c of certificates) {
      const patterns = idPatterns.get(c.componentType) ?? [];
      const hit = patterns.find((re) => re.exec(c.id)?.groups?.id === c.componentId);
      expect(hit, `${c.id} (${c.componentType}) matches no id given in the doc`).toBeDefined();
      if (hit) used.add(hit);
    }
    // every documented id form occurs (the example has a single- and a multi-server Cisco component)
    for (const [type, patterns] of idPatterns)
      if (!PENDING_TYPES.includes(type))
        for (const re of patterns) expect(used.has(re), `${type}: ${re} is never made`).toBe(true);
  });
});
