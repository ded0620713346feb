/** SetDefaults_PodSpec, SetDefaults_Container, probes and volumes: what every pod and pod template gets. */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** The image tag, as parsers.ParseImageName sees it: 'latest' when neither tag nor digest is given. */
function imageTag(image: string): string {
  if (!image) return '';
  const [name, digest] = image.split('@');
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const tag = colon > lastSlash ? name.slice(colon + 1) : '';
  if (tag) return tag;
  return digest ? '' : 'latest';
}

function defaultProbe(probe: Json): void {
  if (!probe) return;
  probe.timeoutSeconds ??= 1;
  probe.periodSeconds ??= 10;
  probe.successThreshold ??= 1;
  probe.failureThreshold ??= 3;
  if (probe.httpGet) {
    probe.httpGet.path ||= '/';
    probe.httpGet.scheme ||= 'HTTP';
  }
}

function defaultContainer(c: Json): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  c.resources ??= {};
  for (const port of c.ports ?? []) port.protocol ||= 'TCP';
  for (const ev of c.env ?? []) if (ev.valueFrom?.fieldRef) ev.valueFrom.fieldRef.apiVersion ||= 'v1';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const handler of [c.lifecycle?.postStart, c.lifecycle?.preStop]) {
    if (handler?.httpGet) handler.httpGet.scheme ||= 'HTTP';
  }
}

const MODE_420 = ['secret', 'configMap', 'downwardAPI', 'projected'];

function defaultVolume(v: Json): void {
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  for (const key of MODE_420) if (v[key]) v[key].defaultMode ??= 420;
  if (v.hostPath) v.hostPath.type ??= '';
  for (const item of v.downwardAPI?.items ?? []) if (item.fieldRef) item.fieldRef.apiVersion ||= 'v1';
}

/** Mutates a PodSpec in place with the v1 defaults. */
export function defaultPodSpec(spec: Json): void {
  if (!spec || typeof spec !== 'object') return;
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  spec.enableServiceLinks ??= true;
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
  if (spec.hostNetwork) {
    // With host networking the pod's ports are the host's ports.
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const port of c.ports ?? []) port.hostPort ??= port.containerPort;
    }
  }
}

/** Mutates a PodTemplateSpec in place: the template's spec gets the PodSpec defaults. */
export function defaultPodTemplate(template: Json): void {
  if (!template || typeof template !== 'object') return;
  template.metadata ??= {};
  template.spec ??= {};
  defaultPodSpec(template.spec);
}
