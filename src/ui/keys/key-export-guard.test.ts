import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ConfirmOptions } from "../confirm";
import {
  confirmUnencryptedKeyExport,
  forgetUnencryptedKeyExportConsent,
  unencryptedKeyExportConsented,
} from "./key-export-guard";

beforeEach(() => forgetUnencryptedKeyExportConsent());

describe("an unencrypted key leaving the page", () => {
  it("is asked about once: a cancel writes nothing and asks again next time; a yes is remembered in memory", async () => {
    const answers = [false, true];
    const ask = vi.fn(async (_: ConfirmOptions) => answers.shift() as boolean);
    expect(await confirmUnencryptedKeyExport(ask, 2, "Set a passphrase.")).toBe(false);
    expect(unencryptedKeyExportConsented()).toBe(false);
    expect(await confirmUnencryptedKeyExport(ask, 2, "Set a passphrase.")).toBe(true);
    expect(await confirmUnencryptedKeyExport(ask, 1, "Set a passphrase.")).toBe(true);
    expect(ask).toHaveBeenCalledTimes(2);
    const question = ask.mock.calls[0]?.[0] as ConfirmOptions;
    expect(question.title).toBe("Download 2 key files without a passphrase?");
    expect(question.message).toMatch(
      /not encrypted: anyone who gets a copy .* can use them to pose as your servers/,
    );
    expect(question.message).toContain("Set a passphrase.");
    expect(question.confirmLabel).toBe("Download unencrypted keys");
  });

  it("asks nothing when no unencrypted key leaves (every key has a passphrase)", async () => {
    const ask = vi.fn(async () => true);
    expect(await confirmUnencryptedKeyExport(ask, 0, "")).toBe(true);
    expect(ask).not.toHaveBeenCalled();
    expect(unencryptedKeyExportConsented()).toBe(false);
  });
});
