// Minimal types for des.js 1.1 (the project uses 3DES-EDE in CBC mode only, for legacy PKCS#12).
declare module "des.js" {
  interface DesCipher {
    update(data: ArrayLike<number>): number[];
    final(): number[];
  }
  interface DesCipherFactory {
    create(options: {
      type: "encrypt" | "decrypt";
      key: ArrayLike<number>;
      iv?: ArrayLike<number>;
      padding?: boolean;
    }): DesCipher;
  }
  interface DesModule {
    EDE: unknown;
    DES: unknown;
    CBC: { instantiate(base: unknown): DesCipherFactory };
  }
  const des: DesModule;
  export default des;
}
