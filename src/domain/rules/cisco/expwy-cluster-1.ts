import { expresswayClusterFqdn, expresswayPeers, isClustered } from "../../profiles/expressway";
import type { CertificateRule, RuleHit } from "../rule";
import { covered, expresswayComponent, listNames } from "./util";

export const EXPWY_CLUSTER_1: CertificateRule = {
  id: "EXPWY-CLUSTER-1",
  scope: "certificate",
  severity: "error",
  description:
    "Clustered Expressway: CN = cluster FQDN, SAN = cluster FQDN + every peer FQDN; single node: CN = node FQDN.",
  source:
    'https://www.cisco.com/c/en/us/support/docs/unified-communications/expressway/215670-generate-csr-and-upload-signed-certifica.html — "FQDN of VCS cluster plus FQDNs of all peers in the cluster (for clustered setups)"',
  applies: (view) => expresswayComponent(view) !== undefined,
  check(view) {
    const c = expresswayComponent(view);
    if (!c) return [];
    const cluster = expresswayClusterFqdn(c);
    const peers = expresswayPeers(c);
    const hits: RuleHit[] = [];
    if (view.target === "plan") {
      if (peers.length > 1 && !cluster) {
        hits.push({
          message: `${listNames(peers)} form a cluster but no cluster FQDN is given. The certificate's CN must be the cluster FQDN (System > Clustering), and the cluster FQDN must be a SAN: clients and neighbour zones that use it fail TLS. Until you enter it, the CN is ${view.subjectCN}.`,
          names: peers,
        });
      }
      return hits;
    }
    // Existing certificate. Peers missing from it are EXPWY-RENEW-1.
    if (cluster && !covered(view, cluster)) {
      hits.push({
        message: `The existing certificate does not carry the cluster FQDN ${cluster}: zones, Unified CM and clients that connect to the cluster name fail TLS.`,
        names: [cluster],
      });
    }
    const expectedCn = isClustered(c) ? cluster : peers[0];
    if (expectedCn && view.subjectCN !== expectedCn && covered(view, expectedCn)) {
      hits.push({
        severity: "warning",
        message: `The existing certificate's CN is ${view.subjectCN}, not ${expectedCn}. TLS checks the SAN list, which carries ${expectedCn}, but Cisco's composition puts ${isClustered(c) ? "the cluster FQDN" : "the node FQDN"} in the CN: use it on the next certificate.`,
        names: [view.subjectCN],
      });
    }
    return hits;
  },
};
