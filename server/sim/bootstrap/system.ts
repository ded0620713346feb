/** The kube-system workloads a kubeadm cluster shows: static control-plane pods, kube-proxy on every node,
 * CoreDNS, plus the namespaces, service accounts and Services every cluster starts with. */
import type { KObject, OwnerReference } from '../../../shared/k8s/types.js';
import type { Rng } from '../rng.js';
import { isoTime } from '../time.js';

export interface SeedObject {
  resource: string;
  object: KObject;
}

interface PodPlan {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  node: string;
  hostIP: string;
  podIP: string;
  hostNetwork: boolean;
  image: string;
  container: string;
  command?: string[];
  requests?: Record<string, string>;
  limits?: Record<string, string>;
  owner?: OwnerReference;
  priorityClassName: string;
  tolerations?: unknown[];
  annotations?: Record<string, string>;
}

/** The pod spec fields the API server defaults, written out because bootstrap objects skip defaulting. */
export const POD_SPEC_DEFAULTS = {
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
};

/** A pod that the kubelet reports Running and Ready since `now`. */
export function runningSystemPod(p: PodPlan, now: number, rng: Rng): KObject {
  const t = isoTime(now);
  const containerID = `containerd://${Array.from({ length: 64 }, () => rng.int(16).toString(16)).join('')}`;
  const cond = (type: string) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: t });
  const resources = { ...(p.requests ? { requests: p.requests } : {}), ...(p.limits ? { limits: p.limits } : {}) };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      namespace: p.namespace,
      uid: rng.uuid(),
      creationTimestamp: t,
      labels: p.labels,
      ...(p.annotations ? { annotations: p.annotations } : {}),
      ...(p.owner ? { ownerReferences: [p.owner] } : {}),
    },
    spec: {
      containers: [
        {
          name: p.container,
          image: p.image,
          ...(p.command ? { command: p.command } : {}),
          imagePullPolicy: 'IfNotPresent',
          resources,
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
        },
      ],
      nodeName: p.node,
      hostNetwork: p.hostNetwork || undefined,
      priorityClassName: p.priorityClassName,
      priority: p.priorityClassName === 'system-node-critical' ? 2000001000 : 2000000000,
      ...POD_SPEC_DEFAULTS,
      dnsPolicy: p.hostNetwork ? 'ClusterFirstWithHostNet' : 'Default',
      preemptionPolicy: 'PreemptLowerPriority',
      tolerations: p.tolerations ?? [{ operator: 'Exists', effect: 'NoExecute' }],
    },
    status: {
      phase: 'Running',
      conditions: [cond('PodReadyToStartContainers'), cond('Initialized'), cond('Ready'), cond('ContainersReady'), cond('PodScheduled')],
      hostIP: p.hostIP,
      hostIPs: [{ ip: p.hostIP }],
      podIP: p.podIP,
      podIPs: [{ ip: p.podIP }],
      startTime: t,
      containerStatuses: [
        {
          name: p.container,
          state: { running: { startedAt: t } },
          lastState: {},
          ready: true,
          restartCount: 0,
          image: p.image,
          imageID: `${p.image.split(':')[0]}@sha256:${Array.from({ length: 64 }, () => rng.int(16).toString(16)).join('')}`,
          containerID,
          started: true,
        },
      ],
      qosClass: p.limits && p.requests ? 'Guaranteed' : p.requests ? 'Burstable' : 'BestEffort',
    },
  };
}

/** Metadata for a new object. */
export function meta(name: string, namespace: string | undefined, now: number, rng: Rng, extra: Record<string, unknown> = {}) {
  return { name, ...(namespace ? { namespace } : {}), uid: rng.uuid(), creationTimestamp: isoTime(now), ...extra };
}

export function namespaceObject(name: string, now: number, rng: Rng): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: meta(name, undefined, now, rng, { labels: { 'kubernetes.io/metadata.name': name } }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export function serviceAccount(namespace: string, now: number, rng: Rng): KObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('default', namespace, now, rng) };
}

export function rootCAConfigMap(namespace: string, now: number, rng: Rng): KObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta('kube-root-ca.crt', namespace, now, rng, { annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }),
    data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\n(simulated cluster CA)\n-----END CERTIFICATE-----\n' },
  };
}

export type { PodPlan };
