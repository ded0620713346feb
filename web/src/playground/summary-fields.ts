/** The handful of facts the side panel shows first for each kind, the ones `kubectl describe` leads with. */
import type { KObject } from '../../../shared/k8s/types.js';

export interface Field {
  label: string;
  value: string;
  mono?: boolean;
}

const selectorText = (sel: Record<string, string> | undefined) =>
  Object.entries(sel ?? {}).map(([k, v]) => `${k}=${v}`).join(',') || '<none>';

/** Kind-specific summary rows of an object. */
export function summaryFields(obj: KObject): Field[] {
  const s = obj.spec ?? {};
  const st = obj.status ?? {};
  switch (obj.kind) {
    case 'Pod':
      return [
        { label: 'Pod IP', value: st.podIP ?? '<none>', mono: true },
        { label: 'QoS class', value: st.qosClass ?? '' },
      ].filter((f) => f.value);
    case 'Deployment':
      return [
        { label: 'Replicas', value: `${s.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable` },
        { label: 'Strategy', value: s.strategy?.type ?? 'RollingUpdate' },
        { label: 'Selector', value: selectorText(s.selector?.matchLabels), mono: true },
      ];
    case 'ReplicaSet':
    case 'StatefulSet':
      return [
        { label: 'Replicas', value: `${st.replicas ?? 0} current / ${s.replicas ?? 1} desired, ${st.readyReplicas ?? 0} ready` },
        { label: 'Selector', value: selectorText(s.selector?.matchLabels), mono: true },
      ];
    case 'DaemonSet':
      return [{ label: 'Pods', value: `${st.numberReady ?? 0} ready of ${st.desiredNumberScheduled ?? 0} desired` }];
    case 'Service':
      return [
        { label: 'Type', value: s.type ?? 'ClusterIP' },
        { label: 'Cluster IP', value: s.clusterIP ?? '<none>', mono: true },
        { label: 'Ports', value: (s.ports ?? []).map((p: { port: number; targetPort?: unknown; nodePort?: number; protocol?: string }) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'} → ${p.targetPort ?? p.port}`).join(', ') || '<none>', mono: true },
        { label: 'Selector', value: selectorText(s.selector), mono: true },
      ];
    case 'Node': {
      const info = st.nodeInfo ?? {};
      const roles = Object.keys(obj.metadata.labels ?? {}).filter((l) => l.startsWith('node-role.kubernetes.io/')).map((l) => l.slice('node-role.kubernetes.io/'.length));
      return [
        { label: 'Roles', value: roles.join(',') || '<none>' },
        { label: 'Version', value: info.kubeletVersion ?? '', mono: true },
        { label: 'Internal IP', value: (st.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '', mono: true },
        { label: 'Taints', value: (s.taints ?? []).map((t: { key: string; value?: string; effect: string }) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(', ') || '<none>', mono: true },
      ].filter((f) => f.value);
    }
    case 'HorizontalPodAutoscaler':
      return [
        { label: 'Target', value: `${s.scaleTargetRef?.kind}/${s.scaleTargetRef?.name}`, mono: true },
        { label: 'Replicas', value: `${st.currentReplicas ?? 0} current, ${st.desiredReplicas ?? 0} desired (min ${s.minReplicas ?? 1}, max ${s.maxReplicas})` },
      ];
    case 'Job':
      return [{ label: 'Completions', value: `${st.succeeded ?? 0}/${s.completions ?? 1}` }];
    case 'ConfigMap':
    case 'Secret':
      return [{ label: 'Data', value: Object.keys(obj.data ?? {}).join(', ') || '<none>', mono: true }];
    default:
      return [];
  }
}

/** Whether a condition's status is the healthy one: pressure and failure conditions are healthy when False. */
export function conditionHealthy(type: string, status: string): boolean | null {
  if (status !== 'True' && status !== 'False') return null;
  const inverted = type.endsWith('Pressure') || type === 'NetworkUnavailable' || type === 'ReplicaFailure' || type === 'Failed' || type === 'Stalled';
  return (status === 'True') !== inverted;
}
