/** The scheduling framework's shapes: per-node information, the scheduling cycle, plugins and verdicts. */
import type { KObject } from '../../../shared/k8s/types.js';
import type { Rng } from '../rng.js';

/** Resource amounts in the units the scheduler compares: millicores, bytes, and integer values for the rest. */
export interface Resources {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  /** Extended and hugepages resources by name. */
  scalar: Record<string, number>;
}

/** A node with the pods assigned to it and what they request (the scheduler cache's NodeInfo). */
export interface NodeInfo {
  name: string;
  node: KObject;
  labels: Record<string, string>;
  /** Non-terminal pods bound to the node. */
  pods: KObject[];
  /** The subset of `pods` with pod affinity or anti-affinity (what the symmetric checks must visit). */
  podsWithAffinity: KObject[];
  allocatable: Resources;
  allowedPodNumber: number;
  requested: Resources;
  /** Requests with the scheduler's defaults for containers that request nothing (100m cpu, 200Mi memory). */
  nonZeroRequested: { milliCPU: number; memory: number };
}

/** A rejection: `UnschedulableAndUnresolvable` tells preemption that evicting pods would not help. */
export interface FilterFailure {
  code: 'Unschedulable' | 'UnschedulableAndUnresolvable';
  reasons: string[];
}

/** Everything one scheduling attempt of one pod sees; plugins keep their pre-computed state in `state`. */
export interface Cycle {
  pod: KObject;
  nodes: NodeInfo[];
  nodeByName: Map<string, NodeInfo>;
  state: Map<string, unknown>;
  /** Selector of the Services and controllers the pod belongs to, for the default spreading constraints. */
  defaultSpreadSelector?: DefaultSpreadSelector;
  /** Labels of a namespace, for namespaceSelector in pod affinity terms. */
  namespaceLabels?: (namespace: string) => Record<string, string> | undefined;
}

/** The merged selector of the Services, ReplicaSets and StatefulSets selecting a pod (nil when none). */
export interface DefaultSpreadSelector {
  matchLabels: Record<string, string>;
}

export interface Plugin {
  name: string;
  /** Score weight in the default profile (0 for filter-only plugins). */
  weight: number;
  /** Computes per-cycle state once, before filtering. */
  preFilter?(cycle: Cycle): void;
  /** Rejects a node, or returns undefined to accept it. */
  filter?(cycle: Cycle, node: NodeInfo): FilterFailure | undefined;
  /** Normalized scores 0–100 for the feasible nodes, in their order; undefined skips the plugin. */
  score?(cycle: Cycle, feasible: NodeInfo[]): number[] | undefined;
}

export interface PluginVerdict {
  plugin: string;
  passed: boolean;
  reason?: string;
}

export interface NodeVerdict {
  node: string;
  plugins: PluginVerdict[];
  /** Weighted total over the score plugins (feasible nodes only). */
  score?: number;
}

export interface ScheduleResult {
  node?: string;
  verdicts: NodeVerdict[];
  /** The FailedScheduling message when no node fits, '' otherwise. */
  message: string;
}

export interface ScheduleOptions {
  /** Breaks ties between equally scored nodes; without it the first node by name wins. */
  rng?: Rng;
  /** Evaluate every filter plugin on every node (for explanations) instead of stopping at the first rejection. */
  full?: boolean;
  defaultSpreadSelector?: DefaultSpreadSelector;
  namespaceLabels?: (namespace: string) => Record<string, string> | undefined;
}
