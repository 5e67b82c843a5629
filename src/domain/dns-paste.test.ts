import { describe, expect, it } from "vitest";
import { parseDnsPaste, splitSrvName } from "./dns-paste";

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
    expect(r.unreadable[0]?.why).toMatch(/no such record/);
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
    expect(parseDnsPaste("")).toEqual({ records: [], unreadable: [] });
    expect(
      parseDnsPaste("_sip._tls.contoso.com. 300 IN SRV 0 0 443 sip.contoso.com.\r\n\r\n").records,
    ).toEqual([TLS]);
  });
});
