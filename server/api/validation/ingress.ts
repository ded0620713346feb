/** networking.k8s.io/v1 Ingress validation (ValidateIngressCreate, ValidateIngressUpdate). */
import type { KObject } from '../../../shared/k8s/types.js';
import { dns1035LabelErrors, dns1123SubdomainErrors, portNameErrors } from '../../../shared/k8s/names.js';
import { type FieldError, invalid, notSupported, required } from './field-error.js';
import { GoRepr, goQuote } from './go-format.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

function validateBackend(backend: Json, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (backend?.service && backend?.resource) return [invalid(path, '', 'cannot set both resource and service backends')];
  if (!backend?.service && !backend?.resource) return [invalid(path, '', 'one of `resource` or `service` must be specified')];
  const svc = backend.service;
  if (!svc) return errs;
  if (!svc.name) errs.push(required(`${path}.service.name`));
  else for (const msg of dns1035LabelErrors(svc.name)) errs.push(invalid(`${path}.service.name`, svc.name, msg));
  const port = svc.port ?? {};
  const p = `${path}.service.port`;
  if (port.name && port.number) {
    errs.push(invalid(p, new GoRepr(`networking.ServiceBackendPort{Name:${goQuote(port.name)}, Number:${port.number}}`), 'cannot set both port name & port number'));
  } else if (port.name) {
    for (const msg of portNameErrors(port.name)) errs.push(invalid(`${p}.name`, port.name, msg));
  } else if (port.number) {
    if (!(port.number >= 1 && port.number <= 65535)) errs.push(invalid(`${p}.number`, port.number, 'must be between 1 and 65535, inclusive'));
  } else {
    errs.push(required(p, 'port name or number is required'));
  }
  return errs;
}

function validateHost(host: string, path: string): FieldError[] {
  if (/^[0-9.]+$/.test(host) || host.includes(':')) return [invalid(path, host, 'must be a DNS name, not an IP address')];
  if (host.startsWith('*.')) {
    const rest = host.slice(2);
    const msgs = dns1123SubdomainErrors(rest);
    return msgs.length
      ? [
          invalid(
            path,
            host,
            "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
          ),
        ]
      : [];
  }
  return dns1123SubdomainErrors(host).map((msg) => invalid(path, host, msg));
}

function validateSpec(spec: Json): FieldError[] {
  const errs: FieldError[] = [];
  const rules: Json[] = spec.rules ?? [];
  if (rules.length === 0 && !spec.defaultBackend) errs.push(invalid('spec', new GoRepr('[]networking.IngressRule(nil)'), 'either `defaultBackend` or `rules` must be specified'));
  if (spec.defaultBackend) errs.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((rule, i) => {
    const p = `spec.rules[${i}]`;
    if (rule.host) errs.push(...validateHost(rule.host, `${p}.host`));
    if (!rule.http) return;
    const paths: Json[] = rule.http.paths ?? [];
    if (paths.length === 0) errs.push(required(`${p}.http.paths`));
    paths.forEach((hp, j) => {
      const pp = `${p}.http.paths[${j}]`;
      if (!hp.pathType) errs.push(required(`${pp}.pathType`, 'pathType must be specified'));
      else if (!PATH_TYPES.includes(hp.pathType)) errs.push(notSupported(`${pp}.pathType`, hp.pathType, PATH_TYPES));
      if ((hp.pathType === 'Exact' || hp.pathType === 'Prefix') && !String(hp.path ?? '').startsWith('/')) {
        errs.push(invalid(`${pp}.path`, hp.path ?? '', 'must be an absolute path'));
      }
      errs.push(...validateBackend(hp.backend, `${pp}.backend`));
    });
  });
  if (spec.ingressClassName) for (const msg of dns1123SubdomainErrors(spec.ingressClassName)) errs.push(invalid('spec.ingressClassName', spec.ingressClassName, msg));
  return errs;
}

/** Validates an Ingress. */
export function validateIngress(obj: KObject, old: KObject | undefined): FieldError[] {
  const meta = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  return [...meta, ...validateSpec(obj.spec ?? {})];
}
