// Generated plans for the benchmark gate: realistic shapes at scale.
import type { Plan } from "../../src/domain/types";

/** A very large enterprise, 1,000 nodes across SfB, Pexip and Cisco with 50 SIP domains (issue: planner
 *  speed), shaped as such deployments are: SfB Front End pools of at most 12 servers (Microsoft's limit),
 *  an Edge pool and a Director pool, Pexip DMZ and on-prem node pools, and CUCM clusters of 21 nodes with
 *  per-node (single-server) Tomcat certificates. `scale` shrinks it for the scaling ratios: 0.1 keeps the
 *  same shape and the same SIP domains with a tenth of the Front End pools, Pexip nodes and CUCM clusters
 *  (107 nodes): the number of nodes is what varies. */
export function mixedPlan(domains = 50, scale = 1): Plan {
  const sipDomains = Array.from({ length: domains }, (_, i) =>
    i === 0 ? "contoso.com" : `d${i}.contoso.com`,
  );
  const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i + 1));
  const components: Plan["components"] = [
    {
      type: "sfb-edge",
      id: "edge",
      accessEdgeFqdn: "sip.contoso.com",
      webConfEdgeFqdn: "webcon.contoso.com",
      internalFqdn: "edgepool.contoso.com",
      servers: range(4, (i) => `edge${i}.contoso.com`),
    },
    {
      type: "sfb-pool",
      id: "dir",
      role: "director",
      poolFqdn: "dirpool.contoso.com",
      servers: range(4, (i) => `dir${i}.contoso.com`),
      externalWebFqdn: "dirext.contoso.com",
    },
    {
      type: "sfb-reverse-proxy",
      id: "rp",
      externalWebFqdns: ["webext.contoso.com", "dirext.contoso.com"],
      officeOnlineFqdn: "oos.contoso.com",
    },
    {
      type: "sfb-mediation",
      id: "med",
      poolFqdn: "medpool.contoso.com",
      servers: range(4, (i) => `med${i}.contoso.com`),
    },
  ];
  for (let p = 1; p <= Math.max(1, Math.round(4 * scale)); p++) {
    components.push({
      type: "sfb-pool",
      id: `fe${p}`,
      role: "front-end",
      poolFqdn: `pool${p}.contoso.com`,
      servers: range(12, (i) => `fe${p}-${i}.contoso.com`),
      externalWebFqdn: p === 1 ? "webext.contoso.com" : `webext${p}.contoso.com`,
    });
  }
  components.push(
    {
      type: "pexip",
      id: "px-dmz",
      deployment: "public-dmz",
      nodes: range(Math.round(100 * scale), (i) => ({ fqdn: `px${i}.vc.contoso.com` })),
      sipDomain: "vc.contoso.com",
    },
    {
      type: "pexip",
      id: "px-int",
      deployment: "on-prem",
      nodes: range(Math.round(100 * scale), (i) => ({ fqdn: `conf${i}.vc.contoso.com` })),
      poolFqdn: "confpool.vc.contoso.com",
    },
  );
  // 1,000 nodes in all: 4 + 4 + 4 + 48 + 200 above, 36 clusters of 21 CUCM nodes = 756 below (1,016)
  for (let c = 1; c <= Math.floor(36 * scale); c++) {
    components.push({
      type: "cisco-uc",
      id: `cucm${c}`,
      product: "cucm",
      purpose: "tomcat",
      distribution: "single-server",
      publisher: `cucm${c}-pub.contoso.com`,
      subscribers: range(20, (i) => `cucm${c}-sub${i}.contoso.com`),
    });
  }
  return {
    format: "san-planner/plan",
    version: 1,
    name: `bench: ${nodeCount(components)} nodes, ${domains} SIP domains`,
    issueDate: "2026-07-01",
    subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
    sipDomains: [...sipDomains, "vc.contoso.com"],
    xmppDomains: ["contoso.com"],
    srv: [
      ...sipDomains.flatMap((d) => [
        { service: "_sipfederationtls._tcp", domain: d, target: `sip.${d}`, port: 5061 },
        { service: "_sip._tls", domain: d, target: `sip.${d}`, port: 443 },
      ]),
      {
        service: "_sipfederationtls._tcp",
        domain: "vc.contoso.com",
        target: "px.vc.contoso.com",
        port: 5061,
      },
    ],
    hosts: { "px.vc.contoso.com": range(Math.round(100 * scale), (i) => `px${i}.vc.contoso.com`) },
    sfb: {
      version: "sfb-2015",
      simpleUrls: {
        meet: sipDomains.map((d) => `meet.${d}`),
        dialin: ["dialin.contoso.com"],
        admin: "admin.contoso.com",
      },
      mobility: true,
    },
    defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 }, validityDays: 199 },
    components,
  };
}

/** `count` custom web server certificates, ECDSA P-256, from the enterprise CA: the 1,000-key batch. (A CUCM node
 *  creates its own key on the node, so a CUCM plan has no key to make in the browser.) */
export function webServersPlan(count = 1000): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: `bench: ${count} web servers`,
    subject: { O: "Example Corp", C: "US" },
    sipDomains: [],
    defaults: { caType: "internal", key: { algorithm: "ECDSA", curve: "P-256" } },
    components: Array.from({ length: count }, (_, i) => {
      const n = String(i).padStart(4, "0");
      return {
        type: "custom",
        id: `web${n}`,
        commonName: `web${n}.example.com`,
        sans: [`web${n}.example.com`],
      };
    }),
  };
}

/** The number of servers and nodes a plan's components name. */
export function nodeCount(components: Plan["components"]): number {
  let n = 0;
  for (const c of components) {
    const x = c as { servers?: unknown[]; nodes?: unknown[]; publisher?: string; subscribers?: unknown[] };
    n +=
      (x.servers?.length ?? 0) +
      (x.nodes?.length ?? 0) +
      (x.publisher ? 1 : 0) +
      (x.subscribers?.length ?? 0);
  }
  return n;
}
