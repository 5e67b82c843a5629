// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ImportError } from "./limits";
import { parseSfbTopology } from "./sfb-topology";
import { PUBLISHED_XML, TBXML } from "./test-fixtures";

describe("Skype for Business topology: Topology Builder file", () => {
  const t = parseSfbTopology(TBXML, "contoso.tbxml");

  it("reads the SIP domains, the default first", () => {
    expect(t.format).toBe("tbxml");
    expect(t.sipDomains).toEqual([
      { name: "contoso.com", isDefault: true },
      { name: "fabrikam.com", isDefault: false },
    ]);
  });

  it("reads an Enterprise pool with its servers and external web services", () => {
    const fe = t.pools.find((p) => p.fqdn === "pool01.contoso.com");
    expect(fe).toMatchObject({
      role: "front-end",
      servers: ["fe01.contoso.com", "fe02.contoso.com", "fe03.contoso.com"],
      externalWeb: "webext.contoso.com",
      mediationCollocated: true,
      site: "Redmond",
    });
  });

  it("reads a Standard Edition server whose machine has no FQDN as its own pool", () => {
    const se = t.pools.find((p) => p.fqdn === "se01.contoso.com");
    expect(se).toMatchObject({
      role: "standard-edition",
      servers: ["se01.contoso.com"],
      externalWeb: "seext.contoso.com",
    });
  });

  it("reads the Edge pool: internal FQDN, members, distinct Access / Web Conferencing / A/V FQDNs, XMPP, NAT", () => {
    expect(t.edges).toHaveLength(1);
    expect(t.edges[0]).toMatchObject({
      fqdn: "edgepool01.contoso.com",
      servers: ["edge01.contoso.com", "edge02.contoso.com"],
      accessEdge: "sip.contoso.com",
      webConfEdge: "webconf.contoso.com",
      avEdge: "av.contoso.com",
      xmpp: true,
      nat: [
        { server: "edge01.contoso.com", address: "203.0.113.11" },
        { server: "edge02.contoso.com", address: "203.0.113.12" },
      ],
    });
  });

  it("reads the simple URLs and Office Online Server, and names the branch site it did not import", () => {
    expect(t.simpleUrls).toEqual({
      meet: ["https://meet.contoso.com", "https://meet.fabrikam.com"],
      dialin: ["https://dialin.contoso.com"],
      admin: "https://admin.contoso.com",
    });
    expect(t.officeOnline).toEqual([
      { fqdn: "oos01.contoso.com", discoveryUrl: "https://oos01.contoso.com/hosting/discovery/" },
    ]);
    // the branch server is not a pool of the central site
    expect(t.pools.map((p) => p.fqdn)).not.toContain("sba01.contoso.com");
    expect(t.notes.join(" ")).toMatch(/branch sites.*sba01\.contoso\.com.*could not be confirmed/);
    expect(t.serviceVersions).toEqual(["7"]);
  });

  it("reads a Director and a stand-alone Mediation pool, and says their structure is unconfirmed", () => {
    const xml = TBXML.replace(
      '<RegistrarService IsDirector="false" xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008" />\n        </Service>\n        <Service UniqueId="b0000000-0000-4000-8000-000000000006"',
      '<RegistrarService IsDirector="true" xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008" />\n        </Service>\n        <Service UniqueId="b0000000-0000-4000-8000-000000000006"',
    ).replace('RoleName="WacService"', 'RoleName="MediationServer"');
    const d = parseSfbTopology(xml, "d.tbxml");
    expect(d.pools.find((p) => p.fqdn === "se01.contoso.com")?.role).toBe("director");
    expect(d.mediationPools).toEqual([{ fqdn: "oos01.contoso.com", servers: ["oos01.contoso.com"] }]);
    expect(d.notes.join(" ")).toMatch(/se01\.contoso\.com is read as a Director.*could be read to confirm/);
    expect(d.notes.join(" ")).toMatch(/oos01\.contoso\.com is read as a stand-alone Mediation pool/);
  });

  it("refuses a value with a control character and keeps the rest", () => {
    const t2 = parseSfbTopology(
      TBXML.replace('Fqdn="fe02.contoso.com"', 'Fqdn="fe02.contoso.com&#10;evil"'),
      "x.tbxml",
    );
    expect(t2.refused.join(" ")).toMatch(/a server of pool01\.contoso\.com contains a line break/);
    expect(t2.pools[0]?.servers).not.toContain("fe02.contoso.com\nevil");
  });
});

describe("Skype for Business topology: published (Get-CsTopology -AsXml)", () => {
  const t = parseSfbTopology(PUBLISHED_XML, "topology.xml");
  it("links services to clusters by ClusterId and reads a single Edge with one external FQDN", () => {
    expect(t.format).toBe("published");
    expect(t.sipDomains).toEqual([{ name: "contoso.com", isDefault: true }]);
    expect(t.pools).toEqual([
      expect.objectContaining({
        fqdn: "lync01.contoso.com",
        role: "standard-edition",
        externalWeb: "lyncweb.contoso.com",
      }),
    ]);
    expect(t.edges[0]).toMatchObject({
      fqdn: "edge01.contoso.local",
      servers: ["edge01.contoso.local"],
      accessEdge: "access.contoso.com",
      webConfEdge: "access.contoso.com",
      avEdge: "access.contoso.com",
      xmpp: false,
    });
    expect(t.simpleUrls).toBeUndefined();
  });
});

describe("hostile XML", () => {
  const refuse = (xml: string, message: RegExp) => {
    expect(() => parseSfbTopology(xml, "bad.xml")).toThrow(ImportError);
    expect(() => parseSfbTopology(xml, "bad.xml")).toThrow(message);
  };
  it("refuses a DOCTYPE or an entity declaration without expanding it", () => {
    refuse(
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">&lol2;</Topology>`,
      /DOCTYPE declaration \(line 2\).*never have one/,
    );
    refuse(`<Topology><!ENTITY x SYSTEM "file:///etc/passwd"></Topology>`, /ENTITY declaration/);
  });
  it("refuses XML that is not well-formed, and XML that is not a topology", () => {
    refuse(
      `<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Clusters></Topology>`,
      /not well-formed XML/,
    );
    refuse(`<svg xmlns="http://www.w3.org/2000/svg"/>`, /not a Skype for Business or Lync topology/);
  });
  it("refuses deep nesting and huge files with a bounded amount of work", () => {
    const deep = `<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">${"<a>".repeat(500)}${"</a>".repeat(500)}</Topology>`;
    refuse(deep, /nested more than 64 levels/);
    const huge = `<Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">${" ".repeat(4 * 1024 * 1024)}</Topology>`;
    refuse(huge, /is 4\.0 MB; an export of a deployment is at most 3\.0 MB/);
  });
});
