/** kubectl delete: by name, -f, -l, --all; prints 'pod "x" deleted' and waits for the object to be gone. */
import type { ResourceInfo } from '../../k8s/resources';
import { call, getOptional, mustResolveKind, resourceNameArgs, resourcePath } from '../api';
import { ApiError, CommandError, formatError } from '../errors';
import type { Invocation } from '../invocation';
import { readFilenames } from '../manifests';
import { boolFlag, flag, listFlag } from '../parse';
import { dryRunOf, dryRunSuffix, manifestNamespace } from '../write-helpers';

interface Victim {
  info: ResourceInfo;
  namespace?: string;
  name: string;
}

const NO_ARGS =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

function kindName(info: ResourceInfo): string {
  return info.group ? `${info.kind.toLowerCase()}.${info.group}` : info.kind.toLowerCase();
}

async function victims(inv: Invocation): Promise<Victim[]> {
  if (listFlag(inv.parsed, 'filename').length > 0) {
    return readFilenames(inv).map(({ obj }) => {
      const info = mustResolveKind(obj.apiVersion, obj.kind);
      return { info, namespace: manifestNamespace(inv, info, obj), name: obj.metadata.name! };
    });
  }
  if (inv.args.length === 0) throw new CommandError(NO_ARGS);
  const all = boolFlag(inv.parsed, 'all');
  const selector = flag(inv.parsed, 'selector');
  const fieldSelector = flag(inv.parsed, 'field-selector');
  const allNs = boolFlag(inv.parsed, 'all-namespaces');
  const out: Victim[] = [];
  for (const { info, names } of resourceNameArgs(inv.args)) {
    const ns = info.namespaced ? inv.namespace : undefined;
    if (names.length > 0) {
      out.push(...names.map((name) => ({ info, namespace: ns, name })));
      continue;
    }
    if (!all && !selector && !fieldSelector) throw new CommandError('resource(s) were provided, but no name was specified');
    const query: Record<string, string> = {};
    if (selector) query.labelSelector = selector;
    if (fieldSelector) query.fieldSelector = fieldSelector;
    const list = await call(inv.client, { method: 'GET', path: resourcePath(info, allNs ? undefined : ns), query });
    for (const item of list.items ?? []) out.push({ info, namespace: item.metadata.namespace, name: item.metadata.name });
  }
  return out;
}

/** Waits until a deleted object is gone, as `kubectl delete --wait` does. */
async function waitGone(inv: Invocation, v: Victim): Promise<void> {
  for (;;) {
    if (inv.io.signal?.aborted) return;
    const obj = await getOptional(inv.client, resourcePath(v.info, v.namespace, v.name));
    if (!obj) return;
    const controller = new AbortController();
    inv.io.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    let gone = false;
    await inv.client.watch(
      { method: 'GET', path: resourcePath(v.info, v.namespace), query: { fieldSelector: `metadata.name=${v.name}`, resourceVersion: obj.metadata.resourceVersion ?? '' } },
      (ev) => {
        if (ev.type === 'DELETED') {
          gone = true;
          controller.abort();
        }
      },
      controller.signal,
    );
    if (gone) return;
  }
}

/** Runs `kubectl delete`. */
export async function deleteCommand(inv: Invocation): Promise<number> {
  const dryRun = dryRunOf(inv);
  const force = boolFlag(inv.parsed, 'force');
  const now = boolFlag(inv.parsed, 'now');
  const grace = now ? '1' : flag(inv.parsed, 'grace-period');
  const cascade = flag(inv.parsed, 'cascade') ?? 'background';
  const wait = (flag(inv.parsed, 'wait') ?? 'true') !== 'false';
  const list = await victims(inv);
  if (list.length === 0) {
    inv.io.stdout('No resources found\n');
    return 0;
  }
  if (force && grace === '0') {
    inv.io.stderr('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const policy: Record<string, string> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan', true: 'Background', false: 'Orphan' };
  if (!policy[cascade]) throw new CommandError(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"`);
  const body: Record<string, unknown> = { propagationPolicy: policy[cascade] };
  if (grace !== undefined && Number(grace) >= 0) body.gracePeriodSeconds = Number(grace);
  let failed = false;
  const deleted: Victim[] = [];
  for (const v of list) {
    try {
      if (dryRun !== 'client') {
        await call(inv.client, { method: 'DELETE', path: resourcePath(v.info, v.namespace, v.name), body, query: dryRun === 'server' ? { dryRun: 'All' } : undefined });
      }
      if (flag(inv.parsed, 'output') === 'name') inv.io.stdout(`${kindName(v.info)}/${v.name}\n`);
      else inv.io.stdout(`${kindName(v.info)} "${v.name}" ${force && grace === '0' ? 'force deleted' : 'deleted'}${dryRunSuffix(dryRun)}\n`);
      deleted.push(v);
    } catch (err) {
      if (boolFlag(inv.parsed, 'ignore-not-found') && err instanceof ApiError && err.httpStatus === 404) continue;
      failed = true;
      inv.io.stderr(formatError(err));
    }
  }
  if (wait && dryRun === 'none' && !(force && grace === '0')) {
    for (const v of deleted) await waitGone(inv, v);
  }
  return failed ? 1 : 0;
}
