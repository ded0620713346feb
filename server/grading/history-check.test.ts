import { describe, expect, it } from 'vitest';
import type { KObject } from '../../shared/k8s/types.js';
import type { ExerciseCheck } from '../../shared/exercises/schema.js';
import type { Change } from '../sim/store.js';
import { historyCheck } from './history-check.js';

type History = Extract<ExerciseCheck, { type: 'history' }>;
const base = { id: 'h', name: 'h', type: 'history' as const };

let rv = 100;
const change = (type: Change['type'], resource: string, object: KObject): Change => ({ resourceVersion: ++rv, type, resource, object, time: rv * 1000 });
const deploy = (available: number | undefined, image = 'nginx:1.26'): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
  spec: { replicas: 4, template: { spec: { containers: [{ name: 'nginx', image }] } } },
  status: available === undefined ? {} : { availableReplicas: available },
});
const pod = (name: string, extra: Partial<KObject> = {}): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'web' } }, ...extra });
const oomStatus = { containerStatuses: [{ name: 'c', restartCount: 1, lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } }, state: { running: {} } }] };

const D = 'deployments.apps';
const rollout = (min: number): Change[] => [
  change('MODIFIED', D, deploy(1)),
  change('MODIFIED', D, deploy(4)),
  change('MODIFIED', D, deploy(4, 'nginx:1.27')),
  change('MODIFIED', D, deploy(min, 'nginx:1.27')),
  change('MODIFIED', D, deploy(4, 'nginx:1.27')),
];

describe('history checks', () => {
  describe('never', () => {
    const check: History = { ...base, mode: 'never', select: { kind: 'Pod', namespace: 'default', labelSelector: 'app=web' }, condition: { path: 'status.containerStatuses[*][*].terminated.reason', op: 'equals', value: 'OOMKilled' } };

    it('passes when no recorded state matched', () => {
      const log = [change('ADDED', 'pods', pod('web-1')), change('MODIFIED', 'pods', pod('web-1', { status: { containerStatuses: [{ name: 'c', restartCount: 0, state: { running: {} } }] } }))];
      expect(historyCheck(check, log)).toEqual({ passed: true, message: 'no Pods in default with labels app=web ever had status.containerStatuses[*][*].terminated.reason equals "OOMKilled"' });
    });

    it('fails on the first recorded OOMKill, naming the pod and resourceVersion', () => {
      const hit = change('MODIFIED', 'pods', pod('web-2', { status: oomStatus }));
      const v = historyCheck(check, [change('ADDED', 'pods', pod('web-2')), hit]);
      expect(v.passed).toBe(false);
      expect(v.message).toBe(`web-2 had status.containerStatuses[*][*].terminated.reason equals "OOMKilled" at resourceVersion ${hit.resourceVersion}`);
    });

    it('ignores objects the selector does not match', () => {
      const other = { ...pod('db-1', { status: oomStatus }), metadata: { name: 'db-1', namespace: 'default', labels: { app: 'db' } } };
      expect(historyCheck(check, [change('MODIFIED', 'pods', other)]).passed).toBe(true);
    });
  });

  describe('always', () => {
    const check: History = { ...base, mode: 'always', select: { kind: 'Deployment', namespace: 'default', name: 'web' }, from: { path: 'status.availableReplicas', op: '>=', value: 4 }, condition: { path: 'status.availableReplicas', op: '>=', value: 3 } };

    it('passes a rolling update that kept 3 of 4 replicas available, counting from the first full availability', () => {
      expect(historyCheck(check, rollout(3))).toEqual({ passed: true, message: 'Deployment "web" in default: status.availableReplicas >= 3 held in all 4 recorded states' });
    });

    it('fails a rollout that dropped below 3 available replicas', () => {
      expect(historyCheck(check, rollout(0))).toEqual({ passed: false, message: 'web: status.availableReplicas >= 3 was broken (was 0)' });
    });

    it('without from, the states before availability count too', () => {
      const { from: _from, ...noFrom } = check;
      expect(historyCheck(noFrom, rollout(3)).passed).toBe(false);
    });

    it('fails when nothing was recorded, so an untouched cluster does not pass', () => {
      expect(historyCheck(check, [])).toEqual({ passed: false, message: 'no recorded state of Deployment "web" in default to check' });
    });
  });

  describe('happened', () => {
    const check: History = { ...base, mode: 'happened', select: { kind: 'Pod', namespace: 'default', labelSelector: 'app=web' }, sequence: [{ event: 'DELETED' }, { event: 'ADDED' }] };

    it('passes when the events occurred in order', () => {
      const log = [change('MODIFIED', 'pods', pod('web-1')), change('DELETED', 'pods', pod('web-1')), change('ADDED', 'pods', pod('web-2'))];
      expect(historyCheck(check, log)).toEqual({ passed: true, message: 'happened: DELETED Pods in default with labels app=web → ADDED Pods in default with labels app=web' });
    });

    it('fails when they occurred in the other order', () => {
      const log = [change('ADDED', 'pods', pod('web-2')), change('DELETED', 'pods', pod('web-1'))];
      expect(historyCheck(check, log).passed).toBe(false);
    });

    it('lets each step select different objects', () => {
      const stepwise: History = { ...check, sequence: [{ event: 'DELETED', select: { kind: 'Node', name: 'worker-1' } }, { event: 'ADDED' }] };
      const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'worker-1' } };
      expect(historyCheck(stepwise, [change('DELETED', 'nodes', node), change('ADDED', 'pods', pod('web-3'))]).passed).toBe(true);
      expect(historyCheck(stepwise, [change('DELETED', 'pods', pod('web-1')), change('ADDED', 'pods', pod('web-3'))]).message).toBe('not yet seen: DELETED Node "worker-1" → ADDED Pods in default with labels app=web');
    });
  });

  describe('changed', () => {
    const check: History = { ...base, mode: 'changed', select: { kind: 'Deployment', namespace: 'default', name: 'web' }, path: 'spec.template.spec.containers[0].image', atLeast: 2 };

    it('passes when the path took enough distinct values', () => {
      expect(historyCheck(check, rollout(3))).toEqual({ passed: true, message: 'spec.template.spec.containers[0].image of Deployment "web" in default took 2 values' });
    });

    it('fails when the value never changed', () => {
      const log = [change('MODIFIED', D, deploy(1)), change('MODIFIED', D, deploy(4))];
      expect(historyCheck(check, log)).toEqual({ passed: false, message: 'spec.template.spec.containers[0].image of Deployment "web" in default took 1 value(s), expected at least 2' });
    });

    it('does not count the state of a deleted object', () => {
      const log = [change('MODIFIED', D, deploy(4)), change('DELETED', D, deploy(4, 'nginx:1.27'))];
      expect(historyCheck(check, log).passed).toBe(false);
    });
  });
});
