// Skype for Business Management Shell output as JSON, for a published topology (whose XML has no simple URLs):
//   Get-CsSimpleUrlConfiguration | ConvertTo-Json -Depth 5   → { "SimpleUrl": [ { "Component", "Domain", "ActiveUrl",
//                                                               "SimpleUrlEntry": [ { "Url" } ] } ], "Identity" }
//   Get-CsSipDomain | ConvertTo-Json                          → [ { "Identity", "Name", "IsDefault" } ] (one object when
//                                                               there is a single domain)

import { field, isObject, type Json, type JsonObject, listOf, text } from "./json";
import { takeValue } from "./limits";

export interface SfbSimpleUrls {
  meet: string[];
  dialin: string[];
  admin?: string;
  refused: string[];
}

/** Is this Get-CsSimpleUrlConfiguration output? (one configuration or a list of them, e.g. Global and sites) */
export function looksLikeSimpleUrls(v: Json): boolean {
  const list = listOf(v);
  return list !== null && list.length > 0 && list.every((o) => Array.isArray(field(o, "SimpleUrl")));
}

export function readSimpleUrls(v: Json): SfbSimpleUrls {
  const out: SfbSimpleUrls = { meet: [], dialin: [], refused: [] };
  for (const config of listOf(v) ?? []) {
    const list = field(config, "SimpleUrl");
    for (const u of Array.isArray(list) ? list : []) {
      if (!isObject(u)) continue;
      const component = (text(field(u, "Component")) ?? "").toLowerCase();
      const entries = field(u, "SimpleUrlEntry");
      const firstEntry =
        Array.isArray(entries) && isObject(entries[0]) ? text(field(entries[0], "Url")) : undefined;
      const url = takeValue(text(field(u, "ActiveUrl")) ?? firstEntry, "a simple URL", out.refused);
      if (!url) continue;
      if (component === "meet") {
        if (!out.meet.includes(url)) out.meet.push(url);
      } else if (component === "dialin") {
        if (!out.dialin.includes(url)) out.dialin.push(url);
      } else if (component === "cscp") out.admin ??= url;
    }
  }
  return out;
}

/** Is this Get-CsSipDomain output? Every object has a Name and an IsDefault flag. */
export function looksLikeSipDomains(v: Json): boolean {
  const list = listOf(v);
  return (
    list !== null &&
    list.length > 0 &&
    list.every(
      (o: JsonObject) =>
        typeof text(field(o, "Name")) === "string" && typeof field(o, "IsDefault") === "boolean",
    )
  );
}

/** SIP domains, the default first. */
export function readSipDomains(v: Json): {
  domains: { name: string; isDefault: boolean }[];
  refused: string[];
} {
  const refused: string[] = [];
  const domains: { name: string; isDefault: boolean }[] = [];
  for (const o of listOf(v) ?? []) {
    const name = takeValue(text(field(o, "Name")), "a SIP domain", refused);
    if (!name || domains.some((d) => d.name.toLowerCase() === name.toLowerCase())) continue;
    domains.push({ name, isDefault: field(o, "IsDefault") === true });
  }
  domains.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return { domains, refused };
}
