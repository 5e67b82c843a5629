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
}

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

/** A shell or PowerShell command line: it names the record that `dig +short` output belongs to. */
function commandName(t: string): string | null | undefined {
  const isCommand =
    /^(?:PS [^>]*>\s*|[A-Za-z]:\\[^>]*>\s*|[$#>%]\s*|\S+@\S+[:~][^$#]*[$#]\s*)?(?:dig|nslookup|Resolve-DnsName|host|drill)\b/i.test(
      t,
    );
  const digHeader = /^;\s*<<>>\s*DiG/i.test(t);
  if (!isCommand && !digHeader) return undefined;
  const m = SRV_NAME_IN_TEXT.exec(t);
  return m ? (m[1] as string) : null;
}

export function parseDnsPaste(input: string, options: DnsPasteOptions = {}): DnsPasteResult {
  const records: SrvRecord[] = [];
  const unreadable: UnreadLine[] = [];
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

  const flush = (): void => {
    if (!pending) return;
    const p = pending;
    pending = null;
    if (p.kind === "list" && p.type !== undefined && p.type.toUpperCase() !== "SRV") return;
    add(p.draft, p.line, p.text);
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const t = raw.trim();
    if (t === "") {
      if (pending?.kind === "list") flush();
      return;
    }

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
    if (isNoise(t)) {
      const cantFind = /^\*\*\*.*?(_[A-Za-z0-9-]+\._\w+\.\S+?)[:\s]/.exec(t);
      if (cantFind) unreadable.push({ line: lineNo, text: t, why: "the DNS server found no such record" });
      return;
    }
    unreadable.push({ line: lineNo, text: t, why: "not an SRV record line this reader knows" });
  });
  flush();
  return { records, unreadable };
}
