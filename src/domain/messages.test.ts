// Every finding, rule description, source and SAN reason the product shows, read as an admin would: no internal
// references (the rule catalogue, rule numbers, JSON paths, internal ids), and every source a primary document
// with its quote. The corpus (message-corpus.ts) renders every preset on both sides of the date boundaries and
// with faulty existing certificates; a static scan covers the messages of rules the corpus does not reach.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCorpus, ruleTexts } from "./message-corpus";

/** Internal references an admin must never see. */
const INTERNAL: [string, RegExp][] = [
  ["the rule catalogue", /RULES\.md|PLAN-FORMAT\.md|TECH-NOTES/],
  ["a rule number", /\brule \d+\b|\brules \d+/i],
  ["a catalogue conflict number", /\bE\.\d+\b/],
  ["a rule id", /\b(?:PKI|TLS|SIP|LYNC|PEXIP|CUCM|CUC|CISCO|EXPWY|TEAMS|WEBEX|SBC)-[A-Z0-9-]*\d\b/],
  [
    "a JSON path",
    /\b[a-z][A-Za-z]+\[\d+\]|\b(?:components|existing|defaults|subject|sfb|clients|srv)\.[a-z]\w*/,
  ],
  ["a backticked code reference", /`[^`]+`/],
  ["an empty-string quote", /"" is empty/],
  [
    "an internal id",
    /\((?:sfb|lync)-20\d\d\)|\b(?:sfb-edge-external|sfb-edge-internal|sfb-front-end|sfb-standard-edition|sfb-director|sfb-reverse-proxy|pexip-public-dmz|pexip-on-prem|cisco-tomcat|cisco-callmanager|expressway-c|expressway-e|caType|keyLocation|publicImConnectivity|certificateOptions|sipDomains|xmppDomains|validationMethod|publicCa)\b/,
  ],
];

/** Hosts whose pages are primary sources: vendors' own documentation, standards bodies, root programs, and the
 *  CAs' own announcements about themselves. */
const PRIMARY_HOSTS = [
  "learn.microsoft.com",
  "docs.microsoft.com",
  "technet.microsoft.com",
  "support.microsoft.com",
  "www.cisco.com",
  "help.webex.com",
  "docs.pexip.com",
  "www.rfc-editor.org",
  "datatracker.ietf.org",
  "cabforum.org",
  "googlechrome.github.io",
  "knowledge.digicert.com",
  "sectigo.com",
  "letsencrypt.org",
  "support.globalsign.com",
  "www.unicode.org",
];
const PRIMARY_GITHUB = ["cabforum/", "GoogleChrome/chromerootprogram", "MicrosoftDocs/"];

function internalRefs(text: string): string[] {
  return INTERNAL.filter(([, re]) => re.test(text)).map(
    ([what]) => `${what}: ${text.match(INTERNAL.find(([w]) => w === what)?.[1] as RegExp)?.[0]}`,
  );
}

function nonPrimaryUrls(text: string): string[] {
  const urls = text.match(/https?:\/\/[^\s)"'”]+/g) ?? [];
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.hostname === "github.com")
      return !PRIMARY_GITHUB.some((p) => url.pathname.slice(1).startsWith(p));
    return !PRIMARY_HOSTS.includes(url.hostname);
  });
}

const corpus = renderCorpus();

describe("what the product says, read as an admin would", () => {
  it("the corpus makes most rules speak (the rest are covered by the static scan below)", () => {
    expect(corpus.rulesFired.size).toBeGreaterThanOrEqual(60);
  });

  it("finding messages carry no internal reference", () => {
    const bad = corpus.messages.flatMap((m) =>
      internalRefs(m.message).map((r) => `${m.rule} (${m.plan}): ${r}`),
    );
    expect(bad).toEqual([]);
  });

  it("SAN reasons and 'left off' reasons carry no internal reference", () => {
    expect(corpus.reasons.flatMap((r) => internalRefs(r).map((x) => `${r} — ${x}`))).toEqual([]);
  });

  it("rule descriptions carry no internal reference", () => {
    expect(ruleTexts().flatMap((r) => internalRefs(r.description).map((x) => `${r.id}: ${x}`))).toEqual([]);
  });

  it("every source (the rules' and each finding's) is a primary document, quoted", () => {
    const sources = [
      ...ruleTexts().map((r) => [r.id, r.source]),
      ...corpus.messages.map((m) => [m.rule, m.source]),
    ];
    const bad: string[] = [];
    for (const [id, source] of sources as [string, string][]) {
      for (const u of nonPrimaryUrls(source)) bad.push(`${id}: not a primary source: ${u}`);
      for (const r of internalRefs(source)) bad.push(`${id}: ${r}`);
      if (!/["“]/.test(source)) bad.push(`${id}: no quote in "${source.slice(0, 80)}…"`);
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it("URLs inside messages point at primary sources too", () => {
    const bad = corpus.messages.flatMap((m) => nonPrimaryUrls(m.message).map((u) => `${m.rule}: ${u}`));
    expect(bad).toEqual([]);
  });
});

/** The text of every string and template literal of a source file (comments stripped), for prose checks. */
function literals(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const out: string[] = [];
  for (const m of noComments.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g))
    out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$|test-helpers|testing\.ts$|fixtures\.ts$/.test(f) ? [p] : [];
  });
}

describe("static scan: prose in the rules, profiles and wizard carries no internal reference", () => {
  const ROOT = join(__dirname, "..");
  const files = [
    ...sourceFiles(join(ROOT, "domain", "rules")),
    ...sourceFiles(join(ROOT, "domain", "profiles")),
    ...sourceFiles(join(ROOT, "ui")),
    ...sourceFiles(join(ROOT, "drift")),
  ];
  // prose only: a literal with at least three words (ids and keys in code are single tokens)
  const PROSE_REFS: [string, RegExp][] = [INTERNAL[0], INTERNAL[1], INTERNAL[3]] as [string, RegExp][];
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s", (_name, file) => {
    const bad = literals(readFileSync(file, "utf8"))
      .filter((l) => l.trim().split(/\s+/).length >= 3)
      .flatMap((l) =>
        PROSE_REFS.filter(([, re]) => re.test(l)).map(([what]) => `${what}: ${l.slice(0, 120)}`),
      );
    expect(bad).toEqual([]);
  });
});
