import { isIdn, lookAlikeProblem, toUnicodeName } from "../../names";
import type { CertificateRule } from "../rule";
import { dnsNames, listNames } from "./shared";

/** Not in RULES.md's catalogue (added for the hostile-input corpus, issue 6): an internationalised name whose
 *  Unicode form mixes Latin with Cyrillic or Greek letters, or is written only in Cyrillic/Greek letters that
 *  look Latin, is a different name from the one it looks like. Usually a paste from a spoofed source or a
 *  keyboard-layout slip; clients typing the Latin name will not match it. */
export const PKI_IDN_LOOKALIKE_1: CertificateRule = {
  id: "PKI-IDN-LOOKALIKE-1",
  scope: "certificate",
  severity: "warning",
  description:
    "An internationalised name that only looks like a Latin name (mixed-script / whole-script look-alike).",
  source:
    "Unicode Technical Standard #39, Unicode Security Mechanisms, §5.1 Mixed-Script Detection " +
    "(https://www.unicode.org/reports/tr39/#Mixed_Script_Detection) — mixed-script strings are a common source of " +
    'visually confusable identifiers; RFC 5890 §4.4 ("Security Considerations") on look-alike IDN labels.',
  applies: (view) => view.sans.some((s) => s.type === "dns" && isIdn(s.value)) || isIdn(view.subjectCN),
  check(view) {
    const found: { name: string; unicode: string; why: string }[] = [];
    for (const name of dnsNames(view)) {
      if (!isIdn(name)) continue;
      const unicode = toUnicodeName(name);
      const why = unicode
        .split(".")
        .map((label) => {
          const problem = lookAlikeProblem(label);
          return problem ? `"${label}" ${problem}` : null;
        })
        .filter((p): p is string => p !== null);
      if (why.length > 0) found.push({ name, unicode, why: why.join("; ") });
    }
    return found.map((f) => ({
      names: [f.name],
      message:
        `${f.unicode} (${f.name} on the certificate) looks like a Latin name but is not one: ${f.why}. ` +
        "Clients and partners that type or resolve the name they see will not match this certificate, and a CA " +
        `may flag it as a look-alike. Retype ${listNames([f.unicode])} with a Latin keyboard layout if that is the ` +
        "name you meant.",
    }));
  },
};
