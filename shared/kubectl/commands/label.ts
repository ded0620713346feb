/** kubectl label and annotate: merge patches of metadata.labels / metadata.annotations. */
import type { ResourceInfo } from '../../k8s/resources';
import type { KObject } from '../../k8s/types';
import { call, kindPrefix, resourceNameArgs, resourcePath } from '../api';
import { CommandError, formatError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag, flag } from '../parse';

type Field = 'labels' | 'annotations';

function parseChanges(args: string[], field: Field): { set: Record<string, string>; remove: string[]; resources: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const resources: string[] = [];
  // kubectl's rule: anything with '=' or a trailing '-' is a change, the rest names resources.
  for (const a of args) {
    if (a.includes('=')) {
      const eq = a.indexOf('=');
      set[a.slice(0, eq)] = a.slice(eq + 1);
    } else if (a.endsWith('-')) remove.push(a.slice(0, -1));
    else resources.push(a);
  }
  if (Object.keys(set).length === 0 && remove.length === 0) {
    throw new CommandError(`at least one ${field === 'labels' ? 'label' : 'annotation'} update is required`);
  }
  return { set, remove, resources };
}

async function targets(inv: Invocation, resources: string[]): Promise<{ info: ResourceInfo; obj: KObject }[]> {
  const out: { info: ResourceInfo; obj: KObject }[] = [];
  const selector = flag(inv.parsed, 'selector');
  for (const { info, names } of resourceNameArgs(resources)) {
    const ns = info.namespaced ? inv.namespace : undefined;
    if (names.length === 0) {
      if (!selector && !boolFlag(inv.parsed, 'all')) throw new CommandError('resource(s) were provided, but no name was specified');
      const list = await call(inv.client, { method: 'GET', path: resourcePath(info, ns), query: selector ? { labelSelector: selector } : {} });
      for (const obj of list.items ?? []) out.push({ info, obj });
    }
    for (const name of names) out.push({ info, obj: await call(inv.client, { method: 'GET', path: resourcePath(info, ns, name) }) });
  }
  return out;
}

/** Shared body of label and annotate. */
async function update(inv: Invocation, field: Field): Promise<number> {
  const { set, remove, resources } = parseChanges(inv.args, field);
  const overwrite = boolFlag(inv.parsed, 'overwrite');
  let failed = false;
  for (const { info, obj } of await targets(inv, resources)) {
    const name = obj.metadata.name;
    try {
      const current = (obj.metadata[field] ?? {}) as Record<string, string>;
      if (!overwrite) {
        for (const [k, v] of Object.entries(set)) {
          if (k in current && current[k] !== v) {
            throw new CommandError(`'${k}' already has a value (${current[k]}), and --overwrite is false`);
          }
        }
      }
      const patch: Record<string, string | null> = { ...set };
      for (const k of remove) patch[k] = null;
      const changed = Object.entries(set).some(([k, v]) => current[k] !== v) || remove.some((k) => k in current);
      if (changed) {
        await call(inv.client, {
          method: 'PATCH',
          path: resourcePath(info, obj.metadata.namespace, name),
          body: { metadata: { [field]: patch } },
          contentType: 'application/merge-patch+json',
        });
      }
      if (field === 'labels') {
        const verb = !changed ? 'not labeled' : Object.keys(set).length === 0 ? 'unlabeled' : 'labeled';
        inv.io.stdout(`${kindPrefix(info)}/${name} ${verb}\n`);
      } else {
        inv.io.stdout(`${kindPrefix(info)}/${name} annotated\n`);
      }
    } catch (err) {
      failed = true;
      inv.io.stderr(formatError(err));
    }
  }
  return failed ? 1 : 0;
}

/** Runs `kubectl label`. */
export function label(inv: Invocation): Promise<number> {
  return update(inv, 'labels');
}

/** Runs `kubectl annotate`. */
export function annotate(inv: Invocation): Promise<number> {
  return update(inv, 'annotations');
}
