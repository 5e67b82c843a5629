// Cisco Unified CM / IM and Presence: the CLI output of `show network cluster`, recognised by its content. Each node
// line is "<address> <FQDN> <host name> <Publisher|Subscriber> <product> <DBPub|DBSub> [authenticated …]"; the FQDN
// column is empty when no domain is set on the node, and a long line may wrap on the console. Examples of the
// output are in Cisco's own guides (e.g. "Changing the IP Address and Hostname for Cisco Unified Communications
// Manager": "10.63.70.125 hippo2.burren.pst hippo2 Subscriber cups DBPub authenticated").
import { checkSize, cleanValue } from "./limits";

export interface CiscoNodeLine {
  address: string;
  /** the FQDN when the column is filled, else the host name */
  name: string;
  hasDomain: boolean;
  role: "Publisher" | "Subscriber";
  product: string;
  db: string;
  line: number;
}

export interface CiscoCluster {
  publisher?: CiscoNodeLine;
  subscribers: CiscoNodeLine[];
  imPresence: CiscoNodeLine[];
  /** node lines of another product (e.g. Emergency Responder): shown, not imported */
  otherProducts: CiscoNodeLine[];
  /** lines that are neither a node, nor the command's own headings: the admin confirms them */
  unrecognised: { line: number; text: string }[];
  refused: string[];
}

const NODE =
  /^\s*([0-9a-f.:]+)\s+(?:([A-Za-z0-9][\w.-]*\.[\w.-]+)\s+)?([A-Za-z0-9][\w-]*)\s+(Publisher|Subscriber)\s+(\S+)\s+(DBPub|DBSub)\b/i;
const NOISE = [
  /^\s*$/,
  /^\s*\S*:?\s*show network cluster\s*$/i,
  /^\s*authenticated\b/i,
  /^\s*Server Table \(processnode\) Entries\s*$/i,
  /^\s*-{3,}\s*$/,
  /^\s*Successful\s*$/i,
  /^\s*Dynamic Cluster Configuration is\b/i,
];

export function looksLikeCluster(text: string): boolean {
  return text.split(/\r?\n/, 2000).some((l) => NODE.test(l));
}

export function readCluster(textIn: string, what: string): CiscoCluster {
  checkSize(textIn, what);
  const out: CiscoCluster = {
    subscribers: [],
    imPresence: [],
    otherProducts: [],
    unrecognised: [],
    refused: [],
  };
  const lines = textIn.split(/\r?\n/);
  let inProcessNodeTable = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const clean = cleanValue(raw.replace(/\t/g, " "));
    if ("refused" in clean) {
      out.refused.push(`line ${lineNo} ${clean.refused}`);
      return;
    }
    const l = clean.value;
    if (/^Server Table \(processnode\) Entries$/i.test(l)) {
      inProcessNodeTable = true;
      return;
    }
    const m = NODE.exec(l);
    if (m) {
      inProcessNodeTable = false;
      const node: CiscoNodeLine = {
        address: m[1] as string,
        name: (m[2] ?? m[3]) as string,
        hasDomain: m[2] !== undefined,
        role: (m[4] as string).toLowerCase() === "publisher" ? "Publisher" : "Subscriber",
        product: (m[5] as string).toLowerCase(),
        db: m[6] as string,
        line: lineNo,
      };
      if (node.product === "callmanager") {
        if (node.role === "Publisher" && !out.publisher) out.publisher = node;
        else out.subscribers.push(node);
      } else if (node.product === "cups") out.imPresence.push(node);
      else out.otherProducts.push(node);
      return;
    }
    if (NOISE.some((re) => re.test(l))) return;
    // the processnode table lists the cluster's node names or addresses, one per line, until a blank line
    if (inProcessNodeTable && /^[\w.:-]+$/.test(l)) return;
    out.unrecognised.push({ line: lineNo, text: l.slice(0, 200) });
  });
  return out;
}
