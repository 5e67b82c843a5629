// Strict PEM reading: every block found, damage reported by block and line.

import { describe, expect, it } from "vitest";
import { decodePem, encodePem } from "./pem";

const der = new Uint8Array(200).map((_, i) => (i * 13 + 1) & 0xff);

describe("encodePem", () => {
  it("writes 64-character lines, LF line ends, a final newline", () => {
    const pem = encodePem("CERTIFICATE", der);
    const lines = pem.split("\n");
    expect(lines[0]).toBe("-----BEGIN CERTIFICATE-----");
    expect(lines.at(-2)).toBe("-----END CERTIFICATE-----");
    expect(lines.at(-1)).toBe("");
    for (const line of lines.slice(1, -3)) expect(line).toHaveLength(64);
    expect(pem).not.toContain("\r");
  });
});

describe("decodePem", () => {
  const block = encodePem("CERTIFICATE", der);

  it("reads several blocks, ignoring text around them (openssl's Bag Attributes, subject= lines)", () => {
    const text = `Bag Attributes\n    friendlyName: x\nsubject=CN = a\n${block}\nsome words\r\n${encodePem("PRIVATE KEY", der.subarray(0, 50)).replace(/\n/g, "\r\n")}`;
    const result = decodePem(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.blocks.map((b) => [b.index, b.label, b.der.length])).toEqual([
      [1, "CERTIFICATE", 200],
      [2, "PRIVATE KEY", 50],
    ]);
    expect(result.blocks[0]!.beginLine).toBe(4);
  });

  it("reports a damaged base64 line with its block and line number", () => {
    const lines = `${block}${block}`.split("\n");
    // block 2 starts at line 8 (1-based); damage its third base64 line (line 10)
    lines[9] = `${lines[9]!.slice(0, 10)}#${lines[9]!.slice(11)}`;
    const result = decodePem(lines.join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe("PEM block 2 is damaged (base64 at line 10).");
    expect(result.error).toMatchObject({ block: 2, line: 10 });
  });

  it("reports a missing base64 character at the last data line", () => {
    const lines = block.split("\n");
    lines[4] = lines[4]!.slice(1); // the last (short) line loses a character
    const result = decodePem(lines.join("\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("PEM block 1 is damaged (base64 at line 5).");
    const first = block.split("\n");
    first[1] = first[1]!.slice(2);
    const damagedFirst = decodePem(first.join("\n"));
    expect(!damagedFirst.ok && damagedFirst.error.line).toBe(2);
  });

  it("reports a block without END, mismatched labels, an empty block and a stray END", () => {
    const cut = block.split("\n").slice(0, 3).join("\n");
    const missing = decodePem(cut);
    expect(!missing.ok && missing.error.message).toMatch(
      /PEM block 1 \(CERTIFICATE, line 1\) has no END line/,
    );

    const nextBegins = decodePem(`${cut}\n${block}`);
    expect(!nextBegins.ok && nextBegins.error.message).toMatch(/no END line before the next block at line 4/);

    const mismatch = decodePem(block.replace("END CERTIFICATE", "END PRIVATE KEY"));
    expect(!mismatch.ok && mismatch.error.message).toMatch(/begins as "CERTIFICATE".*ends as "PRIVATE KEY"/);

    const empty = decodePem("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    expect(!empty.ok && empty.error.message).toBe("PEM block 1 (CERTIFICATE) is empty.");

    const stray = decodePem("-----END CERTIFICATE-----\n");
    expect(!stray.ok && stray.error.message).toMatch(/never began/);
  });

  it("keeps RFC 1421 headers of old encrypted OpenSSL keys", () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233\n\n${block.split("\n").slice(1, -2).join("\n")}\n-----END RSA PRIVATE KEY-----\n`;
    const result = decodePem(text);
    expect(result.ok && result.blocks[0]!.headers).toEqual({
      "Proc-Type": "4,ENCRYPTED",
      "DEK-Info": "AES-256-CBC,00112233",
    });
  });
});
