/** The garbage collector: dependents whose owners are gone are deleted (Background); an owner deleted in
 * the foreground keeps its `foregroundDeletion` finalizer until its blocking dependents are gone; an owner
 * deleted with Orphan has the references to it removed from its dependents before its `orphan` finalizer
 * goes. Dependents are indexed by owner uid, built on first use and then kept up to date from the watch. */
import type { KObject, ObjectMeta, OwnerReference } from '../../../../shared/k8s/types.js';
import { RESOURCES, resourceForKind, storageKey } from '../../../../shared/k8s/resources.js';
import type { Controller, DeleteRequest, SimContext } from '../../controller.js';
import type { Change } from '../../store.js';

export const GARBAGE_COLLECTOR = 'garbage-collector';

const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';

/** Every stored resource that can be an owner or a dependent (events never are). */
const GC_RESOURCES = [...new Set(RESOURCES.filter((r) => !r.virtual).map(storageKey))].filter((r) => r !== 'events');

interface Ref {
  resource: string;
  namespace: string | undefined;
  name: string;
}

const refKey = (r: string, ns: string | undefined, name: string) => `${r}|${ns ?? ''}|${name}`;

function parseRef(key: string): Ref {
  const [resource, ns, name] = key.split('|');
  return { resource, namespace: ns || undefined, name };
}

/** The storage key and namespace an owner reference points at, from a dependent in `namespace`. */
function ownerRef(owner: OwnerReference, namespace: string | undefined): Ref | undefined {
  const info = resourceForKind(owner.apiVersion, owner.kind);
  if (!info) return undefined;
  return { resource: storageKey(info), namespace: info.namespaced ? namespace : undefined, name: owner.name };
}

/** Creates the garbage collector. */
export function garbageCollector(): Controller {
  let index: Map<string, Set<string>> | undefined;

  const track = (resource: string, obj: KObject, change: Change) => {
    if (!index) return;
    const owners = obj.metadata.ownerReferences ?? [];
    const key = refKey(resource, obj.metadata.namespace, obj.metadata.name!);
    for (const o of owners) {
      if (change.type === 'DELETED') index.get(o.uid)?.delete(key);
      else {
        let set = index.get(o.uid);
        if (!set) index.set(o.uid, (set = new Set()));
        set.add(key);
      }
    }
  };

  const ensureIndex = (ctx: SimContext): Map<string, Set<string>> => {
    if (index) return index;
    const built = new Map<string, Set<string>>();
    for (const resource of GC_RESOURCES) {
      for (const obj of ctx.cluster.store.values(resource)) {
        for (const o of obj.metadata.ownerReferences ?? []) {
          let set = built.get(o.uid);
          if (!set) built.set(o.uid, (set = new Set()));
          set.add(refKey(resource, obj.metadata.namespace, obj.metadata.name!));
        }
      }
    }
    return (index = built);
  };

  /** Current dependents of an owner uid (stale index entries are dropped). */
  const dependents = (ctx: SimContext, uid: string): { ref: Ref; obj: KObject; owner: OwnerReference }[] => {
    const set = ensureIndex(ctx).get(uid);
    if (!set) return [];
    const out: { ref: Ref; obj: KObject; owner: OwnerReference }[] = [];
    for (const key of [...set].sort()) {
      const ref = parseRef(key);
      const obj = ctx.get(ref.resource, ref.namespace, ref.name);
      const owner = obj?.metadata.ownerReferences?.find((o) => o.uid === uid);
      if (!obj || !owner) {
        set.delete(key);
        continue;
      }
      out.push({ ref, obj, owner });
    }
    if (set.size === 0) index!.delete(uid);
    return out;
  };

  const attemptToDelete = (ctx: SimContext, ref: Ref, obj: KObject) => {
    if (obj.metadata.deletionTimestamp) return;
    const owners = obj.metadata.ownerReferences ?? [];
    if (owners.length === 0) return;
    const solid: OwnerReference[] = [];
    const dangling: OwnerReference[] = [];
    const waiting: OwnerReference[] = [];
    for (const o of owners) {
      const at = ownerRef(o, obj.metadata.namespace);
      // An owner of a kind this server does not serve cannot be judged: keep the dependent.
      if (!at) {
        solid.push(o);
        continue;
      }
      const owner = ctx.get(at.resource, at.namespace, at.name);
      if (!owner || owner.metadata.uid !== o.uid) dangling.push(o);
      else if (owner.metadata.deletionTimestamp && owner.metadata.finalizers?.includes(FOREGROUND)) waiting.push(o);
      else solid.push(o);
    }
    if (solid.length > 0) {
      const drop = new Set([...dangling, ...waiting].map((o) => o.uid));
      if (drop.size === 0) return;
      ctx.client.update(ref.resource, { ...obj, metadata: { ...obj.metadata, ownerReferences: owners.filter((o) => !drop.has(o.uid)) } });
      return;
    }
    let policy: DeleteRequest['propagationPolicy'] = 'Background';
    if (waiting.length > 0 && dependents(ctx, obj.metadata.uid!).length > 0) policy = 'Foreground';
    else if (obj.metadata.finalizers?.includes(ORPHAN)) policy = 'Orphan';
    else if (obj.metadata.finalizers?.includes(FOREGROUND)) policy = 'Foreground';
    ctx.client.delete(ref.resource, ref.namespace, ref.name, { propagationPolicy: policy });
  };

  const processDeletingOwner = (ctx: SimContext, ref: Ref) => {
    const obj = ctx.get(ref.resource, ref.namespace, ref.name);
    // Namespaces finish through the namespace controller once their content is gone.
    if (!obj || !obj.metadata.deletionTimestamp || ref.resource === 'namespaces') return;
    const finalizers = obj.metadata.finalizers ?? [];
    const uid = obj.metadata.uid!;
    if (finalizers.includes(ORPHAN)) {
      for (const d of dependents(ctx, uid)) {
        const kept = (d.obj.metadata.ownerReferences ?? []).filter((o) => o.uid !== uid);
        const metadata: ObjectMeta = { ...d.obj.metadata, ownerReferences: kept };
        if (kept.length === 0) delete metadata.ownerReferences;
        ctx.client.update(d.ref.resource, { ...d.obj, metadata });
      }
      removeFinalizer(ctx, ref.resource, ctx.get(ref.resource, ref.namespace, ref.name)!, ORPHAN);
      return;
    }
    if (!finalizers.includes(FOREGROUND)) return;
    for (const d of dependents(ctx, uid)) attemptToDelete(ctx, d.ref, d.obj);
    const blocking = dependents(ctx, uid).filter((d) => d.owner.blockOwnerDeletion);
    if (blocking.length === 0) removeFinalizer(ctx, ref.resource, ctx.get(ref.resource, ref.namespace, ref.name)!, FOREGROUND);
  };

  return {
    name: GARBAGE_COLLECTOR,
    watches: GC_RESOURCES.map((resource) => ({
      resource,
      keys: (obj: KObject, change: Change) => {
        track(resource, obj, change);
        const meta = obj.metadata;
        const keys: string[] = [];
        const owners = meta.ownerReferences ?? [];
        if (change.type === 'DELETED') {
          keys.push(`gone|${meta.uid}`);
          // A dependent going away may unblock an owner waiting in the foreground.
          for (const o of owners) {
            const at = ownerRef(o, meta.namespace);
            if (at) keys.push(`owner|${refKey(at.resource, at.namespace, at.name)}`);
          }
          return keys;
        }
        if (owners.length > 0) keys.push(`dep|${refKey(resource, meta.namespace, meta.name!)}`);
        if (meta.deletionTimestamp && (meta.finalizers?.includes(ORPHAN) || meta.finalizers?.includes(FOREGROUND))) {
          keys.push(`owner|${refKey(resource, meta.namespace, meta.name!)}`);
        }
        return keys;
      },
    })),
    reconcile(key, ctx) {
      const sep = key.indexOf('|');
      const kind = key.slice(0, sep);
      const rest = key.slice(sep + 1);
      if (kind === 'gone') {
        for (const d of dependents(ctx, rest)) attemptToDelete(ctx, d.ref, d.obj);
        return;
      }
      const ref = parseRef(rest);
      if (kind === 'owner') return processDeletingOwner(ctx, ref);
      const obj = ctx.get(ref.resource, ref.namespace, ref.name);
      if (obj) attemptToDelete(ctx, ref, obj);
    },
  };
}

function removeFinalizer(ctx: SimContext, resource: string, obj: KObject, finalizer: string): void {
  const finalizers = (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  const metadata: ObjectMeta = { ...obj.metadata, finalizers };
  if (finalizers.length === 0) delete metadata.finalizers;
  ctx.client.update(resource, { ...obj, metadata });
}
