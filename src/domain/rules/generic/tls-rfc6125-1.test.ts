import { describe, expect, it } from "vitest";
import { existing, makeCert, makePlan, run } from "./test-helpers";
import { TLS_RFC6125_1 } from "./tls-rfc6125-1";

// RFC 6125 §6.4.4 (https://www.rfc-editor.org/rfc/rfc6125#section-6.4.4): "a client MUST NOT seek a match for a
// reference identifier of CN-ID if the presented identifiers include a DNS-ID, SRV-ID, URI-ID".
describe("TLS-RFC6125-1", () => {
  it("fires on an existing internal-CA certificate whose CN is not among its DNS SANs", () => {
    const plan = makePlan({
      existing: [
        existing({
          certificate: "fe/fe01.contoso.net",
          subjectCN: "pool01.contoso.net",
          sans: ["fe01.contoso.net"],
          caType: "internal",
        }),
      ],
    });
    const [f, ...rest] = run(TLS_RFC6125_1, plan);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "TLS-RFC6125-1",
      severity: "error",
      target: "existing",
      names: ["pool01.contoso.net"],
    });
    expect(f?.message).toContain("TLS clients never look at the CN");
  });

  it("is quiet when the CN is a SAN (every planned certificate puts it first)", () => {
    const cert = makeCert({ id: "app", sans: ["app.contoso.net", "app01.contoso.net"], caType: "internal" });
    expect(run(TLS_RFC6125_1, makePlan(), [cert])).toEqual([]);
  });

  it("is quiet when there are no SANs at all: then clients fall back to the CN (Edge internal: SN only)", () => {
    const plan = makePlan({
      existing: [
        existing({ certificate: "edge/internal", subjectCN: "lsedge.contoso.net", caType: "internal" }),
      ],
    });
    expect(run(TLS_RFC6125_1, plan)).toEqual([]);
  });

  it("leaves public-CA certificates to PKI-CN-IN-SAN-1, so one missing CN gives one finding", () => {
    const plan = makePlan({
      existing: [existing({ certificate: "web", subjectCN: "www.contoso.com", sans: ["contoso.com"] })],
    });
    expect(run(TLS_RFC6125_1, plan)).toEqual([]);
  });
});
