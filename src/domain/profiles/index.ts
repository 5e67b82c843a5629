import type { CertificatePlan, Component } from "../types";
import { planCiscoUc } from "./cisco-uc";
import type { ProfileContext } from "./common";
import { planCustom } from "./custom";
import { planExpressway } from "./expressway";
import { planPexip } from "./pexip";
import { planSbc } from "./sbc";
import { planSfbEdge } from "./sfb-edge";
import { planSfbMediation } from "./sfb-mediation";
import { planSfbPool } from "./sfb-pool";
import { planSfbReverseProxy } from "./sfb-reverse-proxy";
import { planSfbSba } from "./sfb-sba";

export type { ProfileContext } from "./common";

/** The certificates one component needs. */
export function planComponent(component: Component, ctx: ProfileContext): CertificatePlan[] {
  switch (component.type) {
    case "sfb-edge":
      return planSfbEdge(component, ctx);
    case "sfb-pool":
      return planSfbPool(component, ctx);
    case "sfb-reverse-proxy":
      return planSfbReverseProxy(component, ctx);
    case "sfb-mediation":
      return planSfbMediation(component, ctx);
    case "sfb-sba":
      return planSfbSba(component, ctx);
    case "pexip":
      return planPexip(component, ctx);
    case "cisco-uc":
      return planCiscoUc(component, ctx);
    case "expressway":
      return planExpressway(component, ctx);
    case "sbc":
      return planSbc(component, ctx);
    case "custom":
      return planCustom(component, ctx);
  }
}
