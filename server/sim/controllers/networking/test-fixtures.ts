/** Builders for the networking tests: Services, Deployments and pods in the states the kubelet would
 * report, written straight into the store so these tests do not depend on the kubelet simulation. */
import type { KObject } from '../../../../shared/k8s/types.js';
import type { TestCluster } from '../../testing/harness.js';
import { isoTime } from '../../time.js';

export interface PodOptions {
  labels?: Record<string, string>;
  ip?: string;
  node?: string;
  ready?: boolean;
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  cpuRequest?: string;
  terminating?: boolean;
  phase?: string;
  image?: string;
}

/** Creates a pod through the API, then gives it the status a running (or not yet ready) pod has. */
export function runningPod(t: TestCluster, name: string, o: PodOptions = {}): KObject {
  const created = t.create('pods', {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: o.labels ?? { app: 'web' } },
    spec: {
      containers: [
        {
          name: 'app',
          image: o.image ?? 'nginx:1.27',
          ...(o.ports ? { ports: o.ports } : {}),
          ...(o.cpuRequest ? { resources: { requests: { cpu: o.cpuRequest } } } : {}),
        },
      ],
      nodeName: o.node ?? 'worker-1',
    },
  });
  return setPodState(t, created, o);
}

/** Rewrites a pod's status (and deletionTimestamp) the way the kubelet would. */
export function setPodState(t: TestCluster, pod: KObject, o: PodOptions): KObject {
  const now = isoTime(t.now());
  const ready = o.ready ?? true;
  const current = t.get('pods', pod.metadata.namespace, pod.metadata.name!)!;
  const next: KObject = {
    ...current,
    metadata: { ...current.metadata, ...(o.terminating ? { deletionTimestamp: now, deletionGracePeriodSeconds: 30 } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      podIP: o.ip ?? current.status?.podIP,
      podIPs: [{ ip: o.ip ?? current.status?.podIP }],
      hostIP: '172.18.0.3',
      startTime: current.status?.startTime ?? now,
      containerStatuses: current.spec.containers.map((c: { name: string; image: string }) => ({
        name: c.name,
        image: c.image,
        imageID: '',
        containerID: `containerd://${current.metadata.uid}`,
        ready,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: current.status?.startTime ?? now } },
        lastState: {},
      })),
      conditions: [
        { type: 'Ready', status: ready ? 'True' : 'False', lastProbeTime: null, lastTransitionTime: now },
        { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      ],
    },
  };
  const stored = t.cluster.write(() => t.cluster.store.put('pods', next));
  t.settle();
  return stored;
}

/** A ClusterIP Service selecting `app: <selector>`. */
export function service(t: TestCluster, name: string, spec: Record<string, unknown> = {}): KObject {
  return t.create('services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default' },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 80 }], ...spec },
  });
}
