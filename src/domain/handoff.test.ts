import { describe, expect, it } from "vitest";
import {
  csCertificateTypes,
  type HandoffFacts,
  handoff,
  importPfxCommand,
  SOURCES,
  setCsCertificateCommand,
  windowsThumbprint,
} from "./handoff";
import { planCertificates } from "./plan";
import { presetPlan } from "./presets";
import type { CertificatePlan, CiscoUcComponent, Plan } from "./types";

const SHA1 = "b1:42:91:8e:46:39:81:a7:65:03:82:8b:b1:27:83:91:b7:16:28:09";
const THUMB = "B142918E463981A76503828BB1278391B7162809";

function facts(stem: string, legacy = false): HandoffFacts {
  return {
    sha1: SHA1,
    files: {
      pfx: legacy ? `${stem}-legacy.pfx` : `${stem}.pfx`,
      certificate: `${stem}.pem`,
      chain: `${stem}-chain.pem`,
      fullchain: `${stem}-fullchain.pem`,
      key: `${stem}.key`,
    },
  };
}

function cert(plan: Plan, id: string): CertificatePlan {
  const c = planCertificates(plan, { today: "2026-07-01" }).certificates.find((x) => x.id === id);
  if (!c) throw new Error(`no certificate ${id}`);
  return c;
}

/** The CUCM preset with one multi-server Cisco component of this purpose, published on cucm-pub.example.com. */
function ciscoPlan(
  id: string,
  purpose: CiscoUcComponent["purpose"],
  nodes: { subscribers?: string[]; imPresenceNodes?: string[] },
): Plan {
  return {
    ...presetPlan("cucm-cluster"),
    components: [
      {
        type: "cisco-uc",
        id,
        product: "cucm",
        purpose,
        distribution: "multi-server",
        publisher: "cucm-pub.example.com",
        subscribers: nodes.subscribers ?? [],
        ...(nodes.imPresenceNodes ? { imPresenceNodes: nodes.imPresenceNodes } : {}),
      },
    ],
  };
}

describe("Set-CsCertificate types (Microsoft's documented -Type names)", () => {
  it("Edge external: Access Edge, Web Conferencing Edge and A/V Authentication", () => {
    expect(csCertificateTypes("sfb-edge-external")).toEqual([
      "AccessEdgeExternal",
      "DataEdgeExternal",
      "AudioVideoAuthentication",
    ]);
  });
  it("Edge internal: Internal", () => {
    expect(csCertificateTypes("sfb-edge-internal")).toEqual(["Internal"]);
  });
  it("Front End, Standard Edition and Director: Default, WebServicesInternal, WebServicesExternal", () => {
    for (const p of ["sfb-front-end", "sfb-standard-edition", "sfb-director"] as const) {
      expect(csCertificateTypes(p)).toEqual(["Default", "WebServicesInternal", "WebServicesExternal"]);
    }
  });
  it("Mediation: Default; not a Skype for Business role: none", () => {
    expect(csCertificateTypes("sfb-mediation")).toEqual(["Default"]);
    expect(csCertificateTypes("sfb-reverse-proxy")).toBeNull();
    expect(csCertificateTypes("pexip-public-dmz")).toBeNull();
    expect(csCertificateTypes("cisco-tomcat")).toBeNull();
  });
});

describe("command lines", () => {
  it("the thumbprint is the SHA-1 in upper case without colons", () => {
    expect(windowsThumbprint(SHA1)).toBe(THUMB);
    expect(windowsThumbprint(" b142 918e ")).toBe("B142918E");
  });

  it("Set-CsCertificate with -Type and -Thumbprint, as in Microsoft's example 2", () => {
    expect(setCsCertificateCommand(["Default", "WebServicesInternal", "WebServicesExternal"], SHA1)).toBe(
      `Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal -Thumbprint ${THUMB}`,
    );
  });

  it("Import-PfxCertificate into LocalMachine\\My, the passphrase prompted as a SecureString", () => {
    expect(importPfxCommand("edge_external.pfx", false)).toBe(
      'Import-PfxCertificate -FilePath C:\\certs\\edge_external.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString -Prompt "PFX passphrase")',
    );
    expect(importPfxCommand("x.pfx", true)).toMatch(/ -Exportable$/);
  });
});

describe("hand-off per Skype for Business role", () => {
  it("Edge external: import (exportable) and the three external types; -Roll -EffectiveDate as an option", () => {
    const plan = presetPlan("sfb-edge");
    const h = handoff(cert(plan, "edge/external"), plan, facts("edge_external", true));
    expect(h.steps[0]?.command).toBe(
      'Import-PfxCertificate -FilePath C:\\certs\\edge_external-legacy.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString -Prompt "PFX passphrase") -Exportable',
    );
    expect(h.steps[1]?.command).toBe(
      `Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication -Thumbprint ${THUMB}`,
    );
    const roll = h.notes.find((n) => n.includes("-Roll"));
    expect(roll).toContain(
      `Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint ${THUMB} -Roll -EffectiveDate`,
    );
    expect(h.sources).toContain(SOURCES.setCsCertificate);
  });

  it("Edge internal: Internal", () => {
    const plan = presetPlan("sfb-edge");
    const h = handoff(cert(plan, "edge/internal"), plan, facts("edge_internal"));
    expect(h.steps[1]?.command).toBe(`Set-CsCertificate -Type Internal -Thumbprint ${THUMB}`);
    expect(h.notes.some((n) => n.includes("-Roll"))).toBe(false);
  });

  it("Front End server: Default, WebServicesInternal, WebServicesExternal", () => {
    const plan = presetPlan("sfb-front-end");
    const h = handoff(cert(plan, "fe/fe01.contoso.net"), plan, facts("fe_fe01.contoso.net"));
    expect(h.steps[1]?.command).toBe(
      `Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal -Thumbprint ${THUMB}`,
    );
    expect(h.steps[0]?.command).not.toContain("-Exportable");
  });

  it("Lync Server 2010: no -Roll option, and no Import-PfxCertificate on Windows Server 2008 R2", () => {
    const plan: Plan = { ...presetPlan("sfb-edge"), sfb: { version: "lync-2010" } };
    const h = handoff(cert(plan, "edge/external"), plan, facts("edge_external"));
    expect(h.notes.some((n) => n.includes("-Roll"))).toBe(false);
    expect(h.notes.some((n) => n.includes("Windows Server 2008 R2"))).toBe(true);
  });

  it("reverse proxy: import and bind, no Set-CsCertificate", () => {
    const plan = presetPlan("sfb-full-site");
    const h = handoff(cert(plan, "rp"), plan, facts("rp"));
    expect(h.steps.some((s) => s.command?.startsWith("Set-CsCertificate"))).toBe(false);
    expect(h.steps[0]?.command).toContain("Import-PfxCertificate");
  });
});

describe("hand-off for Pexip, Cisco and Expressway", () => {
  it("Pexip: TLS certificate + key on the Management Node, every node, trusted CA list, SIP TLS FQDN", () => {
    const plan = presetPlan("pexip-dmz");
    const h = handoff(cert(plan, "px"), plan, facts("px"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain("TLS Certificates");
    expect(text).toContain("px.pem");
    expect(text).toContain("px.key");
    expect(text).toContain("px01.vc.example.com, px02.vc.example.com");
    expect(text).toContain("Trusted CA Certificates");
    expect(text).toContain("px-chain.pem");
    expect(text).toMatch(/SIP TLS FQDN .* must equal the node's own DNS FQDN/);
    expect(h.sources).toContain(SOURCES.pexip);
  });

  it("CUCM tomcat: tomcat-trust first, then tomcat; restart Cisco Tomcat", () => {
    const plan = presetPlan("cucm-cluster");
    const h = handoff(cert(plan, "cucm/cucm-pub.example.com"), plan, facts("cucm_cucm-pub.example.com"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain("Upload Certificate/Certificate chain");
    expect(text.indexOf('"tomcat-trust"')).toBeLessThan(text.indexOf('"tomcat"'));
    expect(h.steps.map((s) => s.command).filter(Boolean)).toEqual(["utils service restart Cisco Tomcat"]);
  });

  it("CUCM CallManager multi-server: on the publisher; CallManager-trust, CallManager; the restarts by release", () => {
    const plan = ciscoPlan("cm", "callmanager", { subscribers: ["cucm-sub1.example.com"] });
    const h = handoff(cert(plan, "cm"), plan, facts("cm"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain("on the publisher (cucm-pub.example.com)");
    expect(text).toContain('"CallManager-trust"');
    expect(text).toContain('"CallManager"');
    // Security Guide 14SU2: 14SU1 onwards HAProxy only for an RSA CallManager certificate; 14: CallManager,
    // CTI Manager, HAProxy; TechNote 217138 (earlier): Trust Verification, TFTP, CallManager, CTIManager
    expect(text).toContain("Release 14SU1 and later: the HAProxy service only.");
    expect(text).toContain(
      "Release 14 before SU1: Cisco CallManager, Cisco CTIManager and the HAProxy service.",
    );
    expect(text).toMatch(/update the CTL file first if the cluster is in secure \(mixed\) mode/);
    expect(h.steps.map((s) => s.command).filter(Boolean)).toEqual([
      [
        "utils service restart Cisco Trust Verification Service",
        "utils service restart Cisco TFTP",
        "utils service restart Cisco CallManager",
        "utils service restart Cisco CTIManager",
      ].join("\n"),
    ]);
    expect(h.sources).toEqual(
      expect.arrayContaining([SOURCES.cucmMultiServer, SOURCES.cucmSecurity, SOURCES.cucmRenewal]),
    );
  });

  it("IM and Presence cup-xmpp: restart Cisco XCP Router", () => {
    const plan = ciscoPlan("xmpp", "cup-xmpp", { imPresenceNodes: ["imp-pub.example.com"] });
    const h = handoff(cert(plan, "xmpp"), plan, facts("xmpp"));
    expect(h.steps.map((s) => s.command).filter(Boolean)).toEqual(["utils service restart Cisco XCP Router"]);
    expect(h.sources).toContain(SOURCES.imp);
  });

  it("IM and Presence cup-xmpp-s2s: restart Cisco XCP XMPP Federation Connection Manager, trust cup-xmpp-trust", () => {
    const plan = ciscoPlan("s2s", "cup-xmpp-s2s", { imPresenceNodes: ["imp-pub.example.com"] });
    const h = handoff(cert(plan, "s2s"), plan, facts("s2s"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain('Certificate Purpose "cup-xmpp-trust"');
    expect(text).toContain('Certificate Purpose "cup-xmpp-s2s"');
    expect(h.steps.map((s) => s.command).filter(Boolean)).toEqual([
      "utils service restart Cisco XCP XMPP Federation Connection Manager",
    ]);
  });

  it("an ECDSA certificate is uploaded to the -ECDSA purpose, its CA certificates to the same trust store", () => {
    const base = presetPlan("cucm-cluster");
    const plan: Plan = {
      ...base,
      certificateOptions: { "cucm/cucm-pub.example.com": { key: { algorithm: "ECDSA", curve: "P-256" } } },
    };
    const h = handoff(cert(plan, "cucm/cucm-pub.example.com"), plan, facts("cucm_cucm-pub.example.com"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain('Certificate Purpose "tomcat-ECDSA"');
    expect(text).toContain('Certificate Purpose "tomcat-trust"');
  });

  it("Expressway: trusted CA list, server certificate page, restart", () => {
    const plan = presetPlan("expressway-pair");
    const h = handoff(cert(plan, "exp-e"), plan, facts("exp-e"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(h.platform).toBe("Cisco Expressway-E");
    expect(text).toContain("Maintenance > Security > Trusted CA certificate");
    expect(text).toContain("Maintenance > Security > Server certificate");
    expect(text).toContain("expe1.example.com, expe2.example.com");
    expect(text).toMatch(/Restart the Expressway-E/);
  });
});

describe("session border controllers", () => {
  it("Teams, AudioCodes: the TLS Context, the roots to trust and the Teams admin center's TLS status", () => {
    const plan = presetPlan("teams-dr-2-sbcs");
    const h = handoff(cert(plan, "dr/sbc1.contoso.com"), plan, facts("dr_sbc1.contoso.com"));
    const text = h.steps.map((s) => s.text).join("\n");
    expect(text).toContain("TLS Contexts");
    expect(text).toContain("dr_sbc1.contoso.com.key");
    expect(text).toContain("Baltimore CyberTrust Root, DigiCert Global Root G2, DigiCert Global Root CA");
    expect(h.notes.join(" ")).toContain("TLS connectivity status");
    expect(h.notes.join(" ")).toContain("within 30 days");
    expect(h.sources.join(" ")).toContain("direct-routing-health-dashboard");
  });

  it("Webex Local Gateway on CUBE: crypto pki import, no key to upload, Cisco's root bundle", () => {
    const plan = presetPlan("webex-lgw-cube");
    const h = handoff(cert(plan, "lgw/cube1.example.com"), plan, facts("lgw_cube1.example.com"));
    const text = h.steps.map((s) => `${s.text} ${s.command ?? ""}`).join("\n");
    expect(text).toContain("crypto pki import");
    expect(text).toContain("crypto signaling default trustpoint");
    expect(text).toContain("ios_core.p7b");
    expect(text).not.toContain(".key");
  });
});
