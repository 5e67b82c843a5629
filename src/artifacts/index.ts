// Request artifacts for keys born on the server (Windows certreq, Skype for Business Management Shell, OpenSSL,
// appliance CSR pages), generated from a CertificatePlan. Pure TypeScript: no React, no DOM, no WebCrypto.
export type { AppliancePlatform, ApplianceSheet, SheetField } from "./appliance";
export { applianceSheet, applianceSheetFile, applianceSheetText } from "./appliance";
export type { CertreqArtifact } from "./certreq";
export { certreqInf, certreqSanLines, certreqSubject, infQuote, x500Value } from "./certreq";
export type { DownloadEncoding, LineEnding, TextFile } from "./common";
export { encodeFile, encodeText, fileBase, friendlyName, shQuote } from "./common";
export type { OpensslArtifact } from "./openssl";
export { opensslConfig, opensslValue } from "./openssl";
export type { ServerArtifact, ServerArtifactKind } from "./server-artifacts";
export { keyLocationNote, keyLocationOf, serverArtifacts } from "./server-artifacts";
export type { SfbShellArtifact, SfbShellCommand } from "./sfb-shell";
export { psLiteral, psQuote, SFB_CERT_TYPES, sfbShellArtifact, sfbShellCommands } from "./sfb-shell";
