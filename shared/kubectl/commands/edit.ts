/** kubectl edit: the object as YAML in the editor, then a merge patch of what changed. */
import { parse } from 'yaml';
import type { KObject } from '../../k8s/types';
import { call, kindPrefix, resourceNameArgs, resourcePath } from '../api';
import { threeWayPatch } from '../apply-patch';
import { CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { stripManagedFields } from '../printers/objects';
import { toYaml } from '../printers/yaml-json';

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n#\n';

/** Runs `kubectl edit`. */
export async function edit(inv: Invocation): Promise<number> {
  if (!inv.io.openEditor) throw new CommandError('no editor is available in this terminal');
  const targets = resourceNameArgs(inv.args);
  if (targets.length === 0 || targets.some((t) => t.names.length === 0)) throw new CommandError('You must provide one or more resources by argument or filename.');
  for (const { info, names } of targets) {
    for (const name of names) {
      const path = resourcePath(info, inv.namespace, name);
      const original: KObject = stripManagedFields(await call(inv.client, { method: 'GET', path }));
      const text = await inv.io.openEditor(HEADER + toYaml(original));
      const body = text === null ? '' : text.split('\n').filter((l) => !l.startsWith('#')).join('\n').trim();
      if (!body) {
        inv.io.stderr('Edit cancelled, no changes made.\n');
        continue;
      }
      let edited: KObject;
      try {
        edited = parse(body);
      } catch (err) {
        throw new CommandError(`error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      const patch = threeWayPatch(original, edited, original);
      if (Object.keys(patch).length === 0) {
        inv.io.stderr('Edit cancelled, no changes made.\n');
        continue;
      }
      await call(inv.client, { method: 'PATCH', path, body: patch, contentType: 'application/strategic-merge-patch+json', query: { fieldManager: 'kubectl-edit', fieldValidation: 'Strict' } });
      inv.io.stdout(`${kindPrefix(info)}/${name} edited\n`);
    }
  }
  return 0;
}
