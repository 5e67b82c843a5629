import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import { literallyCovered, pexipComponent } from "./util";

export const PEXIP_ONPREM_1: CertificateRule = {
  id: "PEXIP-ONPREM-1",
  scope: "certificate",
  severity: "error",
  description: "On-prem: CN = Trusted Application Pool FQDN; SAN = pool FQDN + each Conferencing Node FQDN.",
  source:
    'https://docs.pexip.com/sfb/on_prem_example.htm — "Pexip Conferencing Nodes confpool-eu.vc.example.com containing: conf01.vc.example.com conf02.vc.example.com conf03.vc.example.com"',
  applies: (view) => pexipComponent(view)?.deployment === "on-prem",
  check(view) {
    const c = pexipComponent(view);
    if (!c) return [];
    const pool = c.poolFqdn && c.poolFqdn.trim() !== "" ? normalizeName(c.poolFqdn) : undefined;
    if (!pool) {
      return view.target === "plan"
        ? [
            {
              message: `No Trusted Application Pool FQDN. Skype for Business Front End servers accept the Pexip nodes' mutual TLS only as members of the trusted application pool, whose FQDN must be the certificate's CN (for example confpool-eu.vc.example.com). Until you enter it, the CN is the first node FQDN, ${view.subjectCN}.`,
            },
          ]
        : [];
    }
    if (view.target === "plan") return [];
    if (!literallyCovered(view, pool)) {
      return [
        {
          message: `The existing certificate does not carry the Trusted Application Pool FQDN ${pool}. Skype for Business servers that connect to the pool refuse the nodes' certificate, so calls and meetings between Skype for Business and Pexip fail.`,
          names: [pool],
        },
      ];
    }
    if (view.subjectCN !== pool) {
      return [
        {
          severity: "warning",
          message: `The existing certificate's CN is ${view.subjectCN}, not the Trusted Application Pool FQDN ${pool}. The pool FQDN is in the SAN list, but Pexip's on-prem composition puts it in the CN: use it on the next certificate.`,
          names: [view.subjectCN],
        },
      ];
    }
    return [];
  },
};
