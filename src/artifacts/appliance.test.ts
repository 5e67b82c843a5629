// Field sheets for the appliances' own CSR pages. Field names as documented:
// - Pexip management API certificate_signing_request (subject_name, additional_subject_alt_names "A comma-separated
//   list", private_key_type "RSA2048, RSA4096, ECDSAP256 or UPLOAD"), https://docs.pexip.com/sfb/certificates.htm
// - Cisco Unified OS Administration > Security > Certificate Management > Generate CSR, TechNote 118731
//   https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html
//   ("Select Multi-Server SAN in Distribution. It auto-populates the SAN domains and the parent domain.")
// - Expressway Certificate Creation and Use Deployment Guide (X15.5), "Generating a CSR" / CSR alternative name
//   elements, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html
import { describe, expect, it } from "vitest";
import type { CertificatePlan, Component } from "../domain/types";
import { type ApplianceSheet, applianceSheet, applianceSheetFile, rfc4514Value } from "./appliance";
import {
  ciscoTomcatMulti,
  cucmComponent,
  edgeExternal,
  expresswayE,
  expresswayEComponent,
  pexipDmz,
  plan,
  sans,
} from "./test-certificates";

function fields(sheet: ApplianceSheet | null): Record<string, string> {
  expect(sheet).not.toBeNull();
  return Object.fromEntries((sheet?.fields ?? []).map((f) => [f.label, f.value]));
}

const pexipComponent: Component = {
  type: "pexip",
  id: "px",
  deployment: "public-dmz",
  nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "px02.vc.example.com" }],
};

describe("Pexip sheet", () => {
  it("lists the subject name, the other SANs comma-separated and the key type Pexip offers", () => {
    const sheet = applianceSheet(pexipDmz(), plan([pexipComponent]));
    expect(sheet?.platform).toBe("pexip");
    expect(sheet?.where).toMatch(/Certificate signing requests/);
    expect(fields(sheet)).toEqual({
      "Subject name": "px.vc.example.com",
      "Distinguished name": "CN=px.vc.example.com,O=Example Inc,C=US",
      "Additional subject alternative names": "px01.vc.example.com, px02.vc.example.com, vc.example.com",
      "Private key type": "RSA 2048-bit",
      "AD compatible": "No",
    });
    expect(sheet?.notes.join(" ")).toMatch(/px01\.vc\.example\.com, px02\.vc\.example\.com/);
  });

  it("maps the key types it offers and sends the others to Upload", () => {
    const type = (c: CertificatePlan) => fields(applianceSheet(c, plan()))["Private key type"];
    expect(type(pexipDmz({ key: { algorithm: "RSA", size: 4096 } }))).toBe("RSA 4096-bit");
    expect(type(pexipDmz({ key: { algorithm: "ECDSA", curve: "P-256" } }))).toBe("ECDSA NIST P-256");
    expect(type(pexipDmz({ key: { algorithm: "RSA", size: 3072 } }))).toBe("Upload");
    expect(type(pexipDmz({ key: { algorithm: "ECDSA", curve: "P-384" } }))).toBe("Upload");
  });

  it("escapes the distinguished name (RFC 4514)", () => {
    expect(rfc4514Value('Contoso, "Ltd"')).toBe('Contoso\\, \\"Ltd\\"');
    expect(rfc4514Value("#1 ")).toBe("\\#1\\ ");
  });
});

describe("CUCM sheet", () => {
  it("multi-server tomcat: purpose, distribution, the node list the page shows, key and hash", () => {
    const sheet = applianceSheet(ciscoTomcatMulti(), plan([cucmComponent]));
    expect(sheet?.platform).toBe("cucm");
    expect(sheet?.where).toBe(
      "Cisco Unified OS Administration on cucm-pub.example.com > Security > Certificate Management > Generate CSR",
    );
    expect(fields(sheet)).toEqual({
      "Certificate Purpose": "tomcat",
      Distribution: "Multi-server(SAN)",
      "Common Name": "cucm-pub-ms.example.com",
      "Auto-populated Domains":
        "cucm-pub.example.com, cucm-sub1.example.com, cucm-sub2.example.com, imp01.example.com",
      "Parent Domain": "example.com",
      "Other Domains": "(none)",
      "Key Type": "RSA",
      "Key Length": "2048",
      "Hash Algorithm": "SHA256",
    });
  });

  it("single-server CallManager with ECDSA: the node as distribution, EC key, extra names as other domains", () => {
    const cert = ciscoTomcatMulti({
      id: "cm/cucm-sub1.example.com",
      profile: "cisco-callmanager",
      subject: { CN: "cucm-sub1.example.com" },
      sans: sans("cucm-sub1.example.com", "cm.example.com"),
      key: { algorithm: "ECDSA", curve: "P-384" },
      keyUsage: ["digitalSignature"],
      installOn: ["cucm-sub1.example.com"],
    });
    const comp: Component = {
      ...cucmComponent,
      id: "cucm",
      purpose: "callmanager",
      distribution: "single-server",
    };
    expect(fields(applianceSheet(cert, plan([comp])))).toEqual({
      "Certificate Purpose": "CallManager-ECDSA",
      Distribution: "cucm-sub1",
      "Common Name": "cucm-sub1.example.com",
      "Parent Domain": "example.com",
      "Other Domains": "cm.example.com",
      "Key Type": "EC",
      "Key Length": "384",
      "Hash Algorithm": "SHA384",
    });
  });

  it("Unity Connection is named as such", () => {
    const comp: Component = { ...cucmComponent, product: "cuc", imPresenceNodes: [] };
    const sheet = applianceSheet(ciscoTomcatMulti(), plan([comp]));
    expect(sheet?.platform).toBe("cuc");
    expect(sheet?.title).toMatch(/^Cisco Unity Connection tomcat CSR/);
  });
});

describe("Expressway sheet", () => {
  it("Expressway-E cluster: cluster + peers, MRA domains in CollabEdgeDNS format, XMPP, chat aliases, aliases", () => {
    const sheet = applianceSheet(expresswayE(), plan([expresswayEComponent]));
    expect(sheet?.platform).toBe("expressway");
    expect(sheet?.where).toMatch(
      /^Expressway-E web interface on expe1\.example\.com > Maintenance > Security/,
    );
    expect(fields(sheet)).toEqual({
      "Common name": "FQDN of Expressway cluster",
      "Alternative name": "FQDN of Expressway cluster plus FQDNs of all peers in the cluster",
      "Additional alternative names (comma separated)": "b2b.example.com",
      "Unified CM registration domains": "example.com",
      "Alternative name as": "CollabEdgeDNS",
      "XMPP federation domains": "example.com",
      "IM and Presence chat node aliases (federated group chat)": "chat.example.com",
      "Key length (in bits)": "4096",
      "Digest algorithm": "SHA-256",
      Country: "US",
      "State or province": "",
      "Locality (town name)": "",
      "Organization (company name)": "Example Inc",
      "Organizational unit": "",
    });
    // one certificate on two peers: the Expressway's own CSR keeps the key on one peer
    expect(sheet?.notes.join(" ")).toMatch(/OpenSSL config/);
  });

  it("Expressway-C: phone security profile names, no MRA or XMPP fields", () => {
    const cert = expresswayE({
      id: "expc",
      componentId: "expc",
      profile: "expressway-c",
      subject: { CN: "expc.example.local" },
      sans: sans("expc.example.local", "secure-profile.example.com"),
      installOn: ["expc.example.local"],
      exportableKey: false,
    });
    const comp: Component = {
      type: "expressway",
      id: "expc",
      role: "c",
      peers: ["expc.example.local"],
      phoneSecurityProfiles: ["secure-profile.example.com"],
    };
    const f = fields(applianceSheet(cert, plan([comp])));
    expect(f["Common name"]).toBe("FQDN of Expressway");
    expect(f["Alternative name"]).toBe("None");
    expect(f["Unified CM phone security profile names"]).toBe("secure-profile.example.com");
    expect(f["Additional alternative names (comma separated)"]).toBe("");
    expect(f).not.toHaveProperty("Unified CM registration domains");
    expect(f).not.toHaveProperty("XMPP federation domains");
  });
});

describe("sheet files", () => {
  it("renders a plain-text sheet with every field", () => {
    const cert = ciscoTomcatMulti();
    const sheet = applianceSheet(cert, plan([cucmComponent]));
    if (!sheet) throw new Error("no sheet");
    const file = applianceSheetFile(cert, sheet);
    expect(file.fileName).toBe("cucm-csr-fields.txt");
    expect(file.text).toContain("Certificate Purpose:    tomcat\n");
    expect(file.text).toContain("Other Domains:          (none)\n");
    for (const f of sheet.fields) expect(file.text).toContain(`${f.label}:`);
  });

  it("has no sheet for Windows servers", () => {
    expect(applianceSheet(edgeExternal(), plan())).toBeNull();
  });
});
