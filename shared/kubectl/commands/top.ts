/** kubectl top pods|nodes from metrics.k8s.io. */
import { findResource } from '../../k8s/resources';
import { cpuMillis, memoryBytes } from '../../k8s/quantity';
import type { KObject } from '../../k8s/types';
import { call, resourcePath } from '../api';
import { ApiError, CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag, flag } from '../parse';
import { tableWriter } from '../tabwriter';

const cpu = (q: string | undefined) => `${cpuMillis(q)}m`;
const mem = (q: string | undefined) => `${Math.floor(memoryBytes(q) / (1024 * 1024))}Mi`;

async function metrics(inv: Invocation, resource: string, namespace?: string, name?: string): Promise<KObject[]> {
  const info = findResource('metrics.k8s.io', 'v1beta1', resource)!;
  try {
    const body = await call(inv.client, { method: 'GET', path: resourcePath(info, namespace, name), query: flag(inv.parsed, 'selector') ? { labelSelector: flag(inv.parsed, 'selector')! } : undefined });
    return name ? [body] : (body.items ?? []);
  } catch (err) {
    if (err instanceof ApiError && err.httpStatus === 404 && !name) throw new CommandError('Metrics API not available');
    throw err;
  }
}

/** Runs `kubectl top`. */
export async function top(inv: Invocation): Promise<number> {
  const [sub, name] = inv.args;
  const w = tableWriter();
  const noHeaders = boolFlag(inv.parsed, 'no-headers');
  if (sub === 'node' || sub === 'nodes' || sub === 'no') {
    const items = await metrics(inv, 'nodes', undefined, name);
    const nodeList = await call(inv.client, { method: 'GET', path: resourcePath(findResource('', 'v1', 'nodes')!) });
    if (!noHeaders) w.write('NAME\tCPU(cores)\tCPU(%)\tMEMORY(bytes)\tMEMORY(%)\t\n');
    for (const m of items) {
      const node = (nodeList.items ?? []).find((n: KObject) => n.metadata.name === m.metadata.name);
      const alloc = node?.status?.allocatable ?? {};
      const cpuPct = Math.trunc((cpuMillis(m.usage?.cpu) / Math.max(1, cpuMillis(alloc.cpu))) * 100);
      const memPct = Math.trunc((memoryBytes(m.usage?.memory) / Math.max(1, memoryBytes(alloc.memory))) * 100);
      w.write(`${m.metadata.name}\t${cpu(m.usage?.cpu)}\t${cpuPct}%\t${mem(m.usage?.memory)}\t${memPct}%\t\n`);
    }
    inv.io.stdout(w.flush());
    return 0;
  }
  if (sub === 'pod' || sub === 'pods' || sub === 'po') {
    const all = boolFlag(inv.parsed, 'all-namespaces');
    const items = await metrics(inv, 'pods', all ? undefined : inv.namespace, name);
    if (items.length === 0) {
      inv.io.stderr(all ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
      return 0;
    }
    const containers = boolFlag(inv.parsed, 'containers');
    if (!noHeaders) w.write(`${all ? 'NAMESPACE\t' : ''}${containers ? 'POD\tNAME' : 'NAME'}\tCPU(cores)\tMEMORY(bytes)\t\n`);
    for (const m of items) {
      const ns = all ? `${m.metadata.namespace}\t` : '';
      if (containers) {
        for (const c of m.containers ?? []) w.write(`${ns}${m.metadata.name}\t${c.name}\t${cpu(c.usage?.cpu)}\t${mem(c.usage?.memory)}\t\n`);
      } else {
        const totalCpu = (m.containers ?? []).reduce((a: number, c: KObject) => a + cpuMillis(c.usage?.cpu), 0);
        const totalMem = (m.containers ?? []).reduce((a: number, c: KObject) => a + memoryBytes(c.usage?.memory), 0);
        w.write(`${ns}${m.metadata.name}\t${totalCpu}m\t${Math.floor(totalMem / (1024 * 1024))}Mi\t\n`);
      }
    }
    inv.io.stdout(w.flush());
    return 0;
  }
  throw new CommandError(sub ? `unknown command "${sub}" for "kubectl top"` : 'Display resource (CPU/memory) usage.\nAvailable Commands: node, pod');
}
