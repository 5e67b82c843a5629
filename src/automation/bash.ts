// Small helpers for the generated bash scripts. Every value from the plan goes through shQuote (single quotes,
// control characters refused); nothing from the plan is ever written unquoted, in double quotes or in a comment.
import { assertLines, shQuote } from "../artifacts/common";
import type { AutomationScript } from "./types";

/** NAME=( 'a' 'b' ) over several lines */
export function bashArray(name: string, values: readonly string[]): string[] {
  return [`${name}=(`, ...values.map((v) => `  ${shQuote(v)}`), ")"];
}

/** Right after the shebang: the plan's values are single-quoted on purpose, so that "$(…)" or a backtick in a
 *  name stays text; shellcheck's SC2016 ("Expressions don't expand in single quotes") and SC1112 (a typographic quote, which bash reads
 *  as a plain character) describe exactly what is wanted. */
export const SHELLCHECK_DIRECTIVE =
  "# shellcheck disable=SC2016,SC1112 # plan values are single-quoted on purpose: they never expand";

/** The script text: every line checked once more for control characters. */
export function bashText(lines: readonly string[], what: string): string {
  assertLines(lines, what);
  const [shebang, ...rest] = lines;
  return `${[shebang, SHELLCHECK_DIRECTIVE, ...rest].join("\n")}\n`;
}

/** A generated bash script as the panel offers it: LF, UTF-8, checked lines. */
export function bashScript(fileName: string, lines: readonly string[], runOn: string): AutomationScript {
  return {
    fileName,
    text: bashText(lines, "the bash script"),
    mimeType: "text/x-shellscript",
    lineEnding: "lf",
    encoding: "utf-8",
    label: "bash script",
    language: "bash",
    runOn,
  };
}
