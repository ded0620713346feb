/** core/v1 Service validation (ValidateService, ValidateServiceUpdate). ClusterIP and NodePort allocation
 * happens elsewhere; this checks what the user asked for. */
import type { KObject } from '../../../shared/k8s/types.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../../../shared/k8s/names.js';
import { type FieldError, duplicate, forbidden, invalid, notSupported, required } from './field-error.js';
import { GoRepr, goQuote, goStringSlice } from './go-format.js';
import { nameIsDNS1035Label, validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';
import { validatePortNumOrName } from './pod-spec.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
const IP_MESSAGE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

function isIPv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

function isIP(s: string): boolean {
  return isIPv4(s) || (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s));
}

function headless(spec: Json): boolean {
  return spec.clusterIP === 'None';
}

function externallyAccessible(spec: Json): boolean {
  return spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
}

function goServicePortKey(port: Json): GoRepr {
  return new GoRepr(
    `core.ServicePort{Name:"", Protocol:${goQuote(port.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${port.port ?? 0}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`,
  );
}

function validatePorts(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  const ports: Json[] = spec.ports ?? [];
  const requireName = ports.length > 1;
  const names = new Set<string>();
  ports.forEach((sp, i) => {
    const p = `spec.ports[${i}]`;
    if (requireName && !sp.name) errs.push(required(`${p}.name`));
    else if (sp.name) {
      for (const msg of dns1123LabelErrors(sp.name)) errs.push(invalid(`${p}.name`, sp.name, msg));
      if (names.has(sp.name)) errs.push(duplicate(`${p}.name`, sp.name));
      else names.add(sp.name);
    }
    if (!(Number.isInteger(sp.port) && sp.port >= 1 && sp.port <= 65535)) errs.push(invalid(`${p}.port`, sp.port ?? 0, PORT_RANGE));
    if (!sp.protocol) errs.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(sp.protocol)) errs.push(notSupported(`${p}.protocol`, sp.protocol, PROTOCOLS));
    errs.push(...validatePortNumOrName(sp.targetPort, `${p}.targetPort`));
    if (sp.nodePort) {
      if (spec.type === 'ClusterIP') errs.push(forbidden(`${p}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
      else if (sp.nodePort < NODE_PORT_MIN || sp.nodePort > NODE_PORT_MAX) {
        errs.push(invalid(`${p}.nodePort`, sp.nodePort, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
      }
    }
  });
  const seenNodePorts = new Map<string, boolean>();
  const seenPorts = new Set<string>();
  ports.forEach((sp, i) => {
    const key = `${sp.protocol}/${sp.port}`;
    if (seenPorts.has(key)) errs.push(duplicate(`spec.ports[${i}]`, goServicePortKey(sp)));
    seenPorts.add(key);
    if (!sp.nodePort) return;
    const npKey = `${sp.protocol}/${sp.nodePort}`;
    if (seenNodePorts.has(npKey)) errs.push(duplicate(`spec.ports[${i}].nodePort`, sp.nodePort));
    seenNodePorts.set(npKey, true);
  });
  return errs;
}

function validateSpec(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  const type = spec.type;
  if (!TYPES.includes(type)) errs.push(notSupported('spec.type', type ?? '', TYPES));
  if ((spec.ports ?? []).length === 0 && !headless(spec) && type !== 'ExternalName') errs.push(required('spec.ports'));
  if (type === 'ExternalName') {
    if (spec.clusterIP) errs.push(forbidden('spec.clusterIP', 'may not be set for ExternalName services'));
    const en = spec.externalName ?? '';
    if (!en) errs.push(required('spec.externalName'));
    else for (const msg of dns1123SubdomainErrors(en.replace(/\.$/, ''))) errs.push(invalid('spec.externalName', en, msg));
  } else if (spec.clusterIP && spec.clusterIP !== 'None' && !isIP(spec.clusterIP)) {
    errs.push(invalid('spec.clusterIPs[0]', spec.clusterIP, IP_MESSAGE));
  } else if (headless(spec) && (type === 'NodePort' || type === 'LoadBalancer')) {
    errs.push(invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`));
  }
  errs.push(...validatePorts(spec));
  errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const aff = spec.sessionAffinity;
  if (!aff) errs.push(required('spec.sessionAffinity'));
  else if (aff !== 'ClientIP' && aff !== 'None') errs.push(notSupported('spec.sessionAffinity', aff, ['ClientIP', 'None']));
  const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds;
  if (aff === 'ClientIP' && typeof timeout === 'number' && (timeout <= 0 || timeout > 86400)) {
    errs.push(invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400'));
  }
  (spec.externalIPs ?? []).forEach((ip: string, i: number) => {
    if (!isIP(ip)) errs.push(invalid(`spec.externalIPs[${i}]`, ip, IP_MESSAGE));
  });
  const etp = spec.externalTrafficPolicy;
  if (!externallyAccessible(spec)) {
    if (etp) errs.push(invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (!etp) errs.push(required('spec.externalTrafficPolicy'));
  else if (etp !== 'Cluster' && etp !== 'Local') errs.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if (itp !== undefined && itp !== 'Cluster' && itp !== 'Local') errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  if (spec.healthCheckNodePort && !(type === 'LoadBalancer' && etp === 'Local')) {
    errs.push(invalid('spec.healthCheckNodePort', spec.healthCheckNodePort, 'may only be set when `type` is \'LoadBalancer\' and `externalTrafficPolicy` is \'Local\''));
  }
  return errs;
}

/** Validates a Service; on update allocated cluster IPs may not change (unless to or from ExternalName). */
export function validateService(obj: KObject, old: KObject | undefined): FieldError[] {
  const spec = obj.spec ?? {};
  if (!old) return [...validateObjectMeta(obj.metadata, true, nameIsDNS1035Label), ...validateSpec(spec)];
  const errs = [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateSpec(spec)];
  const oldSpec = old.spec ?? {};
  const eitherExternalName = spec.type === 'ExternalName' || oldSpec.type === 'ExternalName';
  const oldIPs: string[] = oldSpec.clusterIPs ?? (oldSpec.clusterIP ? [oldSpec.clusterIP] : []);
  const newIPs: string[] = spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : []);
  // An update that leaves the IPs out keeps the allocated ones; only an explicit different IP is a change.
  if (!eitherExternalName && newIPs.length > 0) {
    oldIPs.forEach((ip, i) => {
      if (newIPs[i] !== undefined && newIPs[i] !== ip) errs.push(invalid(`spec.clusterIPs[${i}]`, goStringSlice(newIPs), 'may not change once set'));
    });
  }
  return errs;
}
