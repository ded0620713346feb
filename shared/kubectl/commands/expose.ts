/** kubectl expose: a Service selecting a workload's (or pod's) pods. */
import { call, mustResolve, resourcePath } from '../api';
import { CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { flag } from '../parse';
import { printResult, dryRunOf, writeQuery } from '../write-helpers';
import { findResource } from '../../k8s/resources';

/** Runs `kubectl expose`. */
export async function expose(inv: Invocation): Promise<number> {
  const args = inv.args.length === 1 && inv.args[0].includes('/') ? inv.args[0].split('/') : inv.args;
  if (args.length < 2) throw new CommandError('You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
  const info = mustResolve(args[0]);
  const obj = await call(inv.client, { method: 'GET', path: resourcePath(info, inv.namespace, args[1]) });
  let selector: Record<string, string> | undefined;
  let containerPorts: { containerPort: number; protocol?: string }[] = [];
  if (info.kind === 'Pod') {
    selector = obj.metadata.labels;
    containerPorts = (obj.spec?.containers ?? []).flatMap((c: { ports?: [] }) => c.ports ?? []);
  } else if (info.kind === 'Service') {
    selector = obj.spec?.selector;
  } else {
    if (obj.spec?.selector?.matchExpressions?.length) throw new CommandError(`couldn't convert expressions - "${JSON.stringify(obj.spec.selector.matchExpressions)}" to map: operator "In" without a single value cannot be converted into the old label selector format`);
    selector = obj.spec?.selector?.matchLabels;
    containerPorts = (obj.spec?.template?.spec?.containers ?? []).flatMap((c: { ports?: [] }) => c.ports ?? []);
  }
  if (!selector || Object.keys(selector).length === 0) throw new CommandError(`couldn't retrieve selectors via --selector flag or introspection: the ${info.kind.toLowerCase()} has no selector`);
  const portFlag = flag(inv.parsed, 'port');
  const protocol = flag(inv.parsed, 'protocol') ?? 'TCP';
  const targetFlag = flag(inv.parsed, 'target-port');
  const target = (v: string) => (/^\d+$/.test(v) ? Number(v) : v);
  let ports: Record<string, unknown>[];
  if (portFlag) ports = [{ port: Number(portFlag), protocol, targetPort: targetFlag ? target(targetFlag) : Number(portFlag) }];
  else if (containerPorts.length > 0) {
    ports = containerPorts.map((p, i) => ({
      ...(containerPorts.length > 1 ? { name: `port-${i + 1}` } : {}),
      port: p.containerPort,
      protocol: p.protocol ?? 'TCP',
      targetPort: targetFlag ? target(targetFlag) : p.containerPort,
    }));
  } else throw new CommandError("couldn't find port via --port flag or introspection");
  const name = flag(inv.parsed, 'name') ?? obj.metadata.name;
  const type = flag(inv.parsed, 'type');
  const svc = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { creationTimestamp: null as unknown as string, labels: obj.metadata.labels, name },
    spec: { ports, selector, ...(type ? { type } : {}) },
    status: { loadBalancer: {} },
  };
  const svcInfo = findResource('', 'v1', 'services')!;
  const dryRun = dryRunOf(inv);
  const created = dryRun === 'client' ? svc : await call(inv.client, { method: 'POST', path: resourcePath(svcInfo, inv.namespace), body: svc, query: writeQuery(dryRun, 'kubectl-expose') });
  printResult(inv, svcInfo, created, 'exposed', dryRun);
  return 0;
}
