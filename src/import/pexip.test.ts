import { describe, expect, it } from "vitest";
import { readSource } from "./detect";
import { PEXIP_LOCATION_JSON, PEXIP_WORKER_VM_JSON } from "./test-fixtures";

describe("Pexip management API: worker_vm", () => {
  const s = readSource(PEXIP_WORKER_VM_JSON, "worker_vm.json");
  it("is recognised by its content and makes each node's FQDN from host name + domain", () => {
    if (s.kind !== "pexip-workers") throw new Error(`read as ${s.kind}`);
    expect(s.nodes.map((n) => n.fqdn)).toEqual(["px01.contoso.com", "px02.contoso.com", "px03.fabrikam.com"]);
    expect(s.nodes[0]?.fqdnWhy).toBe("host name + domain");
    // a host name that is already an FQDN does not get the domain appended
    expect(s.nodes[2]?.fqdnWhy).toBe("host name (already a full name)");
  });
  it("takes the SIP TLS FQDN from alternative_fqdn, and none when it is empty", () => {
    if (s.kind !== "pexip-workers") throw new Error(`read as ${s.kind}`);
    expect(s.nodes[0]?.sipTlsFqdn).toBe("px01-sip.contoso.com");
    expect(s.nodes[1]?.sipTlsFqdn).toBeUndefined();
    expect(s.nodes[0]?.location).toBe("/api/admin/configuration/v1/system_location/1/");
  });
  it("reads a bare list (one page's objects pasted alone) the same way", () => {
    const bare = JSON.stringify(JSON.parse(PEXIP_WORKER_VM_JSON).objects);
    const b = readSource(bare, "pasted text");
    expect(b.kind).toBe("pexip-workers");
  });
  it("refuses a node name with a control character and keeps the others", () => {
    const evil = PEXIP_WORKER_VM_JSON.replace('"hostname": "px02"', '"hostname": "px02\\u202e"');
    const e = readSource(evil, "w.json");
    if (e.kind !== "pexip-workers") throw new Error(`read as ${e.kind}`);
    expect(e.nodes.map((n) => n.fqdn)).toEqual(["px01.contoso.com", "px03.fabrikam.com"]);
    expect(e.refused.join(" ")).toMatch(/a node host name contains a text-direction override/);
  });
});

describe("Pexip management API: system_location and global", () => {
  it("reads the location names by their API address", () => {
    const s = readSource(PEXIP_LOCATION_JSON, "system_location.json");
    if (s.kind !== "pexip-locations") throw new Error(`read as ${s.kind}`);
    expect(s.locations.get("/api/admin/configuration/v1/system_location/2/")).toBe("London");
  });
  it("recognises the global settings", () => {
    const g = readSource(
      JSON.stringify({
        objects: [{ id: 1, resource_uri: "/api/admin/configuration/v1/global/1/", enable_sip: true }],
      }),
      "global.json",
    );
    expect(g.kind).toBe("pexip-global");
  });
});
