/** Replicas, ready pods and HPA load of each workload over simulated time, recorded from the watch stream so
 * the chart can draw how a rollout or an autoscaler moved. */
import { SvelteMap } from 'svelte/reactivity';
import type { KObject } from '../../../shared/k8s/types.js';

export interface Sample {
  /** Simulated time, ms. */
  t: number;
  desired: number;
  ready: number;
  /** HPA's current CPU utilisation in percent and its target, when an HPA scales this workload. */
  load?: number;
  loadTarget?: number;
}

const WORKLOADS: Record<string, string> = { 'deployments.apps': 'Deployment', 'statefulsets.apps': 'StatefulSet', 'replicasets.apps': 'ReplicaSet' };
const KIND_TO_RESOURCE: Record<string, string> = { Deployment: 'deployments.apps', StatefulSet: 'statefulsets.apps', ReplicaSet: 'replicasets.apps' };
const LIMIT = 2000;

/** The history key of a workload: resource plus namespace/name. */
export function historyKey(resource: string, namespace: string | undefined, name: string): string {
  return `${resource}:${namespace ?? ''}/${name}`;
}

/** Per-workload samples, appended only when something drawn changes. */
export class WorkloadHistory {
  readonly series = new SvelteMap<string, Sample[]>();

  /** Feeds one watch event observed at simulated time t. */
  record(resource: string, type: string, obj: KObject, t: number): void {
    if (!Number.isFinite(t)) return;
    if (resource === 'horizontalpodautoscalers.autoscaling') {
      this.#recordHpa(type, obj, t);
      return;
    }
    if (!(resource in WORKLOADS)) return;
    const key = historyKey(resource, obj.metadata.namespace, obj.metadata.name ?? '');
    if (type === 'DELETED') {
      this.#push(key, { t, desired: 0, ready: 0 });
      return;
    }
    this.#push(key, { t, desired: obj.spec?.replicas ?? 1, ready: obj.status?.readyReplicas ?? 0 });
  }

  /** Samples of one workload, oldest first. */
  get(key: string): Sample[] {
    return this.series.get(key) ?? [];
  }

  #recordHpa(type: string, hpa: KObject, t: number): void {
    const ref = hpa.spec?.scaleTargetRef;
    const resource = ref && KIND_TO_RESOURCE[ref.kind];
    if (!resource || type === 'DELETED') return;
    const key = historyKey(resource, hpa.metadata.namespace, ref.name);
    const last = this.get(key).at(-1);
    const { load, target } = hpaLoad(hpa);
    this.#push(key, { t, desired: last?.desired ?? 0, ready: last?.ready ?? 0, load, loadTarget: target });
  }

  #push(key: string, sample: Sample): void {
    const list = this.series.get(key) ?? [];
    const last = list.at(-1);
    const merged: Sample = { ...sample, load: sample.load ?? last?.load, loadTarget: sample.loadTarget ?? last?.loadTarget };
    if (last && last.desired === merged.desired && last.ready === merged.ready && last.load === merged.load && last.loadTarget === merged.loadTarget) return;
    const next = last && last.t === merged.t ? [...list.slice(0, -1), merged] : [...list, merged];
    this.series.set(key, next.length > LIMIT ? next.slice(next.length - LIMIT) : next);
  }
}

/** Current and target CPU utilisation of an HPA (autoscaling/v2 metrics or v1 fields). */
export function hpaLoad(hpa: KObject): { load?: number; target?: number } {
  const metric = (hpa.spec?.metrics ?? []).find((m: { type: string }) => m.type === 'Resource');
  const target = metric?.resource?.target?.averageUtilization ?? hpa.spec?.targetCPUUtilizationPercentage;
  const current = (hpa.status?.currentMetrics ?? []).find((m: { type: string }) => m.type === 'Resource');
  const load = current?.resource?.current?.averageUtilization ?? hpa.status?.currentCPUUtilizationPercentage;
  return { load: typeof load === 'number' ? load : undefined, target: typeof target === 'number' ? target : undefined };
}
