/** Golden outputs recorded from real kubectl 1.32 run against the same canned API (testing/fake-api.ts). */
import { describe, it, expect } from 'vitest';
import { FakeApi } from '../testing/fake-api';

async function runSteps(...steps: [string[], string?][]) {
  const api = new FakeApi();
  let result = { code: 0, stdout: '', stderr: '' };
  for (const [argv, stdin] of steps) result = await api.run(argv, stdin);
  return result;
}

describe("kubectl describe (golden)", () => {
  it("describe pod web-7d4b9c8f6d-abcde", async () => {
    expect(await runSteps([["describe","pod","web-7d4b9c8f6d-abcde"]])).toEqual({
      code: 0,
      stdout: "Name:             web-7d4b9c8f6d-abcde\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             node-1/10.0.0.11\nStart Time:       Sun, 22 Nov 2026 11:59:30 +0000\nLabels:           app=web\n                  pod-template-hash=7d4b9c8f6d\nAnnotations:      <none>\nStatus:           Running\nIP:               10.244.1.5\nIPs:\n  IP:           10.244.1.5\nControlled By:  ReplicaSet/web-7d4b9c8f6d\nContainers:\n  nginx:\n    Container ID:   containerd://aaaaaaaaaaaa20\n    Image:          nginx:1.25\n    Image ID:       docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\n    Port:           80/TCP\n    Host Port:      0/TCP\n    State:          Running\n      Started:      Sun, 22 Nov 2026 11:59:33 +0000\n    Ready:          True\n    Restart Count:  0\n    Requests:\n      cpu:        100m\n      memory:     128Mi\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n  Initialized                 True \n  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \nVolumes:                      <none>\nQoS Class:                    Burstable\nNode-Selectors:               <none>\nTolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  30s   default-scheduler  Successfully assigned default/web-7d4b9c8f6d-abcde to node-1\n  Normal  Pulled     29s   kubelet            Container image \"nginx:1.25\" already present on machine\n  Normal  Created    29s   kubelet            Created container nginx\n  Normal  Started    28s   kubelet            Started container nginx\n",
      stderr: "",
    });
  });

  it("describe pod big", async () => {
    expect(await runSteps([["describe","pod","big"]])).toEqual({
      code: 0,
      stdout: "Name:             big\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             <none>\nLabels:           run=big\nAnnotations:      <none>\nStatus:           Pending\nIP:               \nIPs:              <none>\nContainers:\n  big:\n    Image:      busybox\n    Port:       <none>\n    Host Port:  <none>\n    Requests:\n      cpu:        8\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type           Status\n  PodScheduled   False \nVolumes:         <none>\nQoS Class:       Burstable\nNode-Selectors:  <none>\nTolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:          <none>\n",
      stderr: "",
    });
  });

  it("describe pods", async () => {
    expect(await runSteps([["describe","pods"]])).toEqual({
      code: 0,
      stdout: "Name:             web-7d4b9c8f6d-abcde\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             node-1/10.0.0.11\nStart Time:       Sun, 22 Nov 2026 11:59:30 +0000\nLabels:           app=web\n                  pod-template-hash=7d4b9c8f6d\nAnnotations:      <none>\nStatus:           Running\nIP:               10.244.1.5\nIPs:\n  IP:           10.244.1.5\nControlled By:  ReplicaSet/web-7d4b9c8f6d\nContainers:\n  nginx:\n    Container ID:   containerd://aaaaaaaaaaaa20\n    Image:          nginx:1.25\n    Image ID:       docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\n    Port:           80/TCP\n    Host Port:      0/TCP\n    State:          Running\n      Started:      Sun, 22 Nov 2026 11:59:33 +0000\n    Ready:          True\n    Restart Count:  0\n    Requests:\n      cpu:        100m\n      memory:     128Mi\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n  Initialized                 True \n  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \nVolumes:                      <none>\nQoS Class:                    Burstable\nNode-Selectors:               <none>\nTolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  30s   default-scheduler  Successfully assigned default/web-7d4b9c8f6d-abcde to node-1\n  Normal  Pulled     29s   kubelet            Container image \"nginx:1.25\" already present on machine\n  Normal  Created    29s   kubelet            Created container nginx\n  Normal  Started    28s   kubelet            Started container nginx\n\n\nName:             web-7d4b9c8f6d-fghij\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             node-2/10.0.0.12\nStart Time:       Sun, 22 Nov 2026 10:58:20 +0000\nLabels:           app=web\n                  pod-template-hash=7d4b9c8f6d\nAnnotations:      <none>\nStatus:           Running\nIP:               10.244.2.7\nIPs:\n  IP:           10.244.2.7\nControlled By:  ReplicaSet/web-7d4b9c8f6d\nContainers:\n  nginx:\n    Container ID:   containerd://aaaaaaaaaaaa20\n    Image:          nginx:1.25\n    Image ID:       docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac\n    Port:           80/TCP\n    Host Port:      0/TCP\n    State:          Running\n      Started:      Sun, 22 Nov 2026 10:58:23 +0000\n    Ready:          True\n    Restart Count:  2\n    Requests:\n      cpu:        100m\n      memory:     128Mi\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type                        Status\n  PodReadyToStartContainers   True \n  Initialized                 True \n  Ready                       True \n  ContainersReady             True \n  PodScheduled                True \nVolumes:                      <none>\nQoS Class:                    Burstable\nNode-Selectors:               <none>\nTolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:                       <none>\n\n\nName:             big\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             <none>\nLabels:           run=big\nAnnotations:      <none>\nStatus:           Pending\nIP:               \nIPs:              <none>\nContainers:\n  big:\n    Image:      busybox\n    Port:       <none>\n    Host Port:  <none>\n    Requests:\n      cpu:        8\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type           Status\n  PodScheduled   False \nVolumes:         <none>\nQoS Class:       Burstable\nNode-Selectors:  <none>\nTolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:          <none>\n",
      stderr: "",
    });
  });

  it("describe deploy web", async () => {
    expect(await runSteps([["describe","deploy","web"]])).toEqual({
      code: 0,
      stdout: "Name:                   web\nNamespace:              default\nCreationTimestamp:      Sun, 22 Nov 2026 11:50:00 +0000\nLabels:                 app=web\nAnnotations:            deployment.kubernetes.io/revision: 1\nSelector:               app=web\nReplicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\nStrategyType:           RollingUpdate\nMinReadySeconds:        0\nRollingUpdateStrategy:  25% max unavailable, 25% max surge\nPod Template:\n  Labels:  app=web\n  Containers:\n   nginx:\n    Image:         nginx:1.25\n    Port:          80/TCP\n    Host Port:     0/TCP\n    Environment:   <none>\n    Mounts:        <none>\n  Volumes:         <none>\n  Node-Selectors:  <none>\n  Tolerations:     <none>\nConditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-7d4b9c8f6d (2/2 replicas created)\nEvents:          <none>\n",
      stderr: "",
    });
  });

  it("describe rs web-7d4b9c8f6d", async () => {
    expect(await runSteps([["describe","rs","web-7d4b9c8f6d"]])).toEqual({
      code: 0,
      stdout: "Name:           web-7d4b9c8f6d\nNamespace:      default\nSelector:       app=web,pod-template-hash=7d4b9c8f6d\nLabels:         app=web\n                pod-template-hash=7d4b9c8f6d\nAnnotations:    deployment.kubernetes.io/desired-replicas: 2\n                deployment.kubernetes.io/max-replicas: 3\n                deployment.kubernetes.io/revision: 1\nControlled By:  Deployment/web\nReplicas:       2 current / 2 desired\nPods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed\nPod Template:\n  Labels:  app=web\n           pod-template-hash=7d4b9c8f6d\n  Containers:\n   nginx:\n    Image:         nginx:1.25\n    Port:          80/TCP\n    Host Port:     0/TCP\n    Environment:   <none>\n    Mounts:        <none>\n  Volumes:         <none>\n  Node-Selectors:  <none>\n  Tolerations:     <none>\nEvents:            <none>\n",
      stderr: "",
    });
  });

  it("describe node node-1", async () => {
    expect(await runSteps([["describe","node","node-1"]])).toEqual({
      code: 0,
      stdout: "Name:               node-1\nRoles:              <none>\nLabels:             beta.kubernetes.io/arch=amd64\n                    beta.kubernetes.io/os=linux\n                    kubernetes.io/arch=amd64\n                    kubernetes.io/hostname=node-1\n                    kubernetes.io/os=linux\nAnnotations:        node.alpha.kubernetes.io/ttl: 0\n                    volumes.kubernetes.io/controller-managed-attach-detach: true\nCreationTimestamp:  Thu, 19 Nov 2026 12:00:00 +0000\nTaints:             <none>\nUnschedulable:      false\nLease:              Failed to get lease: leases.coordination.k8s.io \"node-1\" not found\nConditions:\n  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message\n  ----             ------  -----------------                 ------------------                ------                       -------\n  MemoryPressure   False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available\n  DiskPressure     False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure\n  PIDPressure      False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available\n  Ready            True    Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:10 +0000   KubeletReady                 kubelet is posting ready status\nAddresses:\n  InternalIP:  10.0.0.11\n  Hostname:    node-1\nCapacity:\n  cpu:                4\n  ephemeral-storage:  100Gi\n  memory:             8Gi\n  pods:               110\nAllocatable:\n  cpu:                4\n  ephemeral-storage:  100Gi\n  memory:             8Gi\n  pods:               110\nSystem Info:\n  Machine ID:                 machine-node-1\n  System UUID:                uuid-node-1\n  Boot ID:                    boot-node-1\n  Kernel Version:             6.8.0-simulated\n  OS Image:                   Ubuntu 24.04.1 LTS\n  Operating System:           linux\n  Architecture:               amd64\n  Container Runtime Version:  containerd://1.7.22\n  Kubelet Version:            v1.32.0\n  Kube-Proxy Version:         v1.32.0\nPodCIDR:                      10.244.1.0/24\nPodCIDRs:                     10.244.1.0/24\nNon-terminated Pods:          (1 in total)\n  Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age\n  ---------                   ----                    ------------  ----------  ---------------  -------------  ---\n  default                     web-7d4b9c8f6d-abcde    100m (2%)     0 (0%)      128Mi (1%)       0 (0%)         30s\nAllocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n  Resource           Requests    Limits\n  --------           --------    ------\n  cpu                100m (2%)   0 (0%)\n  memory             128Mi (1%)  0 (0%)\n  ephemeral-storage  0 (0%)      0 (0%)\nEvents:              <none>\n",
      stderr: "",
    });
  });

  it("describe node control-plane", async () => {
    expect(await runSteps([["describe","node","control-plane"]])).toEqual({
      code: 0,
      stdout: "Name:               control-plane\nRoles:              control-plane\nLabels:             beta.kubernetes.io/arch=amd64\n                    beta.kubernetes.io/os=linux\n                    kubernetes.io/arch=amd64\n                    kubernetes.io/hostname=control-plane\n                    kubernetes.io/os=linux\n                    node-role.kubernetes.io/control-plane=\nAnnotations:        node.alpha.kubernetes.io/ttl: 0\n                    volumes.kubernetes.io/controller-managed-attach-detach: true\nCreationTimestamp:  Thu, 19 Nov 2026 12:00:00 +0000\nTaints:             node-role.kubernetes.io/control-plane:NoSchedule\nUnschedulable:      false\nLease:              Failed to get lease: leases.coordination.k8s.io \"control-plane\" not found\nConditions:\n  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message\n  ----             ------  -----------------                 ------------------                ------                       -------\n  MemoryPressure   False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available\n  DiskPressure     False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure\n  PIDPressure      False   Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available\n  Ready            True    Sun, 22 Nov 2026 11:59:40 +0000   Thu, 19 Nov 2026 12:00:10 +0000   KubeletReady                 kubelet is posting ready status\nAddresses:\n  InternalIP:  10.0.0.10\n  Hostname:    control-plane\nCapacity:\n  cpu:                4\n  ephemeral-storage:  100Gi\n  memory:             8Gi\n  pods:               110\nAllocatable:\n  cpu:                4\n  ephemeral-storage:  100Gi\n  memory:             8Gi\n  pods:               110\nSystem Info:\n  Machine ID:                 machine-control-plane\n  System UUID:                uuid-control-plane\n  Boot ID:                    boot-control-plane\n  Kernel Version:             6.8.0-simulated\n  OS Image:                   Ubuntu 24.04.1 LTS\n  Operating System:           linux\n  Architecture:               amd64\n  Container Runtime Version:  containerd://1.7.22\n  Kubelet Version:            v1.32.0\n  Kube-Proxy Version:         v1.32.0\nPodCIDR:                      10.244.1.0/24\nPodCIDRs:                     10.244.1.0/24\nNon-terminated Pods:          (0 in total)\n  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age\n  ---------                   ----    ------------  ----------  ---------------  -------------  ---\nAllocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n  Resource           Requests  Limits\n  --------           --------  ------\n  cpu                0 (0%)    0 (0%)\n  memory             0 (0%)    0 (0%)\n  ephemeral-storage  0 (0%)    0 (0%)\nEvents:              <none>\n",
      stderr: "",
    });
  });

  it("describe svc web", async () => {
    expect(await runSteps([["describe","svc","web"]])).toEqual({
      code: 0,
      stdout: "Name:                     web\nNamespace:                default\nLabels:                   app=web\nAnnotations:              <none>\nSelector:                 app=web\nType:                     NodePort\nIP Family Policy:         SingleStack\nIP Families:              IPv4\nIP:                       10.96.12.34\nIPs:                      10.96.12.34\nPort:                     <unset>  80/TCP\nTargetPort:               80/TCP\nNodePort:                 <unset>  30080/TCP\nEndpoints:                <none>\nSession Affinity:         None\nExternal Traffic Policy:  Cluster\nInternal Traffic Policy:  Cluster\nEvents:                   <none>\n",
      stderr: "",
    });
  });

  it("describe svc kubernetes", async () => {
    expect(await runSteps([["describe","svc","kubernetes"]])).toEqual({
      code: 0,
      stdout: "Name:                     kubernetes\nNamespace:                default\nLabels:                   component=apiserver\n                          provider=kubernetes\nAnnotations:              <none>\nSelector:                 <none>\nType:                     ClusterIP\nIP Family Policy:         SingleStack\nIP Families:              IPv4\nIP:                       10.96.0.1\nIPs:                      10.96.0.1\nPort:                     https  443/TCP\nTargetPort:               6443/TCP\nEndpoints:                <none>\nSession Affinity:         None\nInternal Traffic Policy:  Cluster\nEvents:                   <none>\n",
      stderr: "",
    });
  });

  it("describe ns default", async () => {
    expect(await runSteps([["describe","ns","default"]])).toEqual({
      code: 0,
      stdout: "Name:         default\nLabels:       kubernetes.io/metadata.name=default\nAnnotations:  <none>\nStatus:       Active\n",
      stderr: "",
    });
  });

  it("describe pod nope", async () => {
    expect(await runSteps([["describe","pod","nope"]])).toEqual({
      code: 1,
      stdout: "",
      stderr: "Error from server (NotFound): pods \"nope\" not found\n",
    });
  });

  it("describe deploy", async () => {
    expect(await runSteps([["describe","deploy"]])).toEqual({
      code: 0,
      stdout: "Name:                   web\nNamespace:              default\nCreationTimestamp:      Sun, 22 Nov 2026 11:50:00 +0000\nLabels:                 app=web\nAnnotations:            deployment.kubernetes.io/revision: 1\nSelector:               app=web\nReplicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable\nStrategyType:           RollingUpdate\nMinReadySeconds:        0\nRollingUpdateStrategy:  25% max unavailable, 25% max surge\nPod Template:\n  Labels:  app=web\n  Containers:\n   nginx:\n    Image:         nginx:1.25\n    Port:          80/TCP\n    Host Port:     0/TCP\n    Environment:   <none>\n    Mounts:        <none>\n  Volumes:         <none>\n  Node-Selectors:  <none>\n  Tolerations:     <none>\nConditions:\n  Type           Status  Reason\n  ----           ------  ------\n  Available      True    MinimumReplicasAvailable\n  Progressing    True    NewReplicaSetAvailable\nOldReplicaSets:  <none>\nNewReplicaSet:   web-7d4b9c8f6d (2/2 replicas created)\nEvents:          <none>\n",
      stderr: "",
    });
  });

  it("describe svc/web pod/big", async () => {
    expect(await runSteps([["describe","svc/web","pod/big"]])).toEqual({
      code: 0,
      stdout: "Name:                     web\nNamespace:                default\nLabels:                   app=web\nAnnotations:              <none>\nSelector:                 app=web\nType:                     NodePort\nIP Family Policy:         SingleStack\nIP Families:              IPv4\nIP:                       10.96.12.34\nIPs:                      10.96.12.34\nPort:                     <unset>  80/TCP\nTargetPort:               80/TCP\nNodePort:                 <unset>  30080/TCP\nEndpoints:                <none>\nSession Affinity:         None\nExternal Traffic Policy:  Cluster\nInternal Traffic Policy:  Cluster\nEvents:                   <none>\n\n\nName:             big\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             <none>\nLabels:           run=big\nAnnotations:      <none>\nStatus:           Pending\nIP:               \nIPs:              <none>\nContainers:\n  big:\n    Image:      busybox\n    Port:       <none>\n    Host Port:  <none>\n    Requests:\n      cpu:        8\n    Environment:  <none>\n    Mounts:       <none>\nConditions:\n  Type           Status\n  PodScheduled   False \nVolumes:         <none>\nQoS Class:       Burstable\nNode-Selectors:  <none>\nTolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\nEvents:          <none>\n",
      stderr: "",
    });
  });
});
