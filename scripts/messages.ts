// `npm run messages`: every text the rules can show an admin, for a reviewer to read in one go — each rule's
// description and source (the "About this rule" text), every distinct finding message the corpus of plans produces
// (all presets, both sides of each date boundary, each public CA, faulty existing certificates), the reasons given
// for SANs, and the plan-file errors of a few broken plans. Run with: npm run messages [> messages.txt]
import { corpusPlans, renderCorpus, ruleTexts } from "../src/domain/message-corpus";
import { parsePlan } from "../src/domain/plan-file";

const out: string[] = [];
const line = (s = "") => out.push(s);

const { messages, reasons, rulesFired } = renderCorpus();
line(`# Every message SAN Planner can show (${corpusPlans().length} corpus plans)`);
line();
for (const r of ruleTexts()) {
  line(`## ${r.id}${rulesFired.has(r.id) ? "" : "  (no corpus plan makes this rule speak)"}`);
  line(`About: ${r.description}`);
  line(`Source: ${r.source}`);
  for (const m of messages.filter((x) => x.rule === r.id)) {
    line(`- [${m.severity}] ${m.message}`);
    if (m.source !== r.source) line(`  Source: ${m.source}`);
  }
  line();
}
line("## Reasons shown next to subject alternative names");
for (const r of [...reasons].sort()) line(`- ${r}`);
line();
line("## Plan-file errors (a few broken plans)");
const broken: unknown[] = [
  {},
  { format: "san-planner/plan", version: 1, name: "", sipDomains: [""], components: [{ type: "sfb-edge" }] },
  {
    format: "san-planner/plan",
    version: 1,
    name: "x",
    sipDomains: ["contoso..com", "under_score.example.com"],
    subject: { C: "UK", OU: 5 },
    defaults: { caType: "public", publicCa: "verisign", validationLevel: "XV", validationMethod: "fax" },
    components: [{ type: "pexip", id: "px", deployment: "dmz", nodes: [] }],
  },
];
for (const plan of broken) {
  const r = parsePlan(plan);
  if (!r.ok) for (const e of r.errors) line(`- ${e.path}: ${e.message}`);
}
process.stdout.write(`${out.join("\n")}\n`);
