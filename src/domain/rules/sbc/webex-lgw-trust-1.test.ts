import { describe, expect, it } from "vitest";
import { runSbc, sbcPlan, teams } from "./testing";
import { WEBEX_LGW_TRUST_1 } from "./webex-lgw-trust-1";

describe("WEBEX-LGW-TRUST-1", () => {
  it("info for a Webex Local Gateway: Cisco's core root bundle", () => {
    const lgw = teams({
      id: "lgw",
      purpose: "webex-local-gateway",
      vendor: "cisco-cube",
      sbcs: ["cube1.example.com"],
    });
    const f = runSbc(WEBEX_LGW_TRUST_1, sbcPlan([lgw]));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe("info");
    expect(f[0]?.message).toContain("ios_core.p7b");
  });

  it("quiet for Teams and SIP trunks", () => {
    expect(runSbc(WEBEX_LGW_TRUST_1, sbcPlan([teams(), teams({ id: "t", purpose: "sip-trunk" })]))).toEqual(
      [],
    );
  });
});
