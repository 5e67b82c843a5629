import { describe, expect, it } from "vitest";
import { encodeText, fileBase, friendlyName } from "./common";
import { keyLocationNote, keyLocationOf, serverArtifacts } from "./server-artifacts";
import {
  ciscoTomcatMulti,
  cucmComponent,
  edgeExternal,
  expresswayE,
  frontEnd,
  manySans,
  pexipDmz,
  plan,
} from "./test-certificates";

describe("serverArtifacts", () => {
  it("lists what applies: Windows commands for Windows-hosted certificates only, OpenSSL where the key can be imported", () => {
    const kinds = (c: Parameters<typeof serverArtifacts>[0]) =>
      serverArtifacts(c, plan([cucmComponent])).map((a) => a.kind);
    expect(kinds(edgeExternal())).toEqual(["sfb-shell", "certreq", "openssl"]);
    expect(kinds(frontEnd())).toEqual(["sfb-shell", "certreq", "openssl"]);
    // CUCM creates the key itself (Generate CSR) and imports none: its own CSR page only
    expect(kinds(ciscoTomcatMulti())).toEqual(["appliance"]);
    // Expressway and Pexip run no Windows: no certreq; they upload a key with its certificate: OpenSSL
    expect(kinds(expresswayE())).toEqual(["appliance", "openssl"]);
    expect(kinds(pexipDmz())).toEqual(["appliance", "openssl"]);
    expect(kinds(manySans(3))).toEqual(["certreq", "openssl"]);
    expect(kinds(frontEnd({ profile: "sfb-reverse-proxy" }))).toEqual(["certreq", "openssl"]);
  });

  it("gives every artifact a label, a file name and copyable commands", () => {
    const list = serverArtifacts(edgeExternal(), plan());
    expect(list.map((a) => [a.label, a.fileName])).toEqual([
      ["Management Shell command", "edge_external.ps1"],
      ["certreq .inf", "edge_external.inf"],
      ["OpenSSL config", "edge_external.cnf"],
    ]);
    const certreq = list.find((a) => a.kind === "certreq");
    expect(certreq?.commands).toEqual([
      {
        label: "certreq commands",
        command:
          "certreq -new edge_external.inf edge_external.req\ncertreq -accept -machine edge_external.cer",
      },
    ]);
    expect(list.find((a) => a.kind === "openssl")?.commands[0]?.label).toBe("OpenSSL command");
    const labels = serverArtifacts(ciscoTomcatMulti(), plan([cucmComponent])).map((a) => a.label);
    expect(labels[0]).toBe("CUCM CSR fields");
  });

  it("is deterministic", () => {
    expect(serverArtifacts(expresswayE(), plan())).toEqual(serverArtifacts(expresswayE(), plan()));
  });
});

describe("where the key is created (worksheet)", () => {
  it("defaults to the browser", () => {
    expect(keyLocationOf(edgeExternal(), plan())).toBe("browser");
    expect(keyLocationNote(edgeExternal(), plan())).toBe("in this browser");
  });

  it("names the artifact when the key is born on the server", () => {
    const p = (keyLocation: "certreq" | "openssl" | "sfb-shell" | "appliance", id = "edge/external") =>
      plan([cucmComponent], { certificateOptions: { [id]: { keyLocation } } });
    expect(keyLocationNote(edgeExternal(), p("certreq"))).toBe(
      "on the server, with certreq .inf (edge_external.inf)",
    );
    expect(keyLocationNote(edgeExternal(), p("sfb-shell"))).toBe(
      "on the server, with Management Shell command (edge_external.ps1)",
    );
    expect(keyLocationNote(edgeExternal(), p("openssl"))).toBe(
      "on the server, with OpenSSL config (edge_external.cnf)",
    );
    expect(keyLocationNote(ciscoTomcatMulti(), p("appliance", "cucm"))).toBe(
      "on the server, with the platform's own CSR page (Cisco Unified OS Administration on cucm-pub.example.com > Security > Certificate Management > Generate CSR; fields in cucm-csr-fields.txt)",
    );
  });
});

describe("where the key is created, by platform (key-birth.ts)", () => {
  it("a CUCM certificate's key is created on the node unless told otherwise, and never in the browser", () => {
    expect(keyLocationOf(ciscoTomcatMulti(), plan([cucmComponent]))).toBe("appliance");
    // an older plan that chose the browser (or OpenSSL / certreq) for a CUCM node: the node's own page is the way
    for (const keyLocation of ["browser", "openssl", "certreq"] as const) {
      const p = plan([cucmComponent], { certificateOptions: { cucm: { keyLocation } } });
      expect(keyLocationOf(ciscoTomcatMulti(), p)).toBe("appliance");
      expect(keyLocationNote(ciscoTomcatMulti(), p)).toContain("Generate CSR");
    }
  });

  it("Expressway and Pexip keep the browser by default and accept OpenSSL, never certreq", () => {
    expect(keyLocationOf(expresswayE(), plan())).toBe("browser");
    expect(keyLocationOf(pexipDmz(), plan())).toBe("browser");
    const p = (keyLocation: "openssl" | "certreq", id: string) =>
      plan([], { certificateOptions: { [id]: { keyLocation } } });
    expect(keyLocationOf(expresswayE(), p("openssl", expresswayE().id))).toBe("openssl");
    expect(keyLocationOf(expresswayE(), p("certreq", expresswayE().id))).toBe("browser");
  });
});

describe("file names and encodings", () => {
  it("derives file names from the certificate id", () => {
    expect(fileBase({ id: "edge/external" })).toBe("edge_external");
    expect(fileBase({ id: "fe/fe01.contoso.com" })).toBe("fe_fe01.contoso.com");
    expect(fileBase({ id: "/" })).toBe("certificate");
    expect(friendlyName({ title: "Edge external — sip.contoso.com" })).toBe(
      "Edge external - sip.contoso.com",
    );
  });

  it("writes CRLF and UTF-16 LE with a BOM when asked", () => {
    expect([...encodeText("a\nb", "crlf", "utf-8")]).toEqual([0x61, 0x0d, 0x0a, 0x62]);
    expect([...encodeText("é\n", "lf", "utf-16le")]).toEqual([0xff, 0xfe, 0xe9, 0x00, 0x0a, 0x00]);
    expect([...encodeText("é", "lf", "utf-8")]).toEqual([0xc3, 0xa9]);
  });
});
