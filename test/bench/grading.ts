/** Grading latency of a 15-check exercise (state, history and behaviour checks) on a busy playground. */
import { startTestServer } from '../helpers/server.js';
import { percentile, ms, report } from './stats.js';

const web = { kind: 'Deployment', namespace: 'default', name: 'web' };
const pods = { kind: 'Pod', namespace: 'default', labelSelector: 'app=web' };

/** 15 checks: 11 state, 3 history, 1 behaviour (which forks the cluster and advances it 60 s). */
function exercise() {
  const state = (id: string, select: object, assert: object[]) => ({ id, name: id, type: 'state', select, assert });
  return {
    id: 'bench-15-checks',
    title: 'Benchmark exercise',
    summary: 'Fifteen checks of every kind.',
    instructions: [{ title: 'Run it', body: 'Nothing to do.' }],
    checks: [
      state('replicas', web, [{ path: 'spec.replicas', op: 'equals', value: 3 }]),
      state('available', web, [{ path: 'status.availableReplicas', op: '>=', value: 3 }]),
      state('image', web, [{ path: 'spec.template.spec.containers[0].image', op: 'matches', value: '^nginx' }]),
      state('strategy', web, [{ path: 'spec.strategy.type', op: 'equals', value: 'RollingUpdate' }]),
      state('pods', pods, [{ op: 'count', value: 3 }]),
      state('running', pods, [{ path: 'status.phase', op: 'equals', value: 'Running' }]),
      state('ready', pods, [{ path: 'status.conditions[*].status', op: 'equals', value: 'True' }]),
      state('service', { kind: 'Service', namespace: 'default', name: 'web' }, [{ path: 'spec.ports[0].port', op: 'equals', value: 80 }]),
      state('endpoints', { kind: 'Endpoints', namespace: 'default', name: 'web' }, [{ path: 'subsets[0].addresses', op: 'exists' }]),
      state('nodes', { kind: 'Node' }, [{ op: 'count', value: 3 }]),
      state('labels', web, [{ path: 'metadata.labels.app', op: 'equals', value: 'web' }]),
      { id: 'never-oom', name: 'never-oom', type: 'history', select: pods, mode: 'never', condition: { path: 'status.containerStatuses[*].lastState.terminated.reason', op: 'equals', value: 'OOMKilled' } },
      { id: 'scaled', name: 'scaled', type: 'history', select: pods, mode: 'happened', sequence: [{ event: 'ADDED' }] },
      { id: 'always-2', name: 'always-2', type: 'history', select: web, mode: 'always', condition: { path: 'spec.replicas', op: '>=', value: 1 } },
      { id: 'survives', name: 'survives', type: 'behaviour', fault: { type: 'stop-kubelet', target: 'any-worker' }, advanceSeconds: 60, select: web, assert: [{ path: 'status.replicas', op: '>=', value: 3 }] },
    ],
    solution: { commands: [] },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json();
}

export async function benchGrading(): Promise<void> {
  const server = await startTestServer();
  try {
    const pg = await server.createPlayground({ template: 'default' });
    const api = `${server.url}/api/playgrounds/${pg.editKey}`;
    await post(`${api}/clock`, { action: 'pause' });
    await post(`${pg.kubeServer}/apis/apps/v1/namespaces/default/deployments`, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } },
    });
    await post(`${pg.kubeServer}/api/v1/namespaces/default/services`, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    await post(`${api}/clock`, { action: 'step', seconds: 30 });
    const ex = exercise();
    const times: number[] = [];
    let passed = 0;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      const r = (await post(`${api}/grade`, { exercise: ex })) as { score: number; maxScore: number };
      times.push(performance.now() - t);
      passed = r.score;
    }
    report('grading a 15-check exercise (11 state, 3 history, 1 behaviour) p50 / p99', `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))} (score ${passed}/15)`);
  } finally {
    await server.close();
  }
}
