/** kubectl describe for Services, Endpoints, Namespaces, ConfigMaps, Secrets, PVCs, Ingresses and HPAs. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { KObject } from '../../k8s/types';
import { fromBase64 } from '../generators';
import { PrefixWriter, annotationsMultiline, describeEvents, labelsMultiline, rfc1123z } from './writer';

function formatLabels(labels: Record<string, string> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

/** formatEndpointSlices: up to three ready host:port pairs, then '+ N more...'. */
export function formatEndpointSlices(slices: KObject[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const s of slices) {
    const ports: any[] = s.ports ?? [];
    const endpoints: any[] = s.endpoints ?? [];
    const targets = ports.length === 0 ? [undefined] : ports.filter((p) => portName === undefined || (p.name ?? '') === portName);
    for (const p of targets) {
      for (const e of endpoints) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(p ? `${e.addresses[0]}:${p.port}` : e.addresses[0]);
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

/** Renders describe output for a Service. */
export function describeService(svc: KObject, slices: KObject[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = svc.spec ?? {};
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', svc.metadata.labels);
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : i.hostname)).join(', ')}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  if (spec.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for Endpoints. */
export function describeEndpoints(ep: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ep.metadata.name}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', ep.metadata.labels);
  annotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(s.addresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    w.write(1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a: any) => a.ip).join(',') || '<none>'}\n`);
    if (s.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of s.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(0, '\n');
  }
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a Namespace (no quotas or limit ranges are served, so none are listed). */
export function describeNamespace(ns: KObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ns.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ns.metadata.labels);
  annotationsMultiline(w, 'Annotations', ns.metadata.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ''}\n`);
  return w.toString();
}

/** Renders describe output for a ConfigMap. */
export function describeConfigMap(cm: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${cm.metadata.name}\n`);
  w.write(0, `Namespace:\t${cm.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', cm.metadata.labels);
  annotationsMultiline(w, 'Annotations', cm.metadata.annotations);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(cm.data ?? {}).sort()) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${cm.data[k]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(0, `${k}: ${fromBase64(cm.binaryData[k]).length} bytes\n`);
  w.write(0, '\n');
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for a Secret (sizes only, never values). */
export function describeSecret(secret: KObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${secret.metadata.name}\n`);
  w.write(0, `Namespace:\t${secret.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', secret.metadata.labels);
  annotationsMultiline(w, 'Annotations', secret.metadata.annotations);
  w.write(0, `\nType:\t${secret.type ?? ''}\n`);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(secret.data ?? {}).sort()) {
    const bytes = new TextEncoder().encode(fromBase64(secret.data[k])).length;
    w.write(0, k === 'token' && secret.type === 'kubernetes.io/service-account-token' ? `${k}:\t${fromBase64(secret.data[k])}\n` : `${k}:\t${bytes} bytes\n`);
  }
  return w.toString();
}

/** Renders describe output for a PersistentVolumeClaim. */
export function describePvc(pvc: KObject, usedBy: string[], events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = pvc.spec ?? {};
  w.write(0, `Name:\t${pvc.metadata.name}\n`);
  w.write(0, `Namespace:\t${pvc.metadata.namespace}\n`);
  w.write(0, `StorageClass:\t${spec.storageClassName ?? ''}\n`);
  w.write(0, pvc.metadata.deletionTimestamp ? 'Status:\tTerminating\n' : `Status:\t${pvc.status?.phase ?? ''}\n`);
  w.write(0, `Volume:\t${spec.volumeName ?? ''}\n`);
  labelsMultiline(w, 'Labels', pvc.metadata.labels);
  annotationsMultiline(w, 'Annotations', pvc.metadata.annotations);
  w.write(0, `Finalizers:\t[${(pvc.metadata.finalizers ?? []).join(' ')}]\n`);
  const bound = !!spec.volumeName;
  w.write(0, `Capacity:\t${bound ? (pvc.status?.capacity?.storage ?? '') : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? (pvc.status?.accessModes ?? []).map((m: string) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[m] ?? m).join(',') : ''}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  w.write(0, `Used By:\t${usedBy.length ? usedBy.join('\n\t') : '<none>'}\n`);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for an Ingress. */
export function describeIngress(ing: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = ing.spec ?? {};
  const backend = (b: any) => (b?.service ? `${b.service.name}:${b.service.port?.number ?? b.service.port?.name ?? ''}` : b?.resource ? `APIGroup: ${b.resource.apiGroup ?? ''}, Kind: ${b.resource.kind}, Name: ${b.resource.name}` : '');
  w.write(0, `Name:\t${ing.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ing.metadata.labels);
  w.write(0, `Namespace:\t${ing.metadata.namespace}\n`);
  const lb: any[] = ing.status?.loadBalancer?.ingress ?? [];
  w.write(0, `Address:\t${lb.map((i) => i.ip || i.hostname).join(',')}\n`);
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
  w.write(0, `Default backend:\t${spec.defaultBackend ? backend(spec.defaultBackend) : '<default>'}\n`);
  if (spec.tls?.length) {
    w.write(0, 'TLS:\n');
    for (const t of spec.tls) w.write(1, t.secretName ? `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n` : `SNI routes ${(t.hosts ?? []).join(',')}\n`);
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  for (const r of spec.rules ?? []) {
    w.write(1, `${r.host || '*'}\t\n`);
    for (const p of r.http?.paths ?? []) w.write(2, `\t${p.path ?? ''}\t${backend(p.backend)}\n`);
  }
  annotationsMultiline(w, 'Annotations', ing.metadata.annotations);
  describeEvents(w, events, now);
  return w.toString();
}

/** Renders describe output for an autoscaling/v2 HorizontalPodAutoscaler. */
export function describeHpa(hpa: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter();
  const spec = hpa.spec ?? {};
  const st = hpa.status ?? {};
  w.write(0, `Name:\t${hpa.metadata.name}\n`);
  w.write(0, `Namespace:\t${hpa.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', hpa.metadata.labels);
  annotationsMultiline(w, 'Annotations', hpa.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(hpa.metadata.creationTimestamp)}\n`);
  w.write(0, `Reference:\t${spec.scaleTargetRef?.kind}/${spec.scaleTargetRef?.name}\n`);
  w.write(0, 'Metrics:\t( current / target )\n');
  (spec.metrics ?? []).forEach((m: any, i: number) => {
    if (m.type !== 'Resource') return;
    const cur = st.currentMetrics?.[i]?.resource?.current;
    w.write(1, `resource ${m.resource.name} on pods`);
    if (m.resource.target?.averageValue !== undefined) {
      w.write(0, `:\t${cur?.averageValue ?? '<unknown>'} / ${m.resource.target.averageValue}\n`);
    } else {
      const current = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}% (${cur.averageValue})` : '<unknown>';
      w.write(0, `  (as a percentage of request):\t${current} / ${m.resource.target?.averageUtilization}%\n`);
    }
  });
  w.write(0, `Min replicas:\t${spec.minReplicas ?? '<unset>'}\n`);
  w.write(0, `Max replicas:\t${spec.maxReplicas}\n`);
  w.write(0, `${spec.scaleTargetRef?.kind} pods:\t${st.currentReplicas ?? 0} current / ${st.desiredReplicas ?? 0} desired\n`);
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tReason\tMessage\n');
    w.write(1, '----\t------\t------\t-------\n');
    for (const c of st.conditions) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  describeEvents(w, events, now);
  return w.toString();
}
