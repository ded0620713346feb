/** Everything one open playground page shares between its panels: the cluster, who we are, what is selected. */
import type { PlaygroundInfo } from '../../../shared/api/product.js';
import type { KObject } from '../../../shared/k8s/types.js';
import { ClusterState } from '../lib/cluster-state.svelte.js';
import { SimClock } from '../lib/sim-clock.svelte.js';
import { objectKey, type ObjectRef } from '../lib/object-key.js';
import { kubeApi } from '../lib/kube-api.js';
import { WorkloadHistory } from '../timeline/workload-history.svelte.js';

export type DockTab = 'exercise' | 'terminal' | 'editor' | 'resources' | 'events' | 'chart';
export type MapView = 'nodes' | 'workloads';

/** State of one playground page. */
export class PlaygroundState {
  info = $state<PlaygroundInfo | null>(null);
  selection = $state<ObjectRef | null>(null);
  dock = $state<DockTab>('terminal');
  dockOpen = $state(true);
  mapView = $state<MapView>('nodes');
  /** Text handed to the YAML editor by "Edit in editor"; the editor consumes it. */
  editorRequest = $state<{ text: string; seq: number } | null>(null);
  /** The workload the chart follows (a Deployment/StatefulSet key), chosen from the side panel. */
  chartTarget = $state<ObjectRef | null>(null);
  toast = $state<{ text: string; tone: 'ok' | 'bad' | 'info'; seq: number } | null>(null);
  /** The exercise this playground was created for (remembered by this browser), if any. */
  exercise = $state<string | null>(null);
  readonly cluster = new ClusterState();
  readonly clock: SimClock;
  readonly history: WorkloadHistory;
  readonly api: ReturnType<typeof kubeApi>;

  constructor(readonly key: string, readonly embed: boolean, monotonic: () => number = () => performance.now()) {
    this.clock = new SimClock(monotonic);
    this.history = new WorkloadHistory();
    this.api = kubeApi(this.base);
    this.cluster.onClock = (c) => this.clock.update(c);
    this.cluster.onEvent((resource, type, obj) => {
      this.history.record(resource, type, obj, this.clock.now ?? Date.now());
    });
  }

  /** The Kubernetes API base of this playground (what kubectl's --server points at, minus the host). */
  get base(): string {
    return `/clusters/${encodeURIComponent(this.key)}`;
  }

  /** True when nothing may be changed: a view key, or an embed. */
  get readOnly(): boolean {
    return this.embed || this.info?.role !== 'edit';
  }

  /** Simulated now for ages; falls back to wall time until the first clock message. */
  get now(): number {
    return this.clock.now ?? Date.now();
  }

  /** Opens the side panel on an object. */
  select(resource: string, obj: KObject | string): void {
    this.selection = { resource, key: typeof obj === 'string' ? obj : objectKey(obj) };
  }

  /** Sends YAML to the editor tab and shows it. */
  openInEditor(text: string): void {
    this.editorRequest = { text, seq: (this.editorRequest?.seq ?? 0) + 1 };
    this.dock = 'editor';
    this.dockOpen = true;
  }

  /** Shows a short message at the bottom of the page. */
  notify(text: string, tone: 'ok' | 'bad' | 'info' = 'info'): void {
    this.toast = { text, tone, seq: (this.toast?.seq ?? 0) + 1 };
  }
}
