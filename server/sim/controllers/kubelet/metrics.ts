/** Resource metrics as metrics-server serves them (metrics.k8s.io/v1beta1 NodeMetrics and PodMetrics):
 * per container the image's baseline plus CPU per request of the traffic reaching the pod, capped by the
 * container's limits; per node the sum of its pods plus the system's own use. */
import type { KObject } from '../../../../shared/k8s/types.js';
import { cpuMillis, memoryBytes } from '../../../../shared/k8s/quantity.js';
import type { Cluster } from '../../cluster.js';
import type { MetricsSource } from '../../sources.js';
import { fnv32a } from '../../hash.js';
import { isoTime, parseTime } from '../../time.js';
import { podTraffic } from '../../traffic-state.js';
import { kubeletReachable } from '../../faults-state.js';
import { programFor, type ProgramContext } from './programs.js';
import { kubeletState } from './state.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** metrics-server's scrape resolution. */
const SCRAPE_MS = 15_000;
/** What the node's own processes (kubelet, containerd, system) use. */
const SYSTEM = { controlPlane: { cpu: 60, memory: 420 * 1024 * 1024 }, worker: { cpu: 25, memory: 210 * 1024 * 1024 } };

export interface ContainerUsage {
  name: string;
  cpuMilli: number;
  memoryBytes: number;
}

/** A deterministic ±4% wobble per pod and scrape window, so figures look measured but replay identically. */
function wobble(seed: string, now: number): number {
  return 0.96 + (fnv32a(`${seed}:${Math.floor(now / SCRAPE_MS)}`) % 8000) / 100_000;
}

function ctxOf(cluster: Cluster): ProgramContext {
  return { cluster, get: (r, ns, n) => cluster.store.get(r, ns, n) };
}

/** Usage of each running container of a pod (empty when the pod runs nothing). */
export function podContainerUsage(cluster: Cluster, pod: KObject): ContainerUsage[] {
  if (pod.status?.phase !== 'Running') return [];
  const rec = kubeletState(cluster).pods[`${pod.metadata.namespace}/${pod.metadata.name}`];
  const now = cluster.now();
  const traffic = podTraffic(cluster, pod.metadata.namespace!, pod.metadata.name!);
  const out: ContainerUsage[] = [];
  const specs: Json[] = pod.spec?.containers ?? [];
  for (const status of (pod.status?.containerStatuses ?? []) as Json[]) {
    const running = status.state?.running;
    if (!running) continue;
    const spec = specs.find((s) => s.name === status.name);
    if (!spec) continue;
    const c = rec?.uid === pod.metadata.uid ? rec.c[status.name] : undefined;
    const start = c?.start ?? parseTime(running.startedAt);
    const program = programFor(ctxOf(cluster), pod, rec?.uid === pod.metadata.uid ? rec : undefined, status.name, start);
    if (!program) continue;
    const w = wobble(`${pod.metadata.uid}/${status.name}`, now);
    // Traffic is served by the first container, as for a typical one-server pod.
    const rps = spec === specs[0] ? traffic.rps : 0;
    let cpu = (program.cpuMilli + rps * program.cpuPerRequestMilli) * w;
    const cpuLimit = cpuMillis(spec.resources?.limits?.cpu);
    if (cpuLimit > 0) cpu = Math.min(cpu, cpuLimit);
    let mem = program.memoryBytes * w + rps * 16 * 1024;
    const memLimit = memoryBytes(spec.resources?.limits?.memory);
    if (memLimit > 0) mem = Math.min(mem, memLimit);
    out.push({ name: status.name, cpuMilli: cpu, memoryBytes: mem });
  }
  return out;
}

/** CPU the pod uses now, in millicores (the HPA's input). */
export function podCpuUsageMillis(cluster: Cluster, pod: KObject): number {
  return podContainerUsage(cluster, pod).reduce((s, c) => s + c.cpuMilli, 0);
}

const nano = (milli: number) => `${Math.round(milli * 1_000_000)}n`;
const ki = (bytes: number) => `${Math.round(bytes / 1024)}Ki`;

function podMetrics(cluster: Cluster, pod: KObject, usage: ContainerUsage[], stamp: string): KObject {
  return {
    kind: 'PodMetrics',
    apiVersion: 'metrics.k8s.io/v1beta1',
    metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace, creationTimestamp: isoTime(cluster.now()), labels: pod.metadata.labels ?? {} },
    timestamp: stamp,
    window: '15s',
    containers: usage.map((u) => ({ name: u.name, usage: { cpu: nano(u.cpuMilli), memory: ki(u.memoryBytes) } })),
  };
}

/** The metrics source of a cluster. */
export function metricsSource(cluster: Cluster): MetricsSource {
  const stamp = () => isoTime(cluster.now() - (cluster.now() % SCRAPE_MS));
  return {
    pods(namespace) {
      const t = stamp();
      const out: KObject[] = [];
      for (const pod of cluster.store.list('pods', namespace)) {
        const usage = podContainerUsage(cluster, pod);
        if (usage.length) out.push(podMetrics(cluster, pod, usage, t));
      }
      return out;
    },
    nodes() {
      const t = stamp();
      const totals = new Map<string, { cpu: number; memory: number }>();
      for (const pod of cluster.store.values('pods')) {
        const node = pod.spec?.nodeName;
        if (!node) continue;
        const sum = totals.get(node) ?? { cpu: 0, memory: 0 };
        for (const u of podContainerUsage(cluster, pod)) {
          sum.cpu += u.cpuMilli;
          sum.memory += u.memoryBytes;
        }
        totals.set(node, sum);
      }
      // metrics-server cannot scrape a node whose kubelet is unreachable.
      return cluster.store.list('nodes').filter((node) => kubeletReachable(cluster, node.metadata.name!)).map((node) => {
        const name = node.metadata.name!;
        const base = node.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined ? SYSTEM.controlPlane : SYSTEM.worker;
        const sum = totals.get(name) ?? { cpu: 0, memory: 0 };
        const w = wobble(name, cluster.now());
        return {
          kind: 'NodeMetrics',
          apiVersion: 'metrics.k8s.io/v1beta1',
          metadata: { name, creationTimestamp: isoTime(cluster.now()), labels: node.metadata.labels ?? {} },
          timestamp: t,
          window: '15s',
          usage: { cpu: nano(base.cpu * w + sum.cpu), memory: ki(base.memory * w + sum.memory) },
        };
      });
    },
  };
}
