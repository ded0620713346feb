/** core/v1 Endpoints and discovery.k8s.io/v1 EndpointSlice validation: addresses and ports. */
import type { KObject } from '../../../shared/k8s/types.js';
import { dns1123LabelErrors } from '../../../shared/k8s/names.js';
import { type FieldError, invalid, notSupported, required, tooMany } from './field-error.js';
import { nameIsDNSSubdomain, validateObjectMeta, validateObjectMetaUpdate } from './object-meta.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PORT_RANGE = 'must be between 1 and 65535, inclusive';

function validatePorts(ports: Json[] | undefined, path: string, requireName: boolean): FieldError[] {
  const errs: FieldError[] = [];
  (ports ?? []).forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (requireName && !port.name) errs.push(required(`${p}.name`));
    else if (port.name) for (const msg of dns1123LabelErrors(port.name)) errs.push(invalid(`${p}.name`, port.name, msg));
    if (port.port !== undefined && !(port.port >= 1 && port.port <= 65535)) errs.push(invalid(`${p}.port`, port.port, PORT_RANGE));
    if (port.protocol !== undefined && !PROTOCOLS.includes(port.protocol)) errs.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return errs;
}

/** Validates an Endpoints object. */
export function validateEndpoints(obj: KObject, old: KObject | undefined): FieldError[] {
  const errs = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  (obj.subsets ?? []).forEach((subset: Json, i: number) => {
    const p = `subsets[${i}]`;
    const addresses = [...(subset.addresses ?? []), ...(subset.notReadyAddresses ?? [])];
    if (addresses.length === 0 && (subset.ports ?? []).length > 0) errs.push(required(`${p}`, 'must specify `addresses` or `notReadyAddresses`'));
    (subset.addresses ?? []).forEach((a: Json, j: number) => {
      if (!a.ip) errs.push(required(`${p}.addresses[${j}].ip`));
    });
    errs.push(...validatePorts(subset.ports, `${p}.ports`, (subset.ports ?? []).length > 1));
  });
  return errs;
}

/** Validates an EndpointSlice; its addressType may never change. */
export function validateEndpointSlice(obj: KObject, old: KObject | undefined): FieldError[] {
  const errs = old ? validateObjectMetaUpdate(obj.metadata, old.metadata) : validateObjectMeta(obj.metadata, true, nameIsDNSSubdomain);
  const types = ['FQDN', 'IPv4', 'IPv6'];
  if (!obj.addressType) errs.push(required('addressType'));
  else if (!types.includes(obj.addressType)) errs.push(notSupported('addressType', obj.addressType, types));
  if (old && old.addressType !== obj.addressType) errs.push(invalid('addressType', obj.addressType ?? '', 'field is immutable'));
  (obj.endpoints ?? []).forEach((ep: Json, i: number) => {
    const n = (ep.addresses ?? []).length;
    if (n === 0) errs.push(required(`endpoints[${i}].addresses`, 'must contain at least 1 address'));
    else if (n > 100) errs.push(tooMany(`endpoints[${i}].addresses`, n, 100));
  });
  errs.push(...validatePorts(obj.ports, 'ports', false));
  return errs;
}
