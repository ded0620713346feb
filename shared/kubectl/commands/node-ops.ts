/** kubectl cordon, uncordon, drain and taint. */
import { findResource } from '../../k8s/resources';
import type { KObject } from '../../k8s/types';
import { call, getOptional, resourcePath } from '../api';
import { CommandError, formatError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag } from '../parse';

const nodes = () => findResource('', 'v1', 'nodes')!;
const pods = () => findResource('', 'v1', 'pods')!;

async function setUnschedulable(inv: Invocation, name: string, value: boolean): Promise<void> {
  const node = await call(inv.client, { method: 'GET', path: resourcePath(nodes(), undefined, name) });
  const verb = value ? 'cordoned' : 'uncordoned';
  if ((node.spec?.unschedulable === true) === value) {
    inv.io.stdout(`node/${name} already ${verb}\n`);
    return;
  }
  await call(inv.client, {
    method: 'PATCH',
    path: resourcePath(nodes(), undefined, name),
    body: { spec: { unschedulable: value ? true : null } },
    contentType: 'application/strategic-merge-patch+json',
  });
  inv.io.stdout(`node/${name} ${verb}\n`);
}

function requireNodes(inv: Invocation, verb: string): string[] {
  if (inv.args.length === 0) throw new CommandError(`USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  return inv.args.map((a) => (a.startsWith('node/') || a.startsWith('nodes/') ? a.slice(a.indexOf('/') + 1) : a));
}

/** Runs `kubectl cordon`. */
export async function cordon(inv: Invocation): Promise<number> {
  for (const n of requireNodes(inv, 'cordon')) await setUnschedulable(inv, n, true);
  return 0;
}

/** Runs `kubectl uncordon`. */
export async function uncordon(inv: Invocation): Promise<number> {
  for (const n of requireNodes(inv, 'uncordon')) await setUnschedulable(inv, n, false);
  return 0;
}

const podRef = (p: KObject) => `${p.metadata.namespace}/${p.metadata.name}`;

/** Runs `kubectl drain`: cordon, then evict every pod the filters allow and wait for them to go. */
export async function drain(inv: Invocation): Promise<number> {
  const ignoreDs = boolFlag(inv.parsed, 'ignore-daemonsets');
  const deleteEmptyDir = boolFlag(inv.parsed, 'delete-emptydir-data');
  const force = boolFlag(inv.parsed, 'force');
  for (const name of requireNodes(inv, 'drain')) {
    await setUnschedulable(inv, name, true);
    const list = await call(inv.client, { method: 'GET', path: resourcePath(pods()), query: { fieldSelector: `spec.nodeName=${name}` } });
    const all: KObject[] = (list.items ?? []).filter((p: KObject) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    const daemon = all.filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.kind === 'DaemonSet'));
    const mirror = all.filter((p) => p.metadata.annotations?.['kubernetes.io/config.mirror']);
    const unmanaged = all.filter((p) => !p.metadata.ownerReferences?.some((r) => r.controller) && !mirror.includes(p));
    const emptyDir = all.filter((p) => (p.spec?.volumes ?? []).some((v: { emptyDir?: unknown }) => v.emptyDir) && !daemon.includes(p));
    const problems: string[] = [];
    if (daemon.length && !ignoreDs) problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map(podRef).join(', ')}`);
    if (unmanaged.length && !force) problems.push(`cannot delete Pods that declare no controller (use --force to override): ${unmanaged.map(podRef).join(', ')}`);
    if (emptyDir.length && !deleteEmptyDir) problems.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${emptyDir.map(podRef).join(', ')}`);
    if (problems.length) {
      inv.io.stderr(`error: unable to drain node "${name}" due to error: [${problems.join(', ')}], continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.map((p) => `${p}\n`).join('')}`);
      return 1;
    }
    const warnings: string[] = [];
    if (daemon.length) warnings.push(`ignoring DaemonSet-managed Pods: ${daemon.map(podRef).join(', ')}`);
    if (unmanaged.length) warnings.push(`deleting Pods that declare no controller: ${unmanaged.map(podRef).join(', ')}`);
    if (warnings.length) inv.io.stderr(`Warning: ${warnings.join('; ')}\n`);
    const victims = all.filter((p) => !daemon.includes(p) && !mirror.includes(p));
    for (const p of victims) {
      inv.io.stdout(`evicting pod ${podRef(p)}\n`);
      try {
        await call(inv.client, {
          method: 'POST',
          path: resourcePath(pods(), p.metadata.namespace, p.metadata.name, 'eviction'),
          body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: p.metadata.name, namespace: p.metadata.namespace } },
        });
      } catch (err) {
        inv.io.stderr(formatError(err));
        return 1;
      }
    }
    for (const p of victims) {
      await waitPodGone(inv, p);
      inv.io.stdout(`pod/${p.metadata.name} evicted\n`);
    }
    inv.io.stdout(`node/${name} drained\n`);
  }
  return 0;
}

async function waitPodGone(inv: Invocation, p: KObject): Promise<void> {
  while (!inv.io.signal?.aborted) {
    const cur = await getOptional(inv.client, resourcePath(pods(), p.metadata.namespace, p.metadata.name));
    if (!cur || cur.metadata.uid !== p.metadata.uid) return;
    const controller = new AbortController();
    inv.io.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    let gone = false;
    await inv.client.watch(
      { method: 'GET', path: resourcePath(pods(), p.metadata.namespace), query: { fieldSelector: `metadata.name=${p.metadata.name}`, resourceVersion: cur.metadata.resourceVersion ?? '' } },
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

interface Taint {
  key: string;
  value?: string;
  effect: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Runs `kubectl taint nodes NAME key=value:Effect | key:Effect- | key-`. */
export async function taint(inv: Invocation): Promise<number> {
  const [type, name, ...specs] = inv.args;
  if (!type || !['node', 'nodes', 'no'].includes(type.split('/')[0])) throw new CommandError('at least one taint update is required');
  const nodeName = type.includes('/') ? type.split('/')[1] : name;
  const specList = type.includes('/') ? [name, ...specs].filter(Boolean) : specs;
  if (!nodeName || specList.length === 0) throw new CommandError('at least one taint update is required');
  const add: Taint[] = [];
  const remove: { key: string; effect?: string }[] = [];
  if (specList.some((s) => !s.includes(':') && !s.endsWith('-'))) throw new CommandError('at least one taint update is required');
  for (const s of specList) {
    if (s.endsWith('-')) {
      const [key, effect] = s.slice(0, -1).split(':');
      remove.push({ key, effect });
      continue;
    }
    const m = /^([^=:]+)(?:=([^:]*))?:(.+)$/.exec(s);
    if (!m) throw new CommandError(`invalid taint spec: ${s}, unknown taint spec format`);
    if (!EFFECTS.includes(m[3])) throw new CommandError(`invalid taint spec: ${s}, invalid taint effect: ${m[3]}, unsupported taint effect`);
    add.push({ key: m[1], ...(m[2] ? { value: m[2] } : {}), effect: m[3] });
  }
  const path = resourcePath(nodes(), undefined, nodeName);
  const node = await call(inv.client, { method: 'GET', path });
  let taints: Taint[] = [...(node.spec?.taints ?? [])];
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
    if (taints.length === before) throw new CommandError(`taint "${r.key}${r.effect ? `:${r.effect}` : ''}" not found`);
  }
  for (const a of add) {
    const existing = taints.findIndex((t) => t.key === a.key && t.effect === a.effect);
    if (existing >= 0) {
      if (!boolFlag(inv.parsed, 'overwrite')) throw new CommandError(`node ${nodeName} already has ${a.key} taint(s) with same effect(s) and --overwrite is false`);
      taints[existing] = a;
    } else taints.push(a);
  }
  await call(inv.client, { method: 'PATCH', path, body: { spec: { taints } }, contentType: 'application/strategic-merge-patch+json' });
  inv.io.stdout(`node/${nodeName} ${add.length > 0 ? (remove.length > 0 ? 'modified' : 'tainted') : 'untainted'}\n`);
  return 0;
}
