/** A small canned cluster used by the kubectl tests (and by the golden-output harness that runs real kubectl
 * against the same data). Timestamps are fixed; NOW is the clock the tests inject. */
import type { KObject } from '../../k8s/types';

export const NOW = Date.parse('2026-11-22T12:00:00Z');

function ago(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');
}

const podSpec = (image: string, node: string) => ({
  containers: [
    {
      name: 'nginx',
      image,
      imagePullPolicy: 'IfNotPresent',
      ports: [{ containerPort: 80, protocol: 'TCP' }],
      resources: { requests: { cpu: '100m', memory: '128Mi' } },
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    },
  ],
  dnsPolicy: 'ClusterFirst',
  enableServiceLinks: true,
  nodeName: node,
  preemptionPolicy: 'PreemptLowerPriority',
  priority: 0,
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  serviceAccount: 'default',
  serviceAccountName: 'default',
  terminationGracePeriodSeconds: 30,
  tolerations: [
    { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
    { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
  ],
});

function runningPod(name: string, node: string, ip: string, ageSeconds: number, restarts = 0): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      resourceVersion: '1200',
      creationTimestamp: ago(ageSeconds),
      generateName: 'web-7d4b9c8f6d-',
      labels: { app: 'web', 'pod-template-hash': '7d4b9c8f6d' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c8f6d', uid: 'uid-rs-web', controller: true, blockOwnerDeletion: true }],
    },
    spec: podSpec('nginx:1.25', node),
    status: {
      phase: 'Running',
      conditions: [
        { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: ago(ageSeconds - 2) },
        { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: ago(ageSeconds) },
        { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: ago(ageSeconds - 3) },
        { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: ago(ageSeconds - 3) },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: ago(ageSeconds) },
      ],
      hostIP: node === 'node-1' ? '10.0.0.11' : '10.0.0.12',
      hostIPs: [{ ip: node === 'node-1' ? '10.0.0.11' : '10.0.0.12' }],
      podIP: ip,
      podIPs: [{ ip }],
      qosClass: 'Burstable',
      startTime: ago(ageSeconds),
      containerStatuses: [
        {
          name: 'nginx',
          image: 'docker.io/library/nginx:1.25',
          imageID: 'docker.io/library/nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac',
          containerID: `containerd://${'a'.repeat(12)}${name.length}`,
          ready: true,
          started: true,
          restartCount: restarts,
          state: { running: { startedAt: ago(ageSeconds - 3) } },
          lastState: {},
        },
      ],
    },
  };
}

const pending: KObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'big', namespace: 'default', uid: 'uid-big', resourceVersion: '1300', creationTimestamp: ago(45), labels: { run: 'big' } },
  spec: { ...podSpec('busybox', ''), nodeName: undefined, containers: [{ name: 'big', image: 'busybox', resources: { requests: { cpu: '8' } } }] },
  status: {
    phase: 'Pending',
    qosClass: 'Burstable',
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        lastProbeTime: null,
        lastTransitionTime: ago(45),
        reason: 'Unschedulable',
        message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
      },
    ],
  },
};

const deployment: KObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'default',
    uid: 'uid-deploy-web',
    resourceVersion: '1210',
    generation: 1,
    creationTimestamp: ago(600),
    labels: { app: 'web' },
    annotations: { 'deployment.kubernetes.io/revision': '1' },
  },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }] } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
  },
  status: {
    observedGeneration: 1,
    replicas: 2,
    updatedReplicas: 2,
    readyReplicas: 2,
    availableReplicas: 2,
    conditions: [
      { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.', lastUpdateTime: ago(590), lastTransitionTime: ago(590) },
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "web-7d4b9c8f6d" has successfully progressed.', lastUpdateTime: ago(590), lastTransitionTime: ago(600) },
    ],
  },
};

const replicaSet: KObject = {
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: {
    name: 'web-7d4b9c8f6d',
    namespace: 'default',
    uid: 'uid-rs-web',
    resourceVersion: '1205',
    generation: 1,
    creationTimestamp: ago(600),
    labels: { app: 'web', 'pod-template-hash': '7d4b9c8f6d' },
    annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-deploy-web', controller: true, blockOwnerDeletion: true }],
  },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d4b9c8f6d' } },
    template: { metadata: { labels: { app: 'web', 'pod-template-hash': '7d4b9c8f6d' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }] } },
  },
  status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 },
};

const services: KObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'kubernetes', namespace: 'default', uid: 'uid-svc-k', resourceVersion: '10', creationTimestamp: ago(86400 * 3), labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' },
    status: { loadBalancer: {} },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'default', uid: 'uid-svc-web', resourceVersion: '1220', creationTimestamp: ago(300), labels: { app: 'web' } },
    spec: { type: 'NodePort', clusterIP: '10.96.12.34', clusterIPs: ['10.96.12.34'], ports: [{ port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080 }], selector: { app: 'web' }, sessionAffinity: 'None', externalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', internalTrafficPolicy: 'Cluster' },
    status: { loadBalancer: {} },
  },
];

function node(name: string, ip: string, role: string | null, ageSeconds: number): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: `uid-${name}`,
      resourceVersion: '900',
      creationTimestamp: ago(ageSeconds),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(role ? { [`node-role.kubernetes.io/${role}`]: '' } : {}),
      },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
    },
    spec: { podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'], ...(role ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}) },
    status: {
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      allocatable: { cpu: '4', 'ephemeral-storage': '100Gi', memory: '8Gi', pods: '110' },
      capacity: { cpu: '4', 'ephemeral-storage': '100Gi', memory: '8Gi', pods: '110' },
      conditions: [
        { type: 'MemoryPressure', status: 'False', lastHeartbeatTime: ago(20), lastTransitionTime: ago(ageSeconds), reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available' },
        { type: 'DiskPressure', status: 'False', lastHeartbeatTime: ago(20), lastTransitionTime: ago(ageSeconds), reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure' },
        { type: 'PIDPressure', status: 'False', lastHeartbeatTime: ago(20), lastTransitionTime: ago(ageSeconds), reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available' },
        { type: 'Ready', status: 'True', lastHeartbeatTime: ago(20), lastTransitionTime: ago(ageSeconds - 10), reason: 'KubeletReady', message: 'kubelet is posting ready status' },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: `boot-${name}`,
        containerRuntimeVersion: 'containerd://1.7.22',
        kernelVersion: '6.8.0-simulated',
        kubeProxyVersion: 'v1.32.0',
        kubeletVersion: 'v1.32.0',
        machineID: `machine-${name}`,
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.1 LTS',
        systemUUID: `uuid-${name}`,
      },
    },
  };
}

const events: KObject[] = [
  ['Scheduled', 'default-scheduler', 'Successfully assigned default/web-7d4b9c8f6d-abcde to node-1', 30, 30, 1, 'Normal'],
  ['Pulled', 'kubelet', 'Container image "nginx:1.25" already present on machine', 29, 29, 1, 'Normal'],
  ['Created', 'kubelet', 'Created container nginx', 29, 29, 1, 'Normal'],
  ['Started', 'kubelet', 'Started container nginx', 28, 28, 1, 'Normal'],
].map(([reason, component, message, first, last, count, type], i) => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: `web-7d4b9c8f6d-abcde.${i}`, namespace: 'default', uid: `uid-ev-${i}`, resourceVersion: `${1100 + i}`, creationTimestamp: ago(first as number) },
  involvedObject: { apiVersion: 'v1', kind: 'Pod', name: 'web-7d4b9c8f6d-abcde', namespace: 'default', uid: 'uid-web-7d4b9c8f6d-abcde', fieldPath: reason === 'Scheduled' ? undefined : 'spec.containers{nginx}' },
  reason,
  message,
  source: { component, ...(component === 'kubelet' ? { host: 'node-1' } : {}) },
  firstTimestamp: ago(first as number),
  lastTimestamp: ago(last as number),
  count,
  type,
  reportingComponent: component,
  reportingInstance: component === 'kubelet' ? 'node-1' : '',
}));

/** Every object of the canned cluster. */
export function fixtureObjects(): KObject[] {
  return structuredClone([
    runningPod('web-7d4b9c8f6d-abcde', 'node-1', '10.244.1.5', 30),
    runningPod('web-7d4b9c8f6d-fghij', 'node-2', '10.244.2.7', 3700, 2),
    pending,
    deployment,
    replicaSet,
    ...services,
    node('control-plane', '10.0.0.10', 'control-plane', 86400 * 3),
    node('node-1', '10.0.0.11', null, 86400 * 3),
    node('node-2', '10.0.0.12', null, 7200),
    ...events,
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', uid: 'uid-ns-d', resourceVersion: '5', creationTimestamp: ago(86400 * 3), labels: { 'kubernetes.io/metadata.name': 'default' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system', uid: 'uid-ns-ks', resourceVersion: '6', creationTimestamp: ago(86400 * 3), labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default', uid: 'uid-cm', resourceVersion: '700', creationTimestamp: ago(5400) }, data: { 'log.level': 'debug', mode: 'blue' } },
  ]).map((o) => JSON.parse(JSON.stringify(o)));
}
