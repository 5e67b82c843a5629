import type { CertificateRule } from "../rule";
import { pexipComponent } from "./util";

export const PEXIP_UC_1: CertificateRule = {
  id: "PEXIP-UC-1",
  scope: "certificate",
  severity: "info",
  description: "One shared SAN certificate, installed on every signalling Conferencing Node.",
  source:
    'https://docs.pexip.com/sfb/certificates.htm — "both recommend that the same single certificate is installed on all Conferencing Nodes."',
  applies: (view) => pexipComponent(view) !== undefined,
  check(view) {
    const c = pexipComponent(view);
    if (!c) return [];
    if (view.target === "plan") {
      const nodes = view.planned?.installOn ?? [];
      return [
        {
          message: `Upload this one certificate with its key to the Management Node and assign it to ${
            nodes.length === 1
              ? `the Conferencing Node ${nodes[0]}`
              : `all ${nodes.length} Conferencing Nodes (${nodes.join(", ")})`
          }. Pexip and Microsoft recommend the same certificate on every node.`,
          names: nodes,
        },
      ];
    }
    if (view.id !== c.id && view.id.startsWith(`${c.id}/`)) {
      return [
        {
          message: `This existing certificate belongs to one node only. Pexip and Microsoft recommend a single certificate on all Conferencing Nodes: when you renew, replace the per-node certificates with the shared certificate "${c.id}".`,
          names: [view.id.slice(c.id.length + 1)],
        },
      ];
    }
    return [];
  },
};
