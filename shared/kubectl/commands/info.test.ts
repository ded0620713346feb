/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl info (golden)", () => {
  it("api-resources", async () => {
    expect(await runSteps([["api-resources"]])).toEqual({
      code: 0,
      stdout: "NAME                       SHORTNAMES   APIVERSION                NAMESPACED   KIND\nconfigmaps                 cm           v1                        true         ConfigMap\nendpoints                  ep           v1                        true         Endpoints\nevents                     ev           v1                        true         Event\nnamespaces                 ns           v1                        false        Namespace\nnodes                      no           v1                        false        Node\npersistentvolumeclaims     pvc          v1                        true         PersistentVolumeClaim\npods                       po           v1                        true         Pod\nsecrets                                 v1                        true         Secret\nserviceaccounts            sa           v1                        true         ServiceAccount\nservices                   svc          v1                        true         Service\ndaemonsets                 ds           apps/v1                   true         DaemonSet\ndeployments                deploy       apps/v1                   true         Deployment\nreplicasets                rs           apps/v1                   true         ReplicaSet\nstatefulsets               sts          apps/v1                   true         StatefulSet\nselfsubjectaccessreviews                authorization.k8s.io/v1   false        SelfSubjectAccessReview\nhorizontalpodautoscalers   hpa          autoscaling/v2            true         HorizontalPodAutoscaler\ncronjobs                   cj           batch/v1                  true         CronJob\njobs                                    batch/v1                  true         Job\nleases                                  coordination.k8s.io/v1    true         Lease\nendpointslices                          discovery.k8s.io/v1       true         EndpointSlice\nnodes                                   metrics.k8s.io/v1beta1    false        NodeMetrics\npods                                    metrics.k8s.io/v1beta1    true         PodMetrics\ningresses                  ing          networking.k8s.io/v1      true         Ingress\npoddisruptionbudgets       pdb          policy/v1                 true         PodDisruptionBudget\n",
      stderr: "",
    });
  });

  it("api-resources --namespaced=false", async () => {
    expect(await runSteps([["api-resources","--namespaced=false"]])).toEqual({
      code: 0,
      stdout: "NAME                       SHORTNAMES   APIVERSION                NAMESPACED   KIND\nnamespaces                 ns           v1                        false        Namespace\nnodes                      no           v1                        false        Node\nselfsubjectaccessreviews                authorization.k8s.io/v1   false        SelfSubjectAccessReview\nnodes                                   metrics.k8s.io/v1beta1    false        NodeMetrics\n",
      stderr: "",
    });
  });
});
