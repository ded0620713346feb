/** The measured cost of ticking a 100-pod cluster inside workerd (the figure the README quotes). Time only
 * advances across I/O inside workerd, so each figure is the wall time of a whole request as seen by the
 * caller: an upper bound of the CPU the tick itself used. */
import { runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, clusterStub, createPlayground, kube } from './helpers.js';

const REPLICAS = 100;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await fn();
  return Date.now() - start;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('tick cost in workerd', () => {
  it(`keeps a ${REPLICAS}-pod cluster's ticks far inside the per-invocation CPU limit`, async () => {
    const pg = await createPlayground({ name: 'tick-cost' });
    await call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'pause' });
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: REPLICAS, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } },
    };
    expect((await call('POST', kube(pg, '/apis/apps/v1/namespaces/default/deployments'), deployment)).status).toBe(201);

    const baseline: number[] = [];
    for (let i = 0; i < 10; i++) baseline.push(await timed(() => call('GET', `/api/playgrounds/${pg.editKey}`)));

    // Busy ticks: one simulated second per request while 100 pods are scheduled, pulled and started.
    const busy: number[] = [];
    let running = 0;
    for (let i = 0; i < 120 && running < REPLICAS; i++) {
      busy.push(await timed(() => call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'step', seconds: 1 })));
      const pods = (await call('GET', kube(pg, '/api/v1/namespaces/default/pods?labelSelector=app%3Dweb'))).body.items as { status: { phase: string } }[];
      running = pods.filter((p) => p.status.phase === 'Running').length;
    }
    expect(running).toBe(REPLICAS);

    // Steady ticks of the converged cluster (probes, heartbeats, leases), driven by the alarm as in production.
    await call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'resume' });
    const steady: number[] = [];
    let alarms = 0;
    for (let i = 0; i < 20; i++) steady.push(await timed(async () => void (alarms += (await runDurableObjectAlarm(clusterStub(pg.id))) ? 1 : 0)));
    const steadyStep: number[] = [];
    for (let i = 0; i < 20; i++) steadyStep.push(await timed(() => call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'step', seconds: 1 })));

    const bytes = await runInDurableObject(clusterStub(pg.id), (_instance, state) => state.storage.sql.databaseSize);
    const report = {
      pods: REPLICAS,
      requestOverheadMs: +mean(baseline).toFixed(1),
      busyTickMs: { mean: +mean(busy).toFixed(1), max: Math.max(...busy), ticks: busy.length },
      steadyAlarmMs: { mean: +mean(steady).toFixed(1), max: Math.max(...steady), alarmsRun: alarms },
      steadyStepMs: { mean: +mean(steadyStep).toFixed(1), max: Math.max(...steadyStep) },
      storageBytes: bytes,
    };
    // Figures, not assertions: speed targets live in benchmarks (the README quotes these against the 30 s
    // per-invocation CPU limit and 10 GB per object).
    console.log(`tick cost in workerd: ${JSON.stringify(report)}`);
    expect(report.busyTickMs.ticks).toBeGreaterThan(0);
  });
});
