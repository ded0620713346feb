/** kubectl describe: fetches the object and what its describer needs (events, pods, ReplicaSets, slices). */
import { findResource, type ResourceInfo } from '../../k8s/resources';
import type { KObject } from '../../k8s/types';
import { call, mustResolve, resourceNameArgs, resourcePath } from '../api';
import { describePod } from '../describe/pod';
import { describeNode } from '../describe/node';
import { describeConfigMap, describeEndpoints, describeHpa, describeIngress, describeNamespace, describePvc, describeSecret, describeService } from '../describe/service';
import { describeCronJob, describeDaemonSet, describeDeployment, describeJob, describeReplicaSet, describeStatefulSet } from '../describe/workloads';
import { ApiError, CommandError, formatError, listError } from '../errors';
import type { Invocation } from '../invocation';
import { flag } from '../parse';
import { PrefixWriter, annotationsMultiline, describeEvents, labelsMultiline } from '../describe/writer';
import { formatLabelSelector } from '../../k8s/selectors';

const core = (resource: string) => findResource('', 'v1', resource)!;

async function list(inv: Invocation, info: ResourceInfo, namespace: string | undefined, query: Record<string, string>): Promise<KObject[]> {
  const body = await call(inv.client, { method: 'GET', path: resourcePath(info, namespace), query });
  return body.items ?? [];
}

async function eventsFor(inv: Invocation, obj: KObject, show: boolean): Promise<KObject[] | undefined> {
  if (!show) return undefined;
  const ns = obj.metadata.namespace ?? '';
  const fieldSelector = `involvedObject.name=${obj.metadata.name},involvedObject.namespace=${ns},involvedObject.uid=${obj.metadata.uid ?? ''}`;
  try {
    return await list(inv, core('events'), ns || undefined, { fieldSelector });
  } catch {
    return undefined;
  }
}

async function podsBySelector(inv: Invocation, obj: KObject): Promise<KObject[]> {
  const selector = formatLabelSelector(obj.spec?.selector);
  return list(inv, core('pods'), obj.metadata.namespace, selector && selector !== '<none>' ? { labelSelector: selector } : {});
}

/** Renders one object with the describer for its kind. */
async function render(inv: Invocation, info: ResourceInfo, obj: KObject, showEvents: boolean): Promise<string> {
  const now = inv.io.now();
  const events = await eventsFor(inv, obj, showEvents);
  switch (`${info.group}/${info.resource}`) {
    case '/pods':
      return describePod(obj, events, now);
    case 'apps/deployments': {
      const rsInfo = findResource('apps', 'v1', 'replicasets')!;
      const selector = formatLabelSelector(obj.spec?.selector);
      const replicaSets = await list(inv, rsInfo, obj.metadata.namespace, selector !== '<none>' ? { labelSelector: selector } : {});
      return describeDeployment(obj, replicaSets, events, now);
    }
    case 'apps/replicasets':
      return describeReplicaSet(obj, await podsBySelector(inv, obj), events, now);
    case 'apps/daemonsets':
      return describeDaemonSet(obj, await podsBySelector(inv, obj), events, now);
    case 'apps/statefulsets':
      return describeStatefulSet(obj, await podsBySelector(inv, obj), events, now);
    case 'batch/jobs':
      return describeJob(obj, events, now);
    case 'batch/cronjobs':
      return describeCronJob(obj, events, now);
    case '/nodes': {
      const pods = await list(inv, core('pods'), undefined, { fieldSelector: `spec.nodeName=${obj.metadata.name},status.phase!=Failed,status.phase!=Succeeded` });
      const leaseInfo = findResource('coordination.k8s.io', 'v1', 'leases')!;
      let lease: KObject | undefined;
      let leaseError: string | undefined;
      try {
        lease = await call(inv.client, { method: 'GET', path: resourcePath(leaseInfo, 'kube-node-lease', obj.metadata.name) });
      } catch (err) {
        leaseError = err instanceof Error ? err.message : String(err);
      }
      return describeNode(obj, pods, lease, leaseError, events, now);
    }
    case '/services': {
      const sliceInfo = findResource('discovery.k8s.io', 'v1', 'endpointslices')!;
      let slices: KObject[] = [];
      try {
        slices = await list(inv, sliceInfo, obj.metadata.namespace, { labelSelector: `kubernetes.io/service-name=${obj.metadata.name}` });
      } catch {
        slices = [];
      }
      return describeService(obj, slices, events, now);
    }
    case '/endpoints':
      return describeEndpoints(obj, events, now);
    case '/namespaces':
      return describeNamespace(obj);
    case '/configmaps':
      return describeConfigMap(obj, events, now);
    case '/secrets':
      return describeSecret(obj);
    case '/persistentvolumeclaims': {
      const pods = await list(inv, core('pods'), obj.metadata.namespace, {});
      const usedBy = pods.filter((p) => (p.spec?.volumes ?? []).some((v: { persistentVolumeClaim?: { claimName?: string } }) => v.persistentVolumeClaim?.claimName === obj.metadata.name)).map((p) => p.metadata.name!);
      return describePvc(obj, usedBy, events, now);
    }
    case 'networking.k8s.io/ingresses':
      return describeIngress(obj, events, now);
    case 'autoscaling/horizontalpodautoscalers':
      return describeHpa(obj, events, now);
    default: {
      const w = new PrefixWriter();
      w.write(0, `Name:\t${obj.metadata.name}\n`);
      if (obj.metadata.namespace) w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
      labelsMultiline(w, 'Labels', obj.metadata.labels);
      annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
      describeEvents(w, events, now);
      return w.toString();
    }
  }
}

/** Runs `kubectl describe`. */
export async function describe(inv: Invocation): Promise<number> {
  if (inv.args.length === 0) {
    throw new CommandError(
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  }
  const showEvents = (flag(inv.parsed, 'show-events') ?? 'true') !== 'false';
  const targets = inv.args.length === 1 && !inv.args[0].includes('/') ? [{ info: mustResolve(inv.args[0]), names: [] as string[] }] : resourceNameArgs(inv.args);
  const outputs: string[] = [];
  const prefixed: string[] = [];
  const errors: unknown[] = [];
  const allNs = inv.parsed.flags.has('all-namespaces');
  for (const { info, names } of targets) {
    const ns = info.namespaced ? inv.namespace : undefined;
    let objects: KObject[] = [];
    if (names.length === 0) {
      const query: Record<string, string> = {};
      const selector = flag(inv.parsed, 'selector');
      if (selector) query.labelSelector = selector;
      try {
        objects = await list(inv, info, allNs ? undefined : ns, query);
      } catch (err) {
        throw listError(err, info.group, info.version, info.resource, query);
      }
      if (objects.length === 0) {
        inv.io.stderr(allNs || !info.namespaced ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
      }
    }
    for (const name of names) {
      try {
        objects.push(await call(inv.client, { method: 'GET', path: resourcePath(info, ns, name) }));
      } catch (err) {
        // kubectl falls back to every object whose name starts with the argument.
        if (!(err instanceof ApiError) || err.httpStatus !== 404) throw err;
        const matches = (await list(inv, info, ns, {})).filter((o) => o.metadata.name?.startsWith(name));
        if (matches.length === 0) errors.push(err);
        for (const m of matches) prefixed.push(`${await render(inv, info, m, showEvents)}\n`);
      }
    }
    for (const obj of objects) outputs.push(await render(inv, info, obj, showEvents));
  }
  inv.io.stdout(outputs.join('\n\n') + prefixed.join(''));
  for (const err of errors) inv.io.stderr(formatError(err));
  return errors.length > 0 ? 1 : 0;
}
