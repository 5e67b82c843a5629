// The plan's record of where imported names came from: parsed and checked like the rest of the plan.
import { describe, expect, it } from "vitest";
import { parsePlan, serializePlan } from "../domain/plan-file";
import { emptyPlan } from "../domain/presets";

describe("plan origins", () => {
  const plan = {
    ...emptyPlan(),
    sipDomains: ["contoso.com"],
    origins: {
      "SIP.Contoso.com.":
        "the topology file “t.tbxml”: Access Edge external FQDN of Edge pool edge.contoso.com",
    },
  };
  it("normalises the names and round-trips through the plan file", () => {
    const r = parsePlan(JSON.parse(JSON.stringify(plan)));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(Object.keys(r.plan.origins ?? {})).toEqual(["sip.contoso.com"]);
    const again = parsePlan(JSON.parse(serializePlan(r.plan)));
    expect(again.ok && again.plan.origins).toEqual(r.plan.origins);
  });
  it("refuses a control character and a name that is not one", () => {
    const r = parsePlan(
      JSON.parse(JSON.stringify({ ...plan, origins: { "a.contoso.com": "x\ny", "co.uk": "z" } })),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['origins["a.contoso.com"]', 'origins["co.uk"]']);
  });
});
