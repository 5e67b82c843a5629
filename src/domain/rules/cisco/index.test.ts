import { describe, expect, it } from "vitest";
import { runRules } from "../engine";
import { ruleContext } from "../pexip/testing";
import { ciscoPlan, cucm, EXP_C, EXP_C_NAMES, EXP_E, EXP_E_NAMES } from "./fixtures";
import { CISCO_RULES } from "./index";

describe("CISCO_RULES", () => {
  it("has one rule per id of RULES.md section D (68–84)", () => {
    expect(CISCO_RULES.map((r) => r.id)).toEqual([
      "CUCM-TOMCAT-1",
      "CUCM-MULTISAN-1",
      "CUCM-EKU-1",
      "CUCM-WILDCARD-1",
      "CISCO-CSR-KEY-1",
      "CISCO-CSR-ONEPERFQDN-1",
      "CISCO-CSR-CONSISTENT-1",
      "CUCM-SELFSIGNED-CN-1",
      "CUC-MULTISAN-1",
      "EXPWY-CLUSTER-1",
      "EXPWY-E-MRA-1",
      "EXPWY-E-ALIAS-1",
      "EXPWY-E-XMPP-1",
      "EXPWY-CHAT-1",
      "EXPWY-C-PSP-1",
      "EXPWY-RENEW-1",
      "EXPWY-EKU-1",
      "CISCO-CLIENT-CERT-1",
    ]);
  });

  it("a correct CUCM + Expressway plan, with matching existing certificates, raises only planning hints", () => {
    const plan = ciscoPlan({
      components: [
        cucm({ caType: "internal" }),
        cucm({ id: "cm", purpose: "callmanager", caType: "internal" }),
        { ...EXP_C, caType: "internal" },
        EXP_E,
      ],
      srv: [
        { service: "_collab-edge._tls", domain: "example.com", target: "expe.example.com", port: 8443 },
        { service: "_xmpp-server._tcp", domain: "example.com", target: "expe.example.com", port: 5269 },
      ],
      existing: [
        {
          certificate: "exp-c",
          subjectCN: "expc.example.com",
          sans: EXP_C_NAMES,
          eku: ["serverAuth", "clientAuth"],
        },
        {
          certificate: "exp-e",
          subjectCN: "expe.example.com",
          sans: EXP_E_NAMES,
          eku: ["serverAuth", "clientAuth"],
        },
      ],
    });
    const f = runRules(CISCO_RULES, ruleContext(plan));
    expect(f.map((x) => `${x.rule}/${x.severity}/${x.certificate}`)).toEqual(["EXPWY-EKU-1/info/exp-e"]);
  });
});
