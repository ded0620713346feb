/** kubectl create: -f manifests, and the deployment|service|configmap|secret|namespace|job|cronjob generators. */
import type { KObject } from '../../k8s/types';
import { call, mustResolveKind, resourcePath } from '../api';
import { CommandError, formatError, withSource } from '../errors';
import {
  base64,
  cronJobObject,
  deploymentObject,
  jobObject,
  literalPairs,
  serviceObject,
} from '../generators';
import type { Invocation } from '../invocation';
import { readFilenames } from '../manifests';
import { UsageError, boolFlag, flag, listFlag } from '../parse';
import { printObjects } from '../printers/objects';
import { withLastApplied } from '../apply-patch';
import { dryRunOf, manifestNamespace, printResult, writeQuery, type DryRun } from '../write-helpers';

const FIELD_MANAGER = 'kubectl-create';

function oneName(args: string[]): string {
  if (args.length !== 1) throw new UsageError(`exactly one NAME is required, got ${args.length}`);
  return args[0];
}

function requireFlag(inv: Invocation, name: string): string {
  const v = flag(inv.parsed, name);
  if (!v) throw new CommandError(`required flag(s) "${name}" not set`);
  return v;
}

async function send(inv: Invocation, obj: KObject, dryRun: DryRun, source = ''): Promise<void> {
  const info = mustResolveKind(obj.apiVersion, obj.kind, obj.metadata?.name, source || 'STDIN');
  const namespace = manifestNamespace(inv, info, obj);
  const body = boolFlag(inv.parsed, 'save-config') ? withLastApplied(obj) : obj;
  if (dryRun === 'client') {
    const out = namespace && info.namespaced && inv.namespaceExplicit ? { ...body, metadata: { ...body.metadata, namespace } } : body;
    printResult(inv, info, out, 'created', dryRun);
    return;
  }
  try {
    const created = await call(inv.client, { method: 'POST', path: resourcePath(info, namespace), body, query: writeQuery(dryRun, FIELD_MANAGER) });
    printResult(inv, info, created, 'created', dryRun);
  } catch (err) {
    throw withSource(err, 'creating', source);
  }
}

function generate(inv: Invocation): KObject {
  const [sub, ...rest] = inv.args;
  switch (sub) {
    case 'deployment':
    case 'deploy': {
      const name = oneName(rest);
      const images = listFlag(inv.parsed, 'image');
      if (images.length === 0) throw new CommandError('required flag(s) "image" not set');
      const port = flag(inv.parsed, 'port');
      return deploymentObject(name, images, Number(flag(inv.parsed, 'replicas') ?? 1), port !== undefined ? Number(port) : undefined);
    }
    case 'service':
    case 'svc': {
      const [type, ...names] = rest;
      const types: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };
      if (!type || !types[type]) throw new CommandError('Usage: kubectl create service [flags] [options]\nAvailable Commands: clusterip, externalname, loadbalancer, nodeport');
      const name = oneName(names);
      const tcp = listFlag(inv.parsed, 'tcp', true);
      if (tcp.length === 0 && type !== 'externalname') {
        if (type === 'clusterip' && flag(inv.parsed, 'clusterip') === 'None') return serviceObject(name, 'ClusterIP', [], undefined, 'None');
        throw new CommandError('at least one tcp port specifier must be provided');
      }
      const nodePort = flag(inv.parsed, 'node-port');
      return serviceObject(name, types[type], tcp, nodePort ? Number(nodePort) : undefined, flag(inv.parsed, 'clusterip'));
    }
    case 'configmap':
    case 'cm': {
      const name = oneName(rest);
      const data = Object.fromEntries(literalPairs(listFlag(inv.parsed, 'from-literal')));
      return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { creationTimestamp: null as unknown as string, name }, ...(Object.keys(data).length ? { data } : {}) };
    }
    case 'secret': {
      const [kind, ...names] = rest;
      if (kind !== 'generic') throw new CommandError(`secret ${kind ?? ''} is not supported in this simulated cluster; use 'kubectl create secret generic'`.trim());
      const name = oneName(names);
      const data = Object.fromEntries(literalPairs(listFlag(inv.parsed, 'from-literal')).map(([k, v]) => [k, base64(v)]));
      const type = flag(inv.parsed, 'type');
      return { apiVersion: 'v1', kind: 'Secret', metadata: { creationTimestamp: null as unknown as string, name }, ...(Object.keys(data).length ? { data } : {}), ...(type ? { type } : {}) };
    }
    case 'namespace':
    case 'ns': {
      const name = oneName(rest);
      return { apiVersion: 'v1', kind: 'Namespace', metadata: { creationTimestamp: null as unknown as string, name }, spec: {}, status: {} };
    }
    case 'job': {
      const name = oneName(rest);
      return jobObject(name, requireFlag(inv, 'image'), inv.parsed.rest);
    }
    case 'cronjob':
    case 'cj': {
      const name = oneName(rest);
      return cronJobObject(name, requireFlag(inv, 'image'), requireFlag(inv, 'schedule'), inv.parsed.rest, flag(inv.parsed, 'restart') ?? 'OnFailure');
    }
    default:
      throw new CommandError(`unknown command "${sub}" for "kubectl create"`);
  }
}

/** Runs `kubectl create`. */
export async function create(inv: Invocation): Promise<number> {
  const dryRun = dryRunOf(inv);
  if (listFlag(inv.parsed, 'filename').length > 0) {
    let failed = false;
    for (const { obj, source } of readFilenames(inv)) {
      try {
        await send(inv, obj, dryRun, source);
      } catch (err) {
        failed = true;
        inv.io.stderr(formatError(err));
      }
    }
    return failed ? 1 : 0;
  }
  if (inv.args.length === 0) throw new CommandError('must specify one of -f and -k');
  const obj = generate(inv);
  const output = flag(inv.parsed, 'output');
  if (dryRun === 'client' && output && output !== 'name') {
    inv.io.stdout(printObjects(output, [obj], true));
    return 0;
  }
  await send(inv, obj, dryRun);
  return 0;
}
