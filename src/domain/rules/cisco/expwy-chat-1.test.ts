import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_CHAT_1 } from "./expwy-chat-1";
import { ciscoPlan, EXP_C, EXP_C_NAMES, EXP_E } from "./fixtures";

// Expressway X15.5: "You must include the same chat node aliases in the Expressway-E server certificate's
// alternative names."
describe("EXPWY-CHAT-1", () => {
  it("silent when C and E carry the same chat node aliases", () => {
    const existing = [{ certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES, eku: [] }];
    expect(runRule(EXPWY_CHAT_1, ciscoPlan({ components: [EXP_C, EXP_E], existing }))).toEqual([]);
  });

  it("error when C and E have different chat node aliases", () => {
    const f = runRule(
      EXPWY_CHAT_1,
      ciscoPlan({
        components: [EXP_C, { ...EXP_E, chatNodeAliases: ["chat.example.com", "chat2.example.com"] }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", certificate: "exp-e", names: ["chat2.example.com"] });
  });

  it("error when an existing Expressway-C certificate lacks the chat node alias", () => {
    const existing = [
      {
        certificate: "exp-c",
        subjectCN: "expc.example.com",
        sans: EXP_C_NAMES.filter((n) => n !== "chat.example.com"),
        eku: [],
      },
    ];
    const f = runRule(EXPWY_CHAT_1, ciscoPlan({ components: [EXP_C, EXP_E], existing }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ target: "existing", certificate: "exp-c", names: ["chat.example.com"] });
  });
});
