/** Small builders of nodes and pods for the scheduler's unit tests. */
import type { KObject } from '../../../shared/k8s/types.js';
import { buildNodeInfo } from './node-info.js';
import { newCycle } from './framework.js';
import type { Cycle, NodeInfo, ScheduleOptions } from './types.js';

export interface NodeOpts {
  labels?: Record<string, string>;
  taints?: { key: string; value?: string; effect: string }[];
  unschedulable?: boolean;
  cpu?: string;
  memory?: string;
  pods?: string;
  extra?: Record<string, string>;
}

/** A node with 4 cpu, 8Gi memory and 110 pod slots unless told otherwise. */
export function node(name: string, o: NodeOpts = {}): KObject {
  const allocatable = { cpu: o.cpu ?? '4', memory: o.memory ?? '8Gi', pods: o.pods ?? '110', ...o.extra };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...o.labels } },
    spec: { ...(o.taints ? { taints: o.taints } : {}), ...(o.unschedulable ? { unschedulable: true } : {}) },
    status: { capacity: allocatable, allocatable },
  };
}

/** A pod with one container; `spec` is merged over the default spec. */
export function pod(name: string, spec: Record<string, unknown> = {}, o: { labels?: Record<string, string>; nodeName?: string; namespace?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: o.namespace ?? 'default', uid: `uid-${name}`, labels: o.labels ?? {} },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...(o.nodeName ? { nodeName: o.nodeName } : {}), ...spec },
    status: { phase: o.nodeName ? 'Running' : 'Pending' },
  };
}

/** A pod requesting cpu / memory. */
export function podWithRequests(name: string, requests: Record<string, string>, o: Parameters<typeof pod>[2] = {}): KObject {
  return pod(name, { containers: [{ name: 'c', image: 'nginx', resources: { requests } }] }, o);
}

/** NodeInfos of nodes with the given pods bound (by spec.nodeName). */
export function infos(nodes: KObject[], pods: KObject[] = []): NodeInfo[] {
  return nodes.map((n) => buildNodeInfo(n, pods.filter((p) => p.spec.nodeName === n.metadata.name)));
}

/** A cycle for `incoming` over nodes and bound pods, with every plugin's preFilter left to the caller. */
export function cycleFor(incoming: KObject, nodes: KObject[], pods: KObject[] = [], opts: ScheduleOptions = {}): Cycle {
  return newCycle(incoming, infos(nodes, pods), opts);
}
