import { describe, expect, it } from "vitest";
import { readSource } from "./detect";
import { EXPRESSWAY_DNS_JSON, EXPRESSWAY_DOMAINS_JSON } from "./test-fixtures";

describe("Expressway REST API", () => {
  it("reads the system host name and domain as the Expressway's FQDN", () => {
    const s = readSource(EXPRESSWAY_DNS_JSON, "dns.json");
    if (s.kind !== "expressway-dns") throw new Error(`read as ${s.kind}`);
    expect(s.dns).toEqual({ hostName: "expe01", domain: "contoso.com", fqdn: "expe01.contoso.com" });
  });
  it("reads each domain's services, whatever the case of the field names", () => {
    const lower = EXPRESSWAY_DOMAINS_JSON.replace(/"EdgeSip"/g, '"edgesip"');
    const s = readSource(lower, "domains.json");
    if (s.kind !== "expressway-domains") throw new Error(`read as ${s.kind}`);
    expect(s.domains).toEqual([
      { name: "contoso.com", sip: true, edgeSip: true, edgeXmpp: true, xmppFederation: true },
      { name: "fabrikam.com", sip: true, edgeSip: false, edgeXmpp: false, xmppFederation: false },
    ]);
  });
});
