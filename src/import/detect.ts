// One pasted text or dropped file → what it is, recognised by its content (not its file name), or a clear refusal.
import { type CiscoCluster, looksLikeCluster, readCluster } from "./cucm";
import {
  type ExpresswayDns,
  type ExpresswayDomain,
  looksLikeExpresswayDns,
  looksLikeExpresswayDomains,
  readExpresswayDns,
  readExpresswayDomains,
} from "./expressway";
import { parseJsonText } from "./json";
import { checkSize, ImportError } from "./limits";
import {
  looksLikeGlobal,
  looksLikeLocations,
  looksLikeWorkers,
  type PexipNodeInfo,
  readLocations,
  readWorkers,
} from "./pexip";
import {
  looksLikeSimpleUrls,
  looksLikeSipDomains,
  readSimpleUrls,
  readSipDomains,
  type SfbSimpleUrls,
} from "./sfb-json";
import { parseSfbTopology, type SfbTopology } from "./sfb-topology";

interface Base {
  /** the file name, or "pasted text 2" */
  name: string;
  /** values refused (control characters …), with where they were */
  refused: string[];
}

export type ImportSource =
  | (Base & { kind: "sfb-topology"; topology: SfbTopology })
  | (Base & { kind: "sfb-simple-urls"; urls: SfbSimpleUrls })
  | (Base & { kind: "sfb-sip-domains"; domains: { name: string; isDefault: boolean }[] })
  | (Base & { kind: "pexip-workers"; nodes: PexipNodeInfo[] })
  | (Base & { kind: "pexip-locations"; locations: Map<string, string> })
  | (Base & { kind: "pexip-global" })
  | (Base & { kind: "cucm-cluster"; cluster: CiscoCluster })
  | (Base & { kind: "expressway-dns"; dns: ExpresswayDns })
  | (Base & { kind: "expressway-domains"; domains: ExpresswayDomain[] });

/** How each kind is named on screen. */
export const SOURCE_LABEL: Record<ImportSource["kind"], string> = {
  "sfb-topology": "Skype for Business topology",
  "sfb-simple-urls": "Skype for Business simple URLs",
  "sfb-sip-domains": "Skype for Business SIP domains",
  "pexip-workers": "Pexip Conferencing Nodes",
  "pexip-locations": "Pexip system locations",
  "pexip-global": "Pexip global settings",
  "cucm-cluster": "Cisco show network cluster",
  "expressway-dns": "Expressway DNS settings",
  "expressway-domains": "Expressway domains",
};

const WHAT_IS_READ =
  "a Skype for Business topology (.tbxml or Get-CsTopology -AsXml), Get-CsSimpleUrlConfiguration or Get-CsSipDomain as JSON, the Pexip worker_vm, system_location or global API answer, the output of show network cluster, or the Expressway DNS or domain API answer";

/** Read one export. Throws ImportError with a message for the admin when it is not one. */
export function readSource(text: string, name: string): ImportSource {
  const what = `“${name}”`;
  checkSize(text, what);
  const start = text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 1);
  if (start === "<") {
    const topology = parseSfbTopology(text, name);
    return { kind: "sfb-topology", name, refused: topology.refused, topology };
  }
  if (start === "{" || start === "[") {
    const v = parseJsonText(text, what);
    if (looksLikeSimpleUrls(v)) {
      const urls = readSimpleUrls(v);
      return { kind: "sfb-simple-urls", name, refused: urls.refused, urls };
    }
    if (looksLikeSipDomains(v)) {
      const r = readSipDomains(v);
      return { kind: "sfb-sip-domains", name, refused: r.refused, domains: r.domains };
    }
    if (looksLikeWorkers(v)) {
      const r = readWorkers(v);
      return { kind: "pexip-workers", name, refused: r.refused, nodes: r.nodes };
    }
    if (looksLikeLocations(v))
      return { kind: "pexip-locations", name, refused: [], locations: readLocations(v) };
    if (looksLikeGlobal(v)) return { kind: "pexip-global", name, refused: [] };
    if (looksLikeExpresswayDns(v)) {
      const r = readExpresswayDns(v);
      if (!r.dns)
        throw new ImportError(`${what} is the Expressway DNS settings but has no system host name.`);
      return { kind: "expressway-dns", name, refused: r.refused, dns: r.dns };
    }
    if (looksLikeExpresswayDomains(v)) {
      const r = readExpresswayDomains(v);
      return { kind: "expressway-domains", name, refused: r.refused, domains: r.domains };
    }
    throw new ImportError(
      `${what} is JSON, but not one of the exports this page reads (${WHAT_IS_READ}). Nothing was imported and your plan is unchanged.`,
    );
  }
  if (looksLikeCluster(text)) {
    const cluster = readCluster(text, what);
    return { kind: "cucm-cluster", name, refused: cluster.refused, cluster };
  }
  throw new ImportError(
    `${what} was not recognised. This page reads ${WHAT_IS_READ}. Nothing was imported and your plan is unchanged.`,
  );
}
