// Test support (the app never imports it): split a generated PowerShell command line into its arguments as
// PowerShell's parser would, independently of the writer (sfb-shell.ts), and refuse anything that would run
// more than the one command. about_Quoting_Rules:
// https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules
// - a double-quoted string ends at " or at the typographic quotes U+201C/U+201D/U+201E, which PowerShell also
//   accepts; the backtick escapes the next character; "$name", "${…}" and "$(…)" are expanded (refused here: the
//   plan's text must reach the cmdlet as written);
// - outside quotes, ; | & and a line break end the command (refused here).
// about_Special_Characters: `0 `a `b `e `f `n `r `t `u{} `v are escape sequences (refused: a plan never needs one).

const QUOTES = new Set(['"', "\u201c", "\u201d", "\u201e"]);

/** The arguments of the one command on the line, strings unquoted. Throws on anything but one plain command. */
export interface PsToken {
  text: string;
  quoted: boolean;
}

export function readPowerShellCommand(line: string): PsToken[] {
  if (/[\r\n]/.test(line)) throw new Error("more than one line");
  const args: PsToken[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === " ") {
      i++;
      continue;
    }
    const c = line[i] as string;
    if (QUOTES.has(c)) {
      let value = "";
      i++;
      for (;;) {
        if (i >= line.length) throw new Error(`unterminated string in ${line}`);
        const d = line[i] as string;
        if (d === "`") {
          const next = line[i + 1];
          if (next === undefined) throw new Error("backtick at the end");
          if (/[0abefnrtuv]/.test(next)) throw new Error(`escape sequence \`${next}`);
          value += next;
          i += 2;
          continue;
        }
        if (d === "$" && /[A-Za-z_{(?:^$]/.test(line[i + 1] ?? ""))
          throw new Error(`expansion in ${line.slice(i)}`);
        if (QUOTES.has(d)) {
          if (QUOTES.has(line[i + 1] ?? "")) throw new Error("doubled quote");
          i++;
          break;
        }
        value += d;
        i++;
      }
      if (i < line.length && line[i] !== " ") throw new Error(`text after a string: ${line.slice(i)}`);
      args.push({ text: value, quoted: true });
      continue;
    }
    const start = i;
    while (i < line.length && line[i] !== " ") i++;
    const word = line.slice(start, i);
    if (/[;|&`"'(){}@<>\u201c-\u201e\u2018-\u201b]/.test(word))
      throw new Error(`special character in ${word}`);
    if (word.startsWith("$") && word !== "$true" && word !== "$false") throw new Error(`variable ${word}`);
    args.push({ text: word, quoted: false });
  }
  return args;
}

/** "-Name value" pairs of a cmdlet call (switches such as -New map to ""). */
export function powerShellParameters(args: PsToken[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as PsToken;
    if (a.quoted || !a.text.startsWith("-")) throw new Error(`positional argument ${a.text}`);
    if (out.has(a.text)) throw new Error(`${a.text} given twice`);
    const next = args[i + 1];
    if (next === undefined || (!next.quoted && next.text.startsWith("-"))) out.set(a.text, "");
    else {
      out.set(a.text, next.text);
      i++;
    }
  }
  return out;
}
