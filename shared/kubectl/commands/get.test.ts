/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl get (golden)", () => {
  it("get pods", async () => {
    expect(await runSteps([["get","pods"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m\nbig                    0/1     Pending   0          45s\n",
      stderr: "",
    });
  });

  it("get pods -o wide", async () => {
    expect(await runSteps([["get","pods","-o","wide"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s   10.244.1.5   node-1   <none>           <none>\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m   10.244.2.7   node-2   <none>           <none>\nbig                    0/1     Pending   0          45s   <none>       <none>   <none>           <none>\n",
      stderr: "",
    });
  });

  it("get po -A", async () => {
    expect(await runSteps([["get","po","-A"]])).toEqual({
      code: 0,
      stdout: "NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE\ndefault     web-7d4b9c8f6d-abcde   1/1     Running   0          30s\ndefault     web-7d4b9c8f6d-fghij   1/1     Running   2          61m\ndefault     big                    0/1     Pending   0          45s\n",
      stderr: "",
    });
  });

  it("get pods --show-labels", async () => {
    expect(await runSteps([["get","pods","--show-labels"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE   LABELS\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s   app=web,pod-template-hash=7d4b9c8f6d\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m   app=web,pod-template-hash=7d4b9c8f6d\nbig                    0/1     Pending   0          45s   run=big\n",
      stderr: "",
    });
  });

  it("get pods -L app -L pod-template-hash", async () => {
    expect(await runSteps([["get","pods","-L","app","-L","pod-template-hash"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE   APP   POD-TEMPLATE-HASH\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s   web   7d4b9c8f6d\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m   web   7d4b9c8f6d\nbig                    0/1     Pending   0          45s         \n",
      stderr: "",
    });
  });

  it("get pods,svc", async () => {
    expect(await runSteps([["get","pods,svc"]])).toEqual({
      code: 0,
      stdout: "NAME                       READY   STATUS    RESTARTS   AGE\npod/web-7d4b9c8f6d-abcde   1/1     Running   0          30s\npod/web-7d4b9c8f6d-fghij   1/1     Running   2          61m\npod/big                    0/1     Pending   0          45s\n\nNAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\nservice/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d\nservice/web          NodePort    10.96.12.34   <none>        80:30080/TCP   5m\n",
      stderr: "",
    });
  });

  it("get all", async () => {
    expect(await runSteps([["get","all"]])).toEqual({
      code: 0,
      stdout: "NAME                       READY   STATUS    RESTARTS   AGE\npod/web-7d4b9c8f6d-abcde   1/1     Running   0          30s\npod/web-7d4b9c8f6d-fghij   1/1     Running   2          61m\npod/big                    0/1     Pending   0          45s\n\nNAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\nservice/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d\nservice/web          NodePort    10.96.12.34   <none>        80:30080/TCP   5m\n\nNAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           10m\n\nNAME                             DESIRED   CURRENT   READY   AGE\nreplicaset.apps/web-7d4b9c8f6d   2         2         2       10m\n",
      stderr: "",
    });
  });

  it("get deploy", async () => {
    expect(await runSteps([["get","deploy"]])).toEqual({
      code: 0,
      stdout: "NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    2/2     2            2           10m\n",
      stderr: "",
    });
  });

  it("get deployments.apps -o wide", async () => {
    expect(await runSteps([["get","deployments.apps","-o","wide"]])).toEqual({
      code: 0,
      stdout: "NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\nweb    2/2     2            2           10m   nginx        nginx:1.25   app=web\n",
      stderr: "",
    });
  });

  it("get rs", async () => {
    expect(await runSteps([["get","rs"]])).toEqual({
      code: 0,
      stdout: "NAME             DESIRED   CURRENT   READY   AGE\nweb-7d4b9c8f6d   2         2         2       10m\n",
      stderr: "",
    });
  });

  it("get svc", async () => {
    expect(await runSteps([["get","svc"]])).toEqual({
      code: 0,
      stdout: "NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\nkubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d\nweb          NodePort    10.96.12.34   <none>        80:30080/TCP   5m\n",
      stderr: "",
    });
  });

  it("get nodes", async () => {
    expect(await runSteps([["get","nodes"]])).toEqual({
      code: 0,
      stdout: "NAME            STATUS   ROLES           AGE    VERSION\ncontrol-plane   Ready    control-plane   3d     v1.32.0\nnode-1          Ready    <none>          3d     v1.32.0\nnode-2          Ready    <none>          120m   v1.32.0\n",
      stderr: "",
    });
  });

  it("get nodes -o wide", async () => {
    expect(await runSteps([["get","nodes","-o","wide"]])).toEqual({
      code: 0,
      stdout: "NAME            STATUS   ROLES           AGE    VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION    CONTAINER-RUNTIME\ncontrol-plane   Ready    control-plane   3d     v1.32.0   10.0.0.10     <none>        Ubuntu 24.04.1 LTS   6.8.0-simulated   containerd://1.7.22\nnode-1          Ready    <none>          3d     v1.32.0   10.0.0.11     <none>        Ubuntu 24.04.1 LTS   6.8.0-simulated   containerd://1.7.22\nnode-2          Ready    <none>          120m   v1.32.0   10.0.0.12     <none>        Ubuntu 24.04.1 LTS   6.8.0-simulated   containerd://1.7.22\n",
      stderr: "",
    });
  });

  it("get ns", async () => {
    expect(await runSteps([["get","ns"]])).toEqual({
      code: 0,
      stdout: "NAME          STATUS   AGE\ndefault       Active   3d\nkube-system   Active   3d\n",
      stderr: "",
    });
  });

  it("get cm", async () => {
    expect(await runSteps([["get","cm"]])).toEqual({
      code: 0,
      stdout: "NAME         DATA   AGE\napp-config   2      90m\n",
      stderr: "",
    });
  });

  it("get pods nope", async () => {
    expect(await runSteps([["get","pods","nope"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Error from server (NotFound): pods \"nope\" not found\n",
    });
  });

  it("get podz", async () => {
    expect(await runSteps([["get","podz"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: the server doesn't have a resource type \"podz\"\n",
    });
  });

  it("get pods -n kube-system", async () => {
    expect(await runSteps([["get","pods","-n","kube-system"]])).toEqual({
      code: 0,
      stdout: "",
      stderr: "No resources found in kube-system namespace.\n",
    });
  });

  it("get nodes -l nope=x", async () => {
    expect(await runSteps([["get","nodes","-l","nope=x"]])).toEqual({
      code: 0,
      stdout: "",
      stderr: "No resources found\n",
    });
  });

  it("get pod big web-7d4b9c8f6d-abcde", async () => {
    expect(await runSteps([["get","pod","big","web-7d4b9c8f6d-abcde"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE\nbig                    0/1     Pending   0          45s\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s\n",
      stderr: "",
    });
  });

  it("get pod/big deploy/web", async () => {
    expect(await runSteps([["get","pod/big","deploy/web"]])).toEqual({
      code: 0,
      stdout: "NAME      READY   STATUS    RESTARTS   AGE\npod/big   0/1     Pending   0          45s\n\nNAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           10m\n",
      stderr: "",
    });
  });

  it("get pods -o name", async () => {
    expect(await runSteps([["get","pods","-o","name"]])).toEqual({
      code: 0,
      stdout: "pod/web-7d4b9c8f6d-abcde\npod/web-7d4b9c8f6d-fghij\npod/big\n",
      stderr: "",
    });
  });

  it("get deploy -o name", async () => {
    expect(await runSteps([["get","deploy","-o","name"]])).toEqual({
      code: 0,
      stdout: "deployment.apps/web\n",
      stderr: "",
    });
  });

  it("get pod big -o yaml", async () => {
    expect(await runSteps([["get","pod","big","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: \"2026-11-22T11:59:15Z\"\n  labels:\n    run: big\n  name: big\n  namespace: default\n  resourceVersion: \"1300\"\n  uid: uid-big\nspec:\n  containers:\n  - image: busybox\n    name: big\n    resources:\n      requests:\n        cpu: \"8\"\n  dnsPolicy: ClusterFirst\n  enableServiceLinks: true\n  preemptionPolicy: PreemptLowerPriority\n  priority: 0\n  restartPolicy: Always\n  schedulerName: default-scheduler\n  securityContext: {}\n  serviceAccount: default\n  serviceAccountName: default\n  terminationGracePeriodSeconds: 30\n  tolerations:\n  - effect: NoExecute\n    key: node.kubernetes.io/not-ready\n    operator: Exists\n    tolerationSeconds: 300\n  - effect: NoExecute\n    key: node.kubernetes.io/unreachable\n    operator: Exists\n    tolerationSeconds: 300\nstatus:\n  conditions:\n  - lastProbeTime: null\n    lastTransitionTime: \"2026-11-22T11:59:15Z\"\n    message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are\n      available: 2 No preemption victims found for incoming pod.'\n    reason: Unschedulable\n    status: \"False\"\n    type: PodScheduled\n  phase: Pending\n  qosClass: Burstable\n",
      stderr: "",
    });
  });

  it("get pods -l run=big -o yaml", async () => {
    expect(await runSteps([["get","pods","-l","run=big","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    creationTimestamp: \"2026-11-22T11:59:15Z\"\n    labels:\n      run: big\n    name: big\n    namespace: default\n    resourceVersion: \"1300\"\n    uid: uid-big\n  spec:\n    containers:\n    - image: busybox\n      name: big\n      resources:\n        requests:\n          cpu: \"8\"\n    dnsPolicy: ClusterFirst\n    enableServiceLinks: true\n    preemptionPolicy: PreemptLowerPriority\n    priority: 0\n    restartPolicy: Always\n    schedulerName: default-scheduler\n    securityContext: {}\n    serviceAccount: default\n    serviceAccountName: default\n    terminationGracePeriodSeconds: 30\n    tolerations:\n    - effect: NoExecute\n      key: node.kubernetes.io/not-ready\n      operator: Exists\n      tolerationSeconds: 300\n    - effect: NoExecute\n      key: node.kubernetes.io/unreachable\n      operator: Exists\n      tolerationSeconds: 300\n  status:\n    conditions:\n    - lastProbeTime: null\n      lastTransitionTime: \"2026-11-22T11:59:15Z\"\n      message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes\n        are available: 2 No preemption victims found for incoming pod.'\n      reason: Unschedulable\n      status: \"False\"\n      type: PodScheduled\n    phase: Pending\n    qosClass: Burstable\nkind: List\nmetadata:\n  resourceVersion: \"\"\n",
      stderr: "",
    });
  });

  it("get pod big -o json", async () => {
    expect(await runSteps([["get","pod","big","-o","json"]])).toEqual({
      code: 0,
      stdout: "{\n    \"apiVersion\": \"v1\",\n    \"kind\": \"Pod\",\n    \"metadata\": {\n        \"creationTimestamp\": \"2026-11-22T11:59:15Z\",\n        \"labels\": {\n            \"run\": \"big\"\n        },\n        \"name\": \"big\",\n        \"namespace\": \"default\",\n        \"resourceVersion\": \"1300\",\n        \"uid\": \"uid-big\"\n    },\n    \"spec\": {\n        \"containers\": [\n            {\n                \"image\": \"busybox\",\n                \"name\": \"big\",\n                \"resources\": {\n                    \"requests\": {\n                        \"cpu\": \"8\"\n                    }\n                }\n            }\n        ],\n        \"dnsPolicy\": \"ClusterFirst\",\n        \"enableServiceLinks\": true,\n        \"preemptionPolicy\": \"PreemptLowerPriority\",\n        \"priority\": 0,\n        \"restartPolicy\": \"Always\",\n        \"schedulerName\": \"default-scheduler\",\n        \"securityContext\": {},\n        \"serviceAccount\": \"default\",\n        \"serviceAccountName\": \"default\",\n        \"terminationGracePeriodSeconds\": 30,\n        \"tolerations\": [\n            {\n                \"effect\": \"NoExecute\",\n                \"key\": \"node.kubernetes.io/not-ready\",\n                \"operator\": \"Exists\",\n                \"tolerationSeconds\": 300\n            },\n            {\n                \"effect\": \"NoExecute\",\n                \"key\": \"node.kubernetes.io/unreachable\",\n                \"operator\": \"Exists\",\n                \"tolerationSeconds\": 300\n            }\n        ]\n    },\n    \"status\": {\n        \"conditions\": [\n            {\n                \"lastProbeTime\": null,\n                \"lastTransitionTime\": \"2026-11-22T11:59:15Z\",\n                \"message\": \"0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.\",\n                \"reason\": \"Unschedulable\",\n                \"status\": \"False\",\n                \"type\": \"PodScheduled\"\n            }\n        ],\n        \"phase\": \"Pending\",\n        \"qosClass\": \"Burstable\"\n    }\n}\n",
      stderr: "",
    });
  });

  it("get pods -o jsonpath={.items[*].metadata.name}", async () => {
    expect(await runSteps([["get","pods","-o","jsonpath={.items[*].metadata.name}"]])).toEqual({
      code: 0,
      stdout: "web-7d4b9c8f6d-abcde web-7d4b9c8f6d-fghij big",
      stderr: "",
    });
  });

  it("get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,NODE:.spec.nodeName", async () => {
    expect(await runSteps([["get","pods","-o","custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,NODE:.spec.nodeName"]])).toEqual({
      code: 0,
      stdout: "NAME                   IMAGE        NODE\nweb-7d4b9c8f6d-abcde   nginx:1.25   node-1\nweb-7d4b9c8f6d-fghij   nginx:1.25   node-2\nbig                    busybox      <none>\n",
      stderr: "",
    });
  });

  it("get pods --sort-by=.metadata.name", async () => {
    expect(await runSteps([["get","pods","--sort-by=.metadata.name"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE\nbig                    0/1     Pending   0          45s\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m\n",
      stderr: "",
    });
  });

  it("get pods --no-headers", async () => {
    expect(await runSteps([["get","pods","--no-headers"]])).toEqual({
      code: 0,
      stdout: "web-7d4b9c8f6d-abcde   1/1   Running   0     30s\nweb-7d4b9c8f6d-fghij   1/1   Running   2     61m\nbig                    0/1   Pending   0     45s\n",
      stderr: "",
    });
  });

  it("get cm app-config -o yaml", async () => {
    expect(await runSteps([["get","cm","app-config","-o","yaml"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\ndata:\n  log.level: debug\n  mode: blue\nkind: ConfigMap\nmetadata:\n  creationTimestamp: \"2026-11-22T10:30:00Z\"\n  name: app-config\n  namespace: default\n  resourceVersion: \"700\"\n  uid: uid-cm\n",
      stderr: "",
    });
  });

  it("get pods --field-selector status.phase=Running", async () => {
    expect(await runSteps([["get","pods","--field-selector","status.phase=Running"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m\n",
      stderr: "",
    });
  });

  it("get", async () => {
    expect(await runSteps([["get"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n",
    });
  });

  it("get secrets", async () => {
    expect(await runSteps([["get","secrets"]])).toEqual({
      code: 0,
      stdout: "",
      stderr: "No resources found in default namespace.\n",
    });
  });

  it("get ev", async () => {
    expect(await runSteps([["get","ev"]])).toEqual({
      code: 0,
      stdout: "LAST SEEN   TYPE     REASON      OBJECT                     MESSAGE\n30s         Normal   Scheduled   pod/web-7d4b9c8f6d-abcde   Successfully assigned default/web-7d4b9c8f6d-abcde to node-1\n29s         Normal   Pulled      pod/web-7d4b9c8f6d-abcde   Container image \"nginx:1.25\" already present on machine\n29s         Normal   Created     pod/web-7d4b9c8f6d-abcde   Created container nginx\n28s         Normal   Started     pod/web-7d4b9c8f6d-abcde   Started container nginx\n",
      stderr: "",
    });
  });

  it("get deploy web -o jsonpath={.spec.template.spec.containers[0]}", async () => {
    expect(await runSteps([["get","deploy","web","-o","jsonpath={.spec.template.spec.containers[0]}"]])).toEqual({
      code: 0,
      stdout: "{\"image\":\"nginx:1.25\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80,\"protocol\":\"TCP\"}]}",
      stderr: "",
    });
  });

  it("get all -A", async () => {
    expect(await runSteps([["get","all","-A"]])).toEqual({
      code: 0,
      stdout: "NAMESPACE   NAME                       READY   STATUS    RESTARTS   AGE\ndefault     pod/web-7d4b9c8f6d-abcde   1/1     Running   0          30s\ndefault     pod/web-7d4b9c8f6d-fghij   1/1     Running   2          61m\ndefault     pod/big                    0/1     Pending   0          45s\n\nNAMESPACE   NAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\ndefault     service/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP        3d\ndefault     service/web          NodePort    10.96.12.34   <none>        80:30080/TCP   5m\n\nNAMESPACE   NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndefault     deployment.apps/web   2/2     2            2           10m\n\nNAMESPACE   NAME                             DESIRED   CURRENT   READY   AGE\ndefault     replicaset.apps/web-7d4b9c8f6d   2         2         2       10m\n",
      stderr: "",
    });
  });

  it("get deploy,rs -o wide", async () => {
    expect(await runSteps([["get","deploy,rs","-o","wide"]])).toEqual({
      code: 0,
      stdout: "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\ndeployment.apps/web   2/2     2            2           10m   nginx        nginx:1.25   app=web\n\nNAME                             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES       SELECTOR\nreplicaset.apps/web-7d4b9c8f6d   2         2         2       10m   nginx        nginx:1.25   app=web,pod-template-hash=7d4b9c8f6d\n",
      stderr: "",
    });
  });

  it("get no --show-labels", async () => {
    expect(await runSteps([["get","no","--show-labels"]])).toEqual({
      code: 0,
      stdout: "NAME            STATUS   ROLES           AGE    VERSION   LABELS\ncontrol-plane   Ready    control-plane   3d     v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=control-plane,kubernetes.io/os=linux,node-role.kubernetes.io/control-plane=\nnode-1          Ready    <none>          3d     v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-1,kubernetes.io/os=linux\nnode-2          Ready    <none>          120m   v1.32.0   beta.kubernetes.io/arch=amd64,beta.kubernetes.io/os=linux,kubernetes.io/arch=amd64,kubernetes.io/hostname=node-2,kubernetes.io/os=linux\n",
      stderr: "",
    });
  });

  it("get pods -o jsonpath={.items[0].metadata.labels}", async () => {
    expect(await runSteps([["get","pods","-o","jsonpath={.items[0].metadata.labels}"]])).toEqual({
      code: 0,
      stdout: "{\"app\":\"web\",\"pod-template-hash\":\"7d4b9c8f6d\"}",
      stderr: "",
    });
  });

  it("get pods --no-headers -o custom-columns=NAME:.metadata.name,PHASE:.status.phase", async () => {
    expect(await runSteps([["get","pods","--no-headers","-o","custom-columns=NAME:.metadata.name,PHASE:.status.phase"]])).toEqual({
      code: 0,
      stdout: "web-7d4b9c8f6d-abcde   Running\nweb-7d4b9c8f6d-fghij   Running\nbig                    Pending\n",
      stderr: "",
    });
  });

  it("get pods --sort-by=.status.phase -o wide", async () => {
    expect(await runSteps([["get","pods","--sort-by=.status.phase","-o","wide"]])).toEqual({
      code: 0,
      stdout: "NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\nbig                    0/1     Pending   0          45s   <none>       <none>   <none>           <none>\nweb-7d4b9c8f6d-abcde   1/1     Running   0          30s   10.244.1.5   node-1   <none>           <none>\nweb-7d4b9c8f6d-fghij   1/1     Running   2          61m   10.244.2.7   node-2   <none>           <none>\n",
      stderr: "",
    });
  });

  it("get svc,deploy web", async () => {
    expect(await runSteps([["get","svc,deploy","web"]])).toEqual({
      code: 0,
      stdout: "NAME          TYPE       CLUSTER-IP    EXTERNAL-IP   PORT(S)        AGE\nservice/web   NodePort   10.96.12.34   <none>        80:30080/TCP   5m\n\nNAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           10m\n",
      stderr: "",
    });
  });

  it("get pods big -o name", async () => {
    expect(await runSteps([["get","pods","big","-o","name"]])).toEqual({
      code: 0,
      stdout: "pod/big\n",
      stderr: "",
    });
  });

  it("get cm,secret", async () => {
    expect(await runSteps([["get","cm,secret"]])).toEqual({
      code: 0,
      stdout: "NAME                   DATA   AGE\nconfigmap/app-config   2      90m\n",
      stderr: "",
    });
  });

  it("get pod/big -o yaml --show-managed-fields", async () => {
    expect(await runSteps([["get","pod/big","-o","yaml","--show-managed-fields"]])).toEqual({
      code: 0,
      stdout: "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: \"2026-11-22T11:59:15Z\"\n  labels:\n    run: big\n  name: big\n  namespace: default\n  resourceVersion: \"1300\"\n  uid: uid-big\nspec:\n  containers:\n  - image: busybox\n    name: big\n    resources:\n      requests:\n        cpu: \"8\"\n  dnsPolicy: ClusterFirst\n  enableServiceLinks: true\n  preemptionPolicy: PreemptLowerPriority\n  priority: 0\n  restartPolicy: Always\n  schedulerName: default-scheduler\n  securityContext: {}\n  serviceAccount: default\n  serviceAccountName: default\n  terminationGracePeriodSeconds: 30\n  tolerations:\n  - effect: NoExecute\n    key: node.kubernetes.io/not-ready\n    operator: Exists\n    tolerationSeconds: 300\n  - effect: NoExecute\n    key: node.kubernetes.io/unreachable\n    operator: Exists\n    tolerationSeconds: 300\nstatus:\n  conditions:\n  - lastProbeTime: null\n    lastTransitionTime: \"2026-11-22T11:59:15Z\"\n    message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are\n      available: 2 No preemption victims found for incoming pod.'\n    reason: Unschedulable\n    status: \"False\"\n    type: PodScheduled\n  phase: Pending\n  qosClass: Burstable\n",
      stderr: "",
    });
  });

  it("get pods -o json --sort-by=.metadata.name -l app=web", async () => {
    expect(await runSteps([["get","pods","-o","json","--sort-by=.metadata.name","-l","app=web"]])).toEqual({
      code: 0,
      stdout: "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        {\n            \"apiVersion\": \"v1\",\n            \"kind\": \"Pod\",\n            \"metadata\": {\n                \"creationTimestamp\": \"2026-11-22T11:59:30Z\",\n                \"generateName\": \"web-7d4b9c8f6d-\",\n                \"labels\": {\n                    \"app\": \"web\",\n                    \"pod-template-hash\": \"7d4b9c8f6d\"\n                },\n                \"name\": \"web-7d4b9c8f6d-abcde\",\n                \"namespace\": \"default\",\n                \"ownerReferences\": [\n                    {\n                        \"apiVersion\": \"apps/v1\",\n                        \"blockOwnerDeletion\": true,\n                        \"controller\": true,\n                        \"kind\": \"ReplicaSet\",\n                        \"name\": \"web-7d4b9c8f6d\",\n                        \"uid\": \"uid-rs-web\"\n                    }\n                ],\n                \"resourceVersion\": \"1200\",\n                \"uid\": \"uid-web-7d4b9c8f6d-abcde\"\n            },\n            \"spec\": {\n                \"containers\": [\n                    {\n                        \"image\": \"nginx:1.25\",\n                        \"imagePullPolicy\": \"IfNotPresent\",\n                        \"name\": \"nginx\",\n                        \"ports\": [\n                            {\n                                \"containerPort\": 80,\n                                \"protocol\": \"TCP\"\n                            }\n                        ],\n                        \"resources\": {\n                            \"requests\": {\n                                \"cpu\": \"100m\",\n                                \"memory\": \"128Mi\"\n                            }\n                        },\n                        \"terminationMessagePath\": \"/dev/termination-log\",\n                        \"terminationMessagePolicy\": \"File\"\n                    }\n                ],\n                \"dnsPolicy\": \"ClusterFirst\",\n                \"enableServiceLinks\": true,\n                \"nodeName\": \"node-1\",\n                \"preemptionPolicy\": \"PreemptLowerPriority\",\n                \"priority\": 0,\n                \"restartPolicy\": \"Always\",\n                \"schedulerName\": \"default-scheduler\",\n                \"securityContext\": {},\n                \"serviceAccount\": \"default\",\n                \"serviceAccountName\": \"default\",\n                \"terminationGracePeriodSeconds\": 30,\n                \"tolerations\": [\n                    {\n                        \"effect\": \"NoExecute\",\n                        \"key\": \"node.kubernetes.io/not-ready\",\n                        \"operator\": \"Exists\",\n                        \"tolerationSeconds\": 300\n                    },\n                    {\n                        \"effect\": \"NoExecute\",\n                        \"key\": \"node.kubernetes.io/unreachable\",\n                        \"operator\": \"Exists\",\n                        \"tolerationSeconds\": 300\n                    }\n                ]\n            },\n            \"status\": {\n                \"conditions\": [\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T11:59:32Z\",\n                        \"status\": \"True\",\n                        \"type\": \"PodReadyToStartContainers\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T11:59:30Z\",\n                        \"status\": \"True\",\n                        \"type\": \"Initialized\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T11:59:33Z\",\n                        \"status\": \"True\",\n                        \"type\": \"Ready\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T11:59:33Z\",\n                        \"status\": \"True\",\n                        \"type\": \"ContainersReady\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T11:59:30Z\",\n                        \"status\": \"True\",\n                        \"type\": \"PodScheduled\"\n                    }\n                ],\n                \"containerStatuses\": [\n                    {\n                        \"containerID\": \"containerd://aaaaaaaaaaaa20\",\n                        \"image\": \"docker.io/library/nginx:1.25\",\n                        \"imageID\": \"docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\",\n                        \"lastState\": {},\n                        \"name\": \"nginx\",\n                        \"ready\": true,\n                        \"restartCount\": 0,\n                        \"started\": true,\n                        \"state\": {\n                            \"running\": {\n                                \"startedAt\": \"2026-11-22T11:59:33Z\"\n                            }\n                        }\n                    }\n                ],\n                \"hostIP\": \"10.0.0.11\",\n                \"hostIPs\": [\n                    {\n                        \"ip\": \"10.0.0.11\"\n                    }\n                ],\n                \"phase\": \"Running\",\n                \"podIP\": \"10.244.1.5\",\n                \"podIPs\": [\n                    {\n                        \"ip\": \"10.244.1.5\"\n                    }\n                ],\n                \"qosClass\": \"Burstable\",\n                \"startTime\": \"2026-11-22T11:59:30Z\"\n            }\n        },\n        {\n            \"apiVersion\": \"v1\",\n            \"kind\": \"Pod\",\n            \"metadata\": {\n                \"creationTimestamp\": \"2026-11-22T10:58:20Z\",\n                \"generateName\": \"web-7d4b9c8f6d-\",\n                \"labels\": {\n                    \"app\": \"web\",\n                    \"pod-template-hash\": \"7d4b9c8f6d\"\n                },\n                \"name\": \"web-7d4b9c8f6d-fghij\",\n                \"namespace\": \"default\",\n                \"ownerReferences\": [\n                    {\n                        \"apiVersion\": \"apps/v1\",\n                        \"blockOwnerDeletion\": true,\n                        \"controller\": true,\n                        \"kind\": \"ReplicaSet\",\n                        \"name\": \"web-7d4b9c8f6d\",\n                        \"uid\": \"uid-rs-web\"\n                    }\n                ],\n                \"resourceVersion\": \"1200\",\n                \"uid\": \"uid-web-7d4b9c8f6d-fghij\"\n            },\n            \"spec\": {\n                \"containers\": [\n                    {\n                        \"image\": \"nginx:1.25\",\n                        \"imagePullPolicy\": \"IfNotPresent\",\n                        \"name\": \"nginx\",\n                        \"ports\": [\n                            {\n                                \"containerPort\": 80,\n                                \"protocol\": \"TCP\"\n                            }\n                        ],\n                        \"resources\": {\n                            \"requests\": {\n                                \"cpu\": \"100m\",\n                                \"memory\": \"128Mi\"\n                            }\n                        },\n                        \"terminationMessagePath\": \"/dev/termination-log\",\n                        \"terminationMessagePolicy\": \"File\"\n                    }\n                ],\n                \"dnsPolicy\": \"ClusterFirst\",\n                \"enableServiceLinks\": true,\n                \"nodeName\": \"node-2\",\n                \"preemptionPolicy\": \"PreemptLowerPriority\",\n                \"priority\": 0,\n                \"restartPolicy\": \"Always\",\n                \"schedulerName\": \"default-scheduler\",\n                \"securityContext\": {},\n                \"serviceAccount\": \"default\",\n                \"serviceAccountName\": \"default\",\n                \"terminationGracePeriodSeconds\": 30,\n                \"tolerations\": [\n                    {\n                        \"effect\": \"NoExecute\",\n                        \"key\": \"node.kubernetes.io/not-ready\",\n                        \"operator\": \"Exists\",\n                        \"tolerationSeconds\": 300\n                    },\n                    {\n                        \"effect\": \"NoExecute\",\n                        \"key\": \"node.kubernetes.io/unreachable\",\n                        \"operator\": \"Exists\",\n                        \"tolerationSeconds\": 300\n                    }\n                ]\n            },\n            \"status\": {\n                \"conditions\": [\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T10:58:22Z\",\n                        \"status\": \"True\",\n                        \"type\": \"PodReadyToStartContainers\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T10:58:20Z\",\n                        \"status\": \"True\",\n                        \"type\": \"Initialized\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T10:58:23Z\",\n                        \"status\": \"True\",\n                        \"type\": \"Ready\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T10:58:23Z\",\n                        \"status\": \"True\",\n                        \"type\": \"ContainersReady\"\n                    },\n                    {\n                        \"lastProbeTime\": null,\n                        \"lastTransitionTime\": \"2026-11-22T10:58:20Z\",\n                        \"status\": \"True\",\n                        \"type\": \"PodScheduled\"\n                    }\n                ],\n                \"containerStatuses\": [\n                    {\n                        \"containerID\": \"containerd://aaaaaaaaaaaa20\",\n                        \"image\": \"docker.io/library/nginx:1.25\",\n                        \"imageID\": \"docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\",\n                        \"lastState\": {},\n                        \"name\": \"nginx\",\n                        \"ready\": true,\n                        \"restartCount\": 2,\n                        \"started\": true,\n                        \"state\": {\n                            \"running\": {\n                                \"startedAt\": \"2026-11-22T10:58:23Z\"\n                            }\n                        }\n                    }\n                ],\n                \"hostIP\": \"10.0.0.12\",\n                \"hostIPs\": [\n                    {\n                        \"ip\": \"10.0.0.12\"\n                    }\n                ],\n                \"phase\": \"Running\",\n                \"podIP\": \"10.244.2.7\",\n                \"podIPs\": [\n                    {\n                        \"ip\": \"10.244.2.7\"\n                    }\n                ],\n                \"qosClass\": \"Burstable\",\n                \"startTime\": \"2026-11-22T10:58:20Z\"\n            }\n        }\n    ],\n    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n",
      stderr: "",
    });
  });
});
