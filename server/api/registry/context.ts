/** What every registry operation works on: the cluster, the resource and the request's options. */
import type { ResourceInfo } from '../../../shared/k8s/resources.js';
import type { Cluster } from '../../sim/cluster.js';

export interface Scope {
  info: ResourceInfo;
  /** Namespace from the path (namespaced resources). */
  namespace?: string;
  name?: string;
  subresource?: string;
}

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
  fieldValidation?: FieldValidation;
  force?: boolean;
}

/** Result of a write: the object, and warnings for the `Warning` response header. */
export interface WriteResult {
  object: import('../../../shared/k8s/types.js').KObject;
  created?: boolean;
  warnings: string[];
}

export interface RegistryContext {
  cluster: Cluster;
}
