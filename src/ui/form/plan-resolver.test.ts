import { describe, expect, it } from "vitest";
import { presetPlan } from "../../domain/presets";
import type { Component } from "../../domain/types";
import { componentErrorField, componentFromValues, componentValues } from "./component-fields";
import {
  lineMessage,
  pathTokens,
  planResolver,
  type SliceSpec,
  splitLines,
  splitList,
  toFieldErrors,
  validateSlice,
} from "./plan-resolver";

describe("pathTokens", () => {
  it("reads parsePlan's JSON paths", () => {
    expect(pathTokens("components[2].nodes[0].fqdn")).toEqual(["components", 2, "nodes", 0, "fqdn"]);
    expect(pathTokens('hosts["px.vc.example.com"][1]')).toEqual(["hosts", "px.vc.example.com", 1]);
    expect(pathTokens("subject.C")).toEqual(["subject", "C"]);
    expect(pathTokens("(file)")).toEqual(["file"]);
  });
});

describe("list text boxes", () => {
  it("splits on lines, commas and semicolons (never on a space), remembering each item's line", () => {
    expect(splitList("a.example.com\n\n b.example.com, c.example.com;d.example.com\n")).toEqual({
      items: ["a.example.com", "b.example.com", "c.example.com", "d.example.com"],
      lines: [1, 3, 3, 3],
    });
    expect(splitLines("px01 px01\n\npx02")).toEqual({ items: ["px01 px01", "px02"], lines: [1, 3] });
    expect(lineMessage(splitList("a\n\nb"), 1, "is bad")).toBe("Line 3: is bad");
    // a space inside a name keeps it one (mistyped) name, which parsePlan reports with where the space is
    expect(splitList("contoso.com\r\nfabrikam. com ;  northwind.com,")).toEqual({
      items: ["contoso.com", "fabrikam. com", "northwind.com"],
      lines: [1, 2, 2],
    });
  });
});

describe("the parsePlan resolver", () => {
  const plan = presetPlan("pexip-dmz");
  const pexip = plan.components[0] as Component;
  const spec: SliceSpec<Record<string, string | boolean>> = {
    toPlan: (v, p) => ({ ...p, components: [componentFromValues("pexip", v, pexip)] }),
    fieldOf: (t, e, v) =>
      t[0] === "components" && t[1] === 0 ? componentErrorField("pexip", t.slice(2), e, v) : null,
  };

  it("round-trips a component through its form values", () => {
    const r = validateSlice(spec, componentValues(pexip), plan);
    expect(r.messages).toEqual([]);
    expect(r.plan?.components[0]).toEqual(pexip);
  });

  it("maps an error on a node to the nodes text box, with the line it is on", () => {
    const v = { ...componentValues(pexip), nodes: "px01.vc.example.com\n\npx_02.vc.example.com" };
    const r = validateSlice(spec, v, plan);
    expect(r.plan).toBeUndefined();
    expect(r.messages).toEqual([
      {
        field: "nodes",
        message: expect.stringMatching(/^Line 3: "px_02\.vc\.example\.com" has an underscore/),
      },
    ]);
  });

  it("gives react-hook-form nested errors, one message per line", async () => {
    const resolver = planResolver(spec, () => plan);
    const v = { ...componentValues(pexip), id: "bad id", poolFqdn: "x..example.com" };
    const out = await resolver(v, undefined, { fields: {}, shouldUseNativeValidation: false });
    expect(Object.keys(out.errors).sort()).toEqual(["id", "poolFqdn"]);
    expect(out.values).toEqual({});
    const ok = await resolver(componentValues(pexip), undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(ok.errors).toEqual({});
  });

  it("joins many messages of one field and says how many more there are", () => {
    const errors = toFieldErrors(
      Array.from({ length: 9 }, (_, i) => ({ field: "servers", message: `m${i}` })),
    );
    expect((errors.servers as { message: string }).message.split("\n")).toEqual([
      "m0",
      "m1",
      "m2",
      "m3",
      "m4",
      "m5",
      "… and 3 more",
    ]);
  });

  it("says which control character a field holds and where, on that field only (as the admin types)", () => {
    const v = {
      ...componentValues(pexip),
      name: "Pexip\u202enodes",
      nodes: "px01.vc.example.com\npx02.vc.example.com\u0085",
    };
    const r = validateSlice(spec, v, plan);
    expect(r.plan).toBeUndefined();
    expect(r.outside).toEqual([]);
    expect(r.messages).toEqual([
      {
        field: "name",
        message: expect.stringMatching(/^contains a text-direction override \(U\+202E, character 6\)/),
      },
      {
        field: "nodes",
        message: expect.stringMatching(/^Line 2: contains a line break \(U\+0085, character 20\)/),
      },
    ]);
  });
});
