/** Objects as YAML the way `kubectl get -o yaml` shows them (managedFields hidden, 2-space, lists flush). */
import { stringify } from 'yaml';
import type { KObject } from '../../../shared/k8s/types.js';

/** Serialises an object for display or editing; `forEdit` also drops server-owned fields. */
export function toYaml(obj: KObject, forEdit = false): string {
  const { managedFields: _mf, ...metadata } = obj.metadata;
  let copy: KObject = { ...obj, metadata };
  if (forEdit) {
    const { uid: _u, resourceVersion: _r, generation: _g, creationTimestamp: _c, ...meta } = metadata;
    const { status: _s, ...rest } = copy;
    copy = { ...rest, metadata: meta } as KObject;
  }
  return stringify(copy, { indent: 2, indentSeq: false, lineWidth: 0 });
}
