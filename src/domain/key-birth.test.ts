import { describe, expect, it } from "vitest";
import { KEY_BIRTH_SOURCES, keyBirth, keyLocations } from "./key-birth";
import { COMPONENT_TYPES } from "./types";

const ALL = COMPONENT_TYPES;

describe("keyBirth: where each platform's key can be born (vendor sources)", () => {
  it("CUCM / IM and Presence / Unity Connection: on the node only, its own Generate CSR page is the default", () => {
    const b = keyBirth({ componentType: "cisco-uc" });
    expect(b).toMatchObject({
      importsKey: false,
      windows: false,
      openssl: false,
      defaultLocation: "appliance",
    });
    expect(b.why).toContain("Generate CSR");
    expect(b.sources.join(" ")).toContain("cisco.com");
    expect(keyLocations({ componentType: "cisco-uc" }, true)).toEqual(["appliance"]);
  });

  it("Skype for Business / Lync roles: the browser (PFX), the Management Shell, certreq and OpenSSL", () => {
    for (const t of ["sfb-edge", "sfb-pool", "sfb-mediation", "sfb-sba"] as const) {
      expect(keyLocations({ componentType: t }, false)).toEqual([
        "browser",
        "sfb-shell",
        "certreq",
        "openssl",
      ]);
      expect(keyBirth({ componentType: t }).sources).toEqual([KEY_BIRTH_SOURCES.importCsCertificate]);
    }
  });

  it("Pexip and Expressway upload a key with the certificate: no Windows commands on these Linux appliances", () => {
    for (const t of ["pexip", "expressway"] as const) {
      expect(keyBirth({ componentType: t })).toMatchObject({
        importsKey: true,
        windows: false,
        openssl: true,
      });
      expect(keyLocations({ componentType: t }, true)).toEqual(["browser", "appliance", "openssl"]);
    }
  });

  it("every component type has a platform, a default it allows, and a vendor source unless it is custom", () => {
    for (const t of ALL) {
      const b = keyBirth({ componentType: t });
      expect(keyLocations({ componentType: t }, t === "cisco-uc")).toContain(b.defaultLocation);
      if (t !== "custom") expect(b.sources.length).toBeGreaterThan(0);
      expect(b.importsKey || b.why !== undefined).toBe(true);
    }
  });
});

describe("keyBirth for SBCs, by vendor", () => {
  it("AudioCodes and Ribbon import a key with the certificate: the browser key is offered", () => {
    for (const v of ["audiocodes", "ribbon"] as const) {
      const b = keyBirth({ componentType: "sbc", sbcVendor: v });
      expect(b).toMatchObject({
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
      });
      expect(keyLocations({ componentType: "sbc", sbcVendor: v }, true)).toEqual([
        "browser",
        "appliance",
        "openssl",
      ]);
    }
  });

  it("Oracle, Cisco CUBE and anynode make the key on the SBC: only their own request page", () => {
    for (const v of ["oracle", "cisco-cube", "anynode"] as const) {
      const b = keyBirth({ componentType: "sbc", sbcVendor: v });
      expect(b).toMatchObject({ importsKey: false, openssl: false, defaultLocation: "appliance" });
      expect(b.why).toContain("not offered");
      expect(keyLocations({ componentType: "sbc", sbcVendor: v }, true)).toEqual(["appliance"]);
    }
    expect(keyBirth({ componentType: "sbc", sbcVendor: "cisco-cube" }).sources.join(" ")).toContain(
      "cisco.com",
    );
  });
});
