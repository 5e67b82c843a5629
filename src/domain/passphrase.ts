// The minimum a passphrase must meet before it protects a private key (an encrypted key file, the keys in
// the zip, a PFX). Pure: the Keys and Install steps show the same sentence as the admin types.
//
// Why 15 characters, and why length alone: whoever gets a copy of the file can try passphrases offline, at
// the pace of their own hardware, with nothing to slow them but the key derivation. NIST SP 800-63B-4
// (August 2025) §3.1.1.2 "Password Verifiers": "Verifiers and CSPs SHALL require passwords that are used as a
// single-factor authentication mechanism to be a minimum of 15 characters in length." and "Verifiers and
// CSPs SHALL NOT impose other composition rules (e.g., requiring mixtures of different character types) for
// passwords." A passphrase that alone protects a key file is that case. (The wording was read in the OWASP
// ASVS issue #3242 and other texts quoting the final publication; the copy of the NIST repository at hand is
// the 2023 draft, which still said 8. https://pages.nist.gov/800-63-4/sp800-63b.html#password)
//
// A strength estimator (zxcvbn-ts) was measured and not taken: its core alone is 24.7 kB gzip and its
// common dictionaries 225 kB gzip, against a JavaScript budget of 300 kB of which 276 kB are already used.
// Length counts Unicode code points, as §3.1.1.2 says ("each Unicode code point SHALL be counted as a
// single character").

export const PASSPHRASE_MIN_LENGTH = 15;

/** The number of characters (Unicode code points) of a passphrase. */
export function passphraseLength(passphrase: string): number {
  return Array.from(passphrase).length;
}

/** Why this passphrase may not protect a key, or null when it may. An empty one means "no passphrase" and
 *  is the caller's business (null here). */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase === "") return null;
  if (passphrase.trim() === "") return "A passphrase of spaces only is not accepted.";
  const n = passphraseLength(passphrase);
  if (n < PASSPHRASE_MIN_LENGTH) {
    return `Too short: ${n} ${n === 1 ? "character" : "characters"}, at least ${PASSPHRASE_MIN_LENGTH} are needed. Whoever gets a copy of the file can try passphrases offline, as fast as their hardware allows (NIST SP 800-63B-4 §3.1.1.2: a password that alone protects something must be "a minimum of 15 characters in length"). A few ordinary words with spaces are enough.`;
  }
  return null;
}

/** True when the passphrase may protect a key (non-empty, not blank, long enough). */
export function passphraseAccepted(passphrase: string): boolean {
  return passphrase !== "" && passphraseProblem(passphrase) === null;
}
