import { describe, expect, it } from "vitest";
import { runRule } from "../pexip/testing";
import { EXPWY_CLUSTER_1 } from "./expwy-cluster-1";
import { ciscoPlan, EXP_C, EXP_C_NAMES } from "./fixtures";

// TechNote 215670: "FQDN of VCS cluster plus FQDNs of all peers in the cluster (for clustered setups)"
describe("EXPWY-CLUSTER-1", () => {
  it("silent on a cluster with its cluster FQDN, planned and existing", () => {
    const existing = [{ certificate: "exp-c", subjectCN: "expc.example.com", sans: EXP_C_NAMES, eku: [] }];
    expect(runRule(EXPWY_CLUSTER_1, ciscoPlan({ components: [EXP_C], existing }))).toEqual([]);
  });

  it("error: two peers and no cluster FQDN", () => {
    const { clusterFqdn: _, ...noCluster } = EXP_C;
    const f = runRule(EXPWY_CLUSTER_1, ciscoPlan({ components: [noCluster] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: "error",
      target: "plan",
      names: ["expc1.example.com", "expc2.example.com"],
    });
  });

  it("error: existing certificate without the cluster FQDN; warning: CN is a peer", () => {
    const f = runRule(
      EXPWY_CLUSTER_1,
      ciscoPlan({
        components: [EXP_C],
        existing: [
          { certificate: "exp-c", subjectCN: "expc1.example.com", sans: EXP_C_NAMES.slice(1), eku: [] },
          { certificate: "exp-c", subjectCN: "expc1.example.com", sans: EXP_C_NAMES, eku: [] },
        ],
      }),
    );
    expect(f.map((x) => [x.severity, x.names])).toEqual([
      ["error", ["expc.example.com"]],
      ["warning", ["expc1.example.com"]],
    ]);
  });
});
