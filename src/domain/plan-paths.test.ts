import { describe, expect, it } from "vitest";
import { describePath } from "./plan-paths";

describe("describePath: where a plan-file error is, in the admin's words", () => {
  it.each([
    ["sipDomains[0]", "the first SIP domain"],
    ["components[2].accessEdgeFqdn", "the third component’s access Edge FQDN"],
    ["components[0].nodes[1].fqdn", "the first component’s second node’s FQDN"],
    ["subject.C", "the subject’s Country (C)"],
    ["defaults.publicCa", "the default public CA"],
    [
      'certificateOptions["edge/external"].caType',
      "the certificate authority chosen for certificate “edge/external”",
    ],
    ["existing[11].subjectCN", "existing certificate 12’s subject common name"],
    ["(file)", "the file"],
  ])("%s → %s", (path, words) => {
    expect(describePath(path)).toBe(words);
  });
});
