/** PodSpec and PodTemplateSpec validation (core ValidatePodSpec, ValidateContainers, probes, resources). */
import { dns1123LabelErrors, dns1123SubdomainErrors, labelKeyErrors, portNameErrors } from '../../../shared/k8s/names.js';
import { type FieldError, duplicate, forbidden, invalid, notFound, notSupported, required, nonNegative } from './field-error.js';
import { validateAnnotations, validateLabels } from './object-meta.js';
import { QUANTITY_FORMAT_MESSAGE, quantityText, quantityValue } from './quantity.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'];

function validPort(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** ValidatePortNumOrName: a port number or an IANA_SVC_NAME. */
export function validatePortNumOrName(port: unknown, field: string): FieldError[] {
  if (typeof port === 'number') return validPort(port) ? [] : [invalid(field, port, PORT_RANGE)];
  if (typeof port === 'string') {
    if (port === '') return [required(field)];
    return portNameErrors(port).map((msg) => invalid(field, port, msg));
  }
  return [required(field)];
}

function validateContainerPorts(ports: Json[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port.name) {
      const msgs = portNameErrors(port.name);
      if (msgs.length) for (const msg of msgs) errs.push(invalid(`${p}.name`, port.name, msg));
      else if (names.has(port.name)) errs.push(duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(required(`${p}.containerPort`));
    else if (!validPort(port.containerPort)) errs.push(invalid(`${p}.containerPort`, port.containerPort, PORT_RANGE));
    if (port.hostPort && !validPort(port.hostPort)) errs.push(invalid(`${p}.hostPort`, port.hostPort, PORT_RANGE));
    if (!port.protocol) errs.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return errs;
}

function validateEnv(env: Json[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (env ?? []).forEach((ev, i) => {
    const p = `${path}[${i}]`;
    if (!ev.name) errs.push(required(`${p}.name`));
    else if (!/^[ -<>-~]+$/.test(ev.name)) {
      errs.push(invalid(`${p}.name`, ev.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    }
    if (ev.valueFrom) {
      const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'].filter((k) => ev.valueFrom[k]);
      if (sources.length === 0) errs.push(invalid(`${p}.valueFrom`, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
      else if (sources.length > 1) errs.push(invalid(`${p}.valueFrom`, '', 'may not have more than one field specified at a time'));
      if (ev.value) errs.push(invalid(`${p}.valueFrom`, '', 'may not be specified when `value` is not empty'));
      for (const ref of ['configMapKeyRef', 'secretKeyRef']) {
        if (ev.valueFrom[ref] && !ev.valueFrom[ref].key) errs.push(required(`${p}.valueFrom.${ref}.key`));
      }
    }
  });
  return errs;
}

function validateVolumeMounts(mounts: Json[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const paths = new Set<string>();
  (mounts ?? []).forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!m.name) errs.push(required(`${p}.name`));
    else if (!volumes.has(m.name)) errs.push(notFound(`${p}.name`, m.name));
    if (!m.mountPath) errs.push(required(`${p}.mountPath`));
    else if (paths.has(m.mountPath)) errs.push(invalid(`${p}.mountPath`, m.mountPath, 'must be unique'));
    else paths.add(m.mountPath);
  });
  return errs;
}

function validateResourceList(list: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const [name, q] of Object.entries(list ?? {})) {
    const p = `${path}[${name}]`;
    if (!name.includes('/') && !STANDARD_CONTAINER_RESOURCES.includes(name) && !name.startsWith('hugepages-')) {
      errs.push(invalid(p, name, 'must be a standard resource for containers'));
    }
    const value = quantityValue(q);
    if (value === undefined) errs.push(invalid(p, quantityText(q), QUANTITY_FORMAT_MESSAGE));
    else if (value < 0) errs.push(invalid(p, quantityText(q), 'must be greater than or equal to 0'));
    else if (name.includes('/') && !Number.isInteger(value)) errs.push(invalid(p, quantityText(q), 'must be an integer'));
  }
  return errs;
}

/** ValidateResourceRequirements: valid names and quantities, requests never above limits. */
export function validateResources(resources: Json, path: string): FieldError[] {
  const limits = resources?.limits ?? {};
  const requests = resources?.requests ?? {};
  const errs = [...validateResourceList(limits, `${path}.limits`), ...validateResourceList(requests, `${path}.requests`)];
  for (const [name, q] of Object.entries(requests)) {
    if (!(name in limits)) continue;
    const req = quantityValue(q);
    const lim = quantityValue(limits[name]);
    if (req === undefined || lim === undefined) continue;
    if (name.startsWith('hugepages-') || name.includes('/')) {
      if (req !== lim) errs.push(invalid(`${path}.requests`, quantityText(q), `must be equal to ${name} limit of ${quantityText(limits[name])}`));
    } else if (req > lim) {
      errs.push(invalid(`${path}.requests`, quantityText(q), `must be less than or equal to ${name} limit of ${quantityText(limits[name])}`));
    }
  }
  return errs;
}

function validateHandler(handler: Json, path: string): FieldError[] {
  const kinds = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((k) => handler?.[k]);
  if (kinds.length === 0) return [required(path, 'must specify a handler type')];
  const errs: FieldError[] = [];
  if (kinds.length > 1) errs.push(forbidden(`${path}.${kinds[1]}`, 'may not specify more than 1 handler type'));
  if (handler.exec && !(handler.exec.command ?? []).length) errs.push(required(`${path}.exec.command`));
  if (handler.httpGet) {
    errs.push(...validatePortNumOrName(handler.httpGet.port, `${path}.httpGet.port`));
    const scheme = handler.httpGet.scheme;
    if (scheme && !['HTTP', 'HTTPS'].includes(scheme)) errs.push(notSupported(`${path}.httpGet.scheme`, scheme, ['HTTP', 'HTTPS']));
  }
  if (handler.tcpSocket) errs.push(...validatePortNumOrName(handler.tcpSocket.port, `${path}.tcpSocket.port`));
  if (handler.grpc && !validPort(handler.grpc.port)) errs.push(invalid(`${path}.grpc.port`, handler.grpc.port ?? 0, PORT_RANGE));
  return errs;
}

function validateProbe(probe: Json, path: string, kind: 'liveness' | 'readiness' | 'startup'): FieldError[] {
  if (!probe) return [];
  const errs = validateHandler(probe, path);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    errs.push(...nonNegative(probe[f], `${path}.${f}`));
  }
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds !== null) {
    if (kind === 'readiness') errs.push(forbidden(`${path}.terminationGracePeriodSeconds`, 'must not be set for readinessProbes'));
    else if (probe.terminationGracePeriodSeconds <= 0) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, probe.terminationGracePeriodSeconds, 'must be greater than 0'));
  }
  if (kind !== 'readiness' && probe.successThreshold !== undefined && probe.successThreshold !== 1) {
    errs.push(invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
  }
  return errs;
}

function validateContainerCommon(c: Json, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(`${path}.name`));
  else for (const msg of dns1123LabelErrors(c.name)) errs.push(invalid(`${path}.name`, c.name, msg));
  if (!c.image) errs.push(required(`${path}.image`));
  const tmp = c.terminationMessagePolicy;
  if (!tmp) errs.push(required(`${path}.terminationMessagePolicy`, "must be 'File' or 'FallbackToLogsOnError'"));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') errs.push(notSupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  errs.push(...validateContainerPorts(c.ports, `${path}.ports`));
  errs.push(...validateEnv(c.env, `${path}.env`));
  errs.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  const pull = c.imagePullPolicy;
  if (!pull) errs.push(required(`${path}.imagePullPolicy`));
  else if (!['Always', 'IfNotPresent', 'Never'].includes(pull)) errs.push(notSupported(`${path}.imagePullPolicy`, pull, ['Always', 'IfNotPresent', 'Never']));
  errs.push(...validateResources(c.resources, `${path}.resources`));
  return errs;
}

function validateContainers(containers: Json[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  if (!Array.isArray(containers) || containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    errs.push(...validateProbe(c.livenessProbe, `${p}.livenessProbe`, 'liveness'));
    errs.push(...validateProbe(c.readinessProbe, `${p}.readinessProbe`, 'readiness'));
    errs.push(...validateProbe(c.startupProbe, `${p}.startupProbe`, 'startup'));
    if (c.restartPolicy !== undefined) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
  return errs;
}

function validateInitContainers(inits: Json[] | undefined, containers: Json[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>((containers ?? []).map((c) => c.name));
  (inits ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.restartPolicy !== undefined && c.restartPolicy !== 'Always') errs.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    const sidecar = c.restartPolicy === 'Always';
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      if (!c[probe]) continue;
      if (!sidecar) errs.push(forbidden(`${p}.${probe}`, 'may not be set for init containers without restartPolicy=Always'));
      else errs.push(...validateProbe(c[probe], `${p}.${probe}`, probe === 'livenessProbe' ? 'liveness' : probe === 'readinessProbe' ? 'readiness' : 'startup'));
    }
  });
  return errs;
}

function validateVolumes(volumes: Json[] | undefined, path: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  (volumes ?? []).forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (!v.name) errs.push(required(`${p}.name`));
    else {
      for (const msg of dns1123LabelErrors(v.name)) errs.push(invalid(`${p}.name`, v.name, msg));
      if (names.has(v.name)) errs.push(duplicate(`${p}.name`, v.name));
      names.add(v.name);
    }
    const sources = Object.keys(v).filter((k) => k !== 'name');
    if (sources.length === 0) errs.push(required(p, 'must specify a volume type'));
    else if (sources.length > 1) errs.push(forbidden(`${p}.${sources[1]}`, 'may not specify more than 1 volume type'));
    if (v.configMap && !v.configMap.name) errs.push(required(`${p}.configMap.name`));
    if (v.secret && !v.secret.secretName) errs.push(required(`${p}.secret.secretName`));
    if (v.persistentVolumeClaim && !v.persistentVolumeClaim.claimName) errs.push(required(`${p}.persistentVolumeClaim.claimName`));
  });
  return { names, errs };
}

function validateTolerations(tolerations: Json[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (t.key) for (const msg of labelKeyErrors(t.key)) errs.push(invalid(`${p}.key`, t.key, msg));
    if (!t.key && t.operator !== 'Exists') {
      errs.push(invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute') {
      errs.push(invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (t.operator === 'Exists' && t.value) errs.push(invalid(`${p}.operator`, t.value, "value must be empty when `operator` is 'Exists'"));
    else if (t.operator && t.operator !== 'Equal' && t.operator !== 'Exists') errs.push(notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    if (t.effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect)) {
      errs.push(notSupported(`${p}.effect`, t.effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']));
    }
  });
  return errs;
}

/** ValidatePodSpec (after defaulting: restartPolicy and dnsPolicy are set unless the user broke them). */
export function validatePodSpec(spec: Json, path: string): FieldError[] {
  if (!spec || typeof spec !== 'object') return [required(`${path}.containers`)];
  const { names: volumes, errs } = validateVolumes(spec.volumes, `${path}.volumes`);
  errs.push(...validateContainers(spec.containers, volumes, `${path}.containers`));
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, volumes, `${path}.initContainers`));
  const rp = spec.restartPolicy;
  if (!rp) errs.push(required(`${path}.restartPolicy`));
  else if (!['Always', 'OnFailure', 'Never'].includes(rp)) errs.push(notSupported(`${path}.restartPolicy`, rp, ['Always', 'OnFailure', 'Never']));
  const dns = spec.dnsPolicy;
  const dnsValues = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (!dns) errs.push(required(`${path}.dnsPolicy`));
  else if (!dnsValues.includes(dns)) errs.push(notSupported(`${path}.dnsPolicy`, dns, dnsValues));
  errs.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
  if (spec.serviceAccountName) {
    for (const msg of dns1123SubdomainErrors(spec.serviceAccountName)) errs.push(invalid(`${path}.serviceAccountName`, spec.serviceAccountName, msg));
  }
  if (spec.nodeName) for (const msg of dns1123SubdomainErrors(spec.nodeName)) errs.push(invalid(`${path}.nodeName`, spec.nodeName, msg));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null && (ads < 1 || ads > 2147483647)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, 'must be between 1 and 2147483647, inclusive'));
  }
  if (spec.hostname) for (const msg of dns1123LabelErrors(spec.hostname)) errs.push(invalid(`${path}.hostname`, spec.hostname, msg));
  if (spec.subdomain) for (const msg of dns1123LabelErrors(spec.subdomain)) errs.push(invalid(`${path}.subdomain`, spec.subdomain, msg));
  errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  return errs;
}

/** ValidatePodTemplateSpec: template labels are reported at `<path>.labels`, as the API server does. */
export function validatePodTemplateSpec(template: Json, path: string): FieldError[] {
  if (!template || typeof template !== 'object') return [required(path)];
  const meta = template.metadata ?? {};
  const errs = [...validateLabels(meta.labels, `${path}.labels`), ...validateAnnotations(meta.annotations, `${path}.annotations`)];
  errs.push(...validatePodSpec(template.spec, `${path}.spec`));
  if ((template.spec?.ephemeralContainers ?? []).length > 0) {
    errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}
