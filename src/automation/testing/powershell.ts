// Test support (the app never imports it): read a generated PowerShell script two ways, independently of the
// writer (sfb.ts / psLiteral):
// 1. a real PowerShell grammar — tree-sitter-powershell (Airbus CERT, MIT), loaded in web-tree-sitter from its
//    WebAssembly build: the script must parse without an ERROR or MISSING node. It is a grammar of the language,
//    not Microsoft's own parser (pwsh cannot be installed here: no Debian package, and the npm "pwsh" package
//    downloads a binary at install time).
// 2. a tokenizer written from about_Quoting_Rules: per line, single-quoted strings ('' and the typographic single
//    quotes U+2018–U+201B doubled), double-quoted strings (` escapes; $ expands), comments (#). Every line must
//    close its strings. It returns the code outside strings and comments, the single-quoted literals (unescaped)
//    and the double-quoted strings, so a test can assert that a value from the plan appears ONLY as the content of
//    a single-quoted literal — never in code, never in a double-quoted (expanding) string.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Language, type Node, Parser } from "web-tree-sitter";

let parser: Parser | undefined;

export async function powerShellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const require = createRequire(import.meta.url);
  const wasm = require.resolve("tree-sitter-powershell/tree-sitter-powershell.wasm");
  const language = await Language.load(new Uint8Array(readFileSync(wasm)));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** ERROR and MISSING nodes of the parse, "row:column text" each; empty when the script parses cleanly. */
export async function powerShellSyntaxErrors(script: string): Promise<string[]> {
  const p = await powerShellParser();
  const tree = p.parse(script);
  if (!tree) return ["no tree"];
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.type === "ERROR" || n.isMissing)
      out.push(
        `${n.startPosition.row + 1}:${n.startPosition.column + 1} ${n.type} ${JSON.stringify(n.text.slice(0, 60))}`,
      );
    for (const c of n.children) if (c) walk(c);
  };
  walk(tree.rootNode);
  return out;
}

const SINGLE = new Set(["'", "\u2018", "\u2019", "\u201a", "\u201b"]);
const DOUBLE = new Set(['"', "\u201c", "\u201d", "\u201e"]);

export interface PsLine {
  /** the line with every string and comment replaced by spaces */
  code: string;
  /** single-quoted literals, unescaped */
  literals: string[];
  /** double-quoted strings, as written (inside the quotes) */
  expanding: string[];
  comment: string;
}

/** Tokenize one line; throws on a string left open (a plan value that broke the quoting). */
export function readPsLine(line: string): PsLine {
  let code = "";
  const literals: string[] = [];
  const expanding: string[] = [];
  let comment = "";
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === "#") {
      comment = line.slice(i);
      code += " ".repeat(line.length - i);
      break;
    }
    if (SINGLE.has(ch)) {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= line.length) throw new Error(`unterminated single-quoted string: ${line}`);
        const d = line[j] as string;
        if (SINGLE.has(d)) {
          if (SINGLE.has(line[j + 1] ?? "")) {
            value += d;
            j += 2;
            continue;
          }
          j++;
          break;
        }
        value += d;
        j++;
      }
      literals.push(value);
      code += " ".repeat(j - i);
      i = j;
      continue;
    }
    if (DOUBLE.has(ch)) {
      let j = i + 1;
      for (;;) {
        if (j >= line.length) throw new Error(`unterminated double-quoted string: ${line}`);
        const d = line[j] as string;
        if (d === "`") {
          j += 2;
          continue;
        }
        if (DOUBLE.has(d)) {
          if (DOUBLE.has(line[j + 1] ?? "")) {
            j += 2;
            continue;
          }
          j++;
          break;
        }
        j++;
      }
      expanding.push(line.slice(i + 1, j - 1));
      code += " ".repeat(j - i);
      i = j;
      continue;
    }
    code += ch;
    i++;
  }
  return { code, literals, expanding, comment };
}

export function readPsScript(script: string): PsLine[] {
  return script.replace(/\r\n/g, "\n").split("\n").map(readPsLine);
}
