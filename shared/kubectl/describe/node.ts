/** kubectl describe node. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ageSince } from '../../k8s/duration';
import { cpuMillis, memoryBytes } from '../../k8s/quantity';
import type { KObject } from '../../k8s/types';
import { PrefixWriter, annotationsMultiline, describeEvents, labelsMultiline, quantityString, rfc1123z, sumQuantities, taintsMultiline } from './writer';

/** Resource names in alphabetical order, as SortableResourceNames sorts them. */
function sortResources(names: string[]): string[] {
  return [...names].sort();
}

/** Roles from node-role.kubernetes.io/<role> and kubernetes.io/role labels. */
export function nodeRoles(node: KObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return [...roles].sort();
}

/** PodRequestsAndLimits: containers summed, the largest init container taking over when bigger. */
function podTotals(pod: KObject, kind: 'requests' | 'limits'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of pod.spec?.containers ?? []) {
    for (const [name, q] of Object.entries(c.resources?.[kind] ?? {})) (out[name] ??= []).push(q as string);
    if (kind === 'requests') {
      for (const [name, q] of Object.entries(c.resources?.limits ?? {})) if (!c.resources?.requests?.[name]) (out[name] ??= []).push(q as string);
    }
  }
  return out;
}

function pct(value: number, total: number): number {
  return total === 0 ? 0 : Math.trunc((value / total) * 100);
}

/** Renders describe output for a node with its non-terminated pods, lease and events. */
export function describeNode(node: KObject, pods: KObject[], lease: KObject | undefined, leaseError: string | undefined, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const st = node.status ?? {};
  const spec = node.spec ?? {};
  w.write(0, `Name:\t${node.metadata.name}\n`);
  const roles = nodeRoles(node);
  w.write(0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  taintsMultiline(w, 'Taints', spec.taints);
  w.write(0, `Unschedulable:\t${spec.unschedulable === true}\n`);
  if (lease) {
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${lease.spec?.acquireTime ? rfc1123z(lease.spec.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${lease.spec?.renewTime ? rfc1123z(lease.spec.renewTime) : '<unset>'}\n`);
  } else {
    w.write(0, `Lease:\tFailed to get lease: ${leaseError ?? ''}\n`);
  }
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of st.conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [
    ['Capacity', st.capacity],
    ['Allocatable', st.allocatable],
  ] as const) {
    if (!list || Object.keys(list).length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const r of sortResources(Object.keys(list))) w.write(0, `  ${r}:\t${quantityString(list[r])}\n`);
  }
  const info = st.nodeInfo ?? {};
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info.kubeletVersion ?? ''}\n`);
  w.write(0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if (spec.podCIDRs?.length) w.write(0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
  const alloc = Object.keys(st.allocatable ?? {}).length ? st.allocatable : (st.capacity ?? {});
  const allocCpu = cpuMillis(alloc.cpu);
  const allocMem = memoryBytes(alloc.memory);
  const allocEph = memoryBytes(alloc['ephemeral-storage']);
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const allReq: Record<string, string[]> = {};
  const allLim: Record<string, string[]> = {};
  for (const p of pods) {
    const req = podTotals(p, 'requests');
    const lim = podTotals(p, 'limits');
    for (const [k, v] of Object.entries(req)) (allReq[k] ??= []).push(...v);
    for (const [k, v] of Object.entries(lim)) (allLim[k] ??= []).push(...v);
    const cr = sumQuantities(req.cpu ?? []);
    const cl = sumQuantities(lim.cpu ?? []);
    const mr = sumQuantities(req.memory ?? []);
    const ml = sumQuantities(lim.memory ?? []);
    w.write(
      1,
      `${p.metadata.namespace}\t${p.metadata.name}\t\t${cr} (${pct(cpuMillis(cr), allocCpu)}%)\t${cl} (${pct(cpuMillis(cl), allocCpu)}%)\t${mr} (${pct(memoryBytes(mr), allocMem)}%)\t${ml} (${pct(memoryBytes(ml), allocMem)}%)\t${ageSince(p.metadata.creationTimestamp, now)}\n`,
    );
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (name: string, total: number, measure: (q: string) => number) => {
    const r = sumQuantities(allReq[name] ?? []);
    const l = sumQuantities(allLim[name] ?? []);
    w.write(1, `${name}\t${r} (${pct(measure(r), total)}%)\t${l} (${pct(measure(l), total)}%)\n`);
  };
  row('cpu', allocCpu, cpuMillis);
  row('memory', allocMem, memoryBytes);
  row('ephemeral-storage', allocEph, memoryBytes);
  for (const name of Object.keys(alloc).filter((n) => n.startsWith('hugepages-')).sort()) {
    const r = sumQuantities(allReq[name] ?? []);
    const l = sumQuantities(allLim[name] ?? []);
    w.write(1, `${name}\t${r} (${pct(memoryBytes(r), memoryBytes(alloc[name]))}%)\t${l} (${pct(memoryBytes(l), memoryBytes(alloc[name]))}%)\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
