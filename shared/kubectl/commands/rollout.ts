/** kubectl rollout status|history|undo|restart|pause|resume. */
import type { ResourceInfo } from '../../k8s/resources';
import { formatLabelSelector } from '../../k8s/selectors';
import type { KObject } from '../../k8s/types';
import { call, kindPrefix, resourceNameArgs, resourcePath, resourceWithGroup } from '../api';
import { describePodTemplate } from '../describe/containers';
import { PrefixWriter } from '../describe/writer';
import { ApiError, CommandError } from '../errors';
import type { Invocation } from '../invocation';
import { flag } from '../parse';
import { describeWriter } from '../tabwriter';
import { findResource } from '../../k8s/resources';

const REVISION = 'deployment.kubernetes.io/revision';

/** The rollout status line kubectl prints for a workload, and whether the rollout is done. */
export function rolloutStatus(info: ResourceInfo, obj: KObject): { message: string; done: boolean } {
  const name = obj.metadata.name;
  const spec = obj.spec ?? {};
  const st = obj.status ?? {};
  if (info.resource === 'deployments') {
    if ((obj.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
      const progressing = (st.conditions ?? []).find((c: { type: string }) => c.type === 'Progressing');
      if (progressing?.reason === 'ProgressDeadlineExceeded') throw new CommandError(`deployment "${name}" exceeded its progress deadline`);
      const want = spec.replicas ?? 1;
      if ((st.updatedReplicas ?? 0) < want) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.updatedReplicas ?? 0} out of ${want} new replicas have been updated...\n`, done: false };
      if ((st.replicas ?? 0) > (st.updatedReplicas ?? 0)) return { message: `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - (st.updatedReplicas ?? 0)} old replicas are pending termination...\n`, done: false };
      if ((st.availableReplicas ?? 0) < (st.updatedReplicas ?? 0)) return { message: `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${st.updatedReplicas ?? 0} updated replicas are available...\n`, done: false };
      return { message: `deployment "${name}" successfully rolled out\n`, done: true };
    }
    return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
  }
  if (info.resource === 'daemonsets') {
    if ((obj.metadata.generation ?? 0) <= (st.observedGeneration ?? 0)) {
      if ((st.updatedNumberScheduled ?? 0) < (st.desiredNumberScheduled ?? 0)) return { message: `Waiting for daemon set "${name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${st.desiredNumberScheduled ?? 0} new pods have been updated...\n`, done: false };
      if ((st.numberAvailable ?? 0) < (st.desiredNumberScheduled ?? 0)) return { message: `Waiting for daemon set "${name}" rollout to finish: ${st.numberAvailable ?? 0} of ${st.desiredNumberScheduled ?? 0} updated pods are available...\n`, done: false };
      return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
    }
    return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
  }
  if (info.resource === 'statefulsets') {
    if ((st.observedGeneration ?? 0) === 0 || (obj.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
    const want = spec.replicas ?? 1;
    if ((st.readyReplicas ?? 0) < want) return { message: `Waiting for ${want - (st.readyReplicas ?? 0)} pods to be ready...\n`, done: false };
    if (st.updateRevision !== st.currentRevision) return { message: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`, done: false };
    return { message: `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...\n`, done: true };
  }
  throw new CommandError(`no status viewer has been implemented for ${info.kind}`);
}

async function status(inv: Invocation, info: ResourceInfo, name: string): Promise<number> {
  const path = resourcePath(info, inv.namespace, name);
  let obj: KObject = await call(inv.client, { method: 'GET', path });
  let last = '';
  const show = (o: KObject): boolean => {
    const { message, done } = rolloutStatus(info, o);
    if (message !== last) inv.io.stdout(message);
    last = message;
    return done;
  };
  if (show(obj) || flag(inv.parsed, 'watch') === 'false') return 0;
  let done = false;
  let failure: unknown;
  while (!done && !failure && !inv.io.signal?.aborted) {
    const controller = new AbortController();
    inv.io.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    await inv.client.watch(
      { method: 'GET', path: resourcePath(info, inv.namespace), query: { fieldSelector: `metadata.name=${name}`, resourceVersion: obj.metadata.resourceVersion ?? '' } },
      (ev) => {
        if (ev.type === 'ERROR') {
          failure = new ApiError(ev.object, ev.object?.code ?? 500);
          controller.abort();
          return;
        }
        if (ev.type === 'DELETED') {
          failure = new CommandError(`object has been deleted`);
          controller.abort();
          return;
        }
        if (ev.type !== 'ADDED' && ev.type !== 'MODIFIED') return;
        obj = ev.object;
        try {
          if (show(obj)) {
            done = true;
            controller.abort();
          }
        } catch (err) {
          failure = err;
          controller.abort();
        }
      },
      controller.signal,
    );
    if (!done && !failure && !controller.signal.aborted) obj = await call(inv.client, { method: 'GET', path });
  }
  if (failure) throw failure;
  return 0;
}

async function ownedReplicaSets(inv: Invocation, d: KObject): Promise<KObject[]> {
  const rsInfo = findResource('apps', 'v1', 'replicasets')!;
  const list = await call(inv.client, { method: 'GET', path: resourcePath(rsInfo, d.metadata.namespace), query: { labelSelector: formatLabelSelector(d.spec?.selector) } });
  return (list.items ?? []).filter((rs: KObject) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid));
}

const revisionOf = (rs: KObject) => Number(rs.metadata.annotations?.[REVISION] ?? 0);

async function history(inv: Invocation, info: ResourceInfo, name: string): Promise<number> {
  if (info.resource !== 'deployments') throw new CommandError(`no history viewer has been implemented for ${info.kind}`);
  const d = await call(inv.client, { method: 'GET', path: resourcePath(info, inv.namespace, name) });
  const sets = await ownedReplicaSets(inv, d);
  const wanted = flag(inv.parsed, 'revision');
  if (wanted && wanted !== '0') {
    const rs = sets.find((x) => String(revisionOf(x)) === wanted);
    if (!rs) throw new CommandError(`unable to find the specified revision`);
    const w = new PrefixWriter(true);
    describePodTemplate(w, rs.spec?.template);
    inv.io.stdout(`${kindPrefix(info)}/${name} with revision #${wanted}\n${w.toString()}\n`);
    return 0;
  }
  const tw = describeWriter();
  tw.write('REVISION\tCHANGE-CAUSE\n');
  for (const rs of [...sets].sort((a, b) => revisionOf(a) - revisionOf(b))) {
    if (revisionOf(rs) === 0) continue;
    tw.write(`${revisionOf(rs)}\t${rs.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`);
  }
  inv.io.stdout(`${kindPrefix(info)}/${name} \n${tw.flush()}\n`);
  return 0;
}

/** A template with the pod-template-hash label removed, as the rollback compares and applies it. */
function cleanTemplate(template: KObject['spec']): KObject['spec'] {
  const t = structuredClone(template ?? {});
  if (t.metadata?.labels) delete t.metadata.labels['pod-template-hash'];
  return t;
}

async function undo(inv: Invocation, info: ResourceInfo, name: string): Promise<number> {
  if (info.resource !== 'deployments') throw new CommandError(`no rollbacker has been implemented for ${info.kind}`);
  const path = resourcePath(info, inv.namespace, name);
  const d = await call(inv.client, { method: 'GET', path });
  if (d.spec?.paused) throw new CommandError(`you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again`);
  const sets = (await ownedReplicaSets(inv, d)).sort((a, b) => revisionOf(b) - revisionOf(a));
  const toRevision = Number(flag(inv.parsed, 'to-revision') ?? 0);
  let target: KObject | undefined;
  if (toRevision > 0) {
    target = sets.find((rs) => revisionOf(rs) === toRevision);
    if (!target) throw new CommandError(`unable to find specified revision ${toRevision} in history`);
  } else {
    target = sets.filter((rs) => revisionOf(rs) > 0)[1];
    if (!target) throw new CommandError(`no rollout history found for deployment "${name}"`);
  }
  const template = cleanTemplate(target.spec?.template);
  if (JSON.stringify(template) === JSON.stringify(cleanTemplate(d.spec?.template))) {
    inv.io.stdout(`${kindPrefix(info)}/${name} skipped rollback (current template already matches revision ${revisionOf(target)})\n`);
    return 0;
  }
  const annotations = { ...(d.metadata.annotations ?? {}) };
  for (const key of ['kubernetes.io/change-cause']) {
    if (target.metadata.annotations?.[key]) annotations[key] = target.metadata.annotations[key];
    else delete annotations[key];
  }
  await call(inv.client, {
    method: 'PATCH',
    path,
    contentType: 'application/json-patch+json',
    body: [
      { op: 'replace', path: '/spec/template', value: template },
      { op: 'replace', path: '/metadata/annotations', value: annotations },
    ],
  });
  inv.io.stdout(`${kindPrefix(info)}/${name} rolled back\n`);
  return 0;
}

/** RFC 3339 in UTC, as the restartedAt annotation carries it. */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function patchVerb(inv: Invocation, info: ResourceInfo, name: string, verb: 'restart' | 'pause' | 'resume'): Promise<number> {
  const path = resourcePath(info, inv.namespace, name);
  if (verb === 'restart') {
    if (!['deployments', 'daemonsets', 'statefulsets'].includes(info.resource)) throw new CommandError(`restarting is not supported`);
    const d = await call(inv.client, { method: 'GET', path });
    if (d.spec?.paused) throw new CommandError(`can't restart paused deployment (run rollout resume first)`);
    await call(inv.client, {
      method: 'PATCH',
      path,
      contentType: 'application/strategic-merge-patch+json',
      body: { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': rfc3339(inv.io.now()) } } } } },
    });
    inv.io.stdout(`${kindPrefix(info)}/${name} restarted\n`);
    return 0;
  }
  if (info.resource !== 'deployments') throw new CommandError(`${verb === 'pause' ? 'pausing' : 'resuming'} is not supported`);
  const d = await call(inv.client, { method: 'GET', path });
  const paused = d.spec?.paused === true;
  if (verb === 'pause' && paused) throw new CommandError(`${resourceWithGroup(info)} "${name}" is already paused`);
  if (verb === 'resume' && !paused) throw new CommandError(`${resourceWithGroup(info)} "${name}" is not paused`);
  await call(inv.client, { method: 'PATCH', path, contentType: 'application/strategic-merge-patch+json', body: { spec: { paused: verb === 'pause' ? true : null } } });
  inv.io.stdout(`${kindPrefix(info)}/${name} ${verb === 'pause' ? 'paused' : 'resumed'}\n`);
  return 0;
}

/** Runs `kubectl rollout <sub>`. */
export async function rollout(inv: Invocation): Promise<number> {
  const [sub, ...rest] = inv.args;
  const subs = ['status', 'history', 'undo', 'restart', 'pause', 'resume'];
  if (!sub || !subs.includes(sub)) {
    throw new CommandError(sub ? `unknown command "${sub}" for "kubectl rollout"` : 'Manage the rollout of one or more resources.\nAvailable Commands: history, pause, restart, resume, status, undo');
  }
  const targets = resourceNameArgs(rest);
  if (targets.length === 0 || targets.every((t) => t.names.length === 0)) {
    throw new CommandError('required resource not specified');
  }
  for (const { info, names } of targets) {
    for (const name of names) {
      if (sub === 'status') await status(inv, info, name);
      else if (sub === 'history') await history(inv, info, name);
      else if (sub === 'undo') await undo(inv, info, name);
      else await patchVerb(inv, info, name, sub as 'restart' | 'pause' | 'resume');
    }
  }
  return 0;
}
