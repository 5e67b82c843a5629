// Request-CsCertificate cannot run here: these fixtures are written from Microsoft's cmdlet reference
// (MicrosoftDocs/office-docs-powershell, skype/skype-ps/SkypeForBusiness/Request-CsCertificate.md;
// https://learn.microsoft.com/en-us/powershell/module/skypeforbusiness/request-cscertificate):
// - syntax "Request-CsCertificate [-New] -Type <CertType[]> [-City] [-ClientEKU <Boolean>] [-ComputerFqdn]
//   [-Country] [-DomainName] [-FriendlyName] [-KeyAlg] [-KeySize <Int32>] [-Organization] [-OU] [-Output]
//   [-PrivateKeyExportable <Boolean>] [-State] …";
// - Example 3 "uses the Output parameter to create an offline certificate request";
// - Example 7 "-Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -ComputerFqdn … -FriendlyName
//   "External Edge Certificate" … -PrivateKeyExportable $True -DomainName "…,…"" and Examples 4/5
//   "-Type Default,WebServicesInternal,WebServicesExternal";
// - -DomainName: "Comma-separated list of fully-qualified domain names that should be added to the certificate's
//   Subject Alternative Name field". Deviation from the issue text: the parameter is spelled -ClientEKU there.
import { describe, expect, it } from "vitest";
import { encodeFile } from "./common";
import { psQuote, sfbShellArtifact, sfbShellCommands } from "./sfb-shell";
import {
  ciscoTomcatMulti,
  edgeExternal,
  edgeInternal,
  expresswayE,
  frontEnd,
  pexipDmz,
  plan,
} from "./test-certificates";

describe("Request-CsCertificate", () => {
  it("requests the three Edge external types in one offline request, exportable", () => {
    expect(sfbShellCommands(edgeExternal(), plan())).toEqual([
      {
        type: "AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication",
        command:
          'Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -Output C:\\certs\\edge_external.req -ComputerFqdn "edge01.contoso.net" -DomainName "webcon.contoso.com,sip.fabrikam.com" -FriendlyName "Edge external - sip.contoso.com" -KeySize 2048 -PrivateKeyExportable $true -Organization "Contoso Ltd" -OU "IT" -City "Redmond" -State "Washington" -Country "US"',
      },
    ]);
  });

  it("adds -ClientEKU $true exactly when the plan has clientAuth (public IM connectivity)", () => {
    const [withClient] = sfbShellCommands(edgeExternal({ eku: ["serverAuth", "clientAuth"] }), plan());
    expect(withClient?.command).toContain(" -PrivateKeyExportable $true -ClientEKU $true -Organization ");
    const [without] = sfbShellCommands(edgeExternal(), plan());
    expect(without?.command).not.toContain("-ClientEKU");
  });

  it("requests the Edge internal type with no extra names", () => {
    expect(sfbShellCommands(edgeInternal(), plan())).toEqual([
      {
        type: "Internal",
        command:
          'Request-CsCertificate -New -Type Internal -Output C:\\certs\\edge_internal.req -ComputerFqdn "edge01.contoso.net" -FriendlyName "Edge internal - lsedge.contoso.net" -KeySize 2048 -PrivateKeyExportable $true -Organization "Contoso Ltd" -OU "IT" -City "Redmond" -State "Washington" -Country "US"',
      },
    ]);
  });

  it("requests Default, WebServicesInternal and WebServicesExternal for a Front End server, not exportable", () => {
    expect(sfbShellCommands(frontEnd(), plan())).toEqual([
      {
        type: "Default,WebServicesInternal,WebServicesExternal",
        command:
          'Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -Output C:\\certs\\fe_fe01.contoso.net.req -ComputerFqdn "fe01.contoso.net" -DomainName "fe01.contoso.net,webext.contoso.com,meet.contoso.com,dialin.contoso.com,lyncdiscover.contoso.com" -FriendlyName "Front End - fe01.contoso.net" -KeySize 2048 -PrivateKeyExportable $false -Organization "Contoso Ltd" -Country "US"',
      },
    ]);
  });

  it("uses -KeyAlg for an ECDSA key (documented names) and says why", () => {
    const cert = edgeExternal({ key: { algorithm: "ECDSA", curve: "P-256" } });
    expect(sfbShellCommands(cert, plan())[0]?.command).toContain(" -KeyAlg ECDH_P256 -PrivateKeyExportable");
    expect(sfbShellArtifact(cert, plan())?.notes.join(" ")).toMatch(/certreq \.inf/);
  });

  it("is empty for certificates that are not requested with the SfB Management Shell", () => {
    for (const cert of [ciscoTomcatMulti(), expresswayE(), pexipDmz()]) {
      expect(sfbShellCommands(cert, plan())).toEqual([]);
      expect(sfbShellArtifact(cert, plan())).toBeNull();
    }
    expect(sfbShellCommands(frontEnd({ profile: "sfb-reverse-proxy" }), plan())).toEqual([]);
  });

  it("escapes PowerShell's special characters inside double quotes", () => {
    expect(psQuote("Contoso Ltd")).toBe('"Contoso Ltd"');
    expect(psQuote('Say "hi"')).toBe('"Say `"hi`""');
    expect(psQuote("$env:x")).toBe('"`$env:x"');
    expect(psQuote("a`b")).toBe('"a``b"');
    expect(psQuote("“x”")).toBe('"`“x`”"');
    const cert = edgeExternal({ subject: { CN: "sip.contoso.com", O: 'Contoso, "Ltd" $1', L: "München" } });
    const cmd = sfbShellCommands(cert, plan())[0]?.command ?? "";
    expect(cmd).toContain('-Organization "Contoso, `"Ltd`" `$1" -City "München"');
  });

  it("tells the admin that the topology decides the names and to check the request against the worksheet", () => {
    const a = sfbShellArtifact(edgeExternal(), plan([], { sfb: { version: "lync-2013" } }));
    expect(a?.shell).toBe("Lync Server Management Shell");
    expect(a?.fileName).toBe("edge_external.ps1");
    expect(a?.notes.join(" ")).toMatch(/topology/);
    expect(a?.notes.join(" ")).toMatch(/worksheet/);
    expect(a?.notes.join(" ")).toMatch(/edge02\.contoso\.net/);
    expect(sfbShellArtifact(edgeExternal(), plan())?.shell).toBe(
      "Skype for Business Server Management Shell",
    );
  });

  it("notes a key size outside the documented values", () => {
    const a = sfbShellArtifact(frontEnd({ key: { algorithm: "RSA", size: 3072 } }), plan());
    expect(a?.text).toContain("-KeySize 3072");
    expect(a?.notes.join(" ")).toMatch(/1024, 2048, 4096/);
  });

  it("saves a script with non-ASCII characters with a byte-order mark", () => {
    const a = sfbShellArtifact(edgeExternal({ subject: { CN: "sip.contoso.com", L: "Zürich" } }), plan());
    expect(a?.encoding).toBe("utf-16le");
    if (a) expect([...encodeFile(a).slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect(sfbShellArtifact(edgeExternal(), plan())?.encoding).toBe("utf-8");
  });
});
