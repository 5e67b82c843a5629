import { describe, expect, it } from "vitest";
import type { ExpresswayComponent } from "../../types";
import { PKI_INTERNAL_NAME_1 } from "./pki-internal-name-1";
import { existing, makeCert, makePlan, run } from "./test-helpers";

// CA/Browser Forum BR §4.2.2: "CAs SHALL NOT issue Certificates containing Internal Names or Reserved IP Addresses";
// §1.6.1 Internal Name: "cannot be verified as globally unique within the public DNS ... because it does not end
// with a Top-Level Domain registered in IANA's Root Zone Database."
describe("PKI-INTERNAL-NAME-1", () => {
  it("fires on .local, .corp and single-label names on a public certificate, naming each", () => {
    const cert = makeCert({
      id: "web",
      sans: ["www.contoso.com", "pool01.contoso.local", "fileserver", "*.intra.corp"],
    });
    const [f, ...rest] = run(PKI_INTERNAL_NAME_1, makePlan(), [cert]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "PKI-INTERNAL-NAME-1",
      severity: "error",
      target: "plan",
      certificate: "web",
      names: ["pool01.contoso.local", "fileserver", "*.intra.corp"],
    });
    expect(f?.message).toContain("no public CA will issue");
  });

  it("is quiet for names under IANA TLDs, including IDN TLDs (.рф = xn--p1ai) and new gTLDs", () => {
    const cert = makeCert({
      id: "web",
      sans: ["www.contoso.com", "sip.contoso.de", "xn--e1afmkfd.xn--p1ai", "meet.contoso.cloud"],
    });
    expect(run(PKI_INTERNAL_NAME_1, makePlan(), [cert])).toEqual([]);
    const plan = makePlan({
      existing: [existing({ certificate: "x", subjectCN: "пример.рф", sans: ["пример.рф"] })],
    });
    expect(run(PKI_INTERNAL_NAME_1, plan)).toEqual([]);
  });

  it("does not apply to an internal-CA certificate", () => {
    const cert = makeCert({ id: "fe", sans: ["pool01.contoso.local"], caType: "internal" });
    expect(run(PKI_INTERNAL_NAME_1, makePlan(), [cert])).toEqual([]);
  });

  it("suggests the public edge domain on Expressway and speaks about the renewal of an existing certificate", () => {
    const expe: ExpresswayComponent = {
      type: "expressway",
      id: "expe",
      role: "e",
      peers: ["expe01.contoso.com"],
    };
    const plan = makePlan({
      components: [expe],
      existing: [
        existing({
          certificate: "expe",
          subjectCN: "expe01.contoso.com",
          sans: ["expe01.contoso.com", "cucm.contoso.local"],
        }),
      ],
    });
    const [f] = run(PKI_INTERNAL_NAME_1, plan);
    expect(f).toMatchObject({ target: "existing", certificate: "expe", names: ["cucm.contoso.local"] });
    expect(f?.message).toContain("cannot be renewed as it is at a public CA");
    expect(f?.message).toContain("public edge domain");
  });
});
