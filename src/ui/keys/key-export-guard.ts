// The one door an unencrypted private key passes to leave the page (the Keys step's "Download key" and
// "Download all (.zip)", the Install step's "Download key"): the admin confirms it once, explicitly; after
// that the page does not ask again until it is reloaded. The consent lives in this module's memory only
// (never in a store that is persisted, never in storage or the URL).
import { useCallback } from "react";
import { type Ask, useConfirm } from "../confirm";

let consented = false;

/** True when the admin has already confirmed an unencrypted key download in this page. */
export function unencryptedKeyExportConsented(): boolean {
  return consented;
}

/** For tests: forget the consent (as a reload does). */
export function forgetUnencryptedKeyExportConsent(): void {
  consented = false;
}

/**
 * Asks, once per page load, before `count` unencrypted key file(s) leave the page. Resolves true when the
 * download may go ahead (now or already confirmed), false when the admin cancelled (nothing is written).
 */
export async function confirmUnencryptedKeyExport(
  ask: Ask,
  count: number,
  passphraseHint: string,
): Promise<boolean> {
  if (count === 0 || consented) return true;
  const one = count === 1;
  const ok = await ask({
    title: one
      ? "Download a key file without a passphrase?"
      : `Download ${count} key files without a passphrase?`,
    message: `${one ? "This private key file is" : "These private key files are"} not encrypted: anyone who gets a copy (a shared folder, a mail, a backup, the Downloads folder) can use ${one ? "it" : "them"} to pose as your servers until the certificate expires or is revoked. ${passphraseHint} If you go ahead, this page will not ask again until it is reloaded.`,
    confirmLabel: one ? "Download unencrypted" : "Download unencrypted keys",
    cancelLabel: "Cancel",
  });
  if (ok) consented = true;
  return ok;
}

/** The guard bound to the page's confirmation dialog: `(count, hint) => Promise<boolean>`. */
export function useUnencryptedKeyExportGuard(): (count: number, passphraseHint: string) => Promise<boolean> {
  const ask = useConfirm();
  return useCallback((count, hint) => confirmUnencryptedKeyExport(ask, count, hint), [ask]);
}
