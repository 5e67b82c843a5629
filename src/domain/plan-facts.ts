// Facts derived from a plan that profiles and rules both need, computed once per plan object (plans are
// immutable values: a change makes a new object). On a 1,000-node plan, re-deriving these per certificate
// or per SRV record made planning quadratic.
import { normalizeName } from "./names";
import type { Component, Plan } from "./types";

interface PlanFacts {
  /** plan.hosts with normalised keys and values */
  resolves: Map<string, string[]>;
  /** every name a component is known by → the components, in plan order */
  owners: Map<string, Component[]>;
  componentIndex: Map<Component, number>;
}

const cache = new WeakMap<Plan, PlanFacts>();

/** The names a component is known by (its nodes, peers, pool and server FQDNs...), normalised. */
export function componentNames(c: Component): string[] {
  const raw = ((): string[] => {
    switch (c.type) {
      case "sfb-edge":
        return [c.accessEdgeFqdn, c.webConfEdgeFqdn, c.internalFqdn, ...(c.servers ?? [])];
      case "sfb-pool":
        return [
          c.poolFqdn,
          ...c.servers,
          ...(c.internalWebFqdn ? [c.internalWebFqdn] : []),
          ...(c.externalWebFqdn ? [c.externalWebFqdn] : []),
        ];
      case "sfb-reverse-proxy":
        return [...c.externalWebFqdns, ...(c.officeOnlineFqdn ? [c.officeOnlineFqdn] : [])];
      case "sfb-mediation":
        return [c.poolFqdn, ...c.servers];
      case "sfb-sba":
        return [c.fqdn];
      case "pexip":
        return [
          ...c.nodes.flatMap((n) => (n.sipTlsFqdn ? [n.fqdn, n.sipTlsFqdn] : [n.fqdn])),
          ...(c.poolFqdn ? [c.poolFqdn] : []),
        ];
      case "expressway":
        return [...c.peers, ...(c.aliases ?? []), ...(c.clusterFqdn ? [c.clusterFqdn] : [])];
      case "cisco-uc":
        return [c.publisher, ...c.subscribers, ...(c.imPresenceNodes ?? [])];
      case "sbc":
        return [...c.sbcs];
      case "custom":
        return [c.commonName, ...c.sans];
    }
  })();
  return raw.map(normalizeName);
}

function facts(plan: Plan): PlanFacts {
  const hit = cache.get(plan);
  if (hit) return hit;
  const resolves = new Map<string, string[]>();
  for (const [k, v] of Object.entries(plan.hosts ?? {})) resolves.set(normalizeName(k), v.map(normalizeName));
  const owners = new Map<string, Component[]>();
  const componentIndex = new Map<Component, number>();
  plan.components.forEach((c, i) => {
    componentIndex.set(c, i);
    for (const n of new Set(componentNames(c))) {
      const list = owners.get(n);
      if (list) list.push(c);
      else owners.set(n, [c]);
    }
  });
  const f = { resolves, owners, componentIndex };
  cache.set(plan, f);
  return f;
}

/** What the plan's A/CNAME facts say a (normalised) name resolves to, normalised. */
export function resolvesTo(plan: Plan, name: string): string[] {
  return facts(plan).resolves.get(name) ?? [];
}

/** The components known by `name` (normalised), in plan order. */
export function componentsNamed(plan: Plan, name: string): readonly Component[] {
  return facts(plan).owners.get(name) ?? [];
}

/** The position of a component in the plan (for "first in plan order" choices). */
export function componentPosition(plan: Plan, c: Component): number {
  return facts(plan).componentIndex.get(c) ?? -1;
}

/** Memoise a function of the plan alone (plans are immutable values). The result is shared: callers must
 *  not mutate it. */
export function perPlan<R>(fn: (plan: Plan) => R): (plan: Plan) => R {
  const memo = new WeakMap<Plan, R>();
  return (plan) => {
    if (memo.has(plan)) return memo.get(plan) as R;
    const value = fn(plan);
    memo.set(plan, value);
    return value;
  };
}
