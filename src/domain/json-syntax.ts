// Where a JSON text first breaks, and why, in words: V8's JSON.parse names the offset for some errors only
// (single quotes, the usual mistake of a hand edit, get none). Iterative, so that a 100,000-deep file
// cannot overflow the stack; only run after JSON.parse has failed.

export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function shown(ch: string): string {
  return ch === "'" ? `a single quote (JSON needs "double quotes")` : `"${ch}"`;
}

export function jsonSyntaxError(s: string): JsonSyntaxError | null {
  let i = 0;
  const stack: string[] = [];
  let state: "value" | "after" | "key" | "colon" = "value";
  const skip = () => {
    while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  };
  const string = (): JsonSyntaxError | null => {
    const start = i++;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c === 92) {
        const e = s[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return { offset: i, reason: "an invalid escape sequence" };
      } else if (c < 0x20)
        return { offset: i, reason: "a line break or control character inside a text value" };
      else i++;
    }
    return { offset: start, reason: "a text value that is never closed" };
  };
  for (;;) {
    skip();
    if (i >= s.length) {
      return state === "after" && stack.length === 0
        ? null
        : { offset: s.length, reason: "the file ends too early" };
    }
    const c = s[i] as string;
    if (state === "value") {
      if (c === "{" || c === "[") {
        stack.push(c);
        i++;
        skip();
        if (s[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          state = "after";
        } else state = c === "{" ? "key" : "value";
      } else if (c === '"') {
        const e = string();
        if (e) return e;
        state = "after";
      } else if (c === "-" || (c >= "0" && c <= "9")) {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(s);
        if (!m) return { offset: i, reason: "a malformed number" };
        i += m[0].length;
        state = "after";
      } else if (s.startsWith("true", i) || s.startsWith("null", i)) {
        i += 4;
        state = "after";
      } else if (s.startsWith("false", i)) {
        i += 5;
        state = "after";
      } else return { offset: i, reason: `unexpected ${shown(c)} where a value should be` };
    } else if (state === "after") {
      const top = stack[stack.length - 1];
      if (top === undefined) return { offset: i, reason: `unexpected ${shown(c)} after the end of the data` };
      if (c === ",") {
        i++;
        skip();
        if (s[i] === "}" || s[i] === "]")
          return { offset: i, reason: "a comma before a closing bracket (trailing comma)" };
        state = top === "{" ? "key" : "value";
      } else if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        stack.pop();
        i++;
      } else
        return { offset: i, reason: `unexpected ${shown(c)}: a comma or a closing bracket should come here` };
    } else if (state === "key") {
      if (c !== '"')
        return { offset: i, reason: `unexpected ${shown(c)} where a "quoted" field name should be` };
      const e = string();
      if (e) return e;
      state = "colon";
    } else {
      if (c !== ":") return { offset: i, reason: `unexpected ${shown(c)} where a colon should be` };
      i++;
      state = "value";
    }
  }
}

/** "line 3, column 11" of an offset. */
export function lineAndColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let k = 0; k < offset && k < s.length; k++) {
    if (s.charCodeAt(k) === 10) {
      line++;
      last = k;
    }
  }
  return { line, column: offset - last };
}
