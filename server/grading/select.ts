/** Selecting the objects a check is about, from the live store or from a point in the change log. */
import type { KObject } from '../../shared/k8s/types.js';
import type { Selector } from '../../shared/exercises/schema.js';
import { resolveResource, storageKey } from '../../shared/k8s/resources.js';
import { matchesRequirements, parseLabelSelector } from '../../shared/k8s/selectors.js';
import type { Cluster } from '../sim/cluster.js';

export class SelectorError extends Error {}

/** The storage key of a selector's kind (`Deployment` → `deployments.apps`). */
export function resourceOf(sel: Selector): string {
  const info = resolveResource(sel.kind);
  if (!info || info.virtual) throw new SelectorError(`unknown kind "${sel.kind}"`);
  return storageKey(info);
}

/** Whether an object is one the selector means. */
export function matches(sel: Selector, obj: KObject): boolean {
  if (sel.name && obj.metadata.name !== sel.name) return false;
  if (sel.namespace && obj.metadata.namespace !== sel.namespace) return false;
  if (sel.labelSelector && !matchesRequirements(parseLabelSelector(sel.labelSelector), obj.metadata.labels)) return false;
  return true;
}

export function selectObjects(cluster: Cluster, sel: Selector): KObject[] {
  return cluster.store.list(resourceOf(sel), sel.namespace).filter((o) => matches(sel, o));
}

export function describeSelector(sel: Selector): string {
  const where = [sel.namespace ? `in ${sel.namespace}` : '', sel.labelSelector ? `with labels ${sel.labelSelector}` : ''].filter(Boolean).join(' ');
  return `${sel.kind}${sel.name ? ` "${sel.name}"` : 's'}${where ? ` ${where}` : ''}`;
}
