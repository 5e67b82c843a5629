// Reads DNS SRV records out of what an admin pastes from a terminal: `dig SRV`, `dig +short SRV`,
// `nslookup -type=SRV` (Unix and Windows forms) and PowerShell `Resolve-DnsName -Type SRV` (table and list
// output). Pure: no DOM. Returns the records and every line it could not read, with why, so the wizard can show
// both before anything is added to the plan.
import { fqdnProblem, normalizeName } from "./names";
import type { SrvRecord } from "./types";

export interface UnreadLine {
  /** 1-based line number in the pasted text */
  line: number;
  text: string;
  why: string;
}

export interface DnsPasteResult {
  records: SrvRecord[];
  unreadable: UnreadLine[];
  /** what the DNS tools said instead of records (NXDOMAIN, SERVFAIL, time-outs...), in words */
  toolErrors: UnreadLine[];
  /** set when the paste was not read at all (too large), with why */
  refused?: string;
}

/** The largest paste read (256 kB): `dig` output for every SRV record of a deployment is a few kB; a paste
 *  above this is not DNS tool output, and refusing it keeps the page responsive. */
export const MAX_PASTE_CHARS = 256 * 1024;
/** The longest line read (4 kB): a DNS name is at most 253 characters (RFC 1035 §2.3.4) and an SRV line
 *  four numbers and a name more; a longer line is skipped with a reason, without running any pattern on it. */
export const MAX_LINE_CHARS = 4 * 1024;

export interface DnsPasteOptions {
  /** the record name (e.g. "_sip._tls.contoso.com") for output that does not print it (`dig +short`) */
  defaultName?: string;
}

const NAMED_SRV_LINES: readonly RegExp[] = [
  // dig (full answer): "_sip._tls.contoso.com. 3600 IN SRV 0 0 443 sip.contoso.com."
  /^(\S+)\s+(?:\d+\s+)?(?:IN\s+)?(?:\d+\s+)?SRV\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/i,
  // nslookup (Unix): "_sip._tls.contoso.com	service = 0 0 443 sip.contoso.com."
  /^(\S+)\s+service\s*=\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/i,
  // host: "_sip._tls.contoso.com has SRV record 0 0 443 sip.contoso.com."
  /^(\S+)\s+has SRV record\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/i,
];

/** "_sipfederationtls._tcp.contoso.com." → service "_sipfederationtls._tcp", domain "contoso.com". */
export function splitSrvName(raw: string): { service: string; domain: string } | null {
  const name = raw.trim().replace(/\.$/, "").toLowerCase();
  const m = /^(_[a-z0-9][a-z0-9-]*\._(?:tcp|udp|tls))\.(.+)$/.exec(name);
  if (!m) return null;
  const domain = normalizeName(m[2] as string);
  if (fqdnProblem(domain, { allowSingleLabel: true }) !== null) return null;
  return { service: m[1] as string, domain };
}

const SRV_NAME_IN_TEXT = /(_[A-Za-z0-9][A-Za-z0-9-]*\._(?:tcp|udp|tls|TCP|UDP|TLS)\.[A-Za-z0-9.-]+)/;

type Draft = { name?: string; priority?: number; weight?: number; port?: number; target?: string };

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 65535 ? n : undefined;
};

/** Lines that carry no SRV data and are skipped without comment: headers, comments, address records. */
function isNoise(t: string): boolean {
  return (
    t.startsWith(";") || // dig comments and sections
    /^(Server|Address|Name|Aliases)\s*:/i.test(t) || // nslookup header (Unix and Windows)
    /^Non-authoritative answer:?$/i.test(t) ||
    /^Authoritative answers can be found from:?$/i.test(t) ||
    /^-{3,}(\s+-{3,})*$/.test(t) || // Resolve-DnsName table rule
    /\binternet address\s*=/i.test(t) ||
    /\bAAAA IPv6 address\s*=/i.test(t) ||
    /\bnameserver\s*=/i.test(t) ||
    /\bcanonical name\s*=/i.test(t) ||
    /^(primary name server|responsible mail addr|serial|refresh|retry|expire|default TTL)\s*=/i.test(t) ||
    /^\*\*\*/.test(t) || // nslookup errors such as "*** Can't find ..." (reported below when they name a record)
    /^(\S+\s+)?(\d+\s+)?(IN\s+)?(\d+\s+)?(A|AAAA|CNAME|NS|SOA|TXT)\s+\S+/.test(t) // dig address/other records
  );
}

// A shell or PowerShell prompt before the command: "PS C:\\> ", "C:\\Users\\me> ", "$ ", "# ",
// "user@host:~/dir$ ". Every part stops at a character the next part starts with (user before "@", host
// before ":" or "~", path before "$"/"#"/space), so the pattern runs in time linear in the line: the earlier
// "\S+@\S+[:~][^$#]*[$#]" could split "a@b:a@b:…" in a cubic number of ways (a 32 kB paste froze the tab 22 s).
const PROMPT = /^(?:PS [^>]*>\s*|[A-Za-z]:\\[^>]*>\s*|[$#>%]\s*|[^\s@]+@[^\s@:~]+[:~][^\s$#]*[$#]\s*)?/;
const DNS_COMMAND = /^(?:dig|nslookup|Resolve-DnsName|host|drill)\b/i;

/** A shell or PowerShell command line: it names the record that `dig +short` output belongs to. */
function commandName(t: string): string | null | undefined {
  const prompt = PROMPT.exec(t)?.[0] ?? "";
  const isCommand = DNS_COMMAND.test(t) || DNS_COMMAND.test(t.slice(prompt.length));
  const digHeader = /^;\s*<<>>\s*DiG/i.test(t);
  if (!isCommand && !digHeader) return undefined;
  const m = SRV_NAME_IN_TEXT.exec(t);
  return m ? (m[1] as string) : null;
}

const NXDOMAIN =
  "the DNS server says this name does not exist (NXDOMAIN): check the spelling, or create the record";
const SERVFAIL =
  "the DNS server failed to answer (SERVFAIL): the zone may be broken or DNSSEC validation failed; try again or ask the DNS administrator";
const TIMED_OUT =
  "no DNS server answered in time (timed out): check the network or the server named in the command";
const NO_ANSWER = "the name exists but has no SRV record (no answer)";
const REFUSED = "the DNS server refused the query (REFUSED): ask a server that answers for this zone";

/** What `dig`, `nslookup` and `Resolve-DnsName` print instead of records, said in words; null for other lines.
 *  Every pattern here is anchored or a plain substring test, so a long line costs linear time. */
function toolError(t: string): string | null {
  const lower = t.toLowerCase();
  // dig: ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 41112"
  const status = /^;;\s*->>HEADER<<-.*?\bstatus:\s*([A-Z]+)/.exec(t);
  if (status) {
    const code = status[1] as string;
    if (code === "NXDOMAIN") return NXDOMAIN;
    if (code === "SERVFAIL") return SERVFAIL;
    if (code === "REFUSED") return REFUSED;
    return null;
  }
  // dig and Unix nslookup: ";; connection timed out; no servers could be reached", ";; communications error … timed out"
  if (/^;;\s*(connection timed out|communications error)/i.test(t) || /^;;.*\btimed out\b/i.test(t))
    return TIMED_OUT;
  // Unix nslookup: "** server can't find _sip._tls.contoso.com: NXDOMAIN"; "*** Can't find …: No answer"
  // Windows nslookup: "*** dc1.contoso.com can't find _sip._tls.contoso.com: Non-existent domain",
  // "*** Request to dc1.contoso.com timed-out", "DNS request timed out."
  if (t.startsWith("*") || lower.startsWith("dns request timed out")) {
    if (
      lower.includes("timed-out") ||
      lower.includes("timed out") ||
      lower.includes("no response from server")
    )
      return TIMED_OUT;
    if (lower.includes("can't find") || lower.includes("can not find") || lower.includes("cannot find")) {
      if (lower.includes("nxdomain") || lower.includes("non-existent domain")) return NXDOMAIN;
      if (lower.includes("servfail") || lower.includes("server failed")) return SERVFAIL;
      if (lower.includes("refused")) return REFUSED;
      if (lower.includes("no answer")) return NO_ANSWER;
      return "the DNS server found no such record (can't find)";
    }
    return null;
  }
  // Resolve-DnsName: "Resolve-DnsName : _sip._tls.contoso.com : DNS name does not exist"
  if (lower.startsWith("resolve-dnsname :") || lower.startsWith("resolve-dnsname:")) {
    if (lower.includes("dns name does not exist")) return NXDOMAIN;
    if (lower.includes("timeout period expired") || lower.includes("timed out")) return TIMED_OUT;
    if (lower.includes("server failure")) return SERVFAIL;
    if (lower.includes("refused")) return REFUSED;
    if (lower.includes("no records")) return NO_ANSWER;
    return "Resolve-DnsName reported an error";
  }
  return null;
}

/** The lines PowerShell prints after an error ("At line:1 char:1", "+ CategoryInfo …"): skipped. */
function isPowerShellErrorTail(t: string): boolean {
  return /^At line:\d+/i.test(t) || /^\+\s/.test(t) || t === "+";
}

export function parseDnsPaste(input: string, options: DnsPasteOptions = {}): DnsPasteResult {
  const records: SrvRecord[] = [];
  const unreadable: UnreadLine[] = [];
  const toolErrors: UnreadLine[] = [];
  if (input.length > MAX_PASTE_CHARS) {
    return {
      records,
      unreadable,
      toolErrors,
      refused: `The paste is ${Math.ceil(input.length / 1024).toLocaleString("en")} kB; at most ${MAX_PASTE_CHARS / 1024} kB is read. DNS tool output for every SRV record of a deployment is a few kB: paste the output of the SRV queries only.`,
    };
  }
  const seen = new Set<string>();
  let queryName: string | undefined = options.defaultName?.trim() || undefined;

  const add = (d: Draft, line: number, text: string): void => {
    const name = d.name ?? queryName;
    if (name === undefined) {
      unreadable.push({
        line,
        text,
        why: "no record name: paste the command line too, or type the record name above",
      });
      return;
    }
    const split = splitSrvName(name);
    if (!split) {
      unreadable.push({
        line,
        text,
        why: `"${name}" is not an SRV record name such as _sipfederationtls._tcp.contoso.com`,
      });
      return;
    }
    const rawTarget = (d.target ?? "").trim();
    if (rawTarget === "." || rawTarget === "") {
      unreadable.push({
        line,
        text,
        why: 'target "." means the service is explicitly not offered (RFC 2782); nothing to add',
      });
      return;
    }
    const target = normalizeName(rawTarget);
    const problem = fqdnProblem(target);
    if (problem) {
      unreadable.push({ line, text, why: `target "${rawTarget}" ${problem}` });
      return;
    }
    if (d.port === undefined || d.priority === undefined || d.weight === undefined) {
      unreadable.push({
        line,
        text,
        why: "priority, weight or port is missing or not a number from 0 to 65535",
      });
      return;
    }
    const key = `${split.service} ${split.domain} ${target} ${d.port}`;
    if (seen.has(key)) return;
    seen.add(key);
    records.push({
      service: split.service,
      domain: split.domain,
      target,
      port: d.port,
      priority: d.priority,
      weight: d.weight,
    });
  };

  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  // multi-line forms: Windows nslookup ("SRV service location:" + "field = value") and Resolve-DnsName | Format-List
  let pending: { draft: Draft; line: number; text: string; kind: "nslookup" | "list"; type?: string } | null =
    null;
  // Resolve-DnsName table: column names from its header line
  let columns: string[] | null = null;
  // dig: the status of the last answer header
  let lastStatus = "";

  const flush = (): void => {
    if (!pending) return;
    const p = pending;
    pending = null;
    if (p.kind === "list" && p.type !== undefined && p.type.toUpperCase() !== "SRV") return;
    add(p.draft, p.line, p.text);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.length > MAX_LINE_CHARS) {
      flush();
      unreadable.push({
        line: lineNo,
        text: `${raw.slice(0, 80)}…`,
        why: `this line is ${raw.length.toLocaleString("en")} characters long; DNS tool output lines are far shorter (at most ${MAX_LINE_CHARS.toLocaleString("en")} are read)`,
      });
      return;
    }
    const t = raw.trim();
    if (t === "") {
      if (pending?.kind === "list") flush();
      return;
    }

    const digStatus = /^;;\s*->>HEADER<<-.*?\bstatus:\s*([A-Z]+)/.exec(t);
    if (digStatus) lastStatus = digStatus[1] as string;
    // dig: "status: NOERROR" then ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, …": the name exists, no SRV record
    const said =
      toolError(t) ??
      (lastStatus === "NOERROR" && /^;;\s*flags:.*\bANSWER:\s*0\b/.test(t) ? NO_ANSWER : null);
    if (said !== null) {
      flush();
      const named = SRV_NAME_IN_TEXT.exec(t)?.[1] ?? queryName;
      toolErrors.push({ line: lineNo, text: t, why: named ? `${named}: ${said}` : said });
      return;
    }
    if (isPowerShellErrorTail(t)) return;

    const cmd = commandName(t);
    if (cmd !== undefined) {
      flush();
      columns = null;
      if (cmd !== null) queryName = cmd;
      return;
    }

    // Windows nslookup: "_sip._tls.contoso.com   SRV service location:" then indented "field = value" lines
    const loc = /^(\S+)\s+SRV service location:?$/i.exec(t);
    if (loc) {
      flush();
      pending = { draft: { name: loc[1] as string }, line: lineNo, text: t, kind: "nslookup" };
      return;
    }
    if (pending?.kind === "nslookup") {
      const kv = /^(priority|weight|port|svr hostname)\s*=\s*(\S+)$/i.exec(t);
      if (kv) {
        const k = (kv[1] as string).toLowerCase();
        const v = kv[2] as string;
        if (k === "priority") pending.draft.priority = num(v);
        else if (k === "weight") pending.draft.weight = num(v);
        else if (k === "port") pending.draft.port = num(v);
        else {
          pending.draft.target = v;
          flush();
        }
        return;
      }
      flush();
    }

    // Resolve-DnsName | Format-List: "Name : ...", "Type : SRV", "NameTarget : ..." blocks
    const field =
      /^(Name|Type|TTL|Section|NameTarget|Priority|Weight|Port|DataLength|IP4Address|IP6Address|IPAddress|NameHost|QueryType)\s+:\s*(.*)$/.exec(
        t,
      );
    if (field) {
      const k = field[1] as string;
      const v = (field[2] as string).trim();
      if (k === "Name") {
        flush();
        pending = { draft: { name: v }, line: lineNo, text: t, kind: "list" };
        return;
      }
      if (pending?.kind === "list") {
        if (k === "Type" || k === "QueryType") pending.type = v;
        else if (k === "NameTarget") pending.draft.target = v;
        else if (k === "Priority") pending.draft.priority = num(v);
        else if (k === "Weight") pending.draft.weight = num(v);
        else if (k === "Port") pending.draft.port = num(v);
      }
      return;
    }
    flush();

    // Resolve-DnsName table header
    if (/^Name\s+Type\s+TTL\s+Section\b/i.test(t)) {
      columns = t.split(/\s+/).map((c) => c.toLowerCase());
      return;
    }

    // one record per line, name then priority weight port target, in the three tools' wordings
    for (const re of NAMED_SRV_LINES) {
      const m = re.exec(t);
      if (m) {
        add(
          {
            name: m[1] as string,
            priority: num(m[2]),
            weight: num(m[3]),
            port: num(m[4]),
            target: m[5] as string,
          },
          lineNo,
          t,
        );
        return;
      }
    }
    // dig +short: "0 0 443 sip.contoso.com."
    const short = /^(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/.exec(t);
    if (short) {
      add(
        { priority: num(short[1]), weight: num(short[2]), port: num(short[3]), target: short[4] as string },
        lineNo,
        t,
      );
      return;
    }
    // Resolve-DnsName table row
    if (columns) {
      const cells = t.split(/\s+/);
      const col = (name: string): string | undefined => {
        const idx = (columns as string[]).indexOf(name);
        return idx >= 0 ? cells[idx] : undefined;
      };
      const type = col("type");
      if (type !== undefined && type.toUpperCase() !== "SRV") return; // A/AAAA rows of the Additional section
      const name = col("name") ?? "";
      const target = col("nametarget") ?? "";
      if (name.endsWith("...") || target.endsWith("...")) {
        unreadable.push({
          line: lineNo,
          text: t,
          why: "PowerShell cut this name short (…): run it again with | Format-List",
        });
        return;
      }
      if (cells.length === columns.length) {
        add(
          {
            name,
            target,
            priority: num(col("priority")),
            weight: num(col("weight")),
            port: num(col("port")),
          },
          lineNo,
          t,
        );
        return;
      }
    }
    if (isNoise(t)) return;
    unreadable.push({ line: lineNo, text: t, why: "not an SRV record line this reader knows" });
  });
  flush();
  return { records, unreadable, toolErrors };
}

// ---------------------------------------------------------------- reconciling with the plan

/** A record already in the plan (or in the form), with the fields that may differ. */
export interface PlannedSrv {
  service: string;
  domain: string;
  target: string;
  port: number | undefined;
  priority: number | undefined;
  weight: number | undefined;
}

export interface ChangedSrv {
  record: SrvRecord;
  /** the index of the planned record it updates */
  index: number;
  /** what differs: "port 5061 → 443", "priority 0 → 10" */
  changes: string[];
}

export interface ForeignDomain {
  domain: string;
  /** the plan's domain list the domain belongs in, by its records' services; null when neither */
  list: "sipDomains" | "xmppDomains" | null;
  records: SrvRecord[];
}

export interface Reconciled {
  added: SrvRecord[];
  changed: ChangedSrv[];
  unchanged: SrvRecord[];
  /** records of domains the plan does not have: the admin adds the domain, or skips them */
  foreign: ForeignDomain[];
}

const srvKey = (r: { service: string; domain: string; target: string }): string =>
  `${r.service.toLowerCase()}|${normalizeName(r.domain)}|${normalizeName(r.target)}`;

/** Compare what was pasted with the plan's records: a record is the same when its service, domain and target
 *  are; then its port, priority or weight may have changed. `domains` are the plan's domains (SIP, XMPP,
 *  MRA...); a record of any other domain is listed apart. */
export function reconcileSrv(
  planned: readonly PlannedSrv[],
  domains: readonly string[],
  found: readonly SrvRecord[],
): Reconciled {
  const known = new Set(domains.map((d) => normalizeName(d)));
  for (const p of planned) known.add(normalizeName(p.domain));
  const byKey = new Map<string, number[]>();
  planned.forEach((p, i) => {
    const k = srvKey(p);
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const out: Reconciled = { added: [], changed: [], unchanged: [], foreign: [] };
  const foreign = new Map<string, ForeignDomain>();
  const used = new Set<number>();
  for (const r of found) {
    const candidates = (byKey.get(srvKey(r)) ?? []).filter((i) => !used.has(i));
    if (candidates.length > 0) {
      // the same port first, so that two records of one target on two ports each find their own
      const index = candidates.find((i) => planned[i]?.port === r.port) ?? (candidates[0] as number);
      used.add(index);
      const p = planned[index] as PlannedSrv;
      const changes: string[] = [];
      if (p.port !== r.port) changes.push(`port ${p.port ?? "(none)"} → ${r.port}`);
      if ((p.priority ?? 0) !== r.priority)
        changes.push(`priority ${p.priority ?? "(none)"} → ${r.priority}`);
      if ((p.weight ?? 0) !== r.weight) changes.push(`weight ${p.weight ?? "(none)"} → ${r.weight}`);
      if (changes.length > 0) out.changed.push({ record: r, index, changes });
      else out.unchanged.push(r);
      continue;
    }
    if (known.has(r.domain)) {
      out.added.push(r);
      continue;
    }
    let f = foreign.get(r.domain);
    if (!f) {
      f = { domain: r.domain, list: null, records: [] };
      foreign.set(r.domain, f);
      out.foreign.push(f);
    }
    f.records.push(r);
  }
  for (const f of out.foreign) {
    const services = f.records.map((r) => r.service);
    if (services.some((s) => s.startsWith("_sip"))) f.list = "sipDomains";
    else if (services.some((s) => s.startsWith("_xmpp"))) f.list = "xmppDomains";
  }
  return out;
}
