/** The field selector labels each resource supports, as the real API server registers them; any other
 * field is a 400 BadRequest rather than a silently empty list. */
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import { errors } from '../k8s/status.js';

const META = ['metadata.name', 'metadata.namespace'];

/** Core kinds with their own conversion functions (pkg/apis/core/v1): exact lists, older error wording. */
const CORE: Record<string, string[]> = {
  pods: [
    ...META, 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork',
    'status.phase', 'status.podIP', 'status.podIPs', 'status.nominatedNodeName',
  ],
  events: [
    ...META, 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid', 'involvedObject.apiVersion',
    'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type',
  ],
  nodes: ['metadata.name', 'spec.unschedulable'],
  namespaces: ['metadata.name', 'status.phase'],
  secrets: [...META, 'type'],
  services: [...META, 'spec.clusterIP', 'spec.type'],
};

/** Other kinds: metadata plus a few registered extras. */
const EXTRA: Record<string, string[]> = {
  'replicasets.apps': ['status.replicas'],
  'jobs.batch': ['status.successful'],
};

/** Throws BadRequest when a field selector names a field the resource cannot be selected by. */
export function checkFieldLabels(info: Pick<ResourceInfo, 'group' | 'resource'>, fields: string[]): void {
  const key = info.group ? `${info.resource}.${info.group}` : info.resource;
  const core = CORE[key];
  const allowed = core ?? [...META, ...(EXTRA[key] ?? [])];
  for (const field of fields) {
    if (allowed.includes(field)) continue;
    if (core) throw errors.badRequest(`field label not supported: ${field}`);
    throw errors.badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
  }
}
