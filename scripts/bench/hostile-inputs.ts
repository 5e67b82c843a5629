// Writes the bench's hostile inputs (and one normal certificate to compare with) to the folder given, and prints
// their paths as JSON on the last line. Run by hostile.mjs through tsx: the builders are the tests' own
// (src/crypto/hostile-samples.test-helpers.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { kdfBombPfx, sameNameCertificates } from "../../src/crypto/hostile-samples.test-helpers";

const dir = process.argv[2];
if (!dir) throw new Error("usage: tsx hostile-inputs.ts <folder>");
const files = {
  normal: join(dir, "normal.pem"),
  kdfBomb: join(dir, "kdf-bomb.pfx"),
  sameName400: join(dir, "same-name-400.pem"),
  sameName50: join(dir, "same-name-50.pem"),
};
writeFileSync(files.normal, await sameNameCertificates(1, "CN=sip.contoso.com"));
writeFileSync(files.kdfBomb, kdfBombPfx(30, 1_000_000));
writeFileSync(files.sameName400, await sameNameCertificates(400));
writeFileSync(files.sameName50, await sameNameCertificates(50));
console.log(JSON.stringify(files));
