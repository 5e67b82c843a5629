import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, MAX_PASTE_CHARS, parseDnsPaste, reconcileSrv, splitSrvName } from "./dns-paste";

const FED = {
  service: "_sipfederationtls._tcp",
  domain: "contoso.com",
  target: "sip.contoso.com",
  port: 5061,
  priority: 0,
  weight: 0,
};
const TLS = {
  service: "_sip._tls",
  domain: "contoso.com",
  target: "sip.contoso.com",
  port: 443,
  priority: 0,
  weight: 0,
};

describe("splitSrvName", () => {
  it("splits service and domain, lower-cases and drops the trailing dot", () => {
    expect(splitSrvName("_SIPfederationtls._TCP.Contoso.com.")).toEqual({
      service: "_sipfederationtls._tcp",
      domain: "contoso.com",
    });
    expect(splitSrvName("_xmpp-server._tcp.contoso.com")).toEqual({
      service: "_xmpp-server._tcp",
      domain: "contoso.com",
    });
  });
  it("refuses names that are not SRV owner names", () => {
    expect(splitSrvName("sip.contoso.com")).toBeNull();
    expect(splitSrvName("_sip.contoso.com")).toBeNull();
  });
});

describe("dig", () => {
  it("reads the full output of dig SRV (answer section), skipping comments and additional A records", () => {
    const text = `
; <<>> DiG 9.18.24-1-Debian <<>> SRV _sipfederationtls._tcp.contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 41112
;; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 2

;; OPT PSEUDOSECTION:
; EDNS: version: 0, flags:; udp: 1232
;; QUESTION SECTION:
;_sipfederationtls._tcp.contoso.com. IN	SRV

;; ANSWER SECTION:
_sipfederationtls._tcp.contoso.com. 3600 IN SRV	0 0 5061 sip.contoso.com.

;; ADDITIONAL SECTION:
sip.contoso.com.	3600	IN	A	131.107.0.10

;; Query time: 24 msec
;; SERVER: 192.168.1.1#53(192.168.1.1) (UDP)
;; WHEN: Mon Nov 23 10:12:44 CET 2026
;; MSG SIZE  rcvd: 112
`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([FED]);
    expect(r.unreadable).toEqual([]);
  });

  it("reads dig +short output with the record name from the command line", () => {
    const text = `$ dig +short SRV _sipfederationtls._tcp.contoso.com
0 0 5061 sip.contoso.com.
$ dig +short SRV _sip._tls.contoso.com
0 0 443 sip.contoso.com.
`;
    expect(parseDnsPaste(text).records).toEqual([FED, TLS]);
  });

  it("dig +short without the command line: uses the name typed by the user, or says what is missing", () => {
    expect(
      parseDnsPaste("10 60 5061 sip.contoso.com.", { defaultName: "_sipfederationtls._tcp.contoso.com" })
        .records,
    ).toEqual([{ ...FED, priority: 10, weight: 60 }]);
    const r = parseDnsPaste("10 60 5061 sip.contoso.com.");
    expect(r.records).toEqual([]);
    expect(r.unreadable).toHaveLength(1);
    expect(r.unreadable[0]?.line).toBe(1);
    expect(r.unreadable[0]?.why).toMatch(/no record name/);
  });

  it("keeps several records of one name (priorities) and drops exact duplicates", () => {
    const text = `_sip._tls.fabrikam.com. 300 IN SRV 10 50 443 sip1.fabrikam.com.
_sip._tls.fabrikam.com. 300 IN SRV 20 50 443 sip2.fabrikam.com.
_sip._tls.fabrikam.com. 300 IN SRV 10 50 443 sip1.fabrikam.com.`;
    expect(parseDnsPaste(text).records.map((r) => [r.target, r.priority])).toEqual([
      ["sip1.fabrikam.com", 10],
      ["sip2.fabrikam.com", 20],
    ]);
  });
});

describe("nslookup", () => {
  it("reads Unix nslookup -type=SRV", () => {
    const text = `Server:		127.0.0.53
Address:	127.0.0.53#53

Non-authoritative answer:
_sipfederationtls._tcp.contoso.com	service = 0 0 5061 sip.contoso.com.

Authoritative answers can be found from:
`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([FED]);
    expect(r.unreadable).toEqual([]);
  });

  it("reads Windows nslookup -type=SRV (multi-line)", () => {
    const text = `C:\\> nslookup -type=SRV _sip._tls.contoso.com
Server:  dc01.contoso.local
Address:  10.0.0.10

Non-authoritative answer:
_sip._tls.contoso.com   SRV service location:
          priority       = 0
          weight         = 0
          port           = 443
          svr hostname   = sip.contoso.com

sip.contoso.com internet address = 131.107.0.10
`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([TLS]);
    expect(r.unreadable).toEqual([]);
  });

  it("reports a record the server could not find", () => {
    const r = parseDnsPaste("*** Can't find _xmpp-server._tcp.contoso.com: No answer");
    expect(r.records).toEqual([]);
    expect(r.unreadable).toEqual([]);
    expect(r.toolErrors[0]?.why).toBe(
      "_xmpp-server._tcp.contoso.com: the name exists but has no SRV record (no answer)",
    );
  });
});

describe("Resolve-DnsName", () => {
  it("reads the table output and skips the Additional A records", () => {
    const text = `PS C:\\> Resolve-DnsName -Type SRV _sipfederationtls._tcp.contoso.com

Name                                     Type   TTL   Section    NameTarget                     Priority Weight Port
----                                     ----   ---   -------    ----------                     -------- ------ ----
_sipfederationtls._tcp.contoso.com       SRV    3600  Answer     sip.contoso.com                0        0      5061

Name       : sip.contoso.com
QueryType  : A
TTL        : 3600
Section    : Additional
IP4Address : 131.107.0.10
`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([FED]);
    expect(r.unreadable).toEqual([]);
  });

  it("reads the | Format-List output", () => {
    const text = `Name       : _sip._tls.contoso.com
Type       : SRV
TTL        : 300
Section    : Answer
NameTarget : sip.contoso.com
Priority   : 0
Weight     : 0
Port       : 443

Name       : _sipfederationtls._tcp.contoso.com
Type       : SRV
TTL        : 300
Section    : Answer
NameTarget : sip.contoso.com
Priority   : 0
Weight     : 0
Port       : 5061`;
    expect(parseDnsPaste(text).records).toEqual([TLS, FED]);
  });

  it("says when PowerShell truncated a column", () => {
    const text = `Name                                     Type   TTL   Section    NameTarget                     Priority Weight Port
----                                     ----   ---   -------    ----------                     -------- ------ ----
_sipfederationtls._tcp.verylongsubdom... SRV    3600  Answer     sip.contoso.com                0        0      5061`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([]);
    expect(r.unreadable[0]?.why).toMatch(/Format-List/);
    expect(r.unreadable[0]?.line).toBe(3);
  });
});

describe("mixed and bad input", () => {
  it("reads all tools' output pasted together", () => {
    const text = `_sipfederationtls._tcp.contoso.com. 3600 IN SRV 0 0 5061 sip.contoso.com.
_sip._tls.contoso.com	service = 0 0 443 sip.contoso.com.
_xmpp-server._tcp.contoso.com has SRV record 0 0 5269 xmpp.contoso.com.`;
    expect(parseDnsPaste(text).records.map((r) => r.service)).toEqual([
      "_sipfederationtls._tcp",
      "_sip._tls",
      "_xmpp-server._tcp",
    ]);
  });

  it("lists the lines it could not read, with their numbers", () => {
    const text = `_sip._tls.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.
hello world
sip.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.
_sip._tls.contoso.com. 300 IN SRV 0 0 443 .
_sip._tls.contoso.com. 300 IN SRV 0 0 99999 sip.contoso.com.
_sip._tls.contoso.com. 300 IN SRV 0 0 443 bad_name.contoso.com.`;
    const r = parseDnsPaste(text);
    expect(r.records).toEqual([TLS]);
    expect(r.unreadable.map((u) => u.line)).toEqual([2, 3, 4, 5, 6]);
    expect(r.unreadable[1]?.why).toMatch(/not an SRV record name/);
    expect(r.unreadable[2]?.why).toMatch(/not offered/);
    expect(r.unreadable[3]?.why).toMatch(/not a number/);
    expect(r.unreadable[4]?.why).toMatch(/underscore/);
  });

  it("returns nothing for empty input and handles CRLF", () => {
    expect(parseDnsPaste("")).toEqual({ records: [], unreadable: [], toolErrors: [] });
    expect(
      parseDnsPaste("_sip._tls.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.\r\n\r\n").records,
    ).toEqual([TLS]);
  });
});

describe("what the DNS tools say instead of records", () => {
  const cases: [string, string, RegExp][] = [
    [
      "dig NXDOMAIN",
      `; <<>> DiG 9.18.24 <<>> SRV _sip._tls.contoso.com
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 2210
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1`,
      /^_sip\._tls\.contoso\.com: the DNS server says this name does not exist \(NXDOMAIN\)/,
    ],
    [
      "dig SERVFAIL",
      `$ dig SRV _sipfederationtls._tcp.contoso.com
;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 7`,
      /^_sipfederationtls\._tcp\.contoso\.com: the DNS server failed to answer \(SERVFAIL\)/,
    ],
    [
      "dig: the name exists but has no SRV record",
      `$ dig SRV _sip._tls.contoso.com
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 7
;; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1`,
      /^_sip\._tls\.contoso\.com: the name exists but has no SRV record/,
    ],
    [
      "dig timed out",
      `$ dig +short SRV _sip._tls.contoso.com
;; connection timed out; no servers could be reached`,
      /^_sip\._tls\.contoso\.com: no DNS server answered in time \(timed out\)/,
    ],
    [
      "Unix nslookup NXDOMAIN",
      "** server can't find _sip._tls.contoso.com: NXDOMAIN",
      /^_sip\._tls\.contoso\.com: the DNS server says this name does not exist \(NXDOMAIN\)/,
    ],
    ["Unix nslookup SERVFAIL", "** server can't find _sip._tls.contoso.com: SERVFAIL", /\(SERVFAIL\)/],
    [
      "Windows nslookup non-existent domain",
      "*** dc1.contoso.com can't find _sip._tls.contoso.com: Non-existent domain",
      /^_sip\._tls\.contoso\.com: the DNS server says this name does not exist \(NXDOMAIN\)/,
    ],
    ["Windows nslookup time-out", "*** Request to dc1.contoso.com timed-out", /\(timed out\)/],
    ["Windows nslookup DNS request timed out", "DNS request timed out.", /\(timed out\)/],
    [
      "Resolve-DnsName DNS name does not exist",
      "Resolve-DnsName : _sip._tls.contoso.com : DNS name does not exist",
      /^_sip\._tls\.contoso\.com: the DNS server says this name does not exist \(NXDOMAIN\)/,
    ],
    [
      "Resolve-DnsName timeout",
      "Resolve-DnsName : _sip._tls.contoso.com : This operation returned because the timeout period expired",
      /\(timed out\)/,
    ],
  ];
  for (const [title, text, why] of cases) {
    it(title, () => {
      const r = parseDnsPaste(text);
      expect(r.records).toEqual([]);
      expect(r.unreadable).toEqual([]);
      expect(r.toolErrors).toHaveLength(1);
      expect(r.toolErrors[0]?.why).toMatch(why);
    });
  }

  it("skips the lines PowerShell prints after an error", () => {
    const r = parseDnsPaste(`PS C:\\> Resolve-DnsName -Type SRV _sip._tls.contoso.com
Resolve-DnsName : _sip._tls.contoso.com : DNS name does not exist
At line:1 char:1
+ Resolve-DnsName -Type SRV _sip._tls.contoso.com
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : ResourceUnavailable: (_sip._tls.contoso.com:String) [Resolve-DnsName], Win32Exception
    + FullyQualifiedErrorId : DNS_ERROR_RCODE_NAME_ERROR,Microsoft.DnsClient.Commands.ResolveDnsName`);
    expect(r.unreadable).toEqual([]);
    expect(r.toolErrors.map((e) => e.line)).toEqual([2]);
  });
});

describe("hostile pastes: bounded work", () => {
  const best = (text: string): number => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      parseDnsPaste(text);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  const normalLine = "_sipfederationtls._tcp.contoso.com. 3600 IN SRV 0 0 5061 sip.contoso.com.\n";
  const normal = normalLine.repeat(Math.ceil(65536 / normalLine.length)).slice(0, 65536);

  it("a 64 kB paste of prompt look-alikes (a@b:a@b:…) takes about as long as a normal paste of that size", () => {
    // lines at the 4 kB cap, so that every pattern runs on them (a longer line is skipped unread)
    const line = "a@b:".repeat(1023);
    const hostile = `${line}\n`.repeat(17);
    expect(hostile.length).toBeGreaterThanOrEqual(65536);
    const tNormal = best(normal);
    const tHostile = best(hostile);
    // generous: linear work is within a small factor of the normal paste; the old pattern took minutes
    expect(tHostile).toBeLessThan(20 * tNormal + 20);
    const r = parseDnsPaste(hostile);
    expect(r.records).toEqual([]);
    expect(r.unreadable).toHaveLength(17);
  });

  it("other prompt-like and nslookup-like shapes stay linear too", () => {
    const tNormal = best(normal);
    for (const unit of [
      "a@b:~",
      "*** _a._tcp.",
      "PS a",
      ";; ->>HEADER<<- ",
      "_a._tcp._a._tcp",
      "$ a@b:",
      "1 ",
    ]) {
      const line = unit.repeat(Math.floor(4000 / unit.length));
      const hostile = `${line}\n`.repeat(16);
      expect(best(hostile), unit).toBeLessThan(20 * tNormal + 20);
    }
  });

  it("refuses a paste over 256 kB with a sentence, and skips a line over 4 kB saying why", () => {
    const big = parseDnsPaste("x".repeat(MAX_PASTE_CHARS + 1));
    expect(big.refused).toMatch(/at most 256 kB is read/);
    expect(big.records).toEqual([]);
    const long = parseDnsPaste(
      `${"a".repeat(MAX_LINE_CHARS + 1)}\n_sip._tls.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.`,
    );
    expect(long.records).toEqual([TLS]);
    expect(long.unreadable[0]?.why).toMatch(/4,097 characters long/);
  });

  it("never throws, whatever is pasted (property)", () => {
    const token = fc.constantFrom(
      "a@b:",
      "$ ",
      "dig ",
      "SRV ",
      " IN ",
      "_sip._tls.contoso.com.",
      "0 0 443 ",
      "sip.contoso.com.",
      "\n",
      "\r\n",
      "*** ",
      ";; ->>HEADER<<- status: NXDOMAIN",
      "Name : ",
      "Type : SRV",
      "priority = ",
      "SRV service location:",
      "Name Type TTL Section NameTarget Priority Weight Port",
      "...",
      "Resolve-DnsName : ",
      "\u0000",
      "\u202e",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.array(token, { maxLength: 60 }).map((a) => a.join("")),
        ),
        (text) => {
          const r = parseDnsPaste(text);
          expect(Array.isArray(r.records)).toBe(true);
          for (const rec of r.records) expect(rec.port).toBeLessThanOrEqual(65535);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("reconcileSrv: what a paste changes in the plan", () => {
  const planned = [
    { ...FED, port: 5061, priority: 0, weight: 0 },
    { ...TLS, port: 443, priority: 0, weight: 0 },
  ];
  it("lists added, changed (port, priority, weight), unchanged and other domains' records", () => {
    const r = reconcileSrv(
      planned,
      ["contoso.com"],
      [
        { ...FED, priority: 10, weight: 60 },
        TLS,
        { ...TLS, service: "_sipinternaltls._tcp", port: 5061 },
        { ...FED, domain: "fabrikam.com", target: "sip.fabrikam.com" },
        { ...FED, service: "_xmpp-server._tcp", domain: "adatum.com", target: "xmpp.adatum.com", port: 5269 },
      ],
    );
    expect(r.changed).toEqual([
      {
        record: { ...FED, priority: 10, weight: 60 },
        index: 0,
        changes: ["priority 0 → 10", "weight 0 → 60"],
      },
    ]);
    expect(r.unchanged).toEqual([TLS]);
    expect(r.added.map((x) => x.service)).toEqual(["_sipinternaltls._tcp"]);
    expect(r.foreign.map((f) => [f.domain, f.list, f.records.length])).toEqual([
      ["fabrikam.com", "sipDomains", 1],
      ["adatum.com", "xmppDomains", 1],
    ]);
  });
  it("a changed port is a change of the same record; targets compare without case or final dot", () => {
    const r = reconcileSrv(
      [{ ...FED, target: "SIP.contoso.com.", port: 5061, priority: 0, weight: 0 }],
      [],
      [{ ...FED, port: 443 }],
    );
    expect(r.changed[0]?.changes).toEqual(["port 5061 → 443"]);
    expect(r.added).toEqual([]);
  });
});
