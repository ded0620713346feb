/** Classrooms on the edge build: the directory object keeps classrooms and students and drives each
 * student's playground in its own cluster object; a student's change reaches the teacher's live stream. */
import { SELF, env, listDurableObjectIds } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ORIGIN, call, step } from './helpers.js';

interface SseEvent {
  event: string;
  data: any;
}

/** Opens a server-sent event stream through the Worker. Events are read only while a test waits for one, so
 * no read is pending when the stream is cancelled. */
async function openSse(path: string) {
  const res = await SELF.fetch(`${ORIGIN}${path}`);
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buf = '';
  const readMore = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended; got ${events.map((e) => e.event).join(', ')}`);
    buf += decoder.decode(value, { stream: true });
    for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const event = /^event:\s*(.*)$/m.exec(block)?.[1] ?? 'message';
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (data) events.push({ event, data: JSON.parse(data) });
    }
  };
  return {
    /** The first event (already received or not) that satisfies `pred`; the test's timeout bounds the wait. */
    async waitFor(pred: (e: SseEvent) => boolean): Promise<SseEvent> {
      for (;;) {
        const hit = events.find(pred);
        if (hit) return hit;
        await readMore();
      }
    },
    close: () => reader.cancel().catch(() => undefined),
  };
}

describe('classrooms on Workers', () => {
  it('runs a class: join, live progress to the teacher, results CSV, next exercise on fresh playgrounds', async () => {
    const created = await call('POST', '/api/classrooms', { name: 'Edge 101', exercises: ['scale-deployment', 'run-pod'] });
    expect(created.status, created.text).toBe(201);
    const { teacherKey, joinCode } = created.body as { teacherKey: string; joinCode: string };

    const joined = await call('POST', `/api/classrooms/join/${joinCode.toLowerCase()}`, { name: 'Ada' });
    expect(joined.status, joined.text).toBe(201);
    const student = joined.body;
    expect(student.exercise.id).toBe('scale-deployment');
    expect(student.exercise.solution).toBeUndefined();
    expect(student.result.passed).toBe(false);
    const pg = student.playground as { id: string; editKey: string; kubeServer: string };
    // The student's cluster is its own Durable Object, set up for the exercise by the directory.
    const ids = await listDurableObjectIds(env.CLUSTERS);
    expect(ids.some((i) => i.equals(env.CLUSTERS.idFromName(pg.id)))).toBe(true);
    const kubePath = new URL(pg.kubeServer).pathname;
    expect((await call('GET', `${kubePath}/apis/apps/v1/namespaces/default/deployments/web`)).body.spec.replicas).toBe(1);

    const dashboard = await call('GET', `/api/classrooms/${teacherKey}`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.students).toHaveLength(1);
    const row = dashboard.body.students[0];
    expect(row.name).toBe('Ada');
    expect(row.result.passed).toBe(false);
    expect(row.map.nodes.map((n: { name: string }) => n.name)).toEqual(['control-plane', 'worker-1', 'worker-2']);
    // Teachers get the read-only key only.
    expect(row.viewKey).not.toBe(pg.editKey);
    expect((await call('POST', `${new URL(ORIGIN + '/clusters/' + row.viewKey).pathname}/api/v1/namespaces/default/configmaps`, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } })).status).toBe(403);

    const stream = await openSse(`/api/classrooms/${teacherKey}/events`);
    try {
      await stream.waitFor((e) => e.event === 'roster');
      // The student solves the exercise in their own playground; the cluster object reports the change and
      // the directory re-grades it and pushes it to the teacher.
      await call('POST', `/api/playgrounds/${pg.editKey}/clock`, { action: 'pause' });
      const patch = await call('PATCH', `${kubePath}/apis/apps/v1/namespaces/default/deployments/web`, JSON.stringify({ spec: { replicas: 3 } }), { 'content-type': 'application/merge-patch+json' });
      expect(patch.status).toBe(200);
      await step(pg.editKey, 60);
      const passed = await stream.waitFor((e) => e.event === 'student' && e.data.result?.passed === true);
      expect(passed.data.name).toBe('Ada');
      expect(passed.data.map.nodes.flatMap((n: { pods: unknown[] }) => n.pods).length).toBeGreaterThanOrEqual(3);
    } finally {
      await stream.close();
    }

    const csv = await call('GET', `/api/classrooms/${teacherKey}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).toMatch(/Ada.*scale-deployment/);

    const fault = await call('POST', `/api/classrooms/${teacherKey}/broadcast-fault`, { type: 'stop-kubelet', target: 'worker-1' });
    expect(fault.status, fault.text).toBe(202);
    expect(fault.body.students).toEqual([{ student: student.student.id, name: 'Ada', applied: true }]);
    const missing = await call('POST', `/api/classrooms/${teacherKey}/broadcast-fault`, { type: 'stop-kubelet', target: 'worker-9' });
    expect(missing.body.students[0].applied).toBe(false);

    const next = await call('POST', `/api/classrooms/${teacherKey}/next`, {});
    expect(next.body.current).toBe(1);
    const again = await call('GET', `/api/classrooms/student/${student.studentKey}`);
    expect(again.body.exercise.id).toBe('run-pod');
    expect(again.body.playground.id).not.toBe(pg.id);
    // The old playground is gone from its object.
    expect((await call('GET', `${kubePath}/api/v1/nodes`)).status).toBe(401);
  });

  it('refuses unknown teacher keys and join codes alike with 404', async () => {
    expect((await call('GET', `/api/classrooms/${'x'.repeat(40)}`)).status).toBe(404);
    expect((await call('POST', '/api/classrooms/join/ZZZZZZ', { name: 'Bob' })).status).toBe(404);
  });
});
