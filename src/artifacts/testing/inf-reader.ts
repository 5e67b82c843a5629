// Test support (the app never imports it): read a generated certreq .inf back the way certreq reads it, to check
// that what the admin runs asks for exactly the planned certificate. Written from Microsoft's documented syntax,
// independently of the writer (certreq.ts):
// - INF files: "[section]" headers, "key = value" entries, ";" starts a comment outside quotes, a backslash as the
//   last character of a line continues it on the next; in a quoted value "" is a quote and %% is a percent sign.
//   https://learn.microsoft.com/en-us/windows-hardware/drivers/install/general-syntax-rules-for-inf-files
//   https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-strings-section
// - certreq policy files: [NewRequest] Subject, Exportable, KeyAlgorithm, KeyLength; [EnhancedKeyUsageExtension]
//   OID = …; [Extensions] 2.5.29.17 = "{text}" continued by _continue_ = "dns=…&ipaddress=…"
//   https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certreq_1
// - Subject: CertStrToName's X.500 string: RDNs separated by "," or ";", attributes of one RDN by "+", a value in
//   quotes may contain them, "" is a quote inside quotes; unquoted values are trimmed.
//   https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/nf-wincrypt-certstrtonamea

export type IniSections = Map<string, [string, string][]>;

/** Every section with its entries in file order (keys may repeat, e.g. _continue_ and OID). Throws on a line that
 *  is neither a section, an entry, a comment nor blank — certreq would refuse the file or misread it. */
export function readInf(text: string): IniSections {
  const sections: IniSections = new Map();
  let current: [string, string][] | undefined;
  const physical = text.replace(/\r\n/g, "\n").split("\n");
  const logical: string[] = [];
  let pending = "";
  for (const line of physical) {
    const withoutComment = stripComment(line);
    if (withoutComment.trimEnd().endsWith("\\")) {
      pending += withoutComment.trimEnd().slice(0, -1);
      continue;
    }
    logical.push(pending + withoutComment);
    pending = "";
  }
  if (pending !== "") logical.push(pending);
  for (const raw of logical) {
    const line = raw.trim();
    if (line === "") continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      const name = (section[1] as string).trim();
      if (sections.has(name)) throw new Error(`section [${name}] appears twice`);
      current = [];
      sections.set(name, current);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || !current) throw new Error(`not an INF entry: ${JSON.stringify(raw)}`);
    current.push([line.slice(0, eq).trim(), infValue(line.slice(eq + 1).trim())]);
  }
  return sections;
}

function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ";" && !quoted) return line.slice(0, i);
  }
  return line;
}

function infValue(v: string): string {
  if (!v.startsWith('"')) {
    if (v.includes('"')) throw new Error(`stray quote in ${v}`);
    return v;
  }
  let out = "";
  let i = 1;
  for (; i < v.length; i++) {
    const c = v[i];
    if (c === '"') {
      if (v[i + 1] === '"') {
        out += '"';
        i++;
        continue;
      }
      break;
    }
    if (c === "%") {
      if (v[i + 1] !== "%") throw new Error(`a lone % (INF string substitution) in ${v}`);
      out += "%";
      i++;
      continue;
    }
    out += c;
  }
  if (i !== v.length - 1) throw new Error(`text after the closing quote in ${v}`);
  return out;
}

/** CertStrToName: [["CN","a"],["O","b"],…] in string order; throws on a multi-valued RDN ("+"), which the plan
 *  never asks for. */
export function readX500(s: string): [string, string][] {
  const out: [string, string][] = [];
  let i = 0;
  while (i < s.length) {
    while (s[i] === " ") i++;
    const eq = s.indexOf("=", i);
    if (eq < 0) throw new Error(`no "=" in ${s.slice(i)}`);
    const key = s.slice(i, eq).trim();
    i = eq + 1;
    while (s[i] === " ") i++;
    let value = "";
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error(`unterminated quote in ${s}`);
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += s[i];
        i++;
      }
      while (s[i] === " ") i++;
    } else {
      const start = i;
      while (i < s.length && s[i] !== "," && s[i] !== ";" && s[i] !== "+") i++;
      value = s.slice(start, i).trim();
    }
    if (s[i] === "+") throw new Error(`multi-valued RDN in ${s}`);
    if (i < s.length && s[i] !== "," && s[i] !== ";") throw new Error(`unexpected ${s[i]} in ${s}`);
    i++;
    out.push([key, value]);
  }
  return out;
}

export interface InfFacts {
  /** Subject attributes as certreq reads them, with S written ST: [["CN", …], ["OU", …], …] */
  subject: [string, string][];
  /** "DNS:name" / "IP:1.2.3.4", in file order */
  sans: string[];
  /** OIDs of [EnhancedKeyUsageExtension] */
  ekuOids: string[];
  /** "RSA 2048" / "ECDSA P-256" */
  key: string;
  exportable: boolean;
  sections: IniSections;
}

function one(entries: [string, string][] | undefined, key: string): string {
  const found = (entries ?? []).filter(([k]) => k.toLowerCase() === key.toLowerCase());
  if (found.length !== 1) throw new Error(`${key} appears ${found.length} times in [NewRequest]`);
  return (found[0] as [string, string])[1];
}

/** What certreq -new would put in the request: Subject, SANs, EKUs, key, exportability. */
export function readCertreqInf(text: string): InfFacts {
  const sections = readInf(text);
  const known = new Set(["Version", "NewRequest", "EnhancedKeyUsageExtension", "Extensions"]);
  for (const name of sections.keys()) if (!known.has(name)) throw new Error(`unexpected section [${name}]`);
  const req = sections.get("NewRequest");
  const subject = readX500(one(req, "Subject")).map(
    ([k, v]) => [k === "S" ? "ST" : k, v] as [string, string],
  );
  const alg = one(req, "KeyAlgorithm");
  const length = one(req, "KeyLength");
  const ecdsa = /^ECDSA_P(256|384|521)$/.exec(alg);
  const key = alg === "RSA" ? `RSA ${length}` : ecdsa ? `ECDSA P-${ecdsa[1]}` : `unknown ${alg}`;
  const exportable = one(req, "Exportable").toUpperCase() === "TRUE";
  const ekuOids = (sections.get("EnhancedKeyUsageExtension") ?? []).map(([k, v]) => {
    if (k !== "OID") throw new Error(`unexpected ${k} in [EnhancedKeyUsageExtension]`);
    return v;
  });
  const ext = sections.get("Extensions") ?? [];
  const sans: string[] = [];
  const i = ext.findIndex(([k]) => k === "2.5.29.17");
  if (i >= 0) {
    if (ext[i]?.[1] !== "{text}") throw new Error(`2.5.29.17 is ${ext[i]?.[1]}`);
    let body = "";
    for (let j = i + 1; j < ext.length && ext[j]?.[0] === "_continue_"; j++) body += ext[j]?.[1];
    for (const part of body.split("&")) {
      const m = /^(dns|ipaddress)=(.*)$/i.exec(part);
      if (!m) throw new Error(`not a SAN entry: ${part}`);
      sans.push(`${(m[1] as string).toLowerCase() === "dns" ? "DNS" : "IP"}:${m[2]}`);
    }
  }
  return { subject, sans, ekuOids, key, exportable, sections };
}
