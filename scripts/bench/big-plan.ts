// Generated plans for the benchmark gate: realistic shapes at scale.
import type { Plan } from "../../src/domain/types";

/** 1,000 nodes across Pexip, CUCM and SfB components, and 50 SIP domains (issue: planner speed). */
export function mixedPlan(nodes = 1000, domains = 50): Plan {
  const sipDomains = Array.from({ length: domains }, (_, i) =>
    i === 0 ? "contoso.com" : `d${i}.contoso.com`,
  );
  const third = Math.floor(nodes / 3);
  const pexipNodes = Array.from({ length: third }, (_, i) => ({ fqdn: `px${i}.vc.contoso.com` }));
  const cucmSubs = Array.from({ length: third - 1 }, (_, i) => `cucm-sub${i}.contoso.com`);
  const feServers = Array.from({ length: nodes - 2 * third }, (_, i) => `fe${i}.contoso.com`);
  return {
    format: "san-planner/plan",
    version: 1,
    name: "bench: 1,000 nodes, 50 SIP domains",
    issueDate: "2026-07-01",
    subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
    sipDomains,
    xmppDomains: ["contoso.com"],
    srv: sipDomains.flatMap((d) => [
      { service: "_sipfederationtls._tcp", domain: d, target: `sip.${d}`, port: 5061 },
      { service: "_sip._tls", domain: d, target: `sip.${d}`, port: 443 },
    ]),
    sfb: {
      version: "sfb-2015",
      simpleUrls: {
        meet: sipDomains.map((d) => `meet.${d}`),
        dialin: ["dialin.contoso.com"],
        admin: "admin.contoso.com",
      },
      mobility: true,
    },
    defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 }, validityDays: 200 },
    components: [
      {
        type: "sfb-edge",
        id: "edge",
        accessEdgeFqdn: "sip.contoso.com",
        webConfEdgeFqdn: "webcon.contoso.com",
        internalFqdn: "edge.contoso.com",
        servers: ["edge1.contoso.com", "edge2.contoso.com"],
      },
      {
        type: "sfb-pool",
        id: "fe",
        role: "front-end",
        poolFqdn: "pool.contoso.com",
        servers: feServers,
        externalWebFqdn: "ext.contoso.com",
      },
      { type: "pexip", id: "px", deployment: "public-dmz", nodes: pexipNodes, poolFqdn: "px.vc.contoso.com" },
      {
        type: "cisco-uc",
        id: "cucm",
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: "cucm-pub.contoso.com",
        subscribers: cucmSubs,
      },
    ],
  };
}

/** A CUCM single-server plan with `nodes` nodes: one certificate per node (issue: batch generation). */
export function cucmPlan(nodes = 1000): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: `bench: CUCM single-server, ${nodes} nodes`,
    subject: { O: "Example Corp", C: "US" },
    sipDomains: [],
    defaults: { caType: "internal", key: { algorithm: "ECDSA", curve: "P-256" } },
    components: [
      {
        type: "cisco-uc",
        id: "cucm",
        product: "cucm",
        purpose: "tomcat",
        distribution: "single-server",
        publisher: "cucm-pub.example.com",
        subscribers: Array.from({ length: nodes - 1 }, (_, i) => `cucm-sub${i + 1}.example.com`),
      },
    ],
  };
}
