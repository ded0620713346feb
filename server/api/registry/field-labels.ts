/** The field selector labels each resource supports, as the real API server registers them; any other
 * field is a 400 BadRequest rather than a silently empty list. */
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { errors } from '../k8s/status.js';

const META = ['metadata.name', 'metadata.namespace'];

const EXTRA: Record<string, string[]> = {
  pods: [
    'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork',
    'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName',
  ],
  events: [
    'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion',
    'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type',
  ],
  nodes: ['spec.unschedulable'],
  namespaces: ['status.phase'],
  secrets: ['type'],
  services: ['spec.clusterIP', 'spec.type'],
  'replicasets.apps': ['status.replicas'],
  'jobs.batch': ['status.successful'],
};

/** Core kinds with legacy conversion functions answer in their older wording. */
const LEGACY_WORDING = new Set(['pods', 'events', 'nodes', 'namespaces', 'secrets']);

/** Throws BadRequest when a field selector names a field the resource cannot be selected by. */
export function checkFieldLabels(info: Pick<ResourceInfo, 'group' | 'resource'>, fields: string[]): void {
  const key = info.group ? `${info.resource}.${info.group}` : info.resource;
  const allowed = [...META, ...(EXTRA[key] ?? [])];
  for (const field of fields) {
    if (allowed.includes(field)) continue;
    if (LEGACY_WORDING.has(key)) throw errors.badRequest(`field label not supported: ${field}`);
    throw errors.badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
  }
}
