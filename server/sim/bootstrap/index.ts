/** Builds the objects of a new playground's cluster from a template: deterministic for a seed and time. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Rng } from '../rng.js';
import { podTemplateHash } from '../hash.js';
import { isoTime } from '../time.js';
import { buildNode, buildNodeLease, nodeIP } from './nodes.js';
import { meta, namespaceObject, POD_SPEC_DEFAULTS, rootCAConfigMap, runningSystemPod, serviceAccount, type SeedObject } from './system.js';
import type { Template } from './templates.js';

const K8S = 'v1.32.0';
const NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** Every object of a fresh cluster. */
export function bootstrapCluster(template: Template, now: number, rng: Rng): SeedObject[] {
  const out: SeedObject[] = [];
  const add = (resource: string, object: KObject) => out.push({ resource, object });
  for (const ns of NAMESPACES) {
    add('namespaces', namespaceObject(ns, now, rng));
    add('serviceaccounts', serviceAccount(ns, now, rng));
    add('configmaps', rootCAConfigMap(ns, now, rng));
  }
  const nodes = template.nodes.map((shape, i) => buildNode(shape, i, now, rng));
  nodes.forEach((n) => {
    add('nodes', n);
    add('leases.coordination.k8s.io', buildNodeLease(n, now, rng));
  });
  const controlPlanes = template.nodes.map((s, i) => ({ s, i, node: nodes[i] })).filter((x) => x.s.controlPlane);
  for (const cp of controlPlanes) for (const pod of staticPods(cp.node, nodeIP(cp.i), now, rng)) add('pods', pod);
  const proxy = kubeProxy(nodes, now, rng);
  add('daemonsets.apps', proxy.daemonSet);
  for (const p of proxy.pods) add('pods', p);
  const cp = controlPlanes[0];
  if (cp) {
    const dns = coreDns(cp.node, nodeIP(cp.i), now, rng);
    for (const o of dns) add(o.resource, o.object);
  }
  add('services', kubernetesService(now, rng));
  add('endpoints', {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: meta('kubernetes', 'default', now, rng, { labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }),
    subsets: [{ addresses: [{ ip: nodeIP(cp?.i ?? 0) }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  add('endpointslices.discovery.k8s.io', {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta('kubernetes', 'default', now, rng, { labels: { 'kubernetes.io/service-name': 'kubernetes' } }),
    addressType: 'IPv4',
    endpoints: [{ addresses: [nodeIP(cp?.i ?? 0)], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  });
  return out;
}

function staticPods(node: KObject, ip: string, now: number, rng: Rng): KObject[] {
  const nodeName = node.metadata.name!;
  const owner = { apiVersion: 'v1', kind: 'Node', name: nodeName, uid: node.metadata.uid!, controller: true };
  const components: [string, string, Record<string, string>][] = [
    ['etcd', 'registry.k8s.io/etcd:3.5.16-0', { cpu: '100m', memory: '100Mi' }],
    ['kube-apiserver', `registry.k8s.io/kube-apiserver:${K8S}`, { cpu: '250m' }],
    ['kube-controller-manager', `registry.k8s.io/kube-controller-manager:${K8S}`, { cpu: '200m' }],
    ['kube-scheduler', `registry.k8s.io/kube-scheduler:${K8S}`, { cpu: '100m' }],
  ];
  return components.map(([component, image, requests]) =>
    runningSystemPod(
      {
        name: `${component}-${nodeName}`,
        namespace: 'kube-system',
        labels: { component, tier: 'control-plane' },
        annotations: { 'kubernetes.io/config.source': 'file', 'kubernetes.io/config.hash': rng.suffix(10) },
        node: nodeName,
        hostIP: ip,
        podIP: ip,
        hostNetwork: true,
        image,
        container: component,
        command: [component],
        requests,
        owner,
        priorityClassName: 'system-node-critical',
      },
      now,
      rng,
    ),
  );
}

function kubeProxy(nodes: KObject[], now: number, rng: Rng): { daemonSet: KObject; pods: KObject[] } {
  const template = {
    metadata: { labels: { 'k8s-app': 'kube-proxy' } },
    spec: {
      containers: [{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${K8S}`, command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'], imagePullPolicy: 'IfNotPresent', resources: {}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', securityContext: { privileged: true } }],
      hostNetwork: true,
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      priorityClassName: 'system-node-critical',
      serviceAccountName: 'kube-proxy',
      tolerations: [{ operator: 'Exists' }],
      dnsPolicy: 'ClusterFirst',
      ...POD_SPEC_DEFAULTS,
    },
  };
  const revision = podTemplateHash(template);
  const ds: KObject = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta('kube-proxy', 'kube-system', now, rng, { labels: { 'k8s-app': 'kube-proxy' }, generation: 1, annotations: { 'deprecated.daemonset.template.generation': '1' } }),
    spec: {
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      template,
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      revisionHistoryLimit: 10,
    },
    status: {
      currentNumberScheduled: nodes.length,
      numberMisscheduled: 0,
      desiredNumberScheduled: nodes.length,
      numberReady: nodes.length,
      observedGeneration: 1,
      updatedNumberScheduled: nodes.length,
      numberAvailable: nodes.length,
    },
  };
  const owner = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', uid: ds.metadata.uid!, controller: true, blockOwnerDeletion: true };
  const pods = nodes.map((n, i) => {
    const pod = runningSystemPod(
      {
        name: `kube-proxy-${rng.suffix(5)}`,
        namespace: 'kube-system',
        labels: { 'controller-revision-hash': revision, 'k8s-app': 'kube-proxy', 'pod-template-generation': '1' },
        node: n.metadata.name!,
        hostIP: nodeIP(i),
        podIP: nodeIP(i),
        hostNetwork: true,
        image: `registry.k8s.io/kube-proxy:${K8S}`,
        container: 'kube-proxy',
        owner,
        priorityClassName: 'system-node-critical',
        tolerations: [{ operator: 'Exists' }],
      },
      now,
      rng,
    );
    pod.spec = { ...template.spec, ...pod.spec, containers: template.spec.containers, serviceAccountName: 'kube-proxy', serviceAccount: 'kube-proxy' };
    return pod;
  });
  return { daemonSet: ds, pods };
}

function coreDns(node: KObject, hostIP: string, now: number, rng: Rng): SeedObject[] {
  const labels = { 'k8s-app': 'kube-dns' };
  const container = {
    name: 'coredns',
    image: 'registry.k8s.io/coredns/coredns:v1.11.3',
    args: ['-conf', '/etc/coredns/Corefile'],
    imagePullPolicy: 'IfNotPresent',
    ports: [
      { containerPort: 53, name: 'dns', protocol: 'UDP' },
      { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
      { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
    ],
    resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
    readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' }, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
  };
  const template = {
    metadata: { labels },
    spec: {
      containers: [container],
      dnsPolicy: 'Default',
      priorityClassName: 'system-cluster-critical',
      serviceAccountName: 'coredns',
      serviceAccount: 'coredns',
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      tolerations: [
        { key: 'CriticalAddonsOnly', operator: 'Exists' },
        { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
      ],
      ...POD_SPEC_DEFAULTS,
    },
  };
  const hash = podTemplateHash(template);
  const deployment: KObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('coredns', 'kube-system', now, rng, { labels, generation: 1, annotations: { 'deployment.kubernetes.io/revision': '1' } }),
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
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
        { type: 'Available', status: 'True', lastUpdateTime: isoTime(now), lastTransitionTime: isoTime(now), reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        { type: 'Progressing', status: 'True', lastUpdateTime: isoTime(now), lastTransitionTime: isoTime(now), reason: 'NewReplicaSetAvailable', message: `ReplicaSet "coredns-${hash}" has successfully progressed.` },
      ],
    },
  };
  const rsName = `coredns-${hash}`;
  const rsLabels = { ...labels, 'pod-template-hash': hash };
  const rs: KObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: meta(rsName, 'kube-system', now, rng, {
      labels: rsLabels,
      generation: 1,
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2', 'deployment.kubernetes.io/max-replicas': '3', 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'coredns', uid: deployment.metadata.uid!, controller: true, blockOwnerDeletion: true }],
    }),
    spec: { replicas: 2, selector: { matchLabels: rsLabels }, template: { ...template, metadata: { labels: rsLabels } } },
    status: { replicas: 2, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 },
  };
  const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName, uid: rs.metadata.uid!, controller: true, blockOwnerDeletion: true };
  const pods = [2, 3].map((last) => {
    const pod = runningSystemPod(
      {
        name: `${rsName}-${rng.suffix(5)}`,
        namespace: 'kube-system',
        labels: rsLabels,
        node: node.metadata.name!,
        hostIP,
        podIP: `${(node.spec.podCIDR as string).split('.').slice(0, 3).join('.')}.${last}`,
        hostNetwork: false,
        image: container.image,
        container: 'coredns',
        owner,
        priorityClassName: 'system-cluster-critical',
        requests: container.resources.requests,
        limits: container.resources.limits,
      },
      now,
      rng,
    );
    pod.spec = { ...template.spec, ...pod.spec, containers: [container], tolerations: [...template.spec.tolerations, ...defaultTolerations()] };
    pod.status.qosClass = 'Burstable';
    return pod;
  });
  const svc: KObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kube-dns', 'kube-system', now, rng, { labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }, annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' } }),
    spec: {
      selector: labels,
      clusterIP: '10.96.0.10',
      clusterIPs: ['10.96.0.10'],
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
  const sa = (name: string): KObject => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(name, 'kube-system', now, rng) });
  return [
    { resource: 'deployments.apps', object: deployment },
    { resource: 'replicasets.apps', object: rs },
    ...pods.map((object) => ({ resource: 'pods', object })),
    { resource: 'services', object: svc },
    { resource: 'serviceaccounts', object: sa('coredns') },
    { resource: 'serviceaccounts', object: sa('kube-proxy') },
  ];
}

function defaultTolerations() {
  return [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
  ];
}

function kubernetesService(now: number, rng: Rng): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kubernetes', 'default', now, rng, { labels: { component: 'apiserver', provider: 'kubernetes' } }),
    spec: {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
    },
    status: { loadBalancer: {} },
  };
}
