import { describe, expect, it } from "vitest";
import { LYNC_RULES } from "./index";

// RULES.md section B, rules 20–56, in catalogue order, with their default severities.
const CATALOGUE: [string, string][] = [
  ["LYNC-EDGE-EXT-1", "error"],
  ["LYNC-EDGE-EXT-2", "error"],
  ["LYNC-EDGE-EXT-3", "error"],
  ["LYNC-EDGE-EXT-4", "error"],
  ["LYNC-EDGE-EXT-5", "info"],
  ["LYNC-EDGE-EXT-6", "error"],
  ["LYNC-EDGE-EXT-7", "error"],
  ["LYNC-EDGE-EXT-8", "error"],
  ["LYNC-EDGE-POOL-1", "error"],
  ["LYNC-EDGE-EXPORT-2", "warning"],
  ["LYNC-EDGE-AUTOENROLL-1", "info"],
  ["LYNC-EDGE-ROLL-1", "info"],
  ["LYNC-EDGE-INT-1", "error"],
  ["LYNC-EDGE-INT-2", "info"],
  ["LYNC-WILDCARD-1", "error"],
  ["LYNC-WILDCARD-2", "error"],
  ["LYNC-LPE-1", "warning"],
  ["LYNC-UCDEVICE-1", "warning"],
  ["LYNC-SRV-1", "error"],
  ["LYNC-SRV-2", "error"],
  ["LYNC-SRV-3", "error"],
  ["LYNC-SRV-4", "warning"],
  ["LYNC-XMPP-SFB2019-1", "warning"],
  ["LYNC-FE-DEFAULT-1", "error"],
  ["LYNC-FE-WEBINT-1", "error"],
  ["LYNC-FE-WEBEXT-1", "error"],
  ["LYNC-FE-MEET-1", "error"],
  ["LYNC-DISCOVER-1", "warning"],
  ["LYNC-FE-SIPINT-1", "warning"],
  ["LYNC-FE-KEY-1", "info"],
  ["LYNC-DIR-1", "error"],
  ["LYNC-DIR-2", "error"],
  ["LYNC-RP-1", "error"],
  ["LYNC-MED-1", "error"],
  ["LYNC-SBA-1", "error"],
  ["LYNC-OAUTH-1", "info"],
  ["LYNC-NAME-1", "error"],
];

describe("LYNC_RULES", () => {
  it("lists RULES.md rules 20–56 in catalogue order with their severities", () => {
    expect(LYNC_RULES.map((r) => [r.id, r.severity])).toEqual(CATALOGUE);
  });

  it("gives every rule a description and a citation with a quote", () => {
    for (const r of LYNC_RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.source, r.id).toMatch(/https?:\/\/|schertz/);
      expect(r.source, r.id).toMatch(/"/);
    }
  });
});
