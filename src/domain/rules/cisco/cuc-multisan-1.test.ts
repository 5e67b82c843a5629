import { describe, expect, it } from "vitest";
import type { CiscoUcComponent } from "../../types";
import { runRule } from "../pexip/testing";
import { CUC_MULTISAN_1 } from "./cuc-multisan-1";
import { ciscoPlan } from "./fixtures";

// CUC 15 OS Administration Guide: "For telephony integration, multi-server SAN certificate is supported only with
// SIP integration."
const cuc = (over: Partial<CiscoUcComponent> = {}): CiscoUcComponent => ({
  type: "cisco-uc",
  id: "cuc",
  product: "cuc",
  purpose: "tomcat",
  distribution: "multi-server",
  publisher: "cuc-pub.example.com",
  subscribers: ["cuc-sub.example.com"],
  ...over,
});

describe("CUC-MULTISAN-1", () => {
  it("warning: multi-server with SCCP integration", () => {
    const f = runRule(CUC_MULTISAN_1, ciscoPlan({ components: [cuc({ telephonyIntegration: "sccp" })] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", certificate: "cuc" });
  });

  it("info: integration not recorded", () => {
    const f = runRule(CUC_MULTISAN_1, ciscoPlan({ components: [cuc()] }));
    expect(f.map((x) => x.severity)).toEqual(["info"]);
  });

  it("silent with SIP integration or single-server certificates", () => {
    expect(
      runRule(CUC_MULTISAN_1, ciscoPlan({ components: [cuc({ telephonyIntegration: "sip" })] })),
    ).toEqual([]);
    expect(
      runRule(
        CUC_MULTISAN_1,
        ciscoPlan({ components: [cuc({ telephonyIntegration: "sccp", distribution: "single-server" })] }),
      ),
    ).toEqual([]);
  });
});
