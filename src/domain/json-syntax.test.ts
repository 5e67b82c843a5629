import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError, lineAndColumn } from "./json-syntax";

const at = (s: string) => {
  const e = jsonSyntaxError(s);
  if (!e) return null;
  const { line, column } = lineAndColumn(s, e.offset);
  return `${line}:${column} ${e.reason}`;
};

describe("jsonSyntaxError", () => {
  it("locates the mistakes of a hand edit", () => {
    expect(at('{\n  "format": "x",\n  "version": 1,\n}')).toBe(
      "4:1 a comma before a closing bracket (trailing comma)",
    );
    expect(at("{\n  \"name\": 'Contoso'\n}")).toMatch(/^2:11 unexpected a single quote/);
    expect(at('{"a": 1')).toBe("1:8 the file ends too early");
    expect(at('{"a": "b}')).toBe("1:7 a text value that is never closed");
    expect(at('{"a" 1}')).toBe('1:6 unexpected "1" where a colon should be');
    expect(at("{a: 1}")).toMatch(/^1:2 unexpected "a" where a "quoted" field name should be/);
    expect(at('{"a": 1} x')).toMatch(/^1:10 unexpected "x" after the end/);
    expect(at("")).toBe("1:1 the file ends too early");
  });

  it("walks 100,000 levels of nesting without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(jsonSyntaxError(deep)).toBeNull();
    expect(jsonSyntaxError(deep.slice(0, -1))?.reason).toBe("the file ends too early");
  });

  it("agrees with JSON.parse on what is valid (property)", () => {
    const texts = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 40 }),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "'", "}", "]", ":", '"', "\\", "\n"))
        .map(([j, n, ch]) => {
          const k = n % (j.length + 1);
          return j.slice(0, k) + ch + j.slice(k);
        }),
    );
    fc.assert(
      fc.property(texts, (s) => {
        let valid = true;
        try {
          JSON.parse(s);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(s) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
