// certreq cannot run here: these fixtures are written from Microsoft's documented syntax.
// - certreq (Windows Commands): [NewRequest] keys Subject, Exportable, HashAlgorithm, KeyAlgorithm (RSA, ECDSA_P256,
//   ECDSA_P384, ECDSA_P521), KeyLength, KeySpec, KeyUsage ("Ensure that you use double-quotes when using multiple
//   values"), MachineKeySet, ProviderName, ProviderType, RequestType (PKCS10), FriendlyName, SMIME;
//   [EnhancedKeyUsageExtension] "OID = …"; [Extensions] `2.5.29.17 = "{text}"`, `_continue_ = "DNS=…&"`;
//   `certreq -new policyfilein requestfileout`, `certreq -accept [-machine] certfilein`.
//   https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certreq_1
// - Subject strings, CertStrToName: "Quotation marks ("") are supported. A quotation can be included in a quoted
//   value by using two sets of quotation marks"; CertNameToStr quotes values containing , + = " \n < > # ;
//   https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/nf-wincrypt-certstrtonamea
//   https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/nf-wincrypt-certnametostra
// - INF strings: ""double-quoted-string-value"" and "%" written "%%":
//   https://learn.microsoft.com/en-us/windows-hardware/drivers/install/inf-strings-section
import { describe, expect, it } from "vitest";
import { certreqInf, certreqSubject, infQuote, x500Value } from "./certreq";
import { encodeFile } from "./common";
import { edgeExternal, frontEnd, manySans, plan, sans } from "./test-certificates";

describe("certreq .inf", () => {
  it("writes the Edge external request exactly (RSA 2048, exportable, machine key)", () => {
    const inf = certreqInf(edgeExternal(), plan());
    expect(inf.fileName).toBe("edge_external.inf");
    expect(inf.commands).toEqual({
      new: "certreq -new edge_external.inf edge_external.req",
      accept: "certreq -accept -machine edge_external.cer",
    });
    expect(inf.lineEnding).toBe("crlf");
    expect(inf.encoding).toBe("utf-8");
    expect(inf.text).toBe(
      [
        "; certreq policy file for certificate edge/external (CN sip.contoso.com), from the SAN Planner plan.",
        "; Subject, names, EKUs and key parameters are exactly as planned: do not retype them.",
        "; In an elevated Command Prompt on the server that will hold the key:",
        ";   certreq -new edge_external.inf edge_external.req",
        "; Send edge_external.req to the CA, then install its answer on the same server:",
        ";   certreq -accept -machine edge_external.cer",
        "",
        "[Version]",
        'Signature = "$Windows NT$"',
        "",
        "[NewRequest]",
        'Subject = "CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, S=Washington, C=US"',
        'FriendlyName = "Edge external - sip.contoso.com"',
        "KeyAlgorithm = RSA",
        "KeyLength = 2048",
        "KeySpec = 1",
        'KeyUsage = "CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE"',
        "Exportable = TRUE",
        "MachineKeySet = TRUE",
        'ProviderName = "Microsoft RSA SChannel Cryptographic Provider"',
        "ProviderType = 12",
        "RequestType = PKCS10",
        "HashAlgorithm = sha256",
        "SMIME = FALSE",
        "",
        "[EnhancedKeyUsageExtension]",
        "; Server Authentication",
        "OID = 1.3.6.1.5.5.7.3.1",
        "",
        "[Extensions]",
        "; Subject Alternative Name",
        '2.5.29.17 = "{text}"',
        '_continue_ = "dns=sip.contoso.com&"',
        '_continue_ = "dns=webcon.contoso.com&"',
        '_continue_ = "dns=sip.fabrikam.com"',
        "",
      ].join("\n"),
    );
  });

  it("writes Exportable = FALSE exactly when the plan says the key stays on the server", () => {
    expect(certreqInf(frontEnd()).text).toContain("\nExportable = FALSE\n");
    expect(certreqInf(edgeExternal()).text).toContain("\nExportable = TRUE\n");
    expect(certreqInf(frontEnd()).text).not.toMatch(/Exportable = TRUE/);
  });

  it("asks the CNG key storage provider for an ECDSA key, with both EKUs", () => {
    const cert = edgeExternal({
      key: { algorithm: "ECDSA", curve: "P-256" },
      keyUsage: ["digitalSignature"],
      eku: ["serverAuth", "clientAuth"],
      exportableKey: false,
    });
    const text = certreqInf(cert).text;
    const newRequest = text.slice(text.indexOf("[NewRequest]"), text.indexOf("[EnhancedKeyUsageExtension]"));
    expect(newRequest).toBe(
      [
        "[NewRequest]",
        'Subject = "CN=sip.contoso.com, OU=IT, O=Contoso Ltd, L=Redmond, S=Washington, C=US"',
        'FriendlyName = "Edge external - sip.contoso.com"',
        "KeyAlgorithm = ECDSA_P256",
        "KeyLength = 256",
        'KeyUsage = "CERT_DIGITAL_SIGNATURE_KEY_USAGE"',
        "Exportable = FALSE",
        "MachineKeySet = TRUE",
        'ProviderName = "Microsoft Software Key Storage Provider"',
        "RequestType = PKCS10",
        "HashAlgorithm = sha256",
        "SMIME = FALSE",
        "",
        "",
      ].join("\n"),
    );
    expect(text).toContain(
      [
        "[EnhancedKeyUsageExtension]",
        "; Server Authentication",
        "OID = 1.3.6.1.5.5.7.3.1",
        "; Client Authentication",
        "OID = 1.3.6.1.5.5.7.3.2",
      ].join("\n"),
    );
  });

  it("matches the hash to a P-384 key and names its algorithm", () => {
    const text = certreqInf(edgeExternal({ key: { algorithm: "ECDSA", curve: "P-384" } })).text;
    expect(text).toContain("KeyAlgorithm = ECDSA_P384\nKeyLength = 384\n");
    expect(text).toContain("HashAlgorithm = sha384\n");
  });

  it("writes Cisco's dataEncipherment usage and IP addresses", () => {
    const cert = frontEnd({
      keyUsage: ["digitalSignature", "keyEncipherment", "dataEncipherment"],
      sans: sans("pool01.contoso.net", "10.1.2.3"),
    });
    const text = certreqInf(cert).text;
    expect(text).toContain(
      'KeyUsage = "CERT_DIGITAL_SIGNATURE_KEY_USAGE | CERT_KEY_ENCIPHERMENT_KEY_USAGE | CERT_DATA_ENCIPHERMENT_KEY_USAGE"',
    );
    expect(text).toContain('_continue_ = "dns=pool01.contoso.net&"\n_continue_ = "ipaddress=10.1.2.3"\n');
  });

  it("adds the submit command for an internal CA", () => {
    const inf = certreqInf(frontEnd());
    expect(inf.commands.submit).toBe(
      'certreq -submit -attrib "CertificateTemplate:WebServer" fe_fe01.contoso.net.req fe_fe01.contoso.net.cer',
    );
    expect(certreqInf(edgeExternal()).commands.submit).toBeUndefined();
  });
});

describe("certreq Subject escaping", () => {
  it('quotes X.500 values with , + = " < > # ; and doubles inner quotes (CertStrToName)', () => {
    expect(x500Value("Contoso Ltd")).toBe("Contoso Ltd");
    expect(x500Value("Contoso, Ltd")).toBe('"Contoso, Ltd"');
    expect(x500Value("R+D")).toBe('"R+D"');
    expect(x500Value("a=b")).toBe('"a=b"');
    expect(x500Value('The "Best" Co')).toBe('"The ""Best"" Co"');
    expect(x500Value("#1")).toBe('"#1"');
    expect(x500Value("x;y")).toBe('"x;y"');
    expect(x500Value("<x>")).toBe('"<x>"');
  });

  it("doubles every quote again inside the INF value, and % for INF string substitution", () => {
    expect(infQuote('CN=a, O="x"')).toBe('"CN=a, O=""x"""');
    expect(infQuote("100% IT")).toBe('"100%% IT"');
  });

  it('escapes ", "," and non-ASCII in the Subject line, and saves such a file as UTF-16 LE', () => {
    const cert = edgeExternal({
      subject: {
        CN: "sip.contoso.com",
        O: 'Contoso, "Ltd"',
        OU: "R+D 100%",
        L: "München",
        ST: "Île-de-France",
        C: "FR",
      },
    });
    expect(certreqSubject(cert.subject)).toBe(
      'CN=sip.contoso.com, OU="R+D 100%", O="Contoso, ""Ltd""", L=München, S=Île-de-France, C=FR',
    );
    const inf = certreqInf(cert);
    expect(inf.text).toContain(
      'Subject = "CN=sip.contoso.com, OU=""R+D 100%%"", O=""Contoso, """"Ltd"""""", L=München, S=Île-de-France, C=FR"\n',
    );
    expect(inf.encoding).toBe("utf-16le");
    const bytes = encodeFile(inf);
    expect([...bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
    const decoded = new TextDecoder("utf-16le").decode(bytes.slice(2));
    expect(decoded).toBe(inf.text.replace(/\n/g, "\r\n"));
    expect(decoded).toContain("L=München");
  });

  it("leaves out subject fields the plan does not have", () => {
    expect(certreqSubject({ CN: "a.example.com" })).toBe("CN=a.example.com");
    expect(certreqSubject({ CN: "a.example.com", C: "US", O: " " })).toBe("CN=a.example.com, C=US");
  });
});

describe("certreq with 60 SANs", () => {
  it("writes one continuation line per name, '&' between them, every line short", () => {
    const inf = certreqInf(manySans(60));
    const lines = inf.text.split("\n");
    const start = lines.indexOf('2.5.29.17 = "{text}"');
    expect(start).toBeGreaterThan(0);
    const cont = lines.slice(start + 1).filter((l) => l.startsWith("_continue_"));
    expect(cont).toHaveLength(60);
    expect(cont[0]).toBe('_continue_ = "dns=san01.contoso.com&"');
    expect(cont[58]).toBe('_continue_ = "dns=san59.contoso.com&"');
    expect(cont[59]).toBe('_continue_ = "dns=san60.contoso.com"');
    for (const l of lines) expect(l.length).toBeLessThan(120);
    const names = cont.map((l) => /dns=([^&"]+)/.exec(l)?.[1]);
    expect(new Set(names).size).toBe(60);
  });
});
