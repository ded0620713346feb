/** The scheduler's cache of one cluster: nodes, the pods bound to each, their NodeInfos (rebuilt only for
 * nodes whose pods changed) and the pending pods with the plugins that rejected them, so a cluster event
 * re-queues only the pods it may help (the scheduling queue's hints). */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Change } from '../store.js';
import type { Cluster } from '../cluster.js';
import { keyOf } from '../controller.js';
import { buildNodeInfo, isTerminal } from './node-info.js';
import type { NodeInfo } from './types.js';

/** Plugins whose rejection a new pod on some node may lift. */
const HELPED_BY_POD_ADD = new Set(['InterPodAffinity', 'PodTopologySpread']);
/** Plugins whose rejection a pod leaving a node may lift. */
const HELPED_BY_POD_REMOVE = new Set(['NodeResourcesFit', 'InterPodAffinity', 'PodTopologySpread']);

/** Whether the default scheduler is responsible for placing this pod now. */
export function needsScheduling(pod: KObject): boolean {
  return !pod.spec?.nodeName && !pod.metadata.deletionTimestamp && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler' && !isTerminal(pod);
}

function podShape(pod: KObject): string {
  return JSON.stringify([pod.metadata.labels, pod.spec]);
}

function nodeFingerprint(node: KObject): string {
  return JSON.stringify([node.metadata.labels, node.spec?.taints, node.spec?.unschedulable, node.status?.allocatable]);
}

export class SchedulerCache {
  private built = false;
  private readonly nodes = new Map<string, KObject>();
  private readonly fingerprints = new Map<string, string>();
  private readonly podsByNode = new Map<string, Map<string, KObject>>();
  private readonly nodeOfPod = new Map<string, string>();
  private readonly infos = new Map<string, NodeInfo>();
  /** Pending pods by key, with the plugins that rejected them last time. */
  private readonly pending = new Map<string, Set<string>>();
  /** What of each pending pod the scheduler looked at: only a change to it is worth a retry. */
  private readonly pendingShape = new Map<string, string>();
  /** Simulated time of each pending pod's next periodic retry. */
  private readonly retryAt = new Map<string, number>();

  /** Records a failed attempt; returns true when the periodic retry timer must be (re)armed. */
  markPending(pod: KObject, rejectedBy: Set<string>, now: number, retryMs: number): boolean {
    const key = keyOf(pod);
    this.pending.set(key, rejectedBy);
    this.pendingShape.set(key, podShape(pod));
    if ((this.retryAt.get(key) ?? 0) > now) return false;
    this.retryAt.set(key, now + retryMs);
    return true;
  }

  /** Forgets a pod that is placed, gone or no longer ours. */
  forget(key: string): void {
    this.pending.delete(key);
    this.pendingShape.delete(key);
    this.retryAt.delete(key);
  }

  /** Fills the cache from the store the first time a reconcile needs it. */
  ensure(cluster: Cluster): void {
    if (this.built) return;
    this.built = true;
    for (const node of cluster.store.values('nodes')) this.setNode(node);
    for (const pod of cluster.store.values('pods')) this.setPod(pod, false);
  }

  /** Current NodeInfos of every node. */
  nodeInfos(): NodeInfo[] {
    const out: NodeInfo[] = [];
    for (const [name, node] of this.nodes) {
      let info = this.infos.get(name);
      if (!info) this.infos.set(name, (info = buildNodeInfo(node, [...(this.podsByNode.get(name)?.values() ?? [])])));
      out.push(info);
    }
    return out;
  }

  /** Applies a pod change; returns the pending pods worth retrying plus the pod itself when it needs placing. */
  onPod(pod: KObject, change: Change): string[] {
    const key = keyOf(pod);
    const keys: string[] = [];
    if (change.type !== 'DELETED' && needsScheduling(pod)) {
      // The scheduler's own status write must not trigger another attempt; a spec or label change does.
      if (this.pendingShape.get(key) !== podShape(pod)) keys.push(key);
    } else this.forget(key);
    if (!this.built) return keys;
    const before = this.nodeOfPod.get(key);
    const after = this.setPod(pod, change.type === 'DELETED');
    if (before && !after) keys.push(...this.pendingHelpedBy(HELPED_BY_POD_REMOVE));
    else if (after && !before) keys.push(...this.pendingHelpedBy(HELPED_BY_POD_ADD));
    return keys;
  }

  /** Applies a node change; a new node or a change of labels, taints, cordon or allocatable retries all pending pods. */
  onNode(node: KObject, change: Change): string[] {
    if (!this.built) return [];
    const name = node.metadata.name!;
    if (change.type === 'DELETED') {
      this.nodes.delete(name);
      this.fingerprints.delete(name);
      this.infos.delete(name);
      return [];
    }
    const changed = this.setNode(node);
    return changed ? [...this.pending.keys()] : [];
  }

  private pendingHelpedBy(plugins: Set<string>): string[] {
    const out: string[] = [];
    for (const [key, rejectedBy] of this.pending) {
      for (const p of rejectedBy) {
        if (plugins.has(p)) {
          out.push(key);
          break;
        }
      }
    }
    return out;
  }

  private setNode(node: KObject): boolean {
    const name = node.metadata.name!;
    this.nodes.set(name, node);
    this.infos.delete(name);
    const fp = nodeFingerprint(node);
    const changed = this.fingerprints.get(name) !== fp;
    this.fingerprints.set(name, fp);
    return changed;
  }

  /** Records where a pod counts; returns its node, or undefined when it holds no resources anywhere. */
  private setPod(pod: KObject, deleted: boolean): string | undefined {
    const key = keyOf(pod);
    const before = this.nodeOfPod.get(key);
    const node = pod.spec?.nodeName as string | undefined;
    const counts = !deleted && !!node && !isTerminal(pod);
    if (before && counts && before === node) {
      const pods = this.podsByNode.get(node)!;
      const old = pods.get(key);
      pods.set(key, pod);
      // A kubelet status write leaves what the plugins read alone: the NodeInfo (and its indexes) stays valid.
      if (!old || !sameForScheduling(old, pod)) this.infos.delete(node);
      return node;
    }
    if (before) {
      this.podsByNode.get(before)?.delete(key);
      this.infos.delete(before);
      this.nodeOfPod.delete(key);
    }
    if (!counts) return undefined;
    let pods = this.podsByNode.get(node);
    if (!pods) this.podsByNode.set(node, (pods = new Map()));
    pods.set(key, pod);
    this.nodeOfPod.set(key, node);
    this.infos.delete(node);
    return node;
  }
}

/** Whether two versions of a bound pod look the same to the filter and score plugins (spec, labels,
 * termination, priority); status-only writes keep the spec and labels objects, so this is mostly identity. */
function sameForScheduling(a: KObject, b: KObject): boolean {
  if (a.metadata.deletionTimestamp !== b.metadata.deletionTimestamp) return false;
  if (a.spec !== b.spec && JSON.stringify(a.spec) !== JSON.stringify(b.spec)) return false;
  const la = a.metadata.labels ?? {};
  const lb = b.metadata.labels ?? {};
  if (la === lb) return true;
  const ka = Object.keys(la);
  if (ka.length !== Object.keys(lb).length) return false;
  return ka.every((k) => la[k] === lb[k]);
}
