/** Informational commands: api-resources, api-versions, version, cluster-info, config, auth can-i, and the
 * commands that need real containers (exec, attach, cp, port-forward). */
import { RESOURCES, apiVersionOf, groupVersions } from '../../k8s/resources';
import { call } from '../api';
import { CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { boolFlag, flag, listFlag } from '../parse';
import { toJson, toYaml } from '../printers/yaml-json';
import { tableWriter } from '../tabwriter';

const CLIENT_VERSION = 'v1.32.0';
const KUSTOMIZE_VERSION = 'v5.5.0';

/** Runs `kubectl api-resources`. */
export async function apiResources(inv: Invocation): Promise<number> {
  const namespaced = flag(inv.parsed, 'namespaced');
  const group = flag(inv.parsed, 'api-group');
  const verbs = listFlag(inv.parsed, 'verbs', true);
  const seen = new Set<string>();
  const rows = RESOURCES.filter((r) => {
    const key = `${r.group}/${r.resource}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (namespaced !== undefined && String(r.namespaced) !== namespaced) return false;
    if (group !== undefined && r.group !== group) return false;
    return verbs.every((v) => r.verbs.includes(v));
  });
  // Discovery order: the core group first, then groups by name, resources by name within each.
  rows.sort((a, b) => (a.group === b.group ? a.resource.localeCompare(b.resource) : a.group === '' ? -1 : b.group === '' ? 1 : a.group.localeCompare(b.group)));
  const output = flag(inv.parsed, 'output');
  if (output === 'name') {
    inv.io.stdout(rows.map((r) => `${r.group ? `${r.resource}.${r.group}` : r.resource}\n`).join(''));
    return 0;
  }
  const w = tableWriter();
  const wide = output === 'wide';
  if (!boolFlag(inv.parsed, 'no-headers')) w.write(`NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}\n`);
  for (const r of rows) {
    w.write(`${r.resource}\t${r.shortNames.join(',')}\t${apiVersionOf(r)}\t${r.namespaced}\t${r.kind}${wide ? `\t${r.verbs.join(' ')}\t${r.categories.join(',')}` : ''}\n`);
  }
  inv.io.stdout(w.flush());
  return 0;
}

/** Runs `kubectl api-versions`. */
export async function apiVersions(inv: Invocation): Promise<number> {
  const list = ['v1', ...groupVersions().flatMap((g) => g.versions.map((v) => `${g.group}/${v}`))].sort();
  inv.io.stdout(list.map((v) => `${v}\n`).join(''));
  return 0;
}

/** Runs `kubectl version`. */
export async function version(inv: Invocation): Promise<number> {
  const output = flag(inv.parsed, 'output');
  const client = { gitVersion: CLIENT_VERSION, major: '1', minor: '32', platform: 'js/browser' };
  const server = boolFlag(inv.parsed, 'client') ? undefined : await call(inv.client, { method: 'GET', path: '/version' });
  if (output === 'json' || output === 'yaml') {
    const doc = { clientVersion: client, kustomizeVersion: KUSTOMIZE_VERSION, ...(server ? { serverVersion: server } : {}) };
    inv.io.stdout(output === 'json' ? toJson(doc) : toYaml(doc));
    return 0;
  }
  inv.io.stdout(`Client Version: ${CLIENT_VERSION}\nKustomize Version: ${KUSTOMIZE_VERSION}\n${server ? `Server Version: ${server.gitVersion}\n` : ''}`);
  return 0;
}

/** Runs `kubectl cluster-info` (coloured like kubectl's). */
export async function clusterInfo(inv: Invocation): Promise<number> {
  if (inv.args[0] === 'dump') throw new CommandError('cluster-info dump is not supported in this simulated cluster');
  await call(inv.client, { method: 'GET', path: '/version' });
  inv.io.stdout(
    `\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33m${inv.ctx.serverUrl}\x1b[0m\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
  );
  return 0;
}

/** The kubeconfig of this playground, as `kubectl config view` shows it. */
export function kubeconfig(serverUrl: string, namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { server: serverUrl }, name: 'playground' }],
    contexts: [{ context: { cluster: 'playground', namespace, user: 'playground' }, name: 'playground' }],
    'current-context': 'playground',
    kind: 'Config',
    preferences: {},
    users: [{ name: 'playground', user: {} }],
  };
}

/** Runs `kubectl config view|current-context|get-contexts`. */
export async function config(inv: Invocation): Promise<number> {
  const [sub] = inv.args;
  if (sub === 'view') {
    const doc = kubeconfig(inv.ctx.serverUrl, inv.ctx.namespace);
    inv.io.stdout(flag(inv.parsed, 'output') === 'json' ? toJson(doc) : toYaml(doc));
    return 0;
  }
  if (sub === 'current-context') {
    inv.io.stdout('playground\n');
    return 0;
  }
  if (sub === 'get-contexts') {
    const w = tableWriter();
    w.write('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n');
    w.write(`*\tplayground\tplayground\tplayground\t${inv.ctx.namespace}\n`);
    inv.io.stdout(w.flush());
    return 0;
  }
  throw new CommandError(sub ? `config ${sub} is not supported in this simulated cluster; the terminal is always connected to this playground` : 'Modify kubeconfig files.\nAvailable Commands: current-context, get-contexts, view');
}

/** Runs `kubectl auth can-i VERB RESOURCE [NAME]`. */
export async function auth(inv: Invocation): Promise<number> {
  const [sub, verb, target, maybeName] = inv.args;
  if (sub === 'whoami') {
    inv.io.stdout('ATTRIBUTE   VALUE\nUsername    playground\n');
    return 0;
  }
  if (sub !== 'can-i') throw new CommandError(sub ? `unknown command "${sub}" for "kubectl auth"` : 'Inspect authorization.\nAvailable Commands: can-i, whoami');
  if (!verb || !target) throw new CommandError('you must specify two arguments: verb resource or verb resource/resourceName.');
  const [resourcePart, namePart] = target.includes('/') ? target.split('/') : [target, maybeName];
  const [resource, ...groupParts] = resourcePart.split('.');
  const info = RESOURCES.find((r) => r.resource === resource || r.shortNames.includes(resource) || r.singular === resource);
  const attrs: Record<string, string> = { verb, resource: info?.resource ?? resource };
  if (info?.group || groupParts.length) attrs.group = info?.group ?? groupParts.join('.');
  if (namePart) attrs.name = namePart;
  if (!boolFlag(inv.parsed, 'all-namespaces') && (info?.namespaced ?? true)) attrs.namespace = inv.namespace;
  if (!info) inv.io.stderr(`Warning: the server doesn't have a resource type '${resource}'\n`);
  const review = await call(inv.client, {
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    body: { apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', metadata: { creationTimestamp: null }, spec: { resourceAttributes: attrs }, status: { allowed: false } },
  });
  const allowed = review.status?.allowed === true;
  if (!boolFlag(inv.parsed, 'quiet')) inv.io.stdout(allowed ? 'yes\n' : 'no\n');
  return allowed ? 0 : 1;
}

/** Commands that need a real container runtime answer with a clear explanation. */
export function unsupported(name: string) {
  return async (): Promise<number> => {
    throw new CommandError(`${name} is not supported in this simulated cluster: no real containers run here, so there is no process to ${name === 'cp' ? 'copy files from' : 'connect to'}`);
  };
}
